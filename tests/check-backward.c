#line 1957 "book/app1-tests.nw"
/* check-backward -- 反向传播的测试 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/golden-file.h"
#include "nninit.h"
#include "test-support.h"

#line 1987 "book/app1-tests.nw"
static double get(const nni_tensor *t, size_t i)
{
    const void *d = nni_tensor_data_const(t);
    return nni_tensor_dtype(t) == NNI_FLOAT32 ? (double)((const float *)d)[i]
                                              : ((const double *)d)[i];
}

static void put(nni_tensor *t, size_t i, double v)
{
    if (nni_tensor_dtype(t) == NNI_FLOAT32)
        ((float *)nni_tensor_data(t))[i] = (float)v;
    else
        ((double *)nni_tensor_data(t))[i] = v;
}
#line 2010 "book/app1-tests.nw"
static nni_tensor *new_matrix(nni_dtype dtype, size_t rows, size_t cols)
{
    nni_tensor *t;
    const size_t shape[2] = { rows, cols };
    ck_assert_int_eq(nni_tensor_new(&t, dtype, 2, shape), NNI_OK);
    return t;
}

static void add_child(nni_module *parent, const char *name, nni_module *child)
{
    ck_assert_int_eq(nni_module_add(parent, name, child), NNI_OK);
}
#line 2025 "book/app1-tests.nw"
static nni_module *random_net(const size_t *widths, const char *acts,
                              nni_dtype dtype, nni_torch_gen *gen)
{
    nni_module *net, *m;
    ck_assert_int_eq(nni_sequential_new(&net), NNI_OK);
    for (size_t l = 0; acts[l] != '\0'; l++) {
        ck_assert_int_eq(nni_linear_new(&m, widths[l], widths[l + 1], true,
                                        dtype, gen), NNI_OK);
        add_child(net, NULL, m);
        if (acts[l] == '-')
            continue;
        ck_assert_int_eq(acts[l] == 't' ? nni_tanh_new(&m) : nni_relu_new(&m),
                         NNI_OK);
        add_child(net, NULL, m);
    }
    return net;
}
#line 2049 "book/app1-tests.nw"
static nni_tensor *readout_grad(const nni_tensor *y, const double *r)
{
    const size_t n = nni_tensor_dim(y, nni_tensor_ndim(y) - 1);
    nni_tensor *g;
    ck_assert_int_eq(nni_tensor_clone(&g, y), NNI_OK);
    for (size_t i = 0; i < nni_tensor_numel(g); i++)
        put(g, i, r[i % n]);
    return g;
}

static double readout_loss(const nni_tensor *y, const double *r)
{
    const size_t n = nni_tensor_dim(y, nni_tensor_ndim(y) - 1);
    double sum = 0.0;
    for (size_t i = 0; i < nni_tensor_numel(y); i++)
        sum += r[i % n] * get(y, i);
    return sum;
}
#line 2080 "book/app1-tests.nw"
typedef struct naive {
    size_t batch, in, out;
    const nni_tensor *x, *w, *b, *g;    /* 输入、权重、偏置、dL/dy */
} naive;

static double naive_y(const naive *n, size_t r, size_t o)
{
    double sum = 0.0;
    for (size_t i = 0; i < n->in; i++)
        sum += get(n->x, r * n->in + i) * get(n->w, o * n->in + i);
    return sum + get(n->b, o);
}

static double naive_dx(const naive *n, size_t r, size_t i)
{
    double sum = 0.0;
    for (size_t o = 0; o < n->out; o++)
        sum += get(n->g, r * n->out + o) * get(n->w, o * n->in + i);
    return sum;
}
#line 2103 "book/app1-tests.nw"
static double naive_dw(const naive *n, size_t o, size_t i)
{
    double sum = 0.0;
    for (size_t r = 0; r < n->batch; r++)
        sum += get(n->g, r * n->out + o) * get(n->x, r * n->in + i);
    return sum;
}

static void exact_db(const naive *n, size_t o, double *sum, double *abs_sum)
{
    double s = 0.0, c = 0.0;
    *abs_sum = 0.0;
    for (size_t r = 0; r < n->batch; r++) {
        const double v = get(n->g, r * n->out + o), t = s + v;
        c += fabs(s) >= fabs(v) ? (s - t) + v : (v - t) + s;
        s = t;
        *abs_sum += fabs(v);
    }
    *sum = s + c;
}

static void db_is_a_sum(const nni_tensor *db, size_t o, const naive *n)
{
    double sum, abs_sum;
    exact_db(n, o, &sum, &abs_sum);
    double bound = (double)n->batch * 0x1p-53 * abs_sum;
    if (nni_tensor_dtype(db) == NNI_FLOAT32)
        bound += 0x1p-24 * fabs(sum);
    ck_assert_msg(fabs(get(db, o) - sum) <= bound, "db[%zu]: got %a, the "
                  "column sum is %a (bound %g)", o, get(db, o), sum, bound);
}
#line 2139 "book/app1-tests.nw"
static void same_bits(const char *what, const nni_tensor *t, size_t i,
                      double expected)
{
    const double want = nni_tensor_dtype(t) == NNI_FLOAT32
                        ? (double)(float)expected : expected;
    ck_assert_msg(get(t, i) == want, "%s[%zu]: got %a, the triple loop "
                  "gives %a", what, i, get(t, i), want);
}
#line 2233 "book/app1-tests.nw"
static const size_t e0_widths[4] = { 4, 5, 4, 3 };

static nni_module *e0_net(bool tanh_net, nni_dtype dtype)
{
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 0);
    nni_module *net = random_net(e0_widths, tanh_net ? "ttt" : "rrr", dtype,
                                 &gen);
    for (size_t l = 1; l <= 3; l++) {
        nni_module *lin = nni_module_child(net, 2 * (l - 1));
        const size_t n_in = e0_widths[l - 1], n_out = e0_widths[l];
        nni_tensor *w = nni_module_param(lin, "weight");
        nni_tensor *b = nni_module_param(lin, "bias");
        
#line 2253 "book/app1-tests.nw"
for (size_t j = 0; j < n_out; j++) {
    for (size_t k = 0; k < n_in; k++)
        put(w, j * n_in + k, sin(1.3 * (double)l + 1.9 * (double)j
                                 + 2.7 * (double)k + 0.7 * (double)(j * k))
                             / sqrt((double)n_in));
    put(b, j, 0.1 * cos(0.9 * (double)l + 0.4 * (double)j));
}
#line 2247 "book/app1-tests.nw"
    }
    return net;
}
#line 2271 "book/app1-tests.nw"
static void compare_golden(nni_app_golden_file *f, const char *what,
                           const nni_tensor *t, char *values)
{
    double want[64], scale = 0.0;
    size_t n = 0;
    for (char *tok; n < 64 && (tok = nni_app_golden_token(&values)) != NULL;)
        want[n++] = strtod(tok, NULL);
    ck_assert_msg(t != NULL && n == nni_tensor_numel(t), "%s:%lu: %s: %zu "
                  "values", f->name, f->lineno, what, n);
    for (size_t i = 0; i < n; i++)
        scale = fmax(scale, fabs(want[i]));
    for (size_t i = 0; i < n; i++) {
        const double tol = nni_tensor_dtype(t) == NNI_FLOAT64
                           ? 1e-12 * (want[i] != 0.0 ? fabs(want[i]) : 1.0)
                           : 1e-5 * scale;
        ck_assert_msg(fabs(get(t, i) - want[i]) <= tol, "%s:%lu: %s[%zu]: got "
                      "%.17g, PyTorch has %.17g", f->name, f->lineno, what, i,
                      get(t, i), want[i]);
    }
}
#line 2298 "book/app1-tests.nw"
static const nni_tensor *e0_tensor(nni_module *net, size_t l, const char *key,
                                   const nni_tensor *x, const nni_tensor *dx)
{
    nni_module *lin = nni_module_child(net, 2 * (l - 1));
    if (strcmp(key, "x") == 0)  return x;
    if (strcmp(key, "dx") == 0) return dx;
    if (strcmp(key, "s") == 0)  return nni_module_cached_output(lin);
    if (strcmp(key, "a") == 0)
        return nni_module_cached_output(nni_module_child(net, 2 * l - 1));
    if (strcmp(key, "ds") == 0) return nni_module_cached_grad_output(lin);
    if (strcmp(key, "dW") == 0)
        return nni_tensor_grad(nni_module_param(lin, "weight"));
    if (strcmp(key, "db") == 0)
        return nni_tensor_grad(nni_module_param(lin, "bias"));
    return NULL;
}
#line 2406 "book/app1-tests.nw"
static double loss_of(nni_module *net, const nni_tensor *x, const double *r)
{
    nni_tensor *y;
    ck_assert_int_eq(nni_module_forward(net, x, &y), NNI_OK);
    const double loss = readout_loss(y, r);
    nni_tensor_free(y);
    return loss;
}

static double central_difference(nni_module *net, const nni_tensor *x,
                                 const double *r, nni_tensor *t, size_t i,
                                 double h)
{
    const double v = get(t, i);
    put(t, i, v + h);
    const double up = get(t, i), loss_up = loss_of(net, x, r);
    put(t, i, v - h);
    const double down = get(t, i), loss_down = loss_of(net, x, r);
    put(t, i, v);
    return (loss_up - loss_down) / (up - down);
}
#line 2626 "book/app1-tests.nw"
static nni_status chain_forward(nni_module *self, const nni_tensor *x,
                                nni_tensor **y, void *ctx)
{
    nni_tensor *h = NULL, *next = NULL;
    nni_status status = NNI_OK;
    (void)ctx;
    for (size_t i = 0; status == NNI_OK && i < nni_module_len(self); i++) {
        status = nni_module_forward(nni_module_child(self, i), i ? h : x,
                                    &next);
        nni_tensor_free(h);
        h = next;
    }
    *y = status == NNI_OK ? h : NULL;
    return status;
}
#line 2644 "book/app1-tests.nw"
static nni_status chain_backward(nni_module *self, const nni_tensor *dy,
                                 nni_tensor **dx, void *ctx)
{
    nni_tensor *g = NULL, *next = NULL;
    nni_status status = NNI_OK;
    (void)ctx;
    for (size_t i = nni_module_len(self); status == NNI_OK && i-- > 0;) {
        const bool need = i > 0 || dx != NULL;
        status = nni_module_backward(nni_module_child(self, i), g ? g : dy,
                                     need ? &next : NULL);
        nni_tensor_free(g);
        g = need ? next : NULL;
    }
    if (dx != NULL)
        *dx = status == NNI_OK ? g : NULL;
    else
        nni_tensor_free(g);
    return status;
}
#line 2668 "book/app1-tests.nw"
static nni_module *chain_net(bool custom, bool with_backward)
{
    const size_t widths[3] = { 4, 3, 2 };
    static const char *const names[3] = { "first", "act", "second" };
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 11);
    nni_module *seq = random_net(widths, "t-", NNI_FLOAT64, &gen), *net;
    if (!custom)
        return seq;
    ck_assert_int_eq(nni_custom_new(&net, "chain", chain_forward, NULL),
                     NNI_OK);
    if (with_backward)
        ck_assert_int_eq(nni_custom_set_backward(net, chain_backward), NNI_OK);
    
#line 2691 "book/app1-tests.nw"
nni_module *m;
nni_torch_manual_seed(&gen, 11);
ck_assert_int_eq(nni_linear_new(&m, 4, 3, true, NNI_FLOAT64, &gen), NNI_OK);
add_child(net, names[0], m);
ck_assert_int_eq(nni_tanh_new(&m), NNI_OK);
add_child(net, names[1], m);
ck_assert_int_eq(nni_linear_new(&m, 3, 2, true, NNI_FLOAT64, &gen), NNI_OK);
add_child(net, names[2], m);
#line 2682 "book/app1-tests.nw"
    nni_module_free(seq);
    return net;
}
#line 2750 "book/app1-tests.nw"
static nni_status twice_forward(nni_module *self, const nni_tensor *x,
                                nni_tensor **y, void *ctx)
{
    nni_tensor *h;
    (void)ctx;
    nni_status status = nni_module_forward(nni_module_child(self, 0), x, &h);
    if (status == NNI_OK) {
        status = nni_module_forward(nni_module_child(self, 0), h, y);
        nni_tensor_free(h);
    }
    return status;
}
#line 2838 "book/app1-tests.nw"
static void snapshot_grads(nni_module *net, double *out, size_t *count)
{
    *count = 0;
    for (nni_module *m = net; m != NULL; m = nni_module_next(net, m))
        for (size_t p = 0; p < nni_module_num_params(m); p++) {
            const nni_tensor *g = nni_tensor_grad(nni_module_param_at(m, p));
            for (size_t i = 0; i < nni_tensor_numel(g); i++)
                out[(*count)++] = get(g, i);
        }
}
#line 2153 "book/app1-tests.nw"
static const size_t kernel_sizes[][3] = {     /* batch, in, out */
    { 1, 1, 1 }, { 3, 5, 7 }, { 4, 4, 4 }, { 5, 17, 13 }, { 67, 9, 66 },
    { 130, 33, 5 }, { 2, 0, 3 }, { 0, 3, 2 }, { 6, 3, 0 },
};
#define N_KERNEL_SIZES (sizeof kernel_sizes / sizeof kernel_sizes[0])

START_TEST(test_linear_matches_triple_loop)
{
    for (int d = 0; d < 2; d++) {
        const nni_dtype dtype = d == 0 ? NNI_FLOAT64 : NNI_FLOAT32;
        nni_torch_gen gen;
        nni_torch_manual_seed(&gen, (uint64_t)_i);
        naive n = { kernel_sizes[_i][0], kernel_sizes[_i][1],
                    kernel_sizes[_i][2], NULL, NULL, NULL, NULL };
        
#line 2174 "book/app1-tests.nw"
nni_module *lin;
nni_tensor *x = new_matrix(dtype, n.batch, n.in), *y, *g, *dx;
ck_assert_int_eq(nni_linear_new(&lin, n.in, n.out, true, dtype, &gen), NNI_OK);
ck_assert_int_eq(nni_torch_normal_(&gen, x, 0.0, 1.0), NNI_OK);
ck_assert_int_eq(nni_module_forward_cached(lin, x, &y), NNI_OK);
g = new_matrix(dtype, n.batch, n.out);
ck_assert_int_eq(nni_torch_normal_(&gen, g, 0.0, 1.0), NNI_OK);
ck_assert_int_eq(nni_module_backward(lin, g, &dx), NNI_OK);
n.x = x, n.w = nni_module_param(lin, "weight");
n.b = nni_module_param(lin, "bias"), n.g = g;
#line 2193 "book/app1-tests.nw"
for (size_t r = 0; r < n.batch; r++) {
    for (size_t o = 0; o < n.out; o++)
        same_bits("y", y, r * n.out + o, naive_y(&n, r, o));
    for (size_t i = 0; i < n.in; i++)
        same_bits("dx", dx, r * n.in + i, naive_dx(&n, r, i));
}
for (size_t o = 0; o < n.out; o++) {
    for (size_t i = 0; i < n.in; i++)
        same_bits("dW", nni_tensor_grad(n.w), o * n.in + i, naive_dw(&n, o, i));
    db_is_a_sum(nni_tensor_grad(n.b), o, &n);
}
#line 2185 "book/app1-tests.nw"
nni_tensor_free(x);
nni_tensor_free(y);
nni_tensor_free(g);
nni_tensor_free(dx);
nni_module_free(lin);
#line 2168 "book/app1-tests.nw"
    }
}
END_TEST
#line 2320 "book/app1-tests.nw"
START_TEST(test_e0_matches_pytorch)
{
    FILE *in = fopen("tests/golden/backward/e0.txt", "r");
    ck_assert_msg(in != NULL, "cannot open tests/golden/backward/e0.txt");
    nni_app_golden_file f;
    size_t problems = 0, nets = 0, l = 0;
    nni_module *net = NULL;
    nni_tensor *x = NULL, *y = NULL, *dx = NULL;
    nni_app_golden_open(&f, in, "tests/golden/backward/e0.txt", stderr,
                        &problems);
    while (nni_app_golden_next_line(&f)) {
        char *cursor = f.line, *key = nni_app_golden_token(&cursor);
        
#line 2341 "book/app1-tests.nw"
if (strcmp(key, "net") == 0) {
    char *act = nni_app_golden_token(&cursor);
    char *type = nni_app_golden_token(&cursor);
    const nni_dtype dtype = strcmp(type, "float32") == 0 ? NNI_FLOAT32
                                                         : NNI_FLOAT64;
    net = e0_net(strcmp(act, "tanh") == 0, dtype);
    
#line 2366 "book/app1-tests.nw"
nni_tensor *ones;
x = new_matrix(dtype, 3, 4);
for (size_t b = 0; b < 3; b++)
    for (size_t k = 0; k < 4; k++)
        put(x, b * 4 + k, cos(0.5 * (double)b + 0.3 * (double)k + 0.1));
ck_assert_int_eq(nni_module_forward_cached(net, x, &y), NNI_OK);
ck_assert_int_eq(nni_tensor_clone(&ones, y), NNI_OK);
ck_assert_int_eq(nni_init_ones_(ones), NNI_OK);
ck_assert_int_eq(nni_module_backward(net, ones, &dx), NNI_OK);
nni_tensor_free(ones);
#line 2348 "book/app1-tests.nw"
    nets++;
} else if (strcmp(key, "layer") == 0) {
    l = strtoul(cursor, NULL, 10);
} else if (strcmp(key, "loss") == 0) {
    const double ones[3] = { 1, 1, 1 }, want = strtod(cursor, NULL);
    const double got = readout_loss(y, ones);
    const double tol = nni_tensor_dtype(y) == NNI_FLOAT64 ? 1e-12 : 1e-5;
    ck_assert_msg(fabs(got - want) <= tol * fabs(want), "E0 loss: got %.17g, "
                  "PyTorch has %.17g", got, want);
} else if (strcmp(key, "end") == 0) {
    nni_tensor_free(x), nni_tensor_free(y), nni_tensor_free(dx);
    nni_module_free(net);
} else {
    compare_golden(&f, key, e0_tensor(net, l, key, x, dx), cursor);
}
#line 2333 "book/app1-tests.nw"
    }
    fclose(in);
    ck_assert_uint_eq(nets, 4);
}
END_TEST
#line 2433 "book/app1-tests.nw"
static void check_one(const char *what, double numeric, double analytic,
                      double tol)
{
    ck_assert_msg(fabs(numeric - analytic) <= tol * (1.0 + fabs(analytic)),
                  "%s: finite difference %.12g, backward %.12g", what, numeric,
                  analytic);
}

START_TEST(test_finite_differences)
{
    const nni_dtype dtype = _i == 0 ? NNI_FLOAT64 : NNI_FLOAT32;
    const double h = _i == 0 ? 1e-6 : ldexp(1.0, -9);
    const double tol = _i == 0 ? 1e-7 : 5e-4;
    const double margin = _i == 0 ? 1e-3 : 0.02;
    const size_t widths[4] = { 5, 4, 3, 2 };
    const double r[2] = { 0.7, -1.3 };
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 9);
    nni_module *net = random_net(widths, "tr-", dtype, &gen);
    nni_tensor *x = new_matrix(dtype, 3, 5), *y, *g, *dx;
    ck_assert_int_eq(nni_torch_normal_(&gen, x, 0.0, 1.0), NNI_OK);
    
#line 2464 "book/app1-tests.nw"
ck_assert_int_eq(nni_module_forward_cached(net, x, &y), NNI_OK);
g = readout_grad(y, r);
ck_assert_int_eq(nni_module_backward(net, g, &dx), NNI_OK);
const nni_tensor *s = nni_module_cached_input(nni_module_child(net, 3));
for (size_t i = 0; i < nni_tensor_numel(s); i++)
    ck_assert_msg(fabs(get(s, i)) > margin, "pick another seed: a ReLU input "
                  "is %g, too close to the kink", get(s, i));
#line 2455 "book/app1-tests.nw"
    
#line 2476 "book/app1-tests.nw"
for (size_t c = 0; c < nni_module_len(net); c++) {
    nni_module *m = nni_module_child(net, c);
    for (size_t p = 0; p < nni_module_num_params(m); p++) {
        nni_tensor *t = nni_module_param_at(m, p);
        for (size_t i = 0; i < nni_tensor_numel(t); i++)
            check_one(nni_module_param_name(m, p),
                      central_difference(net, x, r, t, i, h),
                      get(nni_tensor_grad(t), i), tol);
    }
}
for (size_t i = 0; i < nni_tensor_numel(x); i++)
    check_one("x", central_difference(net, x, r, x, i, h), get(dx, i), tol);
#line 2456 "book/app1-tests.nw"
    nni_tensor_free(x), nni_tensor_free(y);
    nni_tensor_free(g), nni_tensor_free(dx);
    nni_module_free(net);
}
END_TEST
#line 2501 "book/app1-tests.nw"
START_TEST(test_accumulate_and_zero_grad)
{
    const size_t widths[3] = { 3, 4, 2 };
    const double r[2] = { 1.5, -0.5 };
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 5);
    nni_module *net = random_net(widths, "t-", NNI_FLOAT64, &gen);
    nni_tensor *x = new_matrix(NNI_FLOAT64, 2, 3), *y, *g, *once;
    ck_assert_int_eq(nni_torch_normal_(&gen, x, 0.0, 1.0), NNI_OK);
    ck_assert_int_eq(nni_module_forward_cached(net, x, &y), NNI_OK);
    g = readout_grad(y, r);
    nni_tensor *w = nni_module_param(nni_module_child(net, 0), "weight");
    ck_assert_ptr_null(nni_tensor_grad(w));
    
#line 2523 "book/app1-tests.nw"
ck_assert_int_eq(nni_module_backward(net, g, NULL), NNI_OK);
ck_assert_int_eq(nni_tensor_clone(&once, nni_tensor_grad(w)), NNI_OK);
ck_assert_int_eq(nni_module_backward(net, g, NULL), NNI_OK);
for (size_t i = 0; i < nni_tensor_numel(w); i++)
    ck_assert(get(nni_tensor_grad(w), i) == 2.0 * get(once, i));
nni_module_zero_grad(net);
for (size_t i = 0; i < nni_tensor_numel(w); i++)
    ck_assert(get(nni_tensor_grad(w), i) == 0.0);
ck_assert_int_eq(nni_module_backward(net, g, NULL), NNI_OK);
for (size_t i = 0; i < nni_tensor_numel(w); i++)
    ck_assert(get(nni_tensor_grad(w), i) == get(once, i));
#line 2515 "book/app1-tests.nw"
    nni_tensor_free(once), nni_tensor_free(x);
    nni_tensor_free(y), nni_tensor_free(g);
    nni_module_free(net);
}
END_TEST
#line 2537 "book/app1-tests.nw"
START_TEST(test_requires_grad_false)
{
    const size_t widths[2] = { 3, 2 };
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 6);
    nni_module *net = random_net(widths, "r", NNI_FLOAT32, &gen);
    nni_module *lin = nni_module_child(net, 0);
    nni_tensor *x = new_matrix(NNI_FLOAT32, 4, 3), *y, *g, *dx;
    ck_assert_int_eq(nni_torch_normal_(&gen, x, 0.0, 1.0), NNI_OK);
    nni_tensor_set_requires_grad(nni_module_param(lin, "weight"), false);
    ck_assert_int_eq(nni_module_forward_cached(net, x, &y), NNI_OK);
    g = readout_grad(y, (const double[]){ 1.0, 2.0 });
    ck_assert_int_eq(nni_module_backward(net, g, &dx), NNI_OK);
    ck_assert_ptr_null(nni_tensor_grad(nni_module_param(lin, "weight")));
    ck_assert_ptr_nonnull(nni_tensor_grad(nni_module_param(lin, "bias")));
    ck_assert_ptr_nonnull(dx);
    nni_tensor_free(x), nni_tensor_free(y);
    nni_tensor_free(g), nni_tensor_free(dx);
    nni_module_free(net);
}
END_TEST
#line 2574 "book/app1-tests.nw"
START_TEST(test_cache_layout)
{
    const size_t widths[4] = { 3, 5, 4, 2 };
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 7);
    nni_module *net = random_net(widths, "trt", NNI_FLOAT64, &gen);
    nni_tensor *x = new_matrix(NNI_FLOAT64, 3, 3), *y, *plain, *g;
    ck_assert_int_eq(nni_torch_normal_(&gen, x, 0.0, 1.0), NNI_OK);
    ck_assert_int_eq(nni_module_forward_cached(net, x, &y), NNI_OK);
    ck_assert_int_eq(nni_module_forward(net, x, &plain), NNI_OK);
    for (size_t i = 0; i < nni_tensor_numel(y); i++)
        ck_assert(get(y, i) == get(plain, i));
    g = readout_grad(y, (const double[]){ 1.0, -1.0 });
    ck_assert_int_eq(nni_module_backward(net, g, NULL), NNI_OK);
    
#line 2601 "book/app1-tests.nw"
const size_t n = nni_module_len(net);
ck_assert_ptr_eq(nni_module_cached_input(net),
                 nni_module_cached_input(nni_module_child(net, 0)));
ck_assert_ptr_eq(nni_module_cached_output(net),
                 nni_module_cached_output(nni_module_child(net, n - 1)));
for (size_t i = 1; i < n; i++) {
    const nni_module *prev = nni_module_child(net, i - 1);
    const nni_module *cur = nni_module_child(net, i);
    ck_assert_ptr_eq(nni_module_cached_input(cur),
                     nni_module_cached_output(prev));
    ck_assert_ptr_nonnull(nni_module_cached_grad_output(prev));
}
#line 2589 "book/app1-tests.nw"
    nni_module_clear_cache(nni_module_child(net, 2));
    for (nni_module *m = net; m != NULL; m = nni_module_next(net, m))
        ck_assert_ptr_null(nni_module_cached_input(m));
    ck_assert_int_eq(nni_module_backward(net, g, NULL), NNI_EINVAL);
    nni_tensor_free(x), nni_tensor_free(y);
    nni_tensor_free(plain), nni_tensor_free(g);
    nni_module_free(net);
}
END_TEST
#line 2702 "book/app1-tests.nw"
START_TEST(test_custom_module_backward)
{
    nni_module *seq = chain_net(false, false), *custom = chain_net(true, true);
    nni_tensor *x = new_matrix(NNI_FLOAT64, 3, 4), *y1, *y2, *g, *dx1, *dx2;
    for (size_t i = 0; i < 12; i++)
        put(x, i, sin((double)i));
    ck_assert_int_eq(nni_module_forward_cached(seq, x, &y1), NNI_OK);
    ck_assert_int_eq(nni_module_forward_cached(custom, x, &y2), NNI_OK);
    g = readout_grad(y1, (const double[]){ 0.5, 2.0 });
    ck_assert_int_eq(nni_module_backward(seq, g, &dx1), NNI_OK);
    ck_assert_int_eq(nni_module_backward(custom, g, &dx2), NNI_OK);
    
#line 2723 "book/app1-tests.nw"
for (size_t i = 0; i < nni_tensor_numel(y1); i++)
    ck_assert(get(y1, i) == get(y2, i));
for (size_t i = 0; i < nni_tensor_numel(dx1); i++)
    ck_assert(get(dx1, i) == get(dx2, i));
for (size_t c = 0; c < 3; c++) {
    const nni_module *ms = nni_module_child(seq, c);
    const nni_module *mc = nni_module_child(custom, c);
    for (size_t p = 0; p < nni_module_num_params(ms); p++) {
        const nni_tensor *a = nni_tensor_grad(nni_module_param_at(ms, p));
        const nni_tensor *b = nni_tensor_grad(nni_module_param_at(mc, p));
        for (size_t i = 0; i < nni_tensor_numel(a); i++)
            ck_assert(get(a, i) == get(b, i));
    }
}
#line 2714 "book/app1-tests.nw"
    nni_tensor_free(x), nni_tensor_free(y1);
    nni_tensor_free(y2), nni_tensor_free(g);
    nni_tensor_free(dx1), nni_tensor_free(dx2);
    nni_module_free(seq), nni_module_free(custom);
}
END_TEST
#line 2765 "book/app1-tests.nw"
static void expect_error(nni_status got, nni_status want, const char *text)
{
    ck_assert_int_eq(got, want);
    ck_assert_msg(strstr(nni_errmsg(), text) != NULL, "message '%s' lacks '%s'",
                  nni_errmsg(), text);
}

START_TEST(test_errors)
{
    nni_module *custom = chain_net(true, false), *seq = chain_net(false, false);
    nni_tensor *x = new_matrix(NNI_FLOAT64, 2, 4), *y, *dx = (nni_tensor *)&dx;
    ck_assert_int_eq(nni_module_forward_cached(custom, x, &y), NNI_OK);
    expect_error(nni_module_backward(custom, y, &dx), NNI_EINVAL,
                 "no backward");
    ck_assert_ptr_null(dx);
    expect_error(nni_module_backward(seq, y, NULL), NNI_EINVAL, "no cached");
    
#line 2790 "book/app1-tests.nw"
nni_tensor *wrong = new_matrix(NNI_FLOAT64, 2, 3), *w64;
ck_assert_int_eq(nni_module_forward_cached(seq, x, &dx), NNI_OK);
nni_tensor_free(dx);
expect_error(nni_module_backward(seq, wrong, NULL), NNI_ESHAPE, "shape");
nni_tensor_free(wrong);
wrong = new_matrix(NNI_FLOAT32, 2, 2);
expect_error(nni_module_backward(seq, wrong, NULL), NNI_EDTYPE, "float32");
ck_assert_ptr_null(nni_tensor_grad(nni_module_param(nni_module_child(seq, 0),
                                                    "bias")));
w64 = new_matrix(NNI_FLOAT32, 3, 4);
ck_assert_int_eq(nni_module_set_param(nni_module_child(seq, 0), "weight", w64),
                 NNI_OK);
expect_error(nni_module_backward(seq, y, NULL), NNI_EDTYPE, "changed dtype");
nni_tensor_free(wrong);
expect_error(nni_module_backward(NULL, y, NULL), NNI_EINVAL, "NULL");
expect_error(nni_module_backward(seq, NULL, NULL), NNI_EINVAL, "NULL");
expect_error(nni_module_forward_cached(seq, NULL, &dx), NNI_EINVAL, "NULL");
expect_error(nni_custom_set_backward(seq, chain_backward), NNI_EINVAL,
             "custom");
#line 2782 "book/app1-tests.nw"
    
#line 2812 "book/app1-tests.nw"
nni_module *twice, *relu;
ck_assert_int_eq(nni_custom_new(&twice, "twice", twice_forward, NULL), NNI_OK);
ck_assert_int_eq(nni_relu_new(&relu), NNI_OK);
add_child(twice, "relu", relu);
ck_assert_int_eq(nni_module_forward(twice, x, &dx), NNI_OK);   /* 不记缓存 */
nni_tensor_free(dx);
expect_error(nni_module_forward_cached(twice, x, &dx), NNI_EINVAL, "twice");
ck_assert_ptr_null(dx);
ck_assert_ptr_null(nni_module_cached_input(relu));
nni_module_free(twice);
#line 2783 "book/app1-tests.nw"
    nni_tensor_free(x), nni_tensor_free(y);
    nni_module_free(custom), nni_module_free(seq);
}
END_TEST
#line 2851 "book/app1-tests.nw"
START_TEST(test_out_of_memory_changes_nothing)
{
    const size_t widths[4] = { 3, 4, 4, 2 };
    double before[128], after[128];
    size_t n_before, n_after;
    long live = -1;
    nni_torch_gen gen;
    allocations_left = -1;
    nni_set_allocator(&counting_allocator);
    nni_torch_manual_seed(&gen, 13);
    nni_module *net = random_net(widths, "trt", NNI_FLOAT32, &gen);
    nni_tensor *x = new_matrix(NNI_FLOAT32, 5, 3), *y, *g, *dx;
    ck_assert_int_eq(nni_torch_normal_(&gen, x, 0.0, 1.0), NNI_OK);
    ck_assert_int_eq(nni_module_forward_cached(net, x, &y), NNI_OK);
    g = readout_grad(y, (const double[]){ 1.0, 0.25 });
    ck_assert_int_eq(nni_module_backward(net, g, NULL), NNI_OK);
    snapshot_grads(net, before, &n_before);
    
#line 2879 "book/app1-tests.nw"
for (long k = 0;; k++) {
    allocations_left = k;
    const nni_status status = nni_module_backward(net, g, &dx);
    allocations_left = -1;
    if (status == NNI_OK)
        break;
    ck_assert_int_eq(status, NNI_ENOMEM);
    ck_assert_ptr_null(dx);
    if (live < 0)
        live = live_blocks;
    ck_assert_int_eq(live_blocks, live);
    snapshot_grads(net, after, &n_after);
    ck_assert_uint_eq(n_after, n_before);
    ck_assert(memcmp(after, before, n_before * sizeof *before) == 0);
    for (nni_module *m = net; m != NULL; m = nni_module_next(net, m))
        ck_assert_ptr_null(nni_module_cached_grad_output(m));
}
snapshot_grads(net, after, &n_after);
for (size_t i = 0; i < n_before; i++)
    ck_assert(after[i] == 2.0 * before[i]);
#line 2869 "book/app1-tests.nw"
    nni_tensor_free(dx), nni_tensor_free(x);
    nni_tensor_free(y), nni_tensor_free(g);
    nni_module_free(net);
    ck_assert_int_eq(live_blocks, 0);
    nni_set_allocator(NULL);
}
END_TEST

#line 1971 "book/app1-tests.nw"
int main(void)
{
    Suite *s = suite_create("backward");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    
#line 2207 "book/app1-tests.nw"
tcase_add_loop_test(tc, test_linear_matches_triple_loop, 0,
                    (int)N_KERNEL_SIZES);
#line 2379 "book/app1-tests.nw"
tcase_add_test(tc, test_e0_matches_pytorch);
#line 2491 "book/app1-tests.nw"
tcase_add_loop_test(tc, test_finite_differences, 0, 2);
#line 2561 "book/app1-tests.nw"
tcase_add_test(tc, test_accumulate_and_zero_grad);
tcase_add_test(tc, test_requires_grad_false);
#line 2616 "book/app1-tests.nw"
tcase_add_test(tc, test_cache_layout);
#line 2740 "book/app1-tests.nw"
tcase_add_test(tc, test_custom_module_backward);
#line 2825 "book/app1-tests.nw"
tcase_add_test(tc, test_errors);
#line 2902 "book/app1-tests.nw"
tcase_add_test(tc, test_out_of_memory_changes_nothing);
#line 1977 "book/app1-tests.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
