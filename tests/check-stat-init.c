#line 121 "book/appA5-stat-init.nw"
/* check-stat-init -- 每个初始化函数、每种数据类型的统计检验，
   以及它们的变异体 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "stat-harness.h"

#line 157 "book/appA5-stat-init.nw"
enum test_id {
    T_UNIFORM, T_NORMAL, T_XAVIER_U, T_XAVIER_N, T_KAIMING_U, T_KAIMING_N,
    T_TRUNC,
    T_LINEAR_W, T_LINEAR_B, T_SPARSE, T_ORTHO, T_HAAR
};
#define ON(t) (1u << (t))

enum mutant_id {
    M_NONE,                     /* 真实的代码 */
    
#line 329 "book/appA5-stat-init.nw"
M_UNIFORM_FROM_ZERO, M_UNIFORM_A_PLUS_BU, M_UNIFORM_16BIT, M_UNIFORM_TWICE,
#line 408 "book/appA5-stat-init.nw"
M_NORMAL_VARIANCE, M_NORMAL_NO_MEAN, M_NORMAL_SQRT_STD,
#line 459 "book/appA5-stat-init.nw"
M_FANS_SWAPPED, M_FANS_NO_RECEPTIVE, M_XAVIER_FANS_SWAPPED,
#line 555 "book/appA5-stat-init.nw"
M_XU_SQRT3, M_XU_NO_GAIN, M_XU_GAIN_SQUARED, M_XU_INT_DIV, M_XU_PLUS_ONE,
M_XU_VARIANCE,
#line 618 "book/appA5-stat-init.nw"
M_XN_NO_SQRT, M_XN_BOUND_AS_STD, M_XN_NO_GAIN,
#line 744 "book/appA5-stat-init.nw"
M_K_SLOPE, M_K_MODE_IGNORED, M_K_NL_IGNORED, M_K_RELU_AS_LEAKY,
#line 772 "book/appA5-stat-init.nw"
M_KU_NO_SQRT3, M_KN_NO_SQRT, M_KN_VARIANCE, M_KN_GAIN_SQUARED,
#line 955 "book/appA5-stat-init.nw"
M_T_CLAMP, M_T_STD_UNITS, M_T_NO_UPPER, M_T_VARIANCE, M_T_CDF_RANGE,
M_T_NO_SQRT2,
M_T_UNIFORM,
#line 1107 "book/appA5-stat-init.nw"
M_L_W_NO_SQRT, M_L_W_A0, M_L_W_A_NOT_SQUARED, M_L_B_FAN_OUT, M_L_B_ZERO,
#line 1331 "book/appA5-stat-init.nw"
M_S_FLOOR, M_S_SAME_ROWS, M_S_CYCLIC, M_S_WITH_REPLACEMENT, M_S_VARIANCE,
M_S_ZEROS_FIRST, M_S_ONE_MORE,
#line 1526 "book/appA5-stat-init.nw"
M_O_NO_SIGN_FIX, M_O_GAIN_SQUARED, M_O_NO_GAIN, M_O_NO_QR,
#line 167 "book/appA5-stat-init.nw"
    M_COUNT
};
#line 172 "book/appA5-stat-init.nw"
static const nni_mutant mutants[M_COUNT - 1] = {
    
#line 333 "book/appA5-stat-init.nw"
[M_UNIFORM_FROM_ZERO - 1] = { "uniform_: [0, b) instead of [a, b)", false,
                              NULL },
[M_UNIFORM_A_PLUS_BU - 1] = { "uniform_: a + b*u instead of a + (b - a)*u",
                              false, NULL },
[M_UNIFORM_16BIT - 1] = { "uniform_: 16-bit uniforms, u = k / 65536", false,
                          NULL },
[M_UNIFORM_TWICE - 1] = { "uniform_: every draw used twice", false, NULL },
#line 412 "book/appA5-stat-init.nw"
[M_NORMAL_VARIANCE - 1] = { "normal_: variance used as std", false, NULL },
[M_NORMAL_NO_MEAN - 1] = { "normal_: mean ignored", false, NULL },
[M_NORMAL_SQRT_STD - 1] = { "normal_: sqrt(std) used as std", false, NULL },
#line 463 "book/appA5-stat-init.nw"
[M_FANS_SWAPPED - 1] =
    { "fans: fan_in and fan_out swapped (xavier and kaiming)",
      false, NULL },
[M_FANS_NO_RECEPTIVE - 1] =
    { "fans: receptive field ignored (xavier and kaiming)",
      false, NULL },
[M_XAVIER_FANS_SWAPPED - 1] =
    { "xavier_*: fan_in and fan_out swapped (bit-identical)",
      true, "check-init test_golden: the 14 fans cases" },
#line 560 "book/appA5-stat-init.nw"
[M_XU_SQRT3 - 1] =
    { "xavier_uniform_: bound sqrt(3/(fan_in+fan_out)), not sqrt(6/..)",
      false, NULL },
[M_XU_NO_GAIN - 1] = { "xavier_uniform_: gain dropped", false, NULL },
[M_XU_GAIN_SQUARED - 1] = { "xavier_uniform_: gain squared", false, NULL },
[M_XU_INT_DIV - 1] =
    { "xavier_uniform_: integer division 6 / (fan_in + fan_out) = 0",
      false, NULL },
[M_XU_PLUS_ONE - 1] =
    { "xavier_uniform_: fan_in + fan_out + 1 (bound 0.065 % short)",
      false, NULL },
[M_XU_VARIANCE - 1] = { "xavier_uniform_: variance used where the std belongs",
                        false, NULL },
#line 622 "book/appA5-stat-init.nw"
[M_XN_NO_SQRT - 1] = { "xavier_normal_: std 2/(fan_in+fan_out), no square root",
                       false, NULL },
[M_XN_BOUND_AS_STD - 1] =
    { "xavier_normal_: std sqrt(6/(fan_in+fan_out)), the bound",
      false, NULL },
[M_XN_NO_GAIN - 1] = { "xavier_normal_: gain dropped", false, NULL },
#line 748 "book/appA5-stat-init.nw"
[M_K_SLOPE - 1] =
    { "kaiming_*: leaky gain sqrt(2/(1+a)) instead of sqrt(2/(1+a^2))",
      false, NULL },
[M_K_MODE_IGNORED - 1] = { "kaiming_*: mode ignored, always fan_in", false,
                           NULL },
[M_K_NL_IGNORED - 1] = { "kaiming_*: nonlinearity ignored, gain 1", false,
                         NULL },
[M_K_RELU_AS_LEAKY - 1] =
    { "kaiming_*: relu gain from leaky_relu with slope 0.01",
      true, "check-init test_golden: calculate_gain('relu')" },
#line 776 "book/appA5-stat-init.nw"
[M_KU_NO_SQRT3 - 1] = { "kaiming_uniform_: bound without sqrt(3), bound = std",
                        false, NULL },
[M_KN_NO_SQRT - 1] = { "kaiming_normal_: std gain/fan, no square root", false,
                       NULL },
[M_KN_VARIANCE - 1] = { "kaiming_normal_: variance gain^2/fan used as std",
                        false, NULL },
[M_KN_GAIN_SQUARED - 1] = { "kaiming_normal_: gain squared", false, NULL },
#line 961 "book/appA5-stat-init.nw"
[M_T_CLAMP - 1] =
    { "trunc_normal_: normal values clamped to [a, b], no inverse CDF",
      false, NULL },
[M_T_STD_UNITS - 1] =
    { "trunc_normal_: bounds in std units, [m + a*s, m + b*s]",
      false, NULL },
[M_T_NO_UPPER - 1] = { "trunc_normal_: upper bound never applied", false,
                       NULL },
[M_T_VARIANCE - 1] = { "trunc_normal_: std^2 used as std", false, NULL },
[M_T_CDF_RANGE - 1] =
    { "trunc_normal_: u in [Phi(al), Phi(be)], not [2 Phi - 1, ..]",
      false, NULL },
[M_T_NO_SQRT2 - 1] = { "trunc_normal_: erfinv scaled by std, not std*sqrt(2)",
                       false, NULL },
[M_T_UNIFORM - 1] = { "trunc_normal_: uniform on [a, b]", false, NULL },
#line 1111 "book/appA5-stat-init.nw"
[M_L_W_NO_SQRT - 1] = { "Linear weight: bound 1/fan_in, not 1/sqrt(fan_in)",
                        false, NULL },
[M_L_W_A0 - 1] =
    { "Linear weight: kaiming_uniform_ with a = 0, bound sqrt(6/fan_in)",
      false, NULL },
[M_L_W_A_NOT_SQUARED - 1] =
    { "Linear weight: a = sqrt(5) not squared in the gain",
      false, NULL },
[M_L_B_FAN_OUT - 1] = { "Linear bias: bound 1/sqrt(out_features)", false,
                        NULL },
[M_L_B_ZERO - 1] = { "Linear bias: zeros", false, NULL },
#line 1336 "book/appA5-stat-init.nw"
[M_S_FLOOR - 1] = { "sparse_: floor(sparsity * rows) zeros, not ceil", false,
                    NULL },
[M_S_SAME_ROWS - 1] = { "sparse_: the same zero rows in every column", false,
                        NULL },
[M_S_CYCLIC - 1] = { "sparse_: zero rows taken in turn, not at random", false,
                     NULL },
[M_S_WITH_REPLACEMENT - 1] = { "sparse_: zero rows drawn with replacement",
                               false, NULL },
[M_S_VARIANCE - 1] = { "sparse_: std^2 used as std", false, NULL },
[M_S_ZEROS_FIRST - 1] = { "sparse_: zeros set before normal_ overwrites them",
                          false, NULL },
[M_S_ONE_MORE - 1] = { "sparse_: one zero too many in every column", false,
                       NULL },
#line 1530 "book/appA5-stat-init.nw"
[M_O_NO_SIGN_FIX - 1] =
    { "orthogonal_: Householder Q without the sign correction",
      false, NULL },
[M_O_GAIN_SQUARED - 1] = { "orthogonal_: gain squared", false, NULL },
[M_O_NO_GAIN - 1] = { "orthogonal_: gain ignored", false, NULL },
[M_O_NO_QR - 1] = { "orthogonal_: scaled Gaussian matrix, no QR", false, NULL },
#line 174 "book/appA5-stat-init.nw"
};

static const unsigned targets[M_COUNT - 1] = {
    
#line 343 "book/appA5-stat-init.nw"
[M_UNIFORM_FROM_ZERO - 1] = ON(T_UNIFORM),
                               [M_UNIFORM_A_PLUS_BU - 1] = ON(T_UNIFORM),
[M_UNIFORM_16BIT - 1] = ON(T_UNIFORM), [M_UNIFORM_TWICE - 1] = ON(T_UNIFORM),
#line 418 "book/appA5-stat-init.nw"
[M_NORMAL_VARIANCE - 1] = ON(T_NORMAL), [M_NORMAL_NO_MEAN - 1] = ON(T_NORMAL),
[M_NORMAL_SQRT_STD - 1] = ON(T_NORMAL),
#line 475 "book/appA5-stat-init.nw"
[M_FANS_SWAPPED - 1] = ON(T_XAVIER_U) | ON(T_XAVIER_N) | ON(T_KAIMING_U)
                       | ON(T_KAIMING_N),
[M_FANS_NO_RECEPTIVE - 1] = ON(T_XAVIER_U) | ON(T_XAVIER_N) | ON(T_KAIMING_U)
                            | ON(T_KAIMING_N),
[M_XAVIER_FANS_SWAPPED - 1] = ON(T_XAVIER_U) | ON(T_XAVIER_N),
#line 576 "book/appA5-stat-init.nw"
[M_XU_SQRT3 - 1] = ON(T_XAVIER_U), [M_XU_NO_GAIN - 1] = ON(T_XAVIER_U),
[M_XU_GAIN_SQUARED - 1] = ON(T_XAVIER_U), [M_XU_INT_DIV - 1] = ON(T_XAVIER_U),
[M_XU_PLUS_ONE - 1] = ON(T_XAVIER_U), [M_XU_VARIANCE - 1] = ON(T_XAVIER_U),
#line 631 "book/appA5-stat-init.nw"
[M_XN_NO_SQRT - 1] = ON(T_XAVIER_N), [M_XN_BOUND_AS_STD - 1] = ON(T_XAVIER_N),
[M_XN_NO_GAIN - 1] = ON(T_XAVIER_N),
#line 761 "book/appA5-stat-init.nw"
[M_K_SLOPE - 1] = ON(T_KAIMING_U) | ON(T_KAIMING_N),
[M_K_MODE_IGNORED - 1] = ON(T_KAIMING_U) | ON(T_KAIMING_N),
[M_K_NL_IGNORED - 1] = ON(T_KAIMING_U) | ON(T_KAIMING_N),
[M_K_RELU_AS_LEAKY - 1] = ON(T_KAIMING_U) | ON(T_KAIMING_N),
#line 786 "book/appA5-stat-init.nw"
[M_KU_NO_SQRT3 - 1] = ON(T_KAIMING_U), [M_KN_NO_SQRT - 1] = ON(T_KAIMING_N),
[M_KN_VARIANCE - 1] = ON(T_KAIMING_N),
                         [M_KN_GAIN_SQUARED - 1] = ON(T_KAIMING_N),
#line 979 "book/appA5-stat-init.nw"
[M_T_CLAMP - 1] = ON(T_TRUNC), [M_T_STD_UNITS - 1] = ON(T_TRUNC),
[M_T_NO_UPPER - 1] = ON(T_TRUNC), [M_T_VARIANCE - 1] = ON(T_TRUNC),
[M_T_CDF_RANGE - 1] = ON(T_TRUNC), [M_T_NO_SQRT2 - 1] = ON(T_TRUNC),
[M_T_UNIFORM - 1] = ON(T_TRUNC),
#line 1125 "book/appA5-stat-init.nw"
[M_L_W_NO_SQRT - 1] = ON(T_LINEAR_W), [M_L_W_A0 - 1] = ON(T_LINEAR_W),
[M_L_W_A_NOT_SQUARED - 1] = ON(T_LINEAR_W),
                               [M_L_B_FAN_OUT - 1] = ON(T_LINEAR_B),
[M_L_B_ZERO - 1] = ON(T_LINEAR_B),
#line 1352 "book/appA5-stat-init.nw"
[M_S_FLOOR - 1] = ON(T_SPARSE), [M_S_SAME_ROWS - 1] = ON(T_SPARSE),
[M_S_CYCLIC - 1] = ON(T_SPARSE), [M_S_WITH_REPLACEMENT - 1] = ON(T_SPARSE),
[M_S_VARIANCE - 1] = ON(T_SPARSE), [M_S_ZEROS_FIRST - 1] = ON(T_SPARSE),
[M_S_ONE_MORE - 1] = ON(T_SPARSE),
#line 1539 "book/appA5-stat-init.nw"
[M_O_NO_SIGN_FIX - 1] = ON(T_ORTHO) | ON(T_HAAR),
[M_O_GAIN_SQUARED - 1] = ON(T_ORTHO),
[M_O_NO_GAIN - 1] = ON(T_ORTHO), [M_O_NO_QR - 1] = ON(T_ORTHO),
#line 178 "book/appA5-stat-init.nw"
};

static bool skip(const nni_stat_test *t, enum test_id id)
{
    return t->mutant > 0 && (targets[t->mutant - 1] & ON(id)) == 0;
}
#line 213 "book/appA5-stat-init.nw"
static nni_tensor *tensor(nni_dtype dtype, size_t ndim, const size_t *shape)
{
    nni_tensor *t;
    ck_assert_int_eq(nni_tensor_new(&t, dtype, ndim, shape), NNI_OK);
    return t;
}

static double load(const nni_tensor *t, size_t i)
{
    const void *data = nni_tensor_data_const(t);
    return nni_tensor_dtype(t) == NNI_FLOAT32 ? (double)((const float *)data)[i]
                                              : ((const double *)data)[i];
}

static void store(nni_tensor *t, size_t i, double v)
{
    if (nni_tensor_dtype(t) == NNI_FLOAT32)
        ((float *)nni_tensor_data(t))[i] = (float)v;
    else
        ((double *)nni_tensor_data(t))[i] = v;
}
#line 240 "book/appA5-stat-init.nw"
typedef struct init_case {
    nni_dtype dtype;
    size_t ndim, shape[4];
    int calls;              /* 调用几次，汇集成一个样本 */
    double p[4];            /* 参数：见各个初始化函数 */
    nni_fan_mode mode;      /* Kaiming 的模式 */
    nni_nonlinearity nl;    /* Kaiming 的非线性函数 */
} init_case;

#define DENSE(dt) .dtype = (dt), .ndim = 2, .shape = { 512, 256 }, .calls = 1
#define CONV(dt) .dtype = (dt), .ndim = 4, .shape = { 64, 32, 3, 3 }, .calls = 8

typedef nni_status (*init_impl)(int mutant, nni_torch_gen *g, nni_tensor *w,
                                const init_case *c);
#line 262 "book/appA5-stat-init.nw"
static void check_case(const nni_stat_test *t, const init_case *c,
                       init_impl impl, const nni_law *law)
{
    nni_torch_gen g;
    nni_sample *s = NULL;
    nni_tensor *w = tensor(c->dtype, c->ndim, c->shape);
    ck_assert_int_eq(nni_torch_manual_seed(&g, t->seed), NNI_OK);
    for (int k = 0; k < c->calls; k++) {
        ck_assert_int_eq(impl(t->mutant, &g, w, c), NNI_OK);
        if (k == 0)
            ck_assert_int_eq(nni_sample_from_tensor(&s, w), NNI_OK);
        else
            ck_assert_int_eq(nni_sample_append_tensor(s, w), NNI_OK);
    }
    NNI_ASSERT_BATTERY(t, s, law);
    nni_sample_free(s);
    nni_tensor_free(w);
}
#line 287 "book/appA5-stat-init.nw"
static void claimed_fans(const init_case *c, double *fan_in, double *fan_out)
{
    double receptive = 1.0;
    for (size_t k = 2; k < c->ndim; k++)
        receptive *= (double)c->shape[k];
    *fan_in = (double)c->shape[1] * receptive;
    *fan_out = (double)c->shape[0] * receptive;
}
#line 896 "book/appA5-stat-init.nw"
static double float32_bits(float x)     /* x >= 0 */
{
    uint32_t u;
    memcpy(&u, &x, sizeof u);
    return (double)u;
}

static double float32_count(double lo, double hi)
{
    if (lo >= 0.0)
        return float32_bits((float)hi) - float32_bits((float)lo);
    if (hi <= 0.0)
        return float32_bits((float)-lo) - float32_bits((float)-hi);
    return float32_bits((float)hi) + float32_bits((float)-lo);
}
#line 1225 "book/appA5-stat-init.nw"
static double extra_zeros_tail(double z, double mu)
{
    const double half = ceil(z / 2.0);
    double tail = half > 0.0 ? nni_gamma_p(half, mu) : 1.0, pa = exp(-mu);
    for (double a = 0.0; a < half; a += 1.0) {
        const double need = z - 2.0 * a;
        tail += pa * (need > 0.0 ? nni_gamma_p(need, mu) : 1.0);
        pa *= mu / (a + 1.0);
    }
    return tail;
}
#line 353 "book/appA5-stat-init.nw"
static nni_status impl_uniform(int m, nni_torch_gen *g, nni_tensor *w,
                               const init_case *c)
{
    const double a = c->p[0], b = c->p[1];
    const size_t n = nni_tensor_numel(w);
    switch (m) {
    case M_UNIFORM_FROM_ZERO:
        return nni_torch_uniform_(g, w, 0.0, b);
    case M_UNIFORM_A_PLUS_BU:
        return nni_torch_uniform_(g, w, a, a + b);
    case M_UNIFORM_16BIT:
        for (size_t i = 0; i < n; i++)
            store(w, i,
                  a + (b - a) * (double)(nni_torch_random(g) >> 16) / 65536.0);
        return NNI_OK;
    case M_UNIFORM_TWICE:
        for (size_t i = 0; i + 1 < n; i += 2) {
            double v = nni_torch_uniform_double(g, a, b);
            store(w, i, v);
            store(w, i + 1, v);
        }
        return NNI_OK;
    default:
        return nni_init_uniform_(g, w, a, b);
    }
}
#line 423 "book/appA5-stat-init.nw"
static nni_status impl_normal(int m, nni_torch_gen *g, nni_tensor *w,
                              const init_case *c)
{
    const double mean = c->p[0], std = c->p[1];
    switch (m) {
    case M_NORMAL_VARIANCE:
        return nni_torch_normal_(g, w, mean, std * std);
    case M_NORMAL_NO_MEAN:
        return nni_torch_normal_(g, w, 0.0, std);
    case M_NORMAL_SQRT_STD:
        return nni_torch_normal_(g, w, mean, sqrt(std));
    default:
        return nni_init_normal_(g, w, mean, std);
    }
}
#line 483 "book/appA5-stat-init.nw"
static void mutant_fans(int m, const nni_tensor *w, double *fan_in,
                        double *fan_out)
{
    double receptive = 1.0;
    for (size_t k = 2; k < nni_tensor_ndim(w) && m != M_FANS_NO_RECEPTIVE; k++)
        receptive *= (double)nni_tensor_dim(w, k);
    *fan_in = (double)nni_tensor_dim(w, 1) * receptive;
    *fan_out = (double)nni_tensor_dim(w, 0) * receptive;
    if (m == M_FANS_SWAPPED || m == M_XAVIER_FANS_SWAPPED) {
        double f = *fan_in;
        *fan_in = *fan_out;
        *fan_out = f;
    }
}
#line 586 "book/appA5-stat-init.nw"
static nni_status impl_xavier_uniform(int m, nni_torch_gen *g, nni_tensor *w,
                                      const init_case *c)
{
    const double gain = c->p[0];
    double fan_in, fan_out, bound;
    mutant_fans(m, w, &fan_in, &fan_out);
    const double n = fan_in + fan_out, std = gain * sqrt(2.0 / n);
    switch (m) {
    case M_XU_SQRT3:        bound = gain * sqrt(3.0 / n); break;
    case M_XU_NO_GAIN:      bound = sqrt(3.0) * sqrt(2.0 / n); break;
    case M_XU_GAIN_SQUARED: bound = sqrt(3.0) * gain * std; break;
    case M_XU_INT_DIV:
        bound = gain * sqrt((double)(6 / ((size_t)fan_in + (size_t)fan_out)));
        break;
    case M_XU_PLUS_ONE:
        bound = sqrt(3.0) * gain * sqrt(2.0 / (n + 1.0));
        break;
    case M_XU_VARIANCE:     bound = sqrt(3.0) * std * std; break;
    case M_FANS_SWAPPED:
    case M_FANS_NO_RECEPTIVE:
    case M_XAVIER_FANS_SWAPPED: bound = sqrt(3.0) * std; break;
    default:
        return nni_init_xavier_uniform_(g, w, gain);
    }
    return nni_torch_uniform_(g, w, -bound, bound);
}
#line 636 "book/appA5-stat-init.nw"
static nni_status impl_xavier_normal(int m, nni_torch_gen *g, nni_tensor *w,
                                     const init_case *c)
{
    const double gain = c->p[0];
    double fan_in, fan_out, std;
    mutant_fans(m, w, &fan_in, &fan_out);
    const double n = fan_in + fan_out;
    switch (m) {
    case M_XN_NO_SQRT:      std = gain * 2.0 / n; break;
    case M_XN_BOUND_AS_STD: std = gain * sqrt(6.0 / n); break;
    case M_XN_NO_GAIN:      std = sqrt(2.0 / n); break;
    case M_FANS_SWAPPED:
    case M_FANS_NO_RECEPTIVE:
    case M_XAVIER_FANS_SWAPPED: std = gain * sqrt(2.0 / n); break;
    default:
        return nni_init_xavier_normal_(g, w, gain);
    }
    return nni_torch_normal_(g, w, 0.0, std);
}
#line 796 "book/appA5-stat-init.nw"
static bool kaiming_mutant(int m)
{
    return m == M_FANS_SWAPPED || m == M_FANS_NO_RECEPTIVE || m == M_K_SLOPE
           || m == M_K_MODE_IGNORED || m == M_K_NL_IGNORED
           || m == M_K_RELU_AS_LEAKY || m == M_KU_NO_SQRT3 || m == M_KN_NO_SQRT
           || m == M_KN_VARIANCE || m == M_KN_GAIN_SQUARED;
}

static double mutant_kaiming_gain(int m, const init_case *c)
{
    const double a = c->p[0];
    if (m == M_K_NL_IGNORED)
        return 1.0;
    switch (c->nl) {
    case NNI_NL_LEAKY_RELU:
        return m == M_K_SLOPE ? sqrt(2.0 / (1.0 + a))
                              : sqrt(2.0 / (1.0 + a * a));
    case NNI_NL_RELU:
        return m == M_K_RELU_AS_LEAKY ? sqrt(2.0 / (1.0 + 0.01 * 0.01))
                                      : sqrt(2.0);
    case NNI_NL_TANH:
        return 5.0 / 3.0;
    default:
        return 1.0;
    }
}
#line 825 "book/appA5-stat-init.nw"
static nni_status impl_kaiming(int m, bool normal, nni_torch_gen *g,
                               nni_tensor *w, const init_case *c)
{
    double fan_in, fan_out;
    mutant_fans(m, w, &fan_in, &fan_out);
    const bool in = c->mode == NNI_FAN_IN || m == M_K_MODE_IGNORED;
    const double fan = in ? fan_in : fan_out;
    const double gain = mutant_kaiming_gain(m, c);
    double std = gain / sqrt(fan);
    if (m == M_KN_NO_SQRT)
        std = gain / fan;
    else if (m == M_KN_VARIANCE)
        std = gain * gain / fan;
    else if (m == M_KN_GAIN_SQUARED)
        std = gain * gain / sqrt(fan);
    if (normal)
        return nni_torch_normal_(g, w, 0.0, std);
    const double bound = m == M_KU_NO_SQRT3 ? std : sqrt(3.0) * std;
    return nni_torch_uniform_(g, w, -bound, bound);
}

static nni_status impl_kaiming_uniform(int m, nni_torch_gen *g, nni_tensor *w,
                                       const init_case *c)
{
    if (!kaiming_mutant(m))
        return nni_init_kaiming_uniform_(g, w, c->p[0], c->mode, c->nl);
    return impl_kaiming(m, false, g, w, c);
}

static nni_status impl_kaiming_normal(int m, nni_torch_gen *g, nni_tensor *w,
                                      const init_case *c)
{
    if (!kaiming_mutant(m))
        return nni_init_kaiming_normal_(g, w, c->p[0], c->mode, c->nl);
    return impl_kaiming(m, true, g, w, c);
}
#line 986 "book/appA5-stat-init.nw"
static double clamp(double x, double lo, double hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

static nni_status impl_trunc_normal(int m, nni_torch_gen *g, nni_tensor *w,
                                    const init_case *c)
{
    const double mean = c->p[0], std = c->p[1], a = c->p[2], b = c->p[3];
    const size_t n = nni_tensor_numel(w);
    switch (m) {
    case M_T_CLAMP:     
#line 1015 "book/appA5-stat-init.nw"
{
    nni_status status = nni_torch_normal_(g, w, mean, std);
    for (size_t i = 0; status == NNI_OK && i < n; i++)
        store(w, i, clamp(load(w, i), a, b));
    return status;
}
#line 998 "book/appA5-stat-init.nw"
    case M_T_STD_UNITS:
        return nni_init_trunc_normal_(g, w, mean, std, mean + a * std,
                                      mean + b * std);
    case M_T_NO_UPPER:
        return nni_init_trunc_normal_(g, w, mean, std, a, INFINITY);
    case M_T_VARIANCE:
        return nni_init_trunc_normal_(g, w, mean, std * std, a, b);
    case M_T_CDF_RANGE:
    case M_T_NO_SQRT2:  
#line 1024 "book/appA5-stat-init.nw"
{
    const double l = nni_normal_cdf((a - mean) / std);
    const double u = nni_normal_cdf((b - mean) / std);
    const bool range = m == M_T_CDF_RANGE;
    nni_status status = range ? nni_torch_uniform_(g, w, l, u)
                              : nni_torch_uniform_(g, w, 2 * l - 1, 2 * u - 1);
    for (size_t i = 0; status == NNI_OK && i < n; i++) {
        /* sqrt(2) erfinv(v) = Phi^-1((v + 1) / 2) */
        const double z = nni_normal_quantile((load(w, i) + 1.0) / 2.0);
        store(w, i, clamp(mean + std * (range ? z : z / sqrt(2.0)), a, b));
    }
    return status;
}
#line 1007 "book/appA5-stat-init.nw"
    case M_T_UNIFORM:   return nni_torch_uniform_(g, w, a, b);
    default:
        return nni_init_trunc_normal_(g, w, mean, std, a, b);
    }
}
#line 1134 "book/appA5-stat-init.nw"
static nni_module *linear_layer(int m, nni_torch_gen *g, size_t in, size_t out,
                                nni_dtype dt)
{
    nni_module *layer;
    ck_assert_int_eq(nni_linear_new(&layer, in, out, true, dt, g), NNI_OK);
    if (m < M_L_W_NO_SQRT || m > M_L_B_ZERO)
        return layer;
    double wb = 1.0 / sqrt((double)in), bb = 1.0 / sqrt((double)in);
    if (m == M_L_W_NO_SQRT)
        wb = 1.0 / (double)in;
    else if (m == M_L_W_A0)
        wb = sqrt(6.0 / (double)in);
    else if (m == M_L_W_A_NOT_SQUARED)
        wb = sqrt(3.0) * sqrt(2.0 / (1.0 + sqrt(5.0))) / sqrt((double)in);
    else if (m == M_L_B_FAN_OUT)
        bb = 1.0 / sqrt((double)out);
    nni_tensor *weight = nni_module_param(layer, "weight");
    nni_tensor *bias = nni_module_param(layer, "bias");
    ck_assert_int_eq(nni_torch_uniform_(g, weight, -wb, wb), NNI_OK);
    ck_assert_int_eq(m == M_L_B_ZERO ? nni_init_zeros_(bias)
                                     : nni_torch_uniform_(g, bias, -bb, bb),
                     NNI_OK);
    return layer;
}
#line 1359 "book/appA5-stat-init.nw"
static nni_status impl_sparse(int m, nni_torch_gen *g, nni_tensor *w,
                              double sparsity, double std)
{
    if (m < M_S_FLOOR || m > M_S_ONE_MORE)
        return nni_init_sparse_(g, w, sparsity, std);
    const size_t rows = nni_tensor_dim(w, 0), cols = nni_tensor_dim(w, 1);
    const double r = sparsity * (double)rows;
    const size_t k = (size_t)(m == M_S_FLOOR ? floor(r) : ceil(r))
                     + (m == M_S_ONE_MORE);
    size_t *perm = malloc(rows * sizeof *perm);
    nni_status status = NNI_OK;
    if (m != M_S_ZEROS_FIRST)
        status =
            nni_torch_normal_(g, w, 0.0, m == M_S_VARIANCE ? std * std : std);
    for (size_t j = 0; status == NNI_OK && j < cols; j++) {
        
#line 1386 "book/appA5-stat-init.nw"
if (m == M_S_CYCLIC)
    for (size_t i = 0; i < k; i++)
        perm[i] = (j * k + i) % rows;
else if (m == M_S_WITH_REPLACEMENT)
    for (size_t i = 0; i < k; i++)
        perm[i] = nni_torch_random(g) % rows;
else if (m != M_S_SAME_ROWS || j == 0)
    status = nni_torch_randperm(g, rows, perm);
#line 1375 "book/appA5-stat-init.nw"
        for (size_t i = 0; i < k; i++)
            store(w, perm[i] * cols + j, 0.0);
    }
    if (status == NNI_OK && m == M_S_ZEROS_FIRST)
        status = nni_torch_normal_(g, w, 0.0, std);
    free(perm);
    return status;
}
#line 1545 "book/appA5-stat-init.nw"
static void householder_q(double *a, size_t m, size_t n, double *q);

static nni_status impl_orthogonal(int m, nni_torch_gen *g, nni_tensor *w,
                                  double gain)
{
    const size_t rows = nni_tensor_dim(w, 0), cols = nni_tensor_numel(w) / rows;
    const double longer = (double)(rows > cols ? rows : cols);
    switch (m) {
    case M_O_GAIN_SQUARED: return nni_init_orthogonal_(g, w, gain * gain);
    case M_O_NO_GAIN:      return nni_init_orthogonal_(g, w, 1.0);
    case M_O_NO_QR:
        return nni_torch_normal_(g, w, 0.0, gain / sqrt(longer));
    case M_O_NO_SIGN_FIX:  
#line 1568 "book/appA5-stat-init.nw"
{
    const bool wide = rows < cols;
    const size_t mm = wide ? cols : rows, nn = wide ? rows : cols;
    double *a = malloc(2 * mm * nn * sizeof *a), *qq = a + mm * nn;
    nni_status status = nni_torch_normal_(g, w, 0.0, 1.0);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            a[wide ? j + i * mm : i + j * mm] = load(w, i * cols + j);
    householder_q(a, mm, nn, qq);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            store(w, i * cols + j, gain * qq[wide ? j + i * mm : i + j * mm]);
    free(a);
    return status;
}
#line 1558 "book/appA5-stat-init.nw"
    default:
        return nni_init_orthogonal_(g, w, gain);
    }
}
#line 1591 "book/appA5-stat-init.nw"
static void reflect(const double *v, double beta, double *col, size_t k,
                    size_t m)
{
    double s = 0.0;
    for (size_t i = k; i < m; i++)
        s += v[i] * col[i];
    s *= beta;
    for (size_t i = k; i < m; i++)
        col[i] -= s * v[i];
}

static void householder_q(double *a, size_t m, size_t n, double *q)
{
    double *v = calloc(m * n, sizeof *v), *beta = malloc(n * sizeof *beta);
    for (size_t k = 0; k < n; k++) {
        double *x = a + k * m, *vk = v + k * m, norm = 0.0, vv = 0.0;
        for (size_t i = k; i < m; i++)
            norm += x[i] * x[i];
        for (size_t i = k; i < m; i++)
            vk[i] = x[i];
        vk[k] += x[k] >= 0.0 ? sqrt(norm) : -sqrt(norm);
        for (size_t i = k; i < m; i++)
            vv += vk[i] * vk[i];
        beta[k] = vv > 0.0 ? 2.0 / vv : 0.0;
        for (size_t j = k; j < n; j++)
            reflect(vk, beta[k], a + j * m, k, m);
    }
    memset(q, 0, m * n * sizeof *q);
    for (size_t j = 0; j < n; j++)
        q[j + j * m] = 1.0;
    for (size_t k = n; k-- > 0;)
        for (size_t j = 0; j < n; j++)
            reflect(v + k * m, beta[k], q + j * m, k, m);
    free(v);
    free(beta);
}
#line 191 "book/appA5-stat-init.nw"
START_TEST(test_mutant_table)
{
    for (int k = 0; k < M_COUNT - 1; k++) {
        ck_assert_msg(mutants[k].name != NULL && targets[k] != 0, "mutant %d",
                      k + 1);
        ck_assert_msg(!mutants[k].may_survive || mutants[k].instead != NULL,
                      "equivalent mutant %d needs the test that catches it",
                      k + 1);
    }
}
END_TEST
#line 302 "book/appA5-stat-init.nw"
static const init_case uniform_cases[2] = {
    { DENSE(NNI_FLOAT32), .p = { -0.3, 0.7 } },
    { DENSE(NNI_FLOAT64), .p = { -0.3, 0.7 } },
};

START_TEST(test_uniform)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_UNIFORM))
        return;
    const init_case *c = &uniform_cases[_i];
    nni_law law;
    ck_assert_int_eq(nni_law_uniform(&law, c->p[0], c->p[1]), NNI_OK);
    check_case(&t, c, impl_uniform, &law);
}
END_TEST
#line 385 "book/appA5-stat-init.nw"
static const init_case normal_cases[2] = {
    { DENSE(NNI_FLOAT32), .p = { 1.5, 2.0 } },
    { DENSE(NNI_FLOAT64), .p = { 1.5, 2.0 } },
};

START_TEST(test_normal)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_NORMAL))
        return;
    const init_case *c = &normal_cases[_i];
    nni_law law;
    ck_assert_int_eq(nni_law_normal(&law, c->p[0], c->p[1]), NNI_OK);
    check_case(&t, c, impl_normal, &law);
}
END_TEST
#line 506 "book/appA5-stat-init.nw"
static const init_case xavier_cases[3] = {
    { DENSE(NNI_FLOAT32), .p = { 5.0 / 3.0 } },
    { DENSE(NNI_FLOAT64), .p = { 5.0 / 3.0 } },
    { CONV(NNI_FLOAT32), .p = { 5.0 / 3.0 } },
};

START_TEST(test_xavier_uniform)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_XAVIER_U))
        return;
    const init_case *c = &xavier_cases[_i];
    double fan_in, fan_out;
    claimed_fans(c, &fan_in, &fan_out);
    double b = c->p[0] * sqrt(6.0 / (fan_in + fan_out));
    nni_law law;
    ck_assert_int_eq(nni_law_uniform(&law, -b, b), NNI_OK);
    check_case(&t, c, impl_xavier_uniform, &law);
}
END_TEST

START_TEST(test_xavier_normal)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_XAVIER_N))
        return;
    const init_case *c = &xavier_cases[_i];
    double fan_in, fan_out;
    claimed_fans(c, &fan_in, &fan_out);
    const double std = c->p[0] * sqrt(2.0 / (fan_in + fan_out));
    nni_law law;
    ck_assert_int_eq(nni_law_normal(&law, 0.0, std), NNI_OK);
    check_case(&t, c, impl_xavier_normal, &law);
}
END_TEST
#line 681 "book/appA5-stat-init.nw"
static const init_case kaiming_cases[4] = {
    { DENSE(NNI_FLOAT32), .p = { 0.2 }, .mode = NNI_FAN_IN,
      .nl = NNI_NL_LEAKY_RELU },
    { DENSE(NNI_FLOAT64), .p = { 0.2 }, .mode = NNI_FAN_OUT,
      .nl = NNI_NL_LEAKY_RELU },
    { CONV(NNI_FLOAT32), .p = { 0.0 }, .mode = NNI_FAN_OUT, .nl = NNI_NL_RELU },
    { CONV(NNI_FLOAT64), .p = { 0.0 }, .mode = NNI_FAN_IN, .nl = NNI_NL_TANH },
};

static double claimed_kaiming_std(const init_case *c)
{
    double fan_in, fan_out, gain = 1.0;
    claimed_fans(c, &fan_in, &fan_out);
    if (c->nl == NNI_NL_LEAKY_RELU)
        gain = sqrt(2.0 / (1.0 + c->p[0] * c->p[0]));
    else if (c->nl == NNI_NL_RELU)
        gain = sqrt(2.0);
    else if (c->nl == NNI_NL_TANH)
        gain = 5.0 / 3.0;
    return gain / sqrt(c->mode == NNI_FAN_IN ? fan_in : fan_out);
}
#line 705 "book/appA5-stat-init.nw"
START_TEST(test_kaiming_uniform)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_KAIMING_U))
        return;
    const init_case *c = &kaiming_cases[_i];
    const double b = sqrt(3.0) * claimed_kaiming_std(c);
    nni_law law;
    ck_assert_int_eq(nni_law_uniform(&law, -b, b), NNI_OK);
    check_case(&t, c, impl_kaiming_uniform, &law);
}
END_TEST

START_TEST(test_kaiming_normal)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_KAIMING_N))
        return;
    const init_case *c = &kaiming_cases[_i];
    nni_law law;
    ck_assert_int_eq(nni_law_normal(&law, 0.0, claimed_kaiming_std(c)), NNI_OK);
    check_case(&t, c, impl_kaiming_normal, &law);
}
END_TEST
#line 870 "book/appA5-stat-init.nw"
static const init_case trunc_cases[6] = {
    { DENSE(NNI_FLOAT32), .p = { 0.1, 0.5, -0.5, 1.0 } },
    { DENSE(NNI_FLOAT64), .p = { 0.1, 0.5, -0.5, 1.0 } },
    { DENSE(NNI_FLOAT32), .p = { 0.0, 1.0, -2.0, 2.0 } },
    { DENSE(NNI_FLOAT64), .p = { 0.0, 1.0, -2.0, 2.0 } },
    { DENSE(NNI_FLOAT32), .p = { 0.0, 1.0, 2.0, 3.0 } },
    { DENSE(NNI_FLOAT64), .p = { 0.0, 1.0, 2.0, 3.0 } },
};
#line 914 "book/appA5-stat-init.nw"
START_TEST(test_trunc_normal)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_TRUNC))
        return;
    const init_case *c = &trunc_cases[_i];
    nni_law law;
    const double *p = c->p;
    ck_assert_int_eq(nni_law_truncnorm(&law, p[0], p[1], p[2], p[3]), NNI_OK);
    if (c->dtype == NNI_FLOAT32) {
        double cells = float32_count(2.0 * nni_normal_cdf(law.alpha) - 1.0,
                                     2.0 * nni_normal_cdf(law.beta) - 1.0);
        t.opt.resolution = fmin(t.opt.resolution, cells / 2.0);
    }
    check_case(&t, c, impl_trunc_normal, &law);
}
END_TEST
#line 1048 "book/appA5-stat-init.nw"
START_TEST(test_linear_weight)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_LINEAR_W))
        return;
    nni_torch_gen g;
    nni_sample *s;
    nni_law law;
    ck_assert_int_eq(nni_torch_manual_seed(&g, t.seed), NNI_OK);
    const nni_dtype dt = _i ? NNI_FLOAT64 : NNI_FLOAT32;
    nni_module *layer = linear_layer(t.mutant, &g, 256, 512, dt);
    const nni_tensor *weight = nni_module_param(layer, "weight");
    ck_assert_int_eq(nni_law_uniform(&law, -1.0 / 16.0, 1.0 / 16.0), NNI_OK);
    ck_assert_int_eq(nni_sample_from_tensor(&s, weight), NNI_OK);
    NNI_ASSERT_BATTERY(&t, s, &law);
    nni_sample_free(s);
    nni_module_free(layer);
}
END_TEST
#line 1070 "book/appA5-stat-init.nw"
START_TEST(test_linear_bias)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_LINEAR_B))
        return;
    nni_torch_gen g;
    nni_sample *s = NULL;
    nni_law law;
    ck_assert_int_eq(nni_torch_manual_seed(&g, t.seed), NNI_OK);
    for (int k = 0; k < 16; k++) {
        nni_module *layer = linear_layer(t.mutant, &g, 16, 8192,
                                         _i ? NNI_FLOAT64 : NNI_FLOAT32);
        const nni_tensor *bias = nni_module_param(layer, "bias");
        if (k == 0)
            ck_assert_int_eq(nni_sample_from_tensor(&s, bias), NNI_OK);
        else
            ck_assert_int_eq(nni_sample_append_tensor(s, bias), NNI_OK);
        nni_module_free(layer);
    }
    ck_assert_int_eq(nni_law_uniform(&law, -0.25, 0.25), NNI_OK);
    NNI_ASSERT_BATTERY(&t, s, &law);
    nni_sample_free(s);
}
END_TEST
#line 1196 "book/appA5-stat-init.nw"
START_TEST(test_sparse)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_SPARSE))
        return;
    const size_t rows = 300, cols = 500, shape[2] = { rows, cols };
    const double sparsity = 0.105, std = 0.01;
    const size_t k = (size_t)ceil(sparsity * (double)rows);
    nni_torch_gen g;
    nni_tensor *w = tensor(_i ? NNI_FLOAT64 : NNI_FLOAT32, 2, shape);
    ck_assert_int_eq(nni_torch_manual_seed(&g, t.seed), NNI_OK);
    ck_assert_int_eq(impl_sparse(t.mutant, &g, w, sparsity, std), NNI_OK);
    
#line 1261 "book/appA5-stat-init.nw"
const nni_dtype dt = nni_tensor_dtype(w);
const size_t size = nni_dtype_size(dt);
const char *data = nni_tensor_data_const(w);
size_t short_columns = 0, extra_zeros = 0, used = 0;
size_t *row_zeros = calloc(rows, sizeof *row_zeros);
char *nonzero = malloc(rows * cols * size);
for (size_t j = 0; j < cols; j++) {
    size_t zeros = 0;
    for (size_t i = 0; i < rows; i++)
        if (load(w, i * cols + j) == 0.0) {
            zeros++;
            row_zeros[i]++;
        }
    short_columns += zeros < k;
    extra_zeros += zeros > k ? zeros - k : 0;
}
for (size_t i = 0; i < rows * cols; i++)
    if (load(w, i) != 0.0)
        memcpy(nonzero + used++ * size, data + i * size, size);
nni_sample *s;
ck_assert_int_eq(nni_sample_new(&s, dt, nonzero, used), NNI_OK);
free(nonzero);
#line 1209 "book/appA5-stat-init.nw"
    
#line 1242 "book/appA5-stat-init.nw"
const size_t numel = rows * cols, blocks = numel / 16 + (numel % 16 != 0);
const bool f32_block = dt == NNI_FLOAT32 && numel >= 16;
const double pairs = f32_block ? 8.0 * (double)blocks : (double)numel / 2.0;
const double mu = pairs * (f32_block ? 0x1p-24 : 0x1p-53);
double z = 1.0;
while (extra_zeros_tail(z, mu) > t.opt.alpha)
    z += 1.0;
nni_check_result extra;
ck_assert_int_eq(nni_check_interval(&extra, "zeros_extra", "extra zeros",
                                    (double)extra_zeros, 0.0, z - 1.0,
                                    extra_zeros == 0 ? 1.0
                                    : extra_zeros_tail((double)extra_zeros, mu),
                                    t.opt.alpha, numel), NNI_OK);
#line 1290 "book/appA5-stat-init.nw"
const double p = (double)k / (double)rows;
const double e = (double)cols * p;
const double v =
    (double)cols * p * (1.0 - p) * (double)rows / (double)(rows - 1);
double x2 = 0.0;
for (size_t i = 0; i < rows; i++)
    x2 += ((double)row_zeros[i] - e) * ((double)row_zeros[i] - e) / v;
free(row_zeros);
nni_check_result col, row;
const double nu = (double)(rows - 1), alpha = t.opt.alpha;
const double lo = nni_chi2_quantile(alpha / 2, nu),
             hi = nni_chi2_isf(alpha / 2, nu);
const double pvalue =
    fmin(1.0, 2.0 * fmin(nni_chi2_cdf(x2, nu), nni_chi2_sf(x2, nu)));
ck_assert_int_eq(nni_check_interval(&col, "zeros_col", "columns with < k zeros",
                                    (double)short_columns, 0.0, 0.0, NAN, alpha,
                                    cols), NNI_OK);
ck_assert_int_eq(nni_check_interval(&row, "zeros_row", "X2", x2, lo, hi, pvalue,
                                    alpha, rows),
                 NNI_OK);
char m1[2048], m2[2048], m3[8192], m4[2048];
nni_law law;
ck_assert_int_eq(nni_law_normal(&law, 0.0, std), NNI_OK);
const bool ok1 = nni_stat_check(&t, "sparse_: zeros per column", s, &col, m1,
                                sizeof m1);
const bool ok2 =
    nni_stat_check(&t, "sparse_: zeros per row", s, &row, m2, sizeof m2);
const bool ok3 = nni_stat_battery(&t, s, &law, m3, sizeof m3) == 0;
const bool ok4 = nni_stat_check(&t, "sparse_: extra zeros", s, &extra, m4,
                                sizeof m4);
ck_assert_msg(ok1 && ok2 && ok3 && ok4, "%s",
              !ok1 ? m1 : !ok2 ? m2 : !ok3 ? m3 : m4);
#line 1210 "book/appA5-stat-init.nw"
    nni_sample_free(s);
    nni_tensor_free(w);
}
END_TEST
#line 1409 "book/appA5-stat-init.nw"
static double orthogonality_error(const nni_tensor *q, double gain)
{
    const size_t rows = nni_tensor_dim(q, 0), cols = nni_tensor_numel(q) / rows;
    const bool wide = rows < cols;
    const size_t n = wide ? rows : cols, len = wide ? cols : rows;
    double worst = 0.0;
    for (size_t j = 0; j < n; j++)
        for (size_t k = 0; k <= j; k++) {
            double dot = 0.0;
            for (size_t i = 0; i < len; i++)
                dot += wide ? load(q, j * cols + i) * load(q, k * cols + i)
                            : load(q, i * cols + j) * load(q, i * cols + k);
            worst = fmax(worst, fabs(dot - (j == k ? gain * gain : 0.0)));
        }
    return worst / (gain * gain);
}
#line 1428 "book/appA5-stat-init.nw"
START_TEST(test_orthogonal)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_ORTHO))
        return;
    const size_t shapes[2][2] = { { 256, 128 }, { 128, 256 } };
    const nni_dtype dt = _i % 2 ? NNI_FLOAT64 : NNI_FLOAT32;
    const double gain = 2.0, tol = dt == NNI_FLOAT32 ? 8.0 * 0x1p-24 : 1e-12;
    nni_torch_gen g;
    nni_tensor *q = tensor(dt, 2, shapes[_i / 2]);
    nni_sample *s;
    nni_check_result r;
    ck_assert_int_eq(nni_torch_manual_seed(&g, t.seed), NNI_OK);
    ck_assert_int_eq(impl_orthogonal(t.mutant, &g, q, gain), NNI_OK);
    ck_assert_int_eq(nni_sample_from_tensor(&s, q), NNI_OK);
    ck_assert_int_eq(nni_check_interval(&r, "ortho", "max|QtQ-g2I|/g2",
                                        orthogonality_error(q, gain), 0.0, tol,
                                        NAN, t.opt.alpha, nni_tensor_numel(q)),
                     NNI_OK);
    NNI_ASSERT_CHECK(&t, "orthogonal_(gain=2)", s, &r);
    nni_sample_free(s);
    nni_tensor_free(q);
}
END_TEST
#line 1477 "book/appA5-stat-init.nw"
START_TEST(test_orthogonal_haar)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_HAAR))
        return;
    enum { K = 256, DIM = 8 };
    const size_t shape[2] = { DIM, DIM };
    const double gain = 2.0;
    double trace[K], sum = 0.0;
    nni_torch_gen g;
    nni_tensor *q = tensor(_i ? NNI_FLOAT64 : NNI_FLOAT32, 2, shape);
    ck_assert_int_eq(nni_torch_manual_seed(&g, t.seed), NNI_OK);
    for (int k = 0; k < K; k++) {
        ck_assert_int_eq(impl_orthogonal(t.mutant, &g, q, gain), NNI_OK);
        trace[k] = 0.0;
        for (size_t i = 0; i < DIM; i++)
            trace[k] += load(q, i * DIM + i) / gain;
        sum += trace[k];
    }
    
#line 1503 "book/appA5-stat-init.nw"
const double z = sum / sqrt((double)K), zc = nni_normal_isf(t.opt.alpha / 2);
nni_sample *s;
nni_check_result r;
ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT64, trace, K), NNI_OK);
const double pvalue = fmin(1.0, 2.0 * nni_normal_sf(fabs(z)));
const double alpha = t.opt.alpha;
ck_assert_int_eq(nni_check_interval(&r, "haar", "z", z, -zc, zc, pvalue, alpha,
                                    K),
                 NNI_OK);
NNI_ASSERT_CHECK(&t, "orthogonal_ 8x8: traces of 256 draws", s, &r);
nni_sample_free(s);
#line 1497 "book/appA5-stat-init.nw"
    nni_tensor_free(q);
}
END_TEST

#line 138 "book/appA5-stat-init.nw"
int main(void)
{
    Suite *s = suite_create("stat-init");
    TCase *tc = tcase_create("stat");
    tcase_set_timeout(tc, 120);
    
#line 205 "book/appA5-stat-init.nw"
tcase_add_test(tc, test_mutant_table);
#line 321 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_uniform, 0, 2);
#line 404 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_normal, 0, 2);
#line 544 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_xavier_uniform, 0, 3);
tcase_add_loop_test(tc, test_xavier_normal, 0, 3);
#line 732 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_kaiming_uniform, 0, 4);
tcase_add_loop_test(tc, test_kaiming_normal, 0, 4);
#line 934 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_trunc_normal, 0, 6);
#line 1097 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_linear_weight, 0, 2);
tcase_add_loop_test(tc, test_linear_bias, 0, 2);
#line 1217 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_sparse, 0, 2);
#line 1455 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_orthogonal, 0, 4);
#line 1517 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_orthogonal_haar, 0, 2);
#line 144 "book/appA5-stat-init.nw"
    suite_add_tcase(s, tc);
    return nni_stat_main(s, "stat-init", mutants, M_COUNT - 1);
}
