#line 4185 "book/app1-tests.nw"
/* check-init -- 初始化函数的测试：黄金文件、增益与扇、错误与结构上的性质 */
#include <check.h>
#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/initcall.h"
#include "support/golden-init.h"
#include "nninit.h"
#include "test-support.h"

#line 4391 "book/app1-tests.nw"
static nni_tensor *filled(nni_dtype dtype, size_t ndim, const size_t *shape,
                          double v)
{
    nni_tensor *t;
    ck_assert_int_eq(nni_tensor_new(&t, dtype, ndim, shape), NNI_OK);
    for (size_t i = 0; i < nni_tensor_numel(t); i++) {
        if (dtype == NNI_FLOAT32)
            ((float *)nni_tensor_data(t))[i] = (float)v;
        else
            ((double *)nni_tensor_data(t))[i] = v;
    }
    return t;
}

static double element(const nni_tensor *t, size_t i)
{
    return nni_tensor_dtype(t) == NNI_FLOAT32
               ? ((const float *)nni_tensor_data_const(t))[i]
               : ((const double *)nni_tensor_data_const(t))[i];
}

static bool all_equal(const nni_tensor *t, double v)
{
    for (size_t i = 0; i < nni_tensor_numel(t); i++)
        if (element(t, i) != v)
            return false;
    return true;
}

static bool same_generator(nni_torch_gen a, nni_torch_gen b)
{
    if (nni_torch_normal_double(&a, 0, 1) != nni_torch_normal_double(&b, 0, 1))
        return false;
    for (int i = 0; i < 8; i++)
        if (nni_torch_random(&a) != nni_torch_random(&b))
            return false;
    return true;
}
#line 124 "book/ch22-xavier.nw"
/* 按 Xavier 的公式手写的均匀初始化；pytorch_order 为真时按 PyTorch 的运算顺序
   算边界，否则照抄笔记本的公式 sqrt(6 / (fan_in + fan_out))。 */
static void my_xavier_uniform(nni_torch_gen *gen, nni_tensor *w, double gain,
                              bool pytorch_order)
{
    size_t receptive = 1;
    for (size_t k = 2; k < nni_tensor_ndim(w); k++)
        receptive *= nni_tensor_dim(w, k);
    const double n = (double)(nni_tensor_dim(w, 1) * receptive
                              + nni_tensor_dim(w, 0) * receptive);
    const double a = pytorch_order ? sqrt(3.0) * (gain * sqrt(2.0 / n))
                                   : gain * sqrt(6.0 / n);
    
#line 141 "book/ch22-xavier.nw"
if (nni_tensor_dtype(w) == NNI_FLOAT32) {
    float *d = nni_tensor_data(w);
    for (size_t i = 0; i < nni_tensor_numel(w); i++)
        d[i] = nni_torch_uniform_float(gen, (float)-a, (float)a);
} else {
    double *d = nni_tensor_data(w);
    for (size_t i = 0; i < nni_tensor_numel(w); i++)
        d[i] = nni_torch_uniform_double(gen, -a, a);
}
#line 137 "book/ch22-xavier.nw"
}
#line 4877 "book/app1-tests.nw"
/* 第 i 个元素（C 顺序）的多维下标 */
static void unravel(const nni_tensor *t, size_t i, size_t *idx)
{
    for (size_t k = nni_tensor_ndim(t); k-- > 0;) {
        idx[k] = i % nni_tensor_dim(t, k);
        i /= nni_tensor_dim(t, k);
    }
}

static bool dirac_expects_one(const nni_tensor *t, const size_t *idx,
                              size_t groups)
{
    const size_t per_group = nni_tensor_dim(t, 0) / groups;
    if (idx[1] >= per_group || idx[0] % per_group != idx[1])
        return false;
    for (size_t k = 2; k < nni_tensor_ndim(t); k++)
        if (idx[k] != nni_tensor_dim(t, k) / 2)
            return false;
    return true;
}
#line 5045 "book/app1-tests.nw"
/* 展平成 rows x cols 之后，第 j 列与第 k 列（tall）或第 j 行与第 k 行（wide）
   的内积 */
static double flat_dot(const nni_tensor *a, const nni_tensor *b, size_t j,
                       size_t k, bool wide)
{
    const size_t rows = nni_tensor_dim(a, 0), cols = nni_tensor_numel(a) / rows;
    const size_t len = wide ? cols : rows;
    double s = 0;
    for (size_t i = 0; i < len; i++)
        s += wide ? element(a, j * cols + i) * element(b, k * cols + i)
                  : element(a, i * cols + j) * element(b, i * cols + k);
    return s;
}
#line 4218 "book/app1-tests.nw"
START_TEST(test_golden)
{
    const char *path = "tests/golden/init/init.txt";
    nni_app_init_golden_stats st;
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL,
                  "cannot open %s (run the tests from the top directory)",
                  path);
    size_t problems = nni_app_init_golden_replay(f, path, stderr, &st);
    fclose(f);
    ck_assert_msg(problems == 0, "%zu problems in %zu calls (see stderr)",
                  problems, st.calls);
    ck_assert(st.cases >= 100 && st.exact >= 20000 && st.close > 0
              && st.errors >= 50);
}
END_TEST
#line 4245 "book/app1-tests.nw"
static size_t replay_text(const char *text)
{
    nni_app_init_golden_stats st;
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    rewind(f);
    size_t problems = nni_app_init_golden_replay(f, "mutant", NULL, &st);
    fclose(f);
    return problems;
}

START_TEST(test_golden_replay_detects_mutants)
{
    const char *good =
        "case c\ntorch 0\ninit constant float32 3 val=0x1.8p+0\n"
        "= 3\n3fc00000 3fc00000 3fc00000\n"
        "init eye float32 3\n! ValueError: Only tensors with 2 dimensions "
        "are supported\nprobe\n= 3\n3ff8a8cb7e1d2a4b 3f5b1a4c 3f13e1f5\nend\n";
    ck_assert_uint_eq(replay_text(good), 1);     /* 探针的数是编的：恰好一处 */
    ck_assert_uint_eq(replay_text("case c\ntorch 0\n"
                                  "init constant float32 3 val=0x1.8p+0\n"
                                  "= 3\n3fc00000 3fc00001 3fc00000\nend\n"), 1);
    ck_assert_uint_eq(replay_text("case c\ntorch 0\ninit eye float32 3x3\n"
                                  "! ValueError: "
                                  "Only tensors with 2 dimensions\nend\n"), 1);
    ck_assert_uint_eq(replay_text("case c\ntorch 0\n"
                                  "init constant float32 3 val=0x1.8p+0\n"
                                  "= 3\n3fc00000 3fc00000 3fc00000\nend\n"), 0);
}
END_TEST
#line 4290 "book/app1-tests.nw"
START_TEST(test_golden_orthogonal)
{
    const char *path = "tests/golden/init/orthogonal.txt";
    nni_app_init_golden_stats st;
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s (run the tests from the top "
                  "directory)", path);
    size_t problems = nni_app_init_golden_replay(f, path, stderr, &st);
    fclose(f);
    ck_assert_msg(problems == 0, "%zu problems in %zu calls (see stderr)",
                  problems, st.calls);
    ck_assert(st.cases >= 6 && st.close >= 700000 && st.qr64 >= 400000);
    ck_assert_msg(st.qr64_equal >= st.qr64 - st.qr64 / 1000,
                  "only %zu of %zu values equal the float64 QR rounded",
                  st.qr64_equal, st.qr64);
}
END_TEST
#line 4316 "book/app1-tests.nw"
static size_t replay_orthogonal(double shift, int ulps,
                                nni_app_init_golden_stats *st)
{
    const size_t shape[2] = { 4, 4 };
    nni_torch_gen gen;
    nni_tensor *t = NULL;
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    nni_torch_manual_seed(&gen, 0);
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 2, shape), NNI_OK);
    ck_assert_int_eq(nni_init_orthogonal_(&gen, t, 1.0), NNI_OK);
    const float *v = nni_tensor_data_const(t);
    fputs("case c\ntorch 0\ninit orthogonal float32 4x4\n~ 16\n", f);
    for (int i = 0; i < 16; i++)
        
#line 4344 "book/app1-tests.nw"
{
    const float w = i == 0 ? (float)(v[i] + shift) : v[i];
    uint32_t u;
    memcpy(&u, &w, sizeof u);
    fprintf(f, "%08lx ", (unsigned long)u);
}
#line 4331 "book/app1-tests.nw"
    fputs("\nqr64 16\n", f);
    for (int i = 0; i < 16; i++)
        
#line 4353 "book/app1-tests.nw"
{
    float w = v[i];
    for (int k = 0; i == 1 && k < ulps; k++)
        w = nextafterf(w, INFINITY);
    uint32_t u;
    memcpy(&u, &w, sizeof u);
    fprintf(f, "%08lx ", (unsigned long)u);
}
#line 4334 "book/app1-tests.nw"
    fputs("\nend\n", f);
    rewind(f);
    size_t problems = nni_app_init_golden_replay(f, "mutant", NULL, st);
    fclose(f);
    nni_tensor_free(t);
    return problems;
}
#line 4364 "book/app1-tests.nw"
START_TEST(test_orthogonal_tolerance)
{
    const double tol = 2 * (4 + 1) * 0x1p-24;
    nni_app_init_golden_stats st;
    ck_assert_uint_eq(replay_orthogonal(0.0, 0, &st), 0);
    ck_assert_uint_eq(st.qr64_equal, 16);
    ck_assert_uint_eq(replay_orthogonal(0.9 * tol, 0, &st), 0);
    ck_assert_uint_eq(replay_orthogonal(-0.9 * tol, 0, &st), 0);
    ck_assert_uint_eq(replay_orthogonal(1.1 * tol, 0, &st), 1);
    ck_assert_uint_eq(replay_orthogonal(-1.1 * tol, 0, &st), 1);
    ck_assert_uint_eq(replay_orthogonal(0.0, 1, &st), 0);
    ck_assert_uint_eq(st.qr64_equal, 15);
    ck_assert_uint_eq(replay_orthogonal(0.0, 3, &st), 1);
}
END_TEST
#line 4436 "book/app1-tests.nw"
START_TEST(test_gain_and_fan_edges)
{
    
#line 4450 "book/app1-tests.nw"
double g = 42.0, nan = NAN, inf = INFINITY, big = 1e155;
ck_assert_int_eq(nni_init_calculate_gain(NNI_NL_LEAKY_RELU, &nan, &g),
                 NNI_EINVAL);
ck_assert_int_eq(nni_init_calculate_gain(NNI_NL_LEAKY_RELU, &inf, &g),
                 NNI_EINVAL);
ck_assert_int_eq(nni_init_calculate_gain(NNI_NL_LEAKY_RELU, &big, &g),
                 NNI_EINVAL);
ck_assert_ptr_nonnull(strstr(nni_errmsg(),
                             "negative_slope 1e+155 is too large"));
ck_assert_int_eq(nni_init_calculate_gain((nni_nonlinearity)99, NULL, &g),
                 NNI_EINVAL);
ck_assert_int_eq(nni_init_calculate_gain(NNI_NL_RELU, NULL, NULL),
                 NNI_EINVAL);
ck_assert(g == 42.0);
ck_assert_int_eq(nni_init_calculate_gain(NNI_NL_RELU, &nan, &g), NNI_OK);
ck_assert(g == sqrt(2.0));
ck_assert_int_eq(nni_init_calculate_gain_by_name("leaky_relu", "nan", &g),
                 NNI_EINVAL);
ck_assert_int_eq(nni_init_calculate_gain_by_name("leaky_relu", " 1", &g),
                 NNI_EINVAL);
ck_assert_int_eq(nni_init_calculate_gain_by_name("leaky_relu", "", &g),
                 NNI_EINVAL);
ck_assert_int_eq(nni_init_calculate_gain_by_name(NULL, NULL, &g),
                 NNI_EINVAL);
ck_assert_ptr_null(nni_nonlinearity_name((nni_nonlinearity)12));
ck_assert_str_eq(nni_nonlinearity_name(NNI_NL_CONV_TRANSPOSE3D),
                 "conv_transpose3d");
ck_assert_ptr_null(nni_fan_mode_name((nni_fan_mode)2));
#line 4439 "book/app1-tests.nw"
    
#line 4483 "book/app1-tests.nw"
nni_fan_mode mode = NNI_FAN_IN;
ck_assert_int_eq(nni_fan_mode_parse("FAN_OUT", &mode), NNI_OK);
ck_assert_int_eq(mode, NNI_FAN_OUT);
ck_assert_int_eq(nni_fan_mode_parse("fan_inn", &mode), NNI_EINVAL);
ck_assert_int_eq(nni_fan_mode_parse("fan_in\n", &mode), NNI_EINVAL);
ck_assert_int_eq(mode, NNI_FAN_OUT);
#line 4440 "book/app1-tests.nw"
    
#line 4496 "book/app1-tests.nw"
const size_t huge[4] = { (size_t)1 << 20, (size_t)1 << 20, 3, 3 };
size_t in = 7, out = 7;
ck_assert_int_eq(nni_init_fans_of_shape(4, huge, &in, &out), NNI_OK);
ck_assert_uint_eq(in, ((size_t)9) << 20);
ck_assert_uint_eq(out, ((size_t)9) << 20);
const size_t overflow[4] = { 0, (size_t)1 << 40, (size_t)1 << 20,
                             (size_t)1 << 20 };
ck_assert_int_eq(nni_init_fans_of_shape(4, overflow, &in, &out),
                 NNI_EOVERFLOW);
ck_assert_int_eq(nni_init_fans_of_shape(1, huge, &in, &out), NNI_ESHAPE);
ck_assert_int_eq(nni_init_fans_of_shape(2, NULL, &in, &out), NNI_EINVAL);
ck_assert_uint_eq(in, ((size_t)9) << 20);
nni_tensor *t = filled(NNI_FLOAT32, 4, (const size_t[]){ 6, 4, 3, 3 }, 0.0);
size_t fan = 0;
ck_assert_int_eq(nni_init_fan(t, NNI_FAN_OUT, &fan), NNI_OK);
ck_assert_uint_eq(fan, 54);
ck_assert_int_eq(nni_init_fan(t, (nni_fan_mode)5, &fan), NNI_EINVAL);
ck_assert_int_eq(nni_init_fans(NULL, &in, &out), NNI_EINVAL);
nni_tensor_free(t);
#line 4441 "book/app1-tests.nw"
}
END_TEST
#line 4525 "book/app1-tests.nw"
START_TEST(test_call_by_name)
{
    
#line 4538 "book/app1-tests.nw"
nni_app_init_call call;
char msg[256];
ck_assert(!nni_app_init_begin(&call, "xavier", msg, sizeof msg));
ck_assert_ptr_nonnull(strstr(msg, "unknown initializer"));
ck_assert(nni_app_init_begin(&call, "sparse", msg, sizeof msg));
ck_assert(!nni_app_init_set(&call, "gain", "1", msg, sizeof msg));
ck_assert(!nni_app_init_set(&call, "sparsity", "0.5x", msg, sizeof msg));
ck_assert(!nni_app_init_set(&call, "colour", "red", msg, sizeof msg));
nni_torch_gen gen;
nni_torch_manual_seed(&gen, 0);
nni_tensor *t = filled(NNI_FLOAT32, 2, (const size_t[]){ 3, 4 }, 5.0);
ck_assert_int_eq(nni_app_init_run(&call, &gen, t, msg, sizeof msg),
                 NNI_EINVAL);
ck_assert_ptr_nonnull(strstr(msg, "sparsity"));
ck_assert(all_equal(t, 5.0));
#line 4528 "book/app1-tests.nw"
    
#line 4559 "book/app1-tests.nw"
ck_assert(nni_app_init_begin(&call, "dirac", msg, sizeof msg));
ck_assert(nni_app_init_set(&call, "groups", "0", msg, sizeof msg));
ck_assert_int_eq(nni_app_init_run(&call, &gen, t, msg, sizeof msg),
                 NNI_ESHAPE);
ck_assert(!nni_app_init_set(&call, "groups", "-1", msg, sizeof msg));
ck_assert(!nni_app_init_set(&call, "groups", "2.0", msg, sizeof msg));
ck_assert(nni_app_init_begin(&call, "kaiming_normal", msg, sizeof msg));
ck_assert(!nni_app_init_set(&call, "mode", "fan_avg", msg, sizeof msg));
ck_assert_ptr_nonnull(strstr(msg, "Mode fan_avg not supported"));
ck_assert(nni_app_init_set(&call, "nonlinearity", "relu", msg, sizeof msg));
#line 4529 "book/app1-tests.nw"
    
#line 4575 "book/app1-tests.nw"
nni_tensor *u = filled(NNI_FLOAT32, 2, (const size_t[]){ 3, 4 }, 5.0);
nni_torch_gen gen2 = gen;
ck_assert_int_eq(nni_app_init_run(&call, &gen, t, msg, sizeof msg), NNI_OK);
ck_assert_int_eq(nni_init_kaiming_normal_(&gen2, u, 0.0, NNI_FAN_IN,
                                          NNI_NL_RELU),
                 NNI_OK);
ck_assert_mem_eq(nni_tensor_data(t), nni_tensor_data(u),
                 12 * sizeof(float));
for (size_t i = 0; nni_app_initializer_at(i) != NULL; i++)
    ck_assert_ptr_nonnull(nni_app_initializer_at(i)->signature);
ck_assert_ptr_nonnull(nni_app_initializer_at(13));
ck_assert_ptr_null(nni_app_initializer_at(14));
nni_tensor_free(t);
nni_tensor_free(u);
#line 4530 "book/app1-tests.nw"
}
END_TEST
#line 4607 "book/app1-tests.nw"
START_TEST(test_xavier_exercise)
{
    const size_t shapes[3][4] = { { 40, 30 }, { 8, 4, 3, 3 }, { 1, 7 } };
    const size_t ndims[3] = { 2, 4, 2 };
    const uint64_t seeds[3] = { 0, 1, 0xfeedfacecafebeefu };
    for (int s = 0; s < 3; s++)
        for (int d = 0; d < 2; d++)
            for (int k = 0; k < 3; k++) {
                nni_dtype dt = d == 0 ? NNI_FLOAT32 : NNI_FLOAT64;
                nni_tensor *lib = filled(dt, ndims[s], shapes[s], 0.0);
                nni_tensor *mine = filled(dt, ndims[s], shapes[s], 0.0);
                nni_torch_gen g1, g2;
                nni_torch_manual_seed(&g1, seeds[k]);
                nni_torch_manual_seed(&g2, seeds[k]);
                ck_assert_int_eq(nni_init_xavier_uniform_(&g1, lib, 0.5),
                                 NNI_OK);
                my_xavier_uniform(&g2, mine, 0.5, true);
                ck_assert_mem_eq(nni_tensor_data(lib), nni_tensor_data(mine),
                                 nni_tensor_numel(lib) * nni_dtype_size(dt));
                ck_assert(same_generator(g1, g2));
                nni_tensor_free(lib);
                nni_tensor_free(mine);
            }
}
END_TEST
#line 4645 "book/app1-tests.nw"
START_TEST(test_xavier_errors)
{
    nni_torch_gen gen, before, unseeded;
    memset(&unseeded, 0, sizeof unseeded);
    nni_torch_manual_seed(&gen, 3);
    nni_torch_normal_double(&gen, 0, 1);         /* 让生成器带着缓存 */
    before = gen;
    nni_tensor *t = filled(NNI_FLOAT64, 2, (const size_t[]){ 3, 5 }, 7.0);
    ck_assert_int_eq(nni_init_xavier_normal_(&gen, t, INFINITY), NNI_EINVAL);
    ck_assert_int_eq(nni_init_xavier_normal_(&gen, t, -INFINITY), NNI_EINVAL);
    ck_assert_int_eq(nni_init_xavier_normal_(&gen, t, NAN), NNI_EINVAL);
    ck_assert_int_eq(nni_init_xavier_uniform_(&gen, t, INFINITY), NNI_EINVAL);
    ck_assert_int_eq(nni_init_xavier_uniform_(&gen, t, NAN), NNI_EINVAL);
    ck_assert_str_eq(nni_errmsg(),
                     "nni_init_xavier_uniform_: gain nan is not finite");
    ck_assert_int_eq(nni_init_xavier_uniform_(&gen, t, -1.0), NNI_EINVAL);
    ck_assert(strncmp(nni_errmsg(), "nni_init_xavier_uniform_: ", 26) == 0);
    nni_tensor *f32 = filled(NNI_FLOAT32, 2, (const size_t[]){ 3, 5 }, 7.0);
    ck_assert_int_eq(nni_init_xavier_normal_(&gen, f32, 1e300), NNI_EINVAL);
    ck_assert(strncmp(nni_errmsg(), "nni_init_xavier_normal_: ", 25) == 0);
    ck_assert(all_equal(f32, 7.0));
    nni_tensor_free(f32);
    ck_assert_int_eq(nni_init_xavier_uniform_(&unseeded, t, 1.0), NNI_EINVAL);
    ck_assert_ptr_nonnull(strstr(nni_errmsg(), "not seeded"));
    ck_assert_int_eq(nni_init_xavier_uniform_(NULL, t, 1.0), NNI_EINVAL);
    ck_assert_int_eq(nni_init_xavier_normal_(&gen, NULL, 1.0), NNI_EINVAL);
    ck_assert(all_equal(t, 7.0));
    nni_tensor *empty = filled(NNI_FLOAT32, 2, (const size_t[]){ 4, 0 }, 0.0);
    ck_assert_int_eq(nni_init_xavier_uniform_(&gen, empty, 1.0), NNI_OK);
    nni_tensor *none = filled(NNI_FLOAT32, 3, (const size_t[]){ 0, 4, 0 }, 0.0);
    ck_assert_int_eq(nni_init_xavier_normal_(&gen, none, 1.0), NNI_EINVAL);
    ck_assert_ptr_nonnull(strstr(nni_errmsg(), "float division by zero"));
    ck_assert(same_generator(gen, before));
    nni_tensor_free(t);
    nni_tensor_free(empty);
    nni_tensor_free(none);
}
END_TEST
#line 4698 "book/app1-tests.nw"
START_TEST(test_kaiming_edges)
{
    nni_torch_gen gen, before;
    nni_torch_manual_seed(&gen, 11);
    nni_torch_normal_double(&gen, 0, 1);
    before = gen;
    nni_tensor *empty1 = filled(NNI_FLOAT32, 1, (const size_t[]){ 0 }, 0.0);
    nni_tensor *empty3 =
        filled(NNI_FLOAT64, 3, (const size_t[]){ 4, 0, 2 }, 0.0);
    nni_tensor *t = filled(NNI_FLOAT32, 2, (const size_t[]){ 4, 6 }, 9.0);
    
#line 4722 "book/app1-tests.nw"
ck_assert_int_eq(nni_init_kaiming_uniform_(&gen, empty1, 0, NNI_FAN_IN,
                                           NNI_NL_RELU),
                 NNI_OK);
ck_assert_int_eq(nni_init_kaiming_normal_(&gen, empty3, 0, NNI_FAN_OUT,
                                          NNI_NL_TANH),
                 NNI_OK);
#line 4709 "book/app1-tests.nw"
    
#line 4734 "book/app1-tests.nw"
ck_assert_int_eq(nni_init_kaiming_uniform_(&gen, empty3, NAN, NNI_FAN_IN,
                                           NNI_NL_LEAKY_RELU), NNI_EINVAL);
ck_assert_int_eq(nni_init_kaiming_uniform_(&gen, t, INFINITY, NNI_FAN_IN,
                                           NNI_NL_LEAKY_RELU), NNI_EINVAL);
ck_assert_int_eq(nni_init_kaiming_normal_(&gen, t, 1e200, NNI_FAN_IN,
                                          NNI_NL_LEAKY_RELU), NNI_EINVAL);
ck_assert_int_eq(nni_init_kaiming_normal_(&gen, t, 0, (nni_fan_mode)2,
                                          NNI_NL_RELU),
                 NNI_EINVAL);
ck_assert_int_eq(nni_init_kaiming_normal_(&gen, t, 0, NNI_FAN_IN,
                                          (nni_nonlinearity)-1),
                 NNI_EINVAL);
ck_assert_int_eq(nni_init_kaiming_normal_(&gen, empty1, 0, NNI_FAN_IN,
                                          (nni_nonlinearity)40),
                 NNI_EINVAL);
ck_assert(all_equal(t, 9.0));
ck_assert(same_generator(gen, before));
#line 4710 "book/app1-tests.nw"
    
#line 4757 "book/app1-tests.nw"
nni_tensor *scalar = filled(NNI_FLOAT32, 0, NULL, 9.0);
ck_assert_int_eq(nni_init_kaiming_uniform_(&gen, scalar, 0, NNI_FAN_IN,
                                           NNI_NL_RELU),
                 NNI_ESHAPE);
ck_assert(all_equal(scalar, 9.0));
ck_assert_int_eq(nni_init_kaiming_uniform_(&gen, t, NAN, NNI_FAN_IN,
                                           NNI_NL_RELU),
                 NNI_OK);
ck_assert(!all_equal(t, 9.0));
#line 4711 "book/app1-tests.nw"
    nni_tensor_free(empty1);
    nni_tensor_free(empty3);
    nni_tensor_free(scalar);
    nni_tensor_free(t);
}
END_TEST
#line 4778 "book/app1-tests.nw"
START_TEST(test_linear_default_identity)
{
    const size_t fan_ins[4] = { 1, 30, 40, 784 };
    for (int k = 0; k < 4; k++) {
        const size_t shape[2] = { 5, fan_ins[k] };
        for (int d = 0; d < 2; d++) {
            nni_dtype dt = d == 0 ? NNI_FLOAT32 : NNI_FLOAT64;
            nni_tensor *x = filled(dt, 2, shape, 0.0),
                       *y = filled(dt, 2, shape, 0.0);
            nni_torch_gen g1, g2;
            nni_torch_manual_seed(&g1, 40);
            nni_torch_manual_seed(&g2, 40);
            const double b = 1.0 / sqrt((double)fan_ins[k]);
            ck_assert_int_eq(nni_init_kaiming_uniform_(&g1, x, sqrt(5.0),
                                                       NNI_FAN_IN,
                                                       NNI_NL_LEAKY_RELU),
                             NNI_OK);
            ck_assert_int_eq(nni_torch_uniform_(&g2, y, -b, b), NNI_OK);
            bool same = memcmp(nni_tensor_data(x), nni_tensor_data(y),
                               nni_tensor_numel(x) * nni_dtype_size(dt)) == 0;
            if (dt == NNI_FLOAT32 || fan_ins[k] == 784)
                ck_assert_msg(same, "fan_in %zu %s", fan_ins[k],
                              nni_dtype_name(dt));
            if (dt == NNI_FLOAT64 && fan_ins[k] == 40)
                ck_assert(!same);
            nni_tensor_free(x);
            nni_tensor_free(y);
        }
    }
}
END_TEST
#line 4829 "book/app1-tests.nw"
START_TEST(test_basic_edges)
{
    nni_torch_gen gen, before;
    nni_torch_manual_seed(&gen, 21);
    nni_torch_normal_double(&gen, 0, 1);
    before = gen;
    nni_tensor *t = filled(NNI_FLOAT32, 2, (const size_t[]){ 3, 5 }, 4.0);
    ck_assert_int_eq(nni_init_normal_(&gen, t, INFINITY, 1.0), NNI_EINVAL);
    ck_assert_int_eq(nni_init_normal_(&gen, t, NAN, 1.0), NNI_EINVAL);
    ck_assert_int_eq(nni_init_normal_(&gen, t, 0.0, INFINITY), NNI_EINVAL);
    ck_assert_int_eq(nni_init_normal_(&gen, t, 0.0, -0.5), NNI_EINVAL);
    ck_assert_int_eq(nni_init_uniform_(&gen, t, 1.0, 0.5), NNI_EINVAL);
    ck_assert_int_eq(nni_init_uniform_(&gen, t, -INFINITY, 0.5), NNI_EINVAL);
    ck_assert_int_eq(nni_init_constant_(t, 3.4028235677973366e38), NNI_EINVAL);
    ck_assert_int_eq(nni_init_constant_(t, -1e300), NNI_EINVAL);
    ck_assert_int_eq(nni_init_constant_(NULL, 1.0), NNI_EINVAL);
    ck_assert(all_equal(t, 4.0));
    ck_assert(same_generator(gen, before));
    ck_assert_int_eq(nni_init_constant_(t, (double)FLT_MAX), NNI_OK);
    ck_assert(all_equal(t, (double)FLT_MAX));
    ck_assert_int_eq(nni_init_constant_(t, -INFINITY), NNI_OK);
    ck_assert(all_equal(t, -INFINITY));
    ck_assert_int_eq(nni_init_constant_(t, NAN), NNI_OK);
    ck_assert(isnan(element(t, 7)));
    nni_tensor *d = filled(NNI_FLOAT64, 1, (const size_t[]){ 4 }, 0.0);
    ck_assert_int_eq(nni_init_constant_(d, -1e300), NNI_OK);
    ck_assert(all_equal(d, -1e300));
    ck_assert_int_eq(nni_init_ones_(d), NNI_OK);
    ck_assert(all_equal(d, 1.0));
    ck_assert_int_eq(nni_init_zeros_(d), NNI_OK);
    ck_assert(all_equal(d, 0.0) && !signbit(element(d, 0)));
    nni_tensor_free(t);
    nni_tensor_free(d);
}
END_TEST
#line 4900 "book/app1-tests.nw"
START_TEST(test_eye_and_dirac_structure)
{
    static const size_t shapes[][6] = {
        { 3, 3, 3, 3 }, { 3, 4, 2, 3 }, { 3, 2, 4, 5 }, { 4, 6, 3, 3, 3 },
        { 5, 4, 2, 3, 2, 3 }, { 4, 2, 2, 1, 1 }, { 3, 6, 1, 2 },
        { 4, 9, 4, 2, 2 },
    };                          /* 维数，形状……（第一项是维数） */
    static const size_t groups[] = { 1, 1, 1, 2, 1, 2, 3, 3 };
    for (size_t s = 0; s < sizeof groups / sizeof groups[0]; s++)
        for (int d = 0; d < 2; d++) {
            nni_tensor *t = filled(d ? NNI_FLOAT64 : NNI_FLOAT32, shapes[s][0],
                                   shapes[s] + 1, 7.0);
            ck_assert_int_eq(nni_init_dirac_(t, groups[s]), NNI_OK);
            size_t idx[NNI_MAX_DIMS];
            for (size_t i = 0; i < nni_tensor_numel(t); i++) {
                unravel(t, i, idx);
                const bool one = dirac_expects_one(t, idx, groups[s]);
                ck_assert(element(t, i) == (one ? 1.0 : 0.0));
            }
            nni_tensor_free(t);
        }
    nni_tensor *e = filled(NNI_FLOAT32, 2, (const size_t[]){ 4, 7 }, 7.0);
    ck_assert_int_eq(nni_init_eye_(e), NNI_OK);
    for (size_t i = 0; i < 28; i++)
        ck_assert(element(e, i) == (i / 7 == i % 7 ? 1.0 : 0.0));
    nni_tensor_free(e);
}
END_TEST
#line 4938 "book/app1-tests.nw"
START_TEST(test_eye_and_dirac_errors)
{
    nni_tensor *t2 = filled(NNI_FLOAT32, 2, (const size_t[]){ 3, 3 }, 7.0);
    nni_tensor *t3 = filled(NNI_FLOAT32, 3, (const size_t[]){ 4, 2, 3 }, 7.0);
    nni_tensor *t6 =
        filled(NNI_FLOAT64, 6, (const size_t[]){ 1, 1, 1, 1, 1, 1 }, 7.0);
    nni_tensor *z = filled(NNI_FLOAT64, 4, (const size_t[]){ 2, 2, 3, 0 }, 7.0);
    nni_tensor *ok =
        filled(NNI_FLOAT64, 4, (const size_t[]){ 2, 0, 3, 0 }, 7.0);
    ck_assert_int_eq(nni_init_eye_(t3), NNI_ESHAPE);
    ck_assert_int_eq(nni_init_dirac_(t2, 1), NNI_ESHAPE);
    ck_assert_int_eq(nni_init_dirac_(t6, 1), NNI_ESHAPE);
    ck_assert_int_eq(nni_init_dirac_(t3, 0), NNI_EINVAL);
    ck_assert_int_eq(nni_init_dirac_(t3, 3), NNI_EINVAL);
    ck_assert_int_eq(nni_init_dirac_(z, 1), NNI_EINVAL);
    ck_assert_ptr_nonnull(strstr(nni_errmsg(), "dimension 3 with size 0"));
    ck_assert_int_eq(nni_init_dirac_(ok, 2), NNI_OK);
    ck_assert(all_equal(t2, 7.0) && all_equal(t3, 7.0) && all_equal(t6, 7.0));
    ck_assert_int_eq(nni_init_eye_(t2), NNI_OK);
    nni_tensor_free(t2);
    nni_tensor_free(t3);
    nni_tensor_free(t6);
    nni_tensor_free(z);
    nni_tensor_free(ok);
}
END_TEST
#line 4975 "book/app1-tests.nw"
START_TEST(test_trunc_normal_edges)
{
    static const double p[3][4] = { { 0, 1, -2, 2 },
                                    { 0.1, 0.5, -0.5, 1.0 },
                                    { 0, 1, 2, 3 } };
    nni_torch_gen gen, before;
    nni_torch_manual_seed(&gen, 8);
    for (int d = 0; d < 2; d++)
        for (int k = 0; k < 3; k++) {
            nni_tensor *t = filled(d ? NNI_FLOAT64 : NNI_FLOAT32, 1,
                                   (const size_t[]){ 4096 }, 0);
            ck_assert_int_eq(nni_init_trunc_normal_(&gen, t, p[k][0], p[k][1],
                                                    p[k][2], p[k][3]),
                             NNI_OK);
            for (size_t i = 0; i < 4096; i++)
                ck_assert(element(t, i) >= p[k][2] && element(t, i) <= p[k][3]);
            
#line 5017 "book/app1-tests.nw"
ck_assert_int_eq(nni_init_trunc_normal_(&gen, t, 0, 1, 0.5, 0.5), NNI_OK);
ck_assert(all_equal(t, 0.5));
ck_assert_int_eq(nni_init_trunc_normal_(&gen, t, 0, 1, 50, 50), NNI_OK);
ck_assert(all_equal(t, 50));
#line 4992 "book/app1-tests.nw"
            nni_tensor_free(t);
        }
    before = gen;
    nni_tensor *t = filled(NNI_FLOAT32, 2, (const size_t[]){ 5, 5 }, 3.0);
    const double bad[][4] = { { 0, 0, -2, 2 },        { 0, -1, -2, 2 },
                              { 0, NAN, -2, 2 },      { 0, INFINITY, -2, 2 },
                              { INFINITY, 1, -2, 2 }, { NAN, 1, -2, 2 },
                              { 0, 1, NAN, 2 },       { 0, 1, -2, NAN },
                              { 0, 1, 2, -2 },        { 0, 1, 60, 50 },
                              
#line 5030 "book/app1-tests.nw"
{ 0, 1, -INFINITY, INFINITY }, { 0, 1, -INFINITY, 0 }, { 0, 1e39, -2, 2 },
{ 0, 1, -2, 1e39 }, { 0, 1, 50, 60 }, { 0, 1, 6, 7 }, { 0, 1e30, -2, 2 }

#line 5001 "book/app1-tests.nw"
                                                                                   };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++)
        ck_assert_int_eq(nni_init_trunc_normal_(&gen, t, bad[k][0], bad[k][1],
                                                bad[k][2], bad[k][3]),
                         NNI_EINVAL);
    ck_assert(all_equal(t, 3.0));
    ck_assert(same_generator(gen, before));
    nni_tensor_free(t);
}
END_TEST
#line 5061 "book/app1-tests.nw"
START_TEST(test_orthogonal_structure)
{
    static const size_t shapes[][5] = { { 2, 5, 3 },  { 2, 3, 5 },
                                        { 2, 4, 4 },  { 4, 6, 2, 2, 2 },
                                        { 2, 20, 8 }, { 3, 2, 3, 4 },
                                        { 2, 1, 9 },  { 2, 9, 1 } };
    const double gain = 1.7;
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
        for (int d = 0; d < 2; d++) {
            nni_dtype dt = d ? NNI_FLOAT64 : NNI_FLOAT32;
            nni_tensor *q = filled(dt, shapes[s][0], shapes[s] + 1, 0.0);
            nni_tensor *a = filled(dt, shapes[s][0], shapes[s] + 1, 0.0);
            nni_torch_gen g1, g2;
            nni_torch_manual_seed(&g1, 100 + s);
            nni_torch_manual_seed(&g2, 100 + s);
            ck_assert_int_eq(nni_init_orthogonal_(&g1, q, gain), NNI_OK);
            ck_assert_int_eq(nni_torch_normal_(&g2, a, 0.0, 1.0), NNI_OK);
            ck_assert(same_generator(g1, g2));
            
#line 5088 "book/app1-tests.nw"
const size_t rows = nni_tensor_dim(q, 0), cols = nni_tensor_numel(q) / rows;
const bool wide = rows < cols;
const size_t n = wide ? rows : cols;
const double tol = (d ? 1e-12 : 1e-5) * gain * gain;
for (size_t j = 0; j < n; j++)
    for (size_t k = 0; k < n; k++) {
        const double want = j == k ? gain * gain : 0.0;
        ck_assert_msg(fabs(flat_dot(q, q, j, k, wide) - want) <= tol,
                      "shape %zu, %s: <q%zu, q%zu> = %g", s, nni_dtype_name(dt),
                      j, k, flat_dot(q, q, j, k, wide));
        const double r = flat_dot(q, a, j, k, wide) / gain;
        if (j == k)
            ck_assert(r > 0);
        else if (j > k)
            ck_assert(fabs(r) <= 1e-4 * (1 + fabs(flat_dot(a, a, k, k, wide))));
    }
#line 5080 "book/app1-tests.nw"
            nni_tensor_free(q);
            nni_tensor_free(a);
        }
}
END_TEST
#line 5114 "book/app1-tests.nw"
START_TEST(test_orthogonal_edges)
{
    nni_torch_gen gen, before;
    nni_torch_manual_seed(&gen, 4);
    before = gen;
    nni_tensor *t = filled(NNI_FLOAT64, 2, (const size_t[]){ 3, 4 }, 2.0);
    nni_tensor *v = filled(NNI_FLOAT64, 1, (const size_t[]){ 0 }, 2.0);
    nni_tensor *e = filled(NNI_FLOAT32, 3, (const size_t[]){ 3, 0, 2 }, 2.0);
    ck_assert_int_eq(nni_init_orthogonal_(&gen, t, NAN), NNI_EINVAL);
    ck_assert_int_eq(nni_init_orthogonal_(&gen, t, -INFINITY), NNI_EINVAL);
    ck_assert_int_eq(nni_init_orthogonal_(&gen, v, 1.0), NNI_ESHAPE);
    ck_assert_int_eq(nni_init_orthogonal_(&gen, e, 1.0), NNI_OK);
    ck_assert(all_equal(t, 2.0));
    ck_assert(same_generator(gen, before));
    ck_assert_int_eq(nni_init_orthogonal_(&gen, t, -1.0), NNI_OK);
    nni_tensor_free(t);
    nni_tensor_free(v);
    nni_tensor_free(e);
}
END_TEST
#line 5145 "book/app1-tests.nw"
START_TEST(test_sparse_structure)
{
    static const double sparsity[3] = { 0.3, 0.0, 1.0 };
    static const size_t expected[3] = { 12, 0, 37 };
    nni_torch_gen gen, before;
    nni_torch_manual_seed(&gen, 6);
    for (int d = 0; d < 2; d++)
        for (int k = 0; k < 3; k++) {
            nni_tensor *t = filled(d ? NNI_FLOAT64 : NNI_FLOAT32, 2,
                                   (const size_t[]){ 37, 23 }, 5);
            ck_assert_int_eq(nni_init_sparse_(&gen, t, sparsity[k], 0.5),
                             NNI_OK);
            for (size_t c = 0; c < 23; c++) {
                size_t zeros = 0;
                for (size_t r = 0; r < 37; r++)
                    zeros += element(t, r * 23 + c) == 0.0;
                ck_assert_uint_eq(zeros, expected[k]);
            }
            nni_tensor_free(t);
        }
    before = gen;
    nni_tensor *t = filled(NNI_FLOAT32, 2, (const size_t[]){ 4, 3 }, 5.0);
    nni_tensor *t3 = filled(NNI_FLOAT32, 3, (const size_t[]){ 4, 3, 1 }, 5.0);
    ck_assert_int_eq(nni_init_sparse_(&gen, t, -0.2, 0.01), NNI_EINVAL);
    ck_assert_int_eq(nni_init_sparse_(&gen, t, 1.0001, 0.01), NNI_EINVAL);
    ck_assert_int_eq(nni_init_sparse_(&gen, t, NAN, 0.01), NNI_EINVAL);
    ck_assert_int_eq(nni_init_sparse_(&gen, t, 0.5, INFINITY), NNI_EINVAL);
    ck_assert_int_eq(nni_init_sparse_(&gen, t, 0.5, -1.0), NNI_EINVAL);
    ck_assert_int_eq(nni_init_sparse_(&gen, t3, 0.5, 0.01), NNI_ESHAPE);
    ck_assert(all_equal(t, 5.0) && all_equal(t3, 5.0));
    ck_assert(same_generator(gen, before));
    nni_tensor_free(t);
    nni_tensor_free(t3);
}
END_TEST
#line 5194 "book/app1-tests.nw"
START_TEST(test_every_initializer_any_shape)
{
    static const size_t shapes[][6] = {
        { 0 }, { 1, 5 }, { 1, 0 }, { 2, 3, 4 }, { 2, 1, 1 }, { 2, 0, 3 },
        { 3, 2, 3, 4 }, { 3, 4, 1, 0 }, { 4, 2, 2, 3, 3 }, { 5, 4, 2, 1, 3, 2 },
        { 5, 1, 1, 1, 1, 1 },
    };
    char msg[256];
    for (size_t i = 0; nni_app_initializer_at(i) != NULL; i++)
        for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
            for (int d = 0; d < 2; d++) {
                nni_app_init_call call;
                nni_torch_gen gen;
                nni_torch_manual_seed(&gen, i * 100 + s);
                ck_assert(nni_app_init_begin(&call,
                                             nni_app_initializer_at(i)->name,
                                             msg, sizeof msg));
                nni_app_init_set(&call, "sparsity", "0.5", msg, sizeof msg);
                nni_app_init_set(&call, "val", "0.25", msg, sizeof msg);
                nni_tensor *t = filled(d ? NNI_FLOAT64 : NNI_FLOAT32,
                                       shapes[s][0], shapes[s] + 1, 9.0);
                nni_status status =
                    nni_app_init_run(&call, &gen, t, msg, sizeof msg);
                
#line 5225 "book/app1-tests.nw"
if (status == NNI_OK) {
    for (size_t k = 0; k < nni_tensor_numel(t); k++)
        ck_assert_msg(isfinite(element(t, k)), "%s on shape %zu: not finite",
                      call.init->name, s);
} else {
    ck_assert_msg(status == NNI_ESHAPE || status == NNI_EINVAL,
                  "%s on shape %zu: %s", call.init->name, s, msg);
    ck_assert(all_equal(t, 9.0));
}
#line 5218 "book/app1-tests.nw"
                nni_tensor_free(t);
            }
}
END_TEST

#line 4203 "book/app1-tests.nw"
int main(void)
{
    Suite *s = suite_create("init");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    
#line 4237 "book/app1-tests.nw"
tcase_add_test(tc, test_golden);
#line 4279 "book/app1-tests.nw"
tcase_add_test(tc, test_golden_replay_detects_mutants);
#line 4382 "book/app1-tests.nw"
tcase_add_test(tc, test_golden_orthogonal);
tcase_add_test(tc, test_orthogonal_tolerance);
#line 4518 "book/app1-tests.nw"
tcase_add_test(tc, test_gain_and_fan_edges);
#line 4592 "book/app1-tests.nw"
tcase_add_test(tc, test_call_by_name);
#line 4635 "book/app1-tests.nw"
tcase_add_test(tc, test_xavier_exercise);
#line 4686 "book/app1-tests.nw"
tcase_add_test(tc, test_xavier_errors);
#line 4769 "book/app1-tests.nw"
tcase_add_test(tc, test_kaiming_edges);
#line 4812 "book/app1-tests.nw"
tcase_add_test(tc, test_linear_default_identity);
#line 4867 "book/app1-tests.nw"
tcase_add_test(tc, test_basic_edges);
#line 4931 "book/app1-tests.nw"
tcase_add_test(tc, test_eye_and_dirac_structure);
#line 4967 "book/app1-tests.nw"
tcase_add_test(tc, test_eye_and_dirac_errors);
#line 5034 "book/app1-tests.nw"
tcase_add_test(tc, test_trunc_normal_edges);
#line 5107 "book/app1-tests.nw"
tcase_add_test(tc, test_orthogonal_structure);
#line 5137 "book/app1-tests.nw"
tcase_add_test(tc, test_orthogonal_edges);
#line 5183 "book/app1-tests.nw"
tcase_add_test(tc, test_sparse_structure);
#line 5237 "book/app1-tests.nw"
tcase_add_test(tc, test_every_initializer_any_shape);
#line 4209 "book/app1-tests.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
