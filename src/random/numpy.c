#line 1360 "book/ch34-random.nw"
/* random/numpy.c -- 与 NumPy 1.24 的 legacy RandomState 逐位相同的随机数 */
#include <float.h>
#include <inttypes.h>
#include <math.h>

#include "base/internal.h"
#include "random/internal.h"
#include "random/kernels.h"
#include "random/numpy.h"
#include "tensor/internal.h"

#line 1452 "book/ch34-random.nw"
static nni_status check_numpy(const nni_numpy_gen *gen, const nni_tensor *t,
                              const char *who)
{
    if (gen == NULL)
        return nni__fail(NNI_EINVAL, "%s: generator is NULL", who);
    if (gen->seeded != NNI__SEEDED)
        return nni__fail(NNI_EINVAL, "%s: generator is not seeded "
                         "(call nni_numpy_seed first)", who);
    if (t == NULL)
        return nni__fail(NNI_EINVAL, "%s: tensor is NULL", who);
    return NNI_OK;
}
#line 1474 "book/ch34-random.nw"
static void uniform_fill(nni_numpy_gen *gen, nni_tensor *t, double low,
                         double range)
{
    const nni__kernels *k = nni__kernels_best();
    if (t->dtype == NNI_FLOAT32)
        k->numpy_uniform_float(&gen->engine, t->data, t->numel, low, range);
    else
        k->numpy_uniform_double(&gen->engine, t->data, t->numel, low, range);
}
#line 1492 "book/ch34-random.nw"
static void gauss_fill(nni_numpy_gen *gen, nni_tensor *t, bool standard,
                       double loc, double scale)
{
    const nni__kernels *k = nni__kernels_best();
    double buf[256];
    for (size_t i = 0; i < t->numel;) {
        const size_t m = t->numel - i < 256 ? t->numel - i : 256;
        k->numpy_gauss(&gen->engine, buf, m, &gen->gauss, &gen->has_gauss);
        for (size_t j = 0; j < m; j++) {
            const double g = buf[j];
            nni__tensor_store(t, i + j, standard ? g : loc + scale * g);
        }
        i += m;
    }
}
#line 1376 "book/ch34-random.nw"
static void reset(nni_numpy_gen *gen)
{
    gen->gauss = 0.0;
    gen->has_gauss = false;
    gen->seeded = NNI__SEEDED;
}

nni_status nni_numpy_seed(nni_numpy_gen *gen, uint64_t seed)
{
    if (gen == NULL)
        return nni__fail(NNI_EINVAL, "nni_numpy_seed: generator is NULL");
    if (seed > UINT32_MAX)
        return nni__fail(NNI_EINVAL,
                         "nni_numpy_seed: Seed must be between 0 and "
                         "2**32 - 1 (got %" PRIu64 ")", seed);
    nni_mt19937_seed(&gen->engine, (uint32_t)seed);
    reset(gen);
    return NNI_OK;
}

nni_status nni_numpy_seed_by_array(nni_numpy_gen *gen, const uint32_t *key,
                                   size_t length)
{
    if (gen == NULL)
        return nni__fail(NNI_EINVAL,
                         "nni_numpy_seed_by_array: generator is NULL");
    if (key == NULL || length == 0)
        return nni__fail(NNI_EINVAL,
                         "nni_numpy_seed_by_array: Seed must be non-empty");
    nni_status status = nni_mt19937_seed_by_array(&gen->engine, key, length);
    if (status == NNI_OK)
        reset(gen);
    return status;
}
#line 1416 "book/ch34-random.nw"
double nni_numpy_next_double(nni_numpy_gen *gen)
{
    const uint32_t a = nni_mt19937_next(&gen->engine) >> 5;
    const uint32_t b = nni_mt19937_next(&gen->engine) >> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
}
#line 1428 "book/ch34-random.nw"
double nni_numpy_gauss(nni_numpy_gen *gen)
{
    if (gen->has_gauss) {
        const double cached = gen->gauss;
        gen->has_gauss = false;
        gen->gauss = 0.0;
        return cached;
    }
    double x1, x2, r2;
    do {
        x1 = 2.0 * nni_numpy_next_double(gen) - 1.0;
        x2 = 2.0 * nni_numpy_next_double(gen) - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = sqrt(-2.0 * log(r2) / r2);
    gen->gauss = f * x1;
    gen->has_gauss = true;
    return f * x2;
}
#line 1510 "book/ch34-random.nw"
nni_status nni_numpy_random_sample(nni_numpy_gen *gen, nni_tensor *t)
{
    nni_status status = check_numpy(gen, t, "nni_numpy_random_sample");
    if (status != NNI_OK)
        return status;
    uniform_fill(gen, t, 0.0, 1.0);
    return NNI_OK;
}

nni_status nni_numpy_uniform(nni_numpy_gen *gen, nni_tensor *t, double low,
                             double high)
{
    nni_status status = check_numpy(gen, t, "nni_numpy_uniform");
    if (status != NNI_OK)
        return status;
    const double range = high - low;
    if (!isfinite(range))
        return nni__fail(NNI_EINVAL,
                         "nni_numpy_uniform: Range exceeds valid bounds");
    if (t->dtype == NNI_FLOAT32
        && !(fabs(low) <= (double)FLT_MAX && fabs(high) <= (double)FLT_MAX))
        return nni__fail(NNI_EINVAL, "nni_numpy_uniform: low=%g, high=%g "
                         "cannot be converted to float32 without overflow",
                         low, high);
    uniform_fill(gen, t, low, range);
    return NNI_OK;
}
#line 1544 "book/ch34-random.nw"
nni_status nni_numpy_standard_normal(nni_numpy_gen *gen, nni_tensor *t)
{
    nni_status status = check_numpy(gen, t, "nni_numpy_standard_normal");
    if (status != NNI_OK)
        return status;
    gauss_fill(gen, t, true, 0.0, 1.0);
    return NNI_OK;
}

nni_status nni_numpy_normal(nni_numpy_gen *gen, nni_tensor *t, double loc,
                            double scale)
{
    nni_status status = check_numpy(gen, t, "nni_numpy_normal");
    if (status != NNI_OK)
        return status;
    if (!isnan(scale) && signbit(scale))
        return nni__fail(NNI_EINVAL, "nni_numpy_normal: scale < 0");
    const double max = t->dtype == NNI_FLOAT32 ? (double)FLT_MAX : DBL_MAX;
    if (!(fabs(loc) + 12.1 * scale <= max))
        return nni__fail(NNI_EINVAL, "nni_numpy_normal: normal(loc=%g, "
                         "scale=%g) would overflow %s: need |loc| + 12.1 "
                         "scale <= %g", loc, scale, nni_dtype_name(t->dtype),
                         max);
    gauss_fill(gen, t, false, loc, scale);
    return NNI_OK;
}
