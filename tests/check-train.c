#line 3017 "book/app1-tests.nw"
/* check-train -- 交叉熵、准确率、SGD 与训练程序的测试 */
#line 3053 "book/app1-tests.nw"
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "cli/cli.h"
#include "examples/train.h"
#include "support/golden-file.h"
#include "support/golden-train.h"
#include "nninit.h"
#include "test-support.h"

#line 3044 "book/app1-tests.nw"
#ifndef NNI_BIN_DIR
#define NNI_BIN_DIR "build/bin"
#endif
#define DIGITS "build/digits.csv"

#line 3075 "book/app1-tests.nw"
static double elem(const nni_tensor *t, size_t i)
{
    const void *d = nni_tensor_data_const(t);
    return nni_tensor_dtype(t) == NNI_FLOAT32 ? (double)((const float *)d)[i]
                                              : ((const double *)d)[i];
}

static void set_elem(nni_tensor *t, size_t i, double v)
{
    if (nni_tensor_dtype(t) == NNI_FLOAT32)
        ((float *)nni_tensor_data(t))[i] = (float)v;
    else
        ((double *)nni_tensor_data(t))[i] = v;
}
#line 3092 "book/app1-tests.nw"
static nni_tensor *new_matrix(nni_dtype dtype, size_t rows, size_t cols,
                              const double *values)
{
    nni_tensor *t;
    const size_t shape[2] = { rows, cols };
    ck_assert_int_eq(nni_tensor_new(&t, dtype, 2, shape), NNI_OK);
    for (size_t i = 0; values != NULL && i < rows * cols; i++)
        set_elem(t, i, values[i]);
    return t;
}

static nni_tensor *random_logits(nni_dtype dtype, size_t rows, size_t cols,
                                 uint64_t seed, double scale)
{
    nni_torch_gen gen;
    nni_tensor *t = new_matrix(dtype, rows, cols, NULL);
    nni_torch_manual_seed(&gen, seed);
    ck_assert_int_eq(nni_torch_normal_(&gen, t, 0.0, scale), NNI_OK);
    return t;
}
#line 3117 "book/app1-tests.nw"
static void close_to(const char *what, size_t i, double got, double want,
                     double tol)
{
    ck_assert_msg(fabs(got - want) <= tol, "%s[%zu]: got %.17g, expected "
                  "%.17g (tolerance %g)", what, i, got, want, tol);
}
#line 3132 "book/app1-tests.nw"
START_TEST(test_cross_entropy_known_values)
{
    const double l2 = log(2.0), l3 = log(3.0);
    const double z[6] = { 0.0, l2, l3, 0.0, l2, l3 };
    const double p[3] = { 1.0 / 6, 2.0 / 6, 3.0 / 6 };
    const size_t labels[2] = { 2, 0 };
    nni_tensor *logits = new_matrix(NNI_FLOAT64, 2, 3, z), *grad;
    double loss = 0.0;
    ck_assert_int_eq(nni_cross_entropy(logits, labels, &loss, &grad), NNI_OK);
    close_to("loss", 0, loss, (log(2.0) + log(6.0)) / 2, 1e-15);
    for (size_t i = 0; i < 6; i++)
        close_to("grad", i, elem(grad, i),
                 (p[i % 3] - (i % 3 == labels[i / 3])) / 2, 1e-16);
    nni_tensor_free(logits);
    nni_tensor_free(grad);
}
END_TEST
#line 3156 "book/app1-tests.nw"
START_TEST(test_cross_entropy_large_logits)
{
    const double z[6] = { 1000, 0, -1000, 1000, 0, -1000 };
    const double want[6] = { 0, 0, 0, 0.5, 0, -0.5 };
    const size_t labels[2] = { 0, 2 };
    
#line 3169 "book/app1-tests.nw"
for (int d = 0; d < 2; d++) {
    nni_tensor *logits = new_matrix(d ? NNI_FLOAT32 : NNI_FLOAT64, 2, 3, z);
    nni_tensor *grad;
    double loss;
    ck_assert_int_eq(nni_cross_entropy(logits, labels, &loss, &grad),
                     NNI_OK);
    close_to("loss", 0, loss, 1000.0, 0.0);
    for (size_t i = 0; i < 6; i++)
        close_to("grad", i, elem(grad, i), want[i], 0.0);
    nni_tensor_free(logits);
    nni_tensor_free(grad);
}
#line 3162 "book/app1-tests.nw"
}
END_TEST
#line 3192 "book/app1-tests.nw"
static double loss_at(nni_tensor *z, const size_t *labels, size_t i, double v)
{
    const double saved = elem(z, i);
    double loss;
    set_elem(z, i, v);
    ck_assert_int_eq(nni_cross_entropy(z, labels, &loss, NULL), NNI_OK);
    set_elem(z, i, saved);
    return loss;
}
#line 3204 "book/app1-tests.nw"
START_TEST(test_cross_entropy_finite_differences)
{
    const nni_dtype dtype = _i == 0 ? NNI_FLOAT64 : NNI_FLOAT32;
    const double h = _i == 0 ? 1e-5 : 0x1p-6, tol = _i == 0 ? 1e-8 : 2e-4;
    const size_t labels[5] = { 3, 0, 6, 6, 2 };
    nni_tensor *z = random_logits(dtype, 5, 7, 42, 2.0), *grad;
    double loss;
    ck_assert_int_eq(nni_cross_entropy(z, labels, &loss, &grad), NNI_OK);
    
#line 3222 "book/app1-tests.nw"
for (size_t i = 0; i < 35; i++) {
    const double zi = elem(z, i);
    const double fd = (loss_at(z, labels, i, zi + h)
                       - loss_at(z, labels, i, zi - h)) / (2 * h);
    close_to("dL/dz", i, elem(grad, i), fd, tol);
}
#line 3213 "book/app1-tests.nw"
    nni_tensor_free(z);
    nni_tensor_free(grad);
}
END_TEST
#line 3234 "book/app1-tests.nw"
START_TEST(test_cross_entropy_nonfinite)
{
    const double z[4] = { 1.0, NAN, INFINITY, 0.0 };
    const size_t labels[2] = { 0, 1 };
    nni_tensor *logits = new_matrix(NNI_FLOAT64, 2, 2, z), *grad;
    double loss;
    ck_assert_int_eq(nni_cross_entropy(logits, labels, &loss, &grad), NNI_OK);
    ck_assert(isnan(loss));
    ck_assert(isnan(elem(grad, 0)) && isnan(elem(grad, 2)));
    nni_tensor_free(logits);
    nni_tensor_free(grad);
}
END_TEST
#line 3250 "book/app1-tests.nw"
static void expect_ce_error(const nni_tensor *z, const size_t *labels,
                            nni_status want)
{
    double loss = 123.0;
    nni_tensor *grad = (nni_tensor *)&loss;
    ck_assert_int_eq(nni_cross_entropy(z, labels, &loss, &grad), want);
    ck_assert(loss == 123.0);
    ck_assert_ptr_null(grad);
    ck_assert(strstr(nni_errmsg(), "nni_cross_entropy") != NULL);
}
#line 3263 "book/app1-tests.nw"
START_TEST(test_cross_entropy_errors)
{
    const size_t labels[3] = { 0, 2, 3 }, shape[1] = { 3 };
    nni_tensor *z = new_matrix(NNI_FLOAT64, 3, 3, NULL), *v, *empty;
    ck_assert_int_eq(nni_tensor_new(&v, NNI_FLOAT64, 1, shape), NNI_OK);
    empty = new_matrix(NNI_FLOAT64, 0, 3, NULL);
    
#line 3280 "book/app1-tests.nw"
expect_ce_error(NULL, labels, NNI_EINVAL);
expect_ce_error(z, NULL, NNI_EINVAL);
expect_ce_error(v, labels, NNI_ESHAPE);
expect_ce_error(empty, labels, NNI_ESHAPE);
expect_ce_error(z, labels, NNI_ERANGE);         /* 标签 3，只有 3 类 */
ck_assert(strstr(nni_errmsg(), "row 2") != NULL);
ck_assert_int_eq(nni_cross_entropy(z, labels, NULL, NULL), NNI_EINVAL);
#line 3270 "book/app1-tests.nw"
    nni_tensor_free(z);
    nni_tensor_free(v);
    nni_tensor_free(empty);
}
END_TEST
#line 3303 "book/app1-tests.nw"
START_TEST(test_accuracy)
{
    const double z[9] = { 0.1, 0.7, 0.2, 5.0, 1.0, 5.0, 3.0, NAN, 9.0 };
    const size_t right[3] = { 1, 0, 1 }, wrong[3] = { 1, 2, 2 };
    nni_tensor *logits = new_matrix(NNI_FLOAT32, 3, 3, z);
    double acc = -1.0;
    ck_assert_int_eq(nni_accuracy(logits, right, &acc), NNI_OK);
    ck_assert(acc == 1.0);
    ck_assert_int_eq(nni_accuracy(logits, wrong, &acc), NNI_OK);
    ck_assert(acc == 1.0 / 3.0);
    ck_assert_int_eq(nni_accuracy(logits, right, NULL), NNI_EINVAL);
    ck_assert_int_eq(nni_accuracy(NULL, right, &acc), NNI_EINVAL);
    nni_tensor_free(logits);
}
END_TEST
#line 3332 "book/app1-tests.nw"
static void snapshot(const nni_tensor *t, double *out)
{
    for (size_t i = 0; i < nni_tensor_numel(t); i++)
        out[i] = elem(t, i);
}

static nni_module *one_step_layer(nni_dtype dtype)
{
    nni_torch_gen gen;
    nni_module *lin;
    nni_tensor *x = random_logits(dtype, 4, 8, 1, 1.0), *y, *g;
    nni_torch_manual_seed(&gen, 7);
    ck_assert_int_eq(nni_linear_new(&lin, 8, 16, true, dtype, &gen), NNI_OK);
    nni_tensor_set_requires_grad(nni_module_param(lin, "bias"), false);
    ck_assert_int_eq(nni_module_forward_cached(lin, x, &y), NNI_OK);
    g = random_logits(dtype, 4, 16, 2, 1.0);
    ck_assert_int_eq(nni_module_backward(lin, g, NULL), NNI_OK);
    nni_tensor_free(x);
    nni_tensor_free(y);
    nni_tensor_free(g);
    return lin;
}
#line 3357 "book/app1-tests.nw"
START_TEST(test_sgd_one_step)
{
    const nni_dtype dtype = _i == 0 ? NNI_FLOAT64 : NNI_FLOAT32;
    nni_module *lin = one_step_layer(dtype);
    nni_tensor *w = nni_module_param(lin, "weight");
    nni_tensor *b = nni_module_param(lin, "bias");
    double w0[128], b0[16], w1[128], b1[16];
    snapshot(w, w0);
    snapshot(b, b0);
    
#line 3376 "book/app1-tests.nw"
ck_assert_int_eq(nni_sgd_step(lin, -0.1), NNI_EINVAL);
ck_assert_int_eq(nni_sgd_step(lin, NAN), NNI_EINVAL);
ck_assert_int_eq(nni_sgd_step(NULL, 0.1), NNI_EINVAL);
#line 3367 "book/app1-tests.nw"
    
#line 3382 "book/app1-tests.nw"
snapshot(w, w1);
ck_assert(memcmp(w0, w1, sizeof w0) == 0);
ck_assert_int_eq(nni_sgd_step(lin, 0.1), NNI_OK);
snapshot(w, w1);
snapshot(b, b1);
for (size_t i = 0; i < 128; i++) {
    const double g = elem(nni_tensor_grad(w), i);
    const double want = dtype == NNI_FLOAT32
        ? (double)fmaf((float)-0.1, (float)g, (float)w0[i])
        : fma(-0.1, g, w0[i]);
    ck_assert_msg(w1[i] == want, "w[%zu]: %a, expected %a", i, w1[i], want);
}
ck_assert(memcmp(b0, b1, sizeof b0) == 0);
#line 3368 "book/app1-tests.nw"
    nni_module_free(lin);
}
END_TEST
#line 3405 "book/app1-tests.nw"
START_TEST(test_sgd_least_squares)
{
    
#line 3423 "book/app1-tests.nw"
const double x[8] = { 0, 0, 1, 0, 0, 1, 1, 1 };
double t[4], w[2], b;
nni_torch_gen gen;
nni_module *lin;
nni_tensor *xs = new_matrix(NNI_FLOAT64, 4, 2, x);
for (int i = 0; i < 4; i++)
    t[i] = 3 * x[2 * i] - 2 * x[2 * i + 1] + 0.5;
nni_torch_manual_seed(&gen, 0);
ck_assert_int_eq(nni_linear_new(&lin, 2, 1, true, NNI_FLOAT64, &gen),
                 NNI_OK);
#line 3408 "book/app1-tests.nw"
    
#line 3436 "book/app1-tests.nw"
for (int step = 0; step < 3000; step++) {
    nni_tensor *y, *g;
    nni_module_zero_grad(lin);
    ck_assert_int_eq(nni_module_forward_cached(lin, xs, &y), NNI_OK);
    g = new_matrix(NNI_FLOAT64, 4, 1, NULL);
    for (size_t i = 0; i < 4; i++)
        set_elem(g, i, (elem(y, i) - t[i]) / 4);
    ck_assert_int_eq(nni_module_backward(lin, g, NULL), NNI_OK);
    ck_assert_int_eq(nni_sgd_step(lin, 0.2), NNI_OK);
    nni_tensor_free(y);
    nni_tensor_free(g);
}
#line 3409 "book/app1-tests.nw"
    snapshot(nni_module_param(lin, "weight"), w);
    snapshot(nni_module_param(lin, "bias"), &b);
    close_to("w", 0, w[0], 3.0, 1e-12);
    close_to("w", 1, w[1], -2.0, 1e-12);
    close_to("b", 0, b, 0.5, 1e-12);
    nni_tensor_free(xs);
    nni_module_free(lin);
}
END_TEST
#line 3462 "book/app1-tests.nw"
typedef struct garray {
    double *v;
    size_t n, cap;
} garray;

static void garray_push(garray *a, double v)
{
    if (a->n == a->cap) {
        a->cap = a->cap == 0 ? 64 : 2 * a->cap;
        a->v = realloc(a->v, a->cap * sizeof *a->v);
        ck_assert_ptr_nonnull(a->v);
    }
    a->v[a->n++] = v;
}
#line 3483 "book/app1-tests.nw"
static bool next_record(nni_app_golden_file *f, char **tag, char **rest)
{
    *tag = NULL;
    if (!nni_app_golden_next_line(f))
        return false;
    *rest = f->line;
    *tag = nni_app_golden_token(rest);
    return *tag != NULL;
}

static bool read_array(nni_app_golden_file *f, const char *name, garray *a,
                       char **tag, char **rest)
{
    a->n = 0;
    while (*tag != NULL && strcmp(*tag, name) == 0) {
        for (char *w; (w = nni_app_golden_token(rest)) != NULL;)
            garray_push(a, strtod(w, NULL));
        if (!next_record(f, tag, rest))
            *tag = NULL;
    }
    return a->n > 0;
}
#line 3516 "book/app1-tests.nw"
typedef struct linear_case {
    nni_module *lin;
    nni_tensor *x, *y, *g, *dx;
} linear_case;

static linear_case linear_setup(uint64_t seed, size_t batch, size_t in,
                                size_t out)
{
    nni_torch_gen gen;
    linear_case c;
    nni_torch_manual_seed(&gen, seed);
    c.x = new_matrix(NNI_FLOAT64, batch, in, NULL);
    ck_assert_int_eq(nni_torch_normal_(&gen, c.x, 0.0, 1.0), NNI_OK);
    ck_assert_int_eq(nni_linear_new(&c.lin, in, out, true, NNI_FLOAT64, &gen),
                     NNI_OK);
    ck_assert_int_eq(nni_torch_normal_(&gen, nni_module_param(c.lin, "bias"),
                                       0.0, 1.0), NNI_OK);
    
#line 3541 "book/app1-tests.nw"
c.g = new_matrix(NNI_FLOAT64, batch, out, NULL);
ck_assert_int_eq(nni_torch_normal_(&gen, c.g, 0.0, 1.0), NNI_OK);
ck_assert_int_eq(nni_module_forward_cached(c.lin, c.x, &c.y), NNI_OK);
ck_assert_int_eq(nni_module_backward(c.lin, c.g, &c.dx), NNI_OK);
#line 3534 "book/app1-tests.nw"
    return c;
}
#line 3548 "book/app1-tests.nw"
static void same_as_torch(const char *name, const char *what,
                          const nni_tensor *t, const garray *a)
{
    ck_assert_msg(a->n == nni_tensor_numel(t), "%s %s: %zu values in the "
                  "golden file, %zu here", name, what, a->n,
                  nni_tensor_numel(t));
    for (size_t i = 0; i < a->n; i++)
        ck_assert_msg(elem(t, i) == a->v[i], "%s %s[%zu]: %a, PyTorch %a",
                      name, what, i, elem(t, i), a->v[i]);
}
#line 3561 "book/app1-tests.nw"
START_TEST(test_golden_linear)
{
    FILE *in = fopen("tests/golden/train/linear.txt", "r");
    ck_assert_ptr_nonnull(in);
    nni_app_golden_file f;
    nni_app_golden_open(&f, in, "linear.txt", NULL, NULL);
    garray a[4] = { { NULL, 0, 0 } };
    char *tag, *rest;
    size_t cases = 0;
    bool more = next_record(&f, &tag, &rest);
    while (more) {
        
#line 3585 "book/app1-tests.nw"
const bool bias_only = strcmp(tag, "bias") == 0;
ck_assert(bias_only || strcmp(tag, "case") == 0);
#line 3602 "book/app1-tests.nw"
unsigned long long seed, batch, n_in, n_out;
char name[64];
ck_assert_int_eq(sscanf(rest, "%llu %llux%llux%llu", &seed, &batch, &n_in,
                        &n_out), 4);
snprintf(name, sizeof name, "case %s", rest);
linear_case c = linear_setup(seed, batch, n_in, n_out);
more = next_record(&f, &tag, &rest);
if (!bias_only) {
    
#line 3592 "book/app1-tests.nw"
ck_assert(read_array(&f, "y", &a[0], &tag, &rest)
          && read_array(&f, "dx", &a[1], &tag, &rest)
          && read_array(&f, "dw", &a[2], &tag, &rest));
same_as_torch(name, "y", c.y, &a[0]);
same_as_torch(name, "dx", c.dx, &a[1]);
same_as_torch(name, "dw", nni_tensor_grad(nni_module_param(c.lin, "weight")),
              &a[2]);
#line 3611 "book/app1-tests.nw"
}
ck_assert(read_array(&f, "db", &a[3], &tag, &rest));
ck_assert_str_eq(tag, "end");
same_as_torch(name, "db", nni_tensor_grad(nni_module_param(c.lin, "bias")),
              &a[3]);
nni_module_free(c.lin);
nni_tensor_free(c.x);
nni_tensor_free(c.y);
nni_tensor_free(c.g);
nni_tensor_free(c.dx);
more = next_record(&f, &tag, &rest);
#line 3588 "book/app1-tests.nw"
cases++;
#line 3573 "book/app1-tests.nw"
    }
    ck_assert_uint_ge(cases, 10);
    for (int k = 0; k < 4; k++)
        free(a[k].v);
    fclose(in);
}
END_TEST
#line 3631 "book/app1-tests.nw"
static void loss_case(const char *rest, const garray *grad, double want,
                      const garray *exact)
{
    unsigned long long seed, batch, classes;
    char scale_text[64], dtype_name[16];
    ck_assert_int_eq(sscanf(rest, "%llu %llux%llu %63s %15s", &seed, &batch,
                            &classes, scale_text, dtype_name), 5);
    const bool f32 = strcmp(dtype_name, "float32") == 0;
    
#line 3645 "book/app1-tests.nw"
nni_tensor *z64 = random_logits(NNI_FLOAT64, batch, classes, seed, 1.0);
nni_tensor *z = new_matrix(f32 ? NNI_FLOAT32 : NNI_FLOAT64, batch, classes,
                           NULL), *g;
const double scale = strtod(scale_text, NULL);
size_t *labels = malloc(batch * sizeof *labels);
ck_assert_ptr_nonnull(labels);
for (size_t i = 0; i < batch * classes; i++)
    set_elem(z, i, elem(z64, i) * scale);
for (size_t b = 0; b < batch; b++)
    labels[b] = (7 * b + 3) % classes;
#line 3640 "book/app1-tests.nw"
    
#line 3658 "book/app1-tests.nw"
double loss;
const double rel = f32 ? 1e-6 : 1e-14;
ck_assert_int_eq(nni_cross_entropy(z, labels, &loss, &g), NNI_OK);
close_to(rest, 0, loss, want, rel * fabs(want));
ck_assert_uint_eq(grad->n, batch * classes);
for (size_t i = 0; i < grad->n; i++)
    close_to(rest, i, elem(g, i), grad->v[i], rel / (double)batch);
#line 3680 "book/app1-tests.nw"
if (!f32) {
    ck_assert_uint_eq(exact->n, 1 + batch * classes);
    ck_assert_msg(loss == exact->v[0], "%s: loss %a, expected %a", rest, loss,
                  exact->v[0]);
    for (size_t i = 0; i < grad->n; i++)
        ck_assert_msg(elem(g, i) == exact->v[1 + i], "%s: grad[%zu] %a, "
                      "expected %a", rest, i, elem(g, i), exact->v[1 + i]);
}
#line 3666 "book/app1-tests.nw"
free(labels);
nni_tensor_free(z64);
nni_tensor_free(z);
nni_tensor_free(g);
#line 3641 "book/app1-tests.nw"
}
#line 3694 "book/app1-tests.nw"
static void read_loss_case(nni_app_golden_file *f, garray a[4], char **tag,
                           char **rest)
{
    ck_assert(read_array(f, "loss", &a[0], tag, rest)
              && read_array(f, "grad", &a[1], tag, rest));
    a[3].n = 0;
    if (*tag != NULL && strcmp(*tag, "loss_glibc") == 0) {
        ck_assert(read_array(f, "loss_glibc", &a[2], tag, rest)
                  && read_array(f, "grad_glibc", &a[3], tag, rest));
        garray_push(&a[2], 0.0);            /* 腾出位置，下面接上梯度 */
        a[2].n--;
        for (size_t i = 0; i < a[3].n; i++)
            garray_push(&a[2], a[3].v[i]);
    } else {
        a[2].n = 0;
    }
    ck_assert_str_eq(*tag, "end");
}
#line 3715 "book/app1-tests.nw"
START_TEST(test_golden_loss)
{
    FILE *in = fopen("tests/golden/train/loss.txt", "r");
    ck_assert_ptr_nonnull(in);
    nni_app_golden_file f;
    nni_app_golden_open(&f, in, "loss.txt", NULL, NULL);
    garray a[4] = { { NULL, 0, 0 } };
    char *tag, *rest, name[128];
    size_t cases = 0;
    bool more = next_record(&f, &tag, &rest);
    
#line 3737 "book/app1-tests.nw"
while (more) {
    ck_assert_str_eq(tag, "case");
    snprintf(name, sizeof name, "%s", rest);
    more = next_record(&f, &tag, &rest);
    read_loss_case(&f, a, &tag, &rest);
    loss_case(name, &a[1], a[0].v[0], &a[2]);
    more = next_record(&f, &tag, &rest);
    cases++;
}
#line 3726 "book/app1-tests.nw"
    ck_assert_uint_ge(cases, 10);
    for (int k = 0; k < 4; k++)
        free(a[k].v);
    fclose(in);
}
END_TEST
#line 3763 "book/app1-tests.nw"
static void compare_curve(const nni_app_curve *g, const nni_app_curve *m,
                          nni_app_train_result result)
{
    const nni_app_agreement a = nni_app_curve_compare(g, m, result);
    ck_assert_msg(a.ok, "%s: %zu steps (PyTorch %zu), %zu epoch rows "
                  "(PyTorch %zu), same end %d; largest relative difference "
                  "%g in the steps (first at step %zu), %g in the epoch "
                  "losses; accuracies differ by up to %g", g->name,
                  m->n_steps, g->n_steps, m->n_epochs / 4, g->n_epochs / 4,
                  a.same_end, a.all, a.first_diff, a.epochs, a.acc);
}
#line 3781 "book/app1-tests.nw"
START_TEST(test_golden_curves)
{
    FILE *in = fopen("tests/golden/train/curves.txt", "r");
    char err[NNI_APP_ERRSIZE] = "";
    nni_app_digits d;
    nni_app_golden_file f;
    nni_app_curve g, m;
    size_t replayed = 0, problems = 0;
    int got;
    ck_assert_ptr_nonnull(in);
    ck_assert_msg(nni_app_digits_read(&d, DIGITS, NNI_FLOAT64, err, sizeof err),
                  "%s", err);
    nni_app_golden_open(&f, in, "curves.txt", stderr, &problems);
    
#line 3806 "book/app1-tests.nw"
while ((got = nni_app_curve_read(&f, &g)) > 0) {
    if (strcmp(g.name, "book-long") != 0) {
        compare_curve(&g, &m, nni_app_curve_replay(&g, &d, &m, err,
                                                   sizeof err));
        nni_app_curve_free(&m);
        replayed++;
    }
    nni_app_curve_free(&g);
}
#line 3795 "book/app1-tests.nw"
    ck_assert(got == 0 && problems == 0);
    ck_assert_uint_ge(replayed, 8);
    nni_app_digits_free(&d);
    fclose(in);
}
END_TEST
#line 3821 "book/app1-tests.nw"
START_TEST(test_golden_randperm)
{
    FILE *in = fopen("tests/golden/train/curves.txt", "r");
    nni_app_golden_file f;
    size_t perm[2][NNI_APP_DIGITS_TRAIN], n[2] = { 0, 0 };
    char *tag, *rest, *w;
    ck_assert_ptr_nonnull(in);
    nni_app_golden_open(&f, in, "curves.txt", NULL, NULL);
    
#line 3853 "book/app1-tests.nw"
for (int k = 0; k < 2; k++) {
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, k == 0 ? 0 : 5);
    nni_torch_randperm(&gen, NNI_APP_DIGITS_TRAIN, perm[k]);
}
#line 3830 "book/app1-tests.nw"
    
#line 3840 "book/app1-tests.nw"
while (next_record(&f, &tag, &rest) && strcmp(tag, "randperm") == 0) {
    const int k = strcmp(nni_app_golden_token(&rest), "0") == 0 ? 0 : 1;
    while ((w = nni_app_golden_token(&rest)) != NULL) {
        ck_assert_uint_lt(n[k], NNI_APP_DIGITS_TRAIN);
        ck_assert_uint_eq(perm[k][n[k]], strtoul(w, NULL, 10));
        n[k]++;
    }
}
#line 3831 "book/app1-tests.nw"
    ck_assert(n[0] == NNI_APP_DIGITS_TRAIN && n[1] == NNI_APP_DIGITS_TRAIN);
    fclose(in);
}
END_TEST
#line 3872 "book/app1-tests.nw"
static int run_train(const char *args, nni_app_curve *rows)
{
    char cmd[1024], line[512];
    snprintf(cmd, sizeof cmd, "%s/train %s --data %s 2>/dev/null",
             NNI_BIN_DIR, args, DIGITS);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    ck_assert_ptr_nonnull(fgets(line, sizeof line, p));
    ck_assert_str_eq(line, "epoch train_loss train_acc test_acc\n");
    
#line 3890 "book/app1-tests.nw"
garray a = { NULL, 0, 0 };
while (fgets(line, sizeof line, p) != NULL) {
    char *rest = line;
    rest[strcspn(rest, "\n")] = '\0';
    for (char *w; (w = nni_app_golden_token(&rest)) != NULL;)
        garray_push(&a, strtod(w, NULL));
}
rows->epochs = a.v;
rows->n_epochs = a.n;
#line 3882 "book/app1-tests.nw"
    const int status = pclose(p);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
#line 3905 "book/app1-tests.nw"
START_TEST(test_program_output)
{
    FILE *in = fopen("tests/golden/train/curves.txt", "r");
    nni_app_golden_file f;
    nni_app_curve g;
    size_t checked = 0;
    ck_assert_ptr_nonnull(in);
    nni_app_golden_open(&f, in, "curves.txt", NULL, NULL);
    while (nni_app_curve_read(&f, &g) > 0) {
        
#line 3926 "book/app1-tests.nw"
if (strcmp(g.name, "relu-kaiming") == 0
    || strcmp(g.name, "relu-diverges") == 0) {
    nni_app_curve m = g;
    const int status = run_train(g.args, &m);
    compare_curve(&g, &m, status == 0 ? NNI_APP_TRAINED
                  : status == 3 ? NNI_APP_DIVERGED
                  : NNI_APP_TRAIN_FAILED);
    free(m.epochs);
    checked++;
}
#line 3915 "book/app1-tests.nw"
        nni_app_curve_free(&g);
    }
    ck_assert_uint_eq(checked, 2);
    fclose(in);
}
END_TEST
#line 3946 "book/app1-tests.nw"
static void put_line(FILE *out, const char *text)
{
    if (text[0] == '@') {
        for (int k = 0; k < 63; k++)
            fputs("0,", out);
        text++;
    }
    fputs(text, out);
}

static FILE *digits_with(size_t line, const char *replace, const char *tail)
{
    FILE *good = fopen(DIGITS, "r"), *out = tmpfile();
    char buf[512];
    ck_assert(good != NULL && out != NULL);
    for (size_t n = 1; fgets(buf, sizeof buf, good) != NULL; n++)
        if (n != line)
            fputs(buf, out);
        else if (replace != NULL)
            put_line(out, replace);
    put_line(out, tail);
    fclose(good);
    rewind(out);
    return out;
}
#line 3977 "book/app1-tests.nw"
static bool read_with(size_t line, const char *replace, const char *tail,
                      char *err)
{
    FILE *f = digits_with(line, replace, tail);
    char path[64];
    nni_app_digits d;
    snprintf(path, sizeof path, "/proc/self/fd/%d", fileno(f));
    const bool ok = nni_app_digits_read(&d, path, NNI_FLOAT32, err,
                                        NNI_APP_ERRSIZE);
    if (ok)
        nni_app_digits_free(&d);
    fclose(f);
    return ok;
}
#line 3994 "book/app1-tests.nw"
static const struct { size_t line; const char *replace, *tail, *why; }
bad_files[] = {
    { 3, "1,2,3\n", "", "line 3: expected 65" },
    { 5, NULL, "", "1796 rows" },
    { 0, NULL, "@0,1\n", "more than 1797" },
    { 1797, "@17,8\n", "", "line 1797: a pixel value is larger than 16" },
    { 2, "@0,10\n", "", "line 2: the label" },
    { 7, "@0,007\n", "", "line 7: a value has more than two digits" },
    { 8, "@0,7,\n", "", "line 8: expected the end of the line" },
    { 12, "@0,7,0\n", "", "line 12: expected the end of the line" },
    { 13, "@0\n", "", "line 13: expected 65" },
    { 9, " 0,0\n", "", "line 9: expected 65" },
    { 10, "\n", "", "line 10: expected 65" },
    { 11, "@-1,0\n", "", "line 11: expected 65" },
    { 14, "@0,1\r\r\n", "", "line 14: expected the end of the line" },
    { 15, "@0;1\n", "", "line 15: expected 65" },
};
#line 4014 "book/app1-tests.nw"
START_TEST(test_digits_file)
{
    char err[NNI_APP_ERRSIZE] = "";
    const size_t n = sizeof bad_files / sizeof bad_files[0];
    
#line 4033 "book/app1-tests.nw"
for (size_t k = 0; k < n; k++) {
    ck_assert_msg(!read_with(bad_files[k].line, bad_files[k].replace,
                             bad_files[k].tail, err), "case %zu read", k);
    ck_assert_msg(strstr(err, bad_files[k].why) != NULL, "case %zu: "
                  "'%s' does not say '%s'", k, err, bad_files[k].why);
}
#line 4019 "book/app1-tests.nw"
    ck_assert(read_with(0, NULL, "", err));
    ck_assert(read_with(1797, "@16,9\r\n", "", err));
    ck_assert(read_with(1797, "@16,9", "", err));
    ck_assert(!nni_app_digits_read(&(nni_app_digits){ NULL, { 0 } },
                                   "/nonexistent/digits.csv", NNI_FLOAT64,
                                   err, sizeof err));
    ck_assert(strstr(err, "No such file") != NULL);
}
END_TEST

#line 3030 "book/app1-tests.nw"
int main(void)
{
    Suite *s = suite_create("train");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 600);
    
#line 3290 "book/app1-tests.nw"
tcase_add_test(tc, test_cross_entropy_known_values);
tcase_add_test(tc, test_cross_entropy_large_logits);
tcase_add_loop_test(tc, test_cross_entropy_finite_differences, 0, 2);
tcase_add_test(tc, test_cross_entropy_nonfinite);
tcase_add_test(tc, test_cross_entropy_errors);
#line 3321 "book/app1-tests.nw"
tcase_add_test(tc, test_accuracy);
#line 3451 "book/app1-tests.nw"
tcase_add_loop_test(tc, test_sgd_one_step, 0, 2);
tcase_add_test(tc, test_sgd_least_squares);
#line 3749 "book/app1-tests.nw"
tcase_add_test(tc, test_golden_linear);
tcase_add_test(tc, test_golden_loss);
#line 3861 "book/app1-tests.nw"
tcase_add_test(tc, test_golden_curves);
tcase_add_test(tc, test_golden_randperm);
#line 4042 "book/app1-tests.nw"
tcase_add_test(tc, test_program_output);
tcase_add_test(tc, test_digits_file);
#line 3036 "book/app1-tests.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
