#line 492 "book/ch40-random.nw"
/* random/torch.c -- 与 PyTorch 1.13 CPU 生成器（AVX2 内核）逐位相同的随机数 */
#include <float.h>
#include <math.h>

#include "base/internal.h"
#include "random/internal.h"
#include "random/torch.h"
#include "tensor/internal.h"

#line 582 "book/ch40-random.nw"
static nni_status check_generator(const nni_torch_gen *gen, const nni_tensor *t,
                                  const char *who)
{
    if (gen == NULL)
        return nni__fail(NNI_EINVAL, "%s: generator is NULL", who);
    if (gen->seeded != NNI__SEEDED)
        return nni__fail(NNI_EINVAL, "%s: generator is not seeded "
                         "(call nni_torch_manual_seed first)", who);
    if (t == NULL)
        return nni__fail(NNI_EINVAL, "%s: tensor is NULL", who);
    return NNI_OK;
}
#line 761 "book/ch40-random.nw"
static void normal_fill16_float(float *d, float mean, float std);
static void normal_fill16_double(double *d, double mean, double std);

static void normal_fill_float(nni_torch_gen *gen, float *d, size_t n,
                              float mean, float std)
{
    for (size_t i = 0; i < n; i++)
        d[i] = nni_torch_uniform_float(gen, 0.0f, 1.0f);
    for (size_t i = 0; i + 16 <= n; i += 16)
        normal_fill16_float(d + i, mean, std);
    if (n % 16 != 0) {
        float *tail = d + n - 16;
        for (size_t i = 0; i < 16; i++)
            tail[i] = nni_torch_uniform_float(gen, 0.0f, 1.0f);
        normal_fill16_float(tail, mean, std);
    }
}

static void normal_fill_double(nni_torch_gen *gen, double *d, size_t n,
                               double mean, double std)
{
    for (size_t i = 0; i < n; i++)
        d[i] = nni_torch_uniform_double(gen, 0.0, 1.0);
    for (size_t i = 0; i + 16 <= n; i += 16)
        normal_fill16_double(d + i, mean, std);
    if (n % 16 != 0) {
        double *tail = d + n - 16;
        for (size_t i = 0; i < 16; i++)
            tail[i] = nni_torch_uniform_double(gen, 0.0, 1.0);
        normal_fill16_double(tail, mean, std);
    }
}
#line 801 "book/ch40-random.nw"
static void normal_fill16_double(double *d, double mean, double std)
{
    for (int j = 0; j < 8; j++) {
        const double u1 = 1.0 - d[j];
        const double u2 = d[j + 8];
        const double radius = sqrt(-2.0 * log(u1));
        const double theta = 2.0 * NNI__PI * u2;
        d[j] = fma(radius * cos(theta), std, mean);
        d[j + 8] = fma(radius * sin(theta), std, mean);
    }
}
#line 823 "book/ch40-random.nw"
static void normal_fill16_float(float *d, float mean, float std)
{
    const float two_pi = (float)(2.0 * NNI__PI);
    for (int j = 0; j < 8; j++) {
        const float u1 = 1.0f - d[j];
        const float u2 = d[j + 8];
        const float radius = sqrtf(-2.0f * nni__cephes_logf(u1));
        const float theta = two_pi * u2;
        float s, c;
        nni__cephes_sincosf(theta, &s, &c);
        d[j] = fmaf(radius * c, std, mean);
        d[j + 8] = fmaf(radius * s, std, mean);
    }
}
#line 544 "book/ch40-random.nw"
nni_status nni_torch_manual_seed(nni_torch_gen *gen, uint64_t seed)
{
    if (gen == NULL)
        return nni__fail(NNI_EINVAL, "nni_torch_manual_seed: generator is NULL");
    nni_mt19937_seed(&gen->engine, (uint32_t)(seed & 0xffffffffu));
    gen->seed = seed;
    gen->next_normal = 0.0;
    gen->has_next_normal = false;
    gen->seeded = NNI__SEEDED;
    return NNI_OK;
}

uint64_t nni_torch_initial_seed(const nni_torch_gen *gen)
{
    return gen != NULL ? gen->seed : 0;
}

uint32_t nni_torch_random(nni_torch_gen *gen)
{
    return nni_mt19937_next(&gen->engine);
}
#line 571 "book/ch40-random.nw"
uint64_t nni_torch_random64(nni_torch_gen *gen)
{
    uint32_t hi = nni_mt19937_next(&gen->engine);
    uint32_t lo = nni_mt19937_next(&gen->engine);
    return (uint64_t)hi << 32 | lo;
}
#line 603 "book/ch40-random.nw"
float nni_torch_uniform_float(nni_torch_gen *gen, float from, float to)
{
    float x = (float)(nni_torch_random(gen) & 0xffffffu) * 0x1p-24f;
    return fmaf(x, to - from, from);
}

double nni_torch_uniform_double(nni_torch_gen *gen, double from, double to)
{
    double x = (double)(nni_torch_random64(gen) & ((UINT64_C(1) << 53) - 1)) * 0x1p-53;
    return fma(x, to - from, from);
}
#line 621 "book/ch40-random.nw"
nni_status nni__torch_uniform(nni_torch_gen *gen, nni_tensor *t, double from,
                              double to, const char *who)
{
    nni_status status = check_generator(gen, t, who);
    if (status != NNI_OK)
        return status;
    
#line 665 "book/ch40-random.nw"
const bool f32 = t->dtype == NNI_FLOAT32;
const double max = f32 ? (double)FLT_MAX : DBL_MAX;
const char *type = f32 ? "float" : "double";
if (!(from >= -max && from <= max))
    return nni__fail(NNI_EINVAL, "%s: from is out of bounds for %s", who, type);
if (!(to >= -max && to <= max))
    return nni__fail(NNI_EINVAL, "%s: to is out of bounds for %s", who, type);
if (!(from <= to))
    return nni__fail(NNI_EINVAL, "%s: uniform_ expects to return a [from, to) "
                     "range, but found from=%g > to=%g", who, from, to);
if (!(to - from <= max))
    return nni__fail(NNI_EINVAL, "%s: uniform_ expects to-from <= "
                     "std::numeric_limits<%s>::max(), but found to=%g and from=%g "
                     "which result in to-from to exceed the limit",
                     who, f32 ? "Float" : "Double", to, from);
#line 628 "book/ch40-random.nw"
    if (t->dtype == NNI_FLOAT32) {
        float *d = t->data;
        const float lo = (float)from, hi = (float)to;
        for (size_t i = 0; i < t->numel; i++)
            d[i] = nni_torch_uniform_float(gen, lo, hi);
    } else {
        double *d = t->data;
        for (size_t i = 0; i < t->numel; i++)
            d[i] = nni_torch_uniform_double(gen, from, to);
    }
    return NNI_OK;
}

nni_status nni_torch_uniform_(nni_torch_gen *gen, nni_tensor *t, double from, double to)
{
    return nni__torch_uniform(gen, t, from, to, "nni_torch_uniform_");
}
#line 721 "book/ch40-random.nw"
double nni_torch_normal_double(nni_torch_gen *gen, double mean, double std)
{
    if (gen->has_next_normal) {
        gen->has_next_normal = false;
        return fma(gen->next_normal, std, mean);
    }
    const double u1 = nni_torch_uniform_double(gen, 0.0, 1.0);
    const double u2 = nni_torch_uniform_double(gen, 0.0, 1.0);
    const double r = sqrt(-2.0 * log(1.0 - u2));
    const double theta = 2.0 * NNI__PI * u1;
    gen->next_normal = r * sin(theta);
    gen->has_next_normal = true;
    return fma(r * cos(theta), std, mean);
}
#line 845 "book/ch40-random.nw"
nni_status nni__torch_normal(nni_torch_gen *gen, nni_tensor *t, double mean,
                             double std, const char *who)
{
    nni_status status = check_generator(gen, t, who);
    if (status != NNI_OK)
        return status;
    
#line 886 "book/ch40-random.nw"
if (!(std >= 0.0))
    return nni__fail(NNI_EINVAL, "%s: normal expects std >= 0.0, but found "
                     "std %g", who, std);
const bool f32 = t->dtype == NNI_FLOAT32;
const double m = f32 ? (double)(float)mean : mean;
const double s = f32 ? (double)(float)std : std;
const double max = f32 ? (double)FLT_MAX : DBL_MAX;
if (!(fabs(m) + NNI__TORCH_ZMAX * s <= max))
    return nni__fail(NNI_EINVAL, "%s: normal(mean=%g, std=%g) would overflow "
                     "%s: need |mean| + %g std <= %g", who, mean, std,
                     f32 ? "float32" : "float64", NNI__TORCH_ZMAX, max);
#line 852 "book/ch40-random.nw"
    if (t->numel >= 16) {
        if (t->dtype == NNI_FLOAT32)
            normal_fill_float(gen, t->data, t->numel, (float)mean, (float)std);
        else
            normal_fill_double(gen, t->data, t->numel, mean, std);
    } else {
        for (size_t i = 0; i < t->numel; i++)
            nni__tensor_store(t, i, nni_torch_normal_double(gen, mean, std));
    }
    return NNI_OK;
}

nni_status nni_torch_normal_(nni_torch_gen *gen, nni_tensor *t, double mean, double std)
{
    return nni__torch_normal(gen, t, mean, std, "nni_torch_normal_");
}
#line 1130 "book/ch40-random.nw"
nni_status nni_torch_randperm(nni_torch_gen *gen, size_t n, size_t *perm)
{
    if (gen == NULL)
        return nni__fail(NNI_EINVAL, "nni_torch_randperm: generator is NULL");
    if (gen->seeded != NNI__SEEDED)
        return nni__fail(NNI_EINVAL, "nni_torch_randperm: generator is not seeded "
                         "(call nni_torch_manual_seed first)");
    if (perm == NULL && n > 0)
        return nni__fail(NNI_EINVAL, "nni_torch_randperm: perm is NULL");
    for (size_t i = 0; i < n; i++)
        perm[i] = i;
    for (size_t i = 0; i + 1 < n; i++) {
        const size_t z = nni_torch_random(gen) % (n - i);
        const size_t saved = perm[i];
        perm[i] = perm[i + z];
        perm[i + z] = saved;
    }
    return NNI_OK;
}
