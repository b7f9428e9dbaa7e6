#line 504 "book/ch34-random.nw"
/* random/torch.c -- 与 PyTorch 1.13 CPU 生成器（AVX2 内核）逐位相同的随机数 */
#include <float.h>
#include <math.h>

#include "base/internal.h"
#include "random/internal.h"
#include "random/kernels.h"
#include "random/torch.h"
#include "tensor/internal.h"

#line 606 "book/ch34-random.nw"
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
#line 795 "book/ch34-random.nw"
static void normal_fill_float(nni_torch_gen *gen, float *d, size_t n,
                              float mean, float std)
{
    const nni__kernels *k = nni__kernels_best();
    const size_t full = n / 16 * 16;
    k->torch_normal_float(&gen->engine, d, full, mean, std);
    if (full < n) {
        k->torch_uniform_float(&gen->engine, d + full, n - full, 0.0f, 1.0f);
        k->torch_normal_float(&gen->engine, d + n - 16, 16, mean, std);
    }
}

static void normal_fill_double(nni_torch_gen *gen, double *d, size_t n,
                               double mean, double std)
{
    const nni__kernels *k = nni__kernels_best();
    const size_t full = n / 16 * 16;
    k->torch_normal_double(&gen->engine, d, full, mean, std);
    if (full < n) {
        k->torch_uniform_double(&gen->engine, d + full, n - full, 0.0, 1.0);
        k->torch_normal_double(&gen->engine, d + n - 16, 16, mean, std);
    }
}
#line 567 "book/ch34-random.nw"
nni_status nni_torch_manual_seed(nni_torch_gen *gen, uint64_t seed)
{
    if (gen == NULL)
        return nni__fail(NNI_EINVAL,
                         "nni_torch_manual_seed: generator is NULL");
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
#line 595 "book/ch34-random.nw"
uint64_t nni_torch_random64(nni_torch_gen *gen)
{
    uint32_t hi = nni_mt19937_next(&gen->engine);
    uint32_t lo = nni_mt19937_next(&gen->engine);
    return (uint64_t)hi << 32 | lo;
}
#line 627 "book/ch34-random.nw"
float nni_torch_uniform_float(nni_torch_gen *gen, float from, float to)
{
    float x = (float)(nni_torch_random(gen) & 0xffffffu) * 0x1p-24f;
    return fmaf(x, to - from, from);
}

double nni_torch_uniform_double(nni_torch_gen *gen, double from, double to)
{
    double x =
        (double)(nni_torch_random64(gen) & ((UINT64_C(1) << 53) - 1)) * 0x1p-53;
    return fma(x, to - from, from);
}
#line 653 "book/ch34-random.nw"
nni_status nni__torch_uniform(nni_torch_gen *gen, nni_tensor *t, double from,
                              double to, const char *who)
{
    nni_status status = check_generator(gen, t, who);
    if (status != NNI_OK)
        return status;
    
#line 694 "book/ch34-random.nw"
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
                     "std::numeric_limits<%s>::max(), but found to=%g "
                     "and from=%g which result in to-from to exceed the "
                     "limit", who, f32 ? "Float" : "Double", to, from);
#line 660 "book/ch34-random.nw"
    const nni__kernels *k = nni__kernels_best();
    if (t->dtype == NNI_FLOAT32)
        k->torch_uniform_float(&gen->engine, t->data, t->numel,
                               (float)from, (float)to);
    else
        k->torch_uniform_double(&gen->engine, t->data, t->numel, from, to);
    return NNI_OK;
}

nni_status nni_torch_uniform_(nni_torch_gen *gen, nni_tensor *t, double from,
                              double to)
{
    return nni__torch_uniform(gen, t, from, to, "nni_torch_uniform_");
}
#line 750 "book/ch34-random.nw"
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
#line 899 "book/ch34-random.nw"
nni_status nni__torch_normal(nni_torch_gen *gen, nni_tensor *t, double mean,
                             double std, const char *who)
{
    nni_status status = check_generator(gen, t, who);
    if (status != NNI_OK)
        return status;
    
#line 941 "book/ch34-random.nw"
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
#line 906 "book/ch34-random.nw"
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

nni_status nni_torch_normal_(nni_torch_gen *gen, nni_tensor *t, double mean,
                             double std)
{
    return nni__torch_normal(gen, t, mean, std, "nni_torch_normal_");
}
#line 1204 "book/ch34-random.nw"
nni_status nni_torch_randperm(nni_torch_gen *gen, size_t n, size_t *perm)
{
    if (gen == NULL)
        return nni__fail(NNI_EINVAL, "nni_torch_randperm: generator is NULL");
    if (gen->seeded != NNI__SEEDED)
        return nni__fail(NNI_EINVAL,
                         "nni_torch_randperm: generator is not seeded "
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
