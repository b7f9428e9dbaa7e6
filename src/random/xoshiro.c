#line 1471 "book/appP-performance.nw"
/* random/xoshiro.c -- 快速生成器：播种、跳跃、填充与线程 */
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "base/internal.h"
#include "random/internal.h"
#include "random/kernels.h"
#include "random/xoshiro.h"
#include "tensor/internal.h"

#line 1317 "book/appP-performance.nw"
#if defined(__STDC_NO_THREADS__)
#define NNI__THREADS 0
#else
#define NNI__THREADS 1
#include <threads.h>
#endif
#line 1134 "book/appP-performance.nw"
static const uint64_t JUMP_2_16[4] = {
    UINT64_C(0x7e89ac5ca2fbf2c7), UINT64_C(0x92ae7ca370c0bf6b),
    UINT64_C(0xef43beaa06f02fb8), UINT64_C(0xd87f8ce230817a21)
};
static const uint64_t JUMP_2_128[4] = {
    UINT64_C(0x180ec6d33cfd0aba), UINT64_C(0xd5a61266f0c9392c),
    UINT64_C(0xa9582618e03fc9aa), UINT64_C(0x39abdc4529b1661c)
};
static const uint64_t JUMP_2_192[4] = {
    UINT64_C(0x76e15d3efefdcbbf), UINT64_C(0xc5004e441c522fb3),
    UINT64_C(0x77710069854ee241), UINT64_C(0x39109bb02acbe635)
};
#line 1155 "book/appP-performance.nw"
static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}
#line 1169 "book/appP-performance.nw"
static void seed_lanes(nni_xoshiro_lanes *x, uint64_t seed)
{
    const nni__kernels *k = nni__kernels_best();
    for (int j = 0; j < 4; j++) {
        const uint64_t v = splitmix64(&seed);
        for (int l = 0; l < NNI_XOSHIRO_LANES; l++)
            x->s[j][l] = v;
    }
    for (int l = 1; l < NNI_XOSHIRO_LANES; l++) {
        nni_xoshiro_lanes next = *x;
        k->xo_jump(&next, JUMP_2_128);
        for (int j = 0; j < 4; j++)
            for (int m = l; m < NNI_XOSHIRO_LANES; m++)
                x->s[j][m] = next.s[j][m];
    }
}
#line 1193 "book/appP-performance.nw"
enum xo_kind { XO_WORDS, XO_UNIFORM_F32, XO_UNIFORM_F64, XO_NORMAL_F32,
               XO_NORMAL_F64 };

typedef struct xo_job {
    const nni__kernels *k;
    nni_xoshiro_lanes lanes;    /* 起点；做完时是终点 */
    enum xo_kind kind;
    void *data;                 /* 第一个元素 */
    size_t count;               /* 元素个数 */
    double a, b;                /* (from, range) 或 (mean, std) */
} xo_job;
#line 1207 "book/appP-performance.nw"
static int run_job(void *arg)
{
    xo_job *j = arg;
    const float fa = (float)j->a, fb = (float)j->b;
    switch (j->kind) {
    case XO_WORDS:
        j->k->xo_words(&j->lanes, j->data, j->count);
        break;
    case XO_UNIFORM_F32:
        j->k->xo_uniform_float(&j->lanes, j->data, j->count, fa, fb);
        break;
    case XO_UNIFORM_F64:
        j->k->xo_uniform_double(&j->lanes, j->data, j->count, j->a, j->b);
        break;
    case XO_NORMAL_F32:
        j->k->xo_normal_float(&j->lanes, j->data, j->count, fa, fb);
        break;
    case XO_NORMAL_F64:
        j->k->xo_normal_double(&j->lanes, j->data, j->count, j->a, j->b);
        break;
    }
    return 0;
}
#line 1237 "book/appP-performance.nw"
enum { CHUNK_STEPS = 1 << 16 };

static size_t per_step(enum xo_kind kind)
{
    return kind == XO_UNIFORM_F64 || kind == XO_NORMAL_F64 ? 8 : 16;
}

static size_t elem_size(enum xo_kind kind)
{
    return kind == XO_UNIFORM_F64 || kind == XO_NORMAL_F64 ? 8 : 4;
}
#line 1256 "book/appP-performance.nw"
static void fill(nni_xoshiro_gen *gen, xo_job job)
{
    const size_t chunk = per_step(job.kind) * CHUNK_STEPS;
    const size_t chunks = job.count / chunk + (job.count % chunk != 0);
    const size_t threads = gen->threads < chunks ? gen->threads : chunks;
    job.lanes = gen->lanes;
    if (threads <= 1) {
        run_job(&job);
        gen->lanes = job.lanes;
        return;
    }
    xo_job jobs[NNI_XOSHIRO_MAX_THREADS];
    
#line 1275 "book/appP-performance.nw"
size_t jumped = 0;
for (size_t t = 0; t < threads; t++) {
    const size_t first = chunks * t / threads;
    const size_t last = chunks * (t + 1) / threads;
    for (; jumped < first; jumped++)
        job.k->xo_jump(&job.lanes, JUMP_2_16);
    const size_t end = last * chunk < job.count ? last * chunk : job.count;
    jobs[t] = job;
    jobs[t].data = (char *)job.data + first * chunk * elem_size(job.kind);
    jobs[t].count = end - first * chunk;
}
#line 1269 "book/appP-performance.nw"
    
#line 1298 "book/appP-performance.nw"
#if NNI__THREADS
thrd_t th[NNI_XOSHIRO_MAX_THREADS];
bool started[NNI_XOSHIRO_MAX_THREADS] = { false };
for (size_t t = 1; t < threads; t++)
    started[t] = thrd_create(&th[t], run_job, &jobs[t]) == thrd_success;
run_job(&jobs[0]);
for (size_t t = 1; t < threads; t++) {
    if (started[t])
        thrd_join(th[t], NULL);
    else
        run_job(&jobs[t]);
}
#else
for (size_t t = 0; t < threads; t++)
    run_job(&jobs[t]);
#endif
#line 1270 "book/appP-performance.nw"
    gen->lanes = jobs[threads - 1].lanes;
}
#line 1331 "book/appP-performance.nw"
static nni_status check_xoshiro(const nni_xoshiro_gen *gen, const char *who)
{
    if (gen == NULL)
        return nni__fail(NNI_EINVAL, "%s: generator is NULL", who);
    if (gen->seeded != NNI__SEEDED)
        return nni__fail(NNI_EINVAL, "%s: generator is not seeded "
                         "(call nni_xoshiro_seed first)", who);
    return NNI_OK;
}

static nni_status check_target(const nni_xoshiro_gen *gen, const nni_tensor *t,
                               const char *who)
{
    nni_status status = check_xoshiro(gen, who);
    if (status == NNI_OK && t == NULL)
        status = nni__fail(NNI_EINVAL, "%s: tensor is NULL", who);
    return status;
}
#line 1352 "book/appP-performance.nw"
nni_status nni_xoshiro_seed(nni_xoshiro_gen *gen, uint64_t seed)
{
    if (gen == NULL)
        return nni__fail(NNI_EINVAL, "nni_xoshiro_seed: generator is NULL");
    seed_lanes(&gen->lanes, seed);
    gen->seed = seed;
    gen->threads = 1;
    gen->seeded = NNI__SEEDED;
    return NNI_OK;
}

nni_status nni_xoshiro_jump(nni_xoshiro_gen *gen)
{
    nni_status status = check_xoshiro(gen, "nni_xoshiro_jump");
    if (status == NNI_OK)
        nni__kernels_best()->xo_jump(&gen->lanes, JUMP_2_192);
    return status;
}
#line 1373 "book/appP-performance.nw"
nni_status nni_xoshiro_set_threads(nni_xoshiro_gen *gen, unsigned threads)
{
    nni_status status = check_xoshiro(gen, "nni_xoshiro_set_threads");
    if (status != NNI_OK)
        return status;
    if (threads < 1 || threads > NNI_XOSHIRO_MAX_THREADS)
        return nni__fail(NNI_EINVAL, "nni_xoshiro_set_threads: threads must be "
                         "between 1 and %d, got %u", NNI_XOSHIRO_MAX_THREADS,
                         threads);
    gen->threads = threads;
    return NNI_OK;
}

nni_status nni_xoshiro_words(nni_xoshiro_gen *gen, uint32_t *out, size_t n)
{
    nni_status status = check_xoshiro(gen, "nni_xoshiro_words");
    if (status != NNI_OK)
        return status;
    if (out == NULL && n > 0)
        return nni__fail(NNI_EINVAL, "nni_xoshiro_words: out is NULL");
    if (n > 0)
        fill(gen, (xo_job){ .k = nni__kernels_best(), .kind = XO_WORDS,
                            .data = out, .count = n });
    return NNI_OK;
}
#line 1406 "book/appP-performance.nw"
nni_status nni_xoshiro_uniform_(nni_xoshiro_gen *gen, nni_tensor *t,
                                double from, double to)
{
    const char *who = "nni_xoshiro_uniform_";
    nni_status status = check_target(gen, t, who);
    if (status != NNI_OK)
        return status;
    const bool f32 = t->dtype == NNI_FLOAT32;
    const double max = f32 ? (double)FLT_MAX : DBL_MAX;
    const bool in_type = fabs(from) <= max && fabs(to) <= max;
    const double range = !in_type ? (double)NAN
                       : f32 ? (double)((float)to - (float)from)
                             : to - from;
    if (!(from <= to) || !isfinite(range))
        return nni__fail(NNI_EINVAL, "%s: need finite bounds from <= to with a "
                         "finite to - from, got from=%g to=%g", who, from, to);
    if (t->numel > 0)
        fill(gen, (xo_job){ .k = nni__kernels_best(),
                            .kind = f32 ? XO_UNIFORM_F32 : XO_UNIFORM_F64,
                            .data = t->data, .count = t->numel,
                            .a = f32 ? (double)(float)from : from,
                            .b = range });
    return NNI_OK;
}
#line 1442 "book/appP-performance.nw"
nni_status nni_xoshiro_normal_(nni_xoshiro_gen *gen, nni_tensor *t,
                               double mean, double std)
{
    const char *who = "nni_xoshiro_normal_";
    nni_status status = check_target(gen, t, who);
    if (status != NNI_OK)
        return status;
    const bool f32 = t->dtype == NNI_FLOAT32;
    const double max = f32 ? (double)FLT_MAX : DBL_MAX;
    if (!(fabs(mean) <= max) || !(std >= 0.0 && std <= max))
        return nni__fail(NNI_EINVAL, "%s: need a finite mean and a finite "
                         "std >= 0, got mean=%g std=%g", who, mean, std);
    const double m = f32 ? (double)(float)mean : mean;
    const double s = f32 ? (double)(float)std : std;
    if (!(fabs(m) + NNI__TORCH_ZMAX * s <= max))
        return nni__fail(NNI_EINVAL, "%s: normal(mean=%g, std=%g) would "
                         "overflow %s: need |mean| + %g std <= %g", who, mean,
                         std, f32 ? "float32" : "float64", NNI__TORCH_ZMAX,
                         max);
    if (t->numel > 0)
        fill(gen, (xo_job){ .k = nni__kernels_best(),
                            .kind = f32 ? XO_NORMAL_F32 : XO_NORMAL_F64,
                            .data = t->data, .count = t->numel,
                            .a = m, .b = s });
    return NNI_OK;
}
