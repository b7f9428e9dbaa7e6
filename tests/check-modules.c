#line 1319 "book/app1-tests.nw"
/* check-modules -- 模块的测试 */
#include <check.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "test-support.h"

#line 1349 "book/app1-tests.nw"
static char line[1 << 20];

static const char *read_line(FILE *f)
{
    if (fgets(line, sizeof line, f) == NULL)
        return NULL;
    line[strcspn(line, "\n")] = '\0';
    return line;
}

static const char *expect_key(FILE *f, const char *key)
{
    const char *l = read_line(f);
    size_t n = strlen(key);
    ck_assert_msg(l != NULL && strncmp(l, key, n) == 0
                      && (l[n] == ' ' || l[n] == '\0'),
                  "golden file: expected a line '%s ...', got '%.40s'", key,
                  l ? l : "EOF");
    return l[n] == ' ' ? l + n + 1 : l + n;
}
#line 1376 "book/app1-tests.nw"
static void compare_hex_values(const char *what, const char *text,
                               const nni_tensor *t, double tolerance)
{
    char *end;
    size_t n = 0;
    for (const char *p = text;; p = end) {
        double expected = strtod(p, &end);
        if (end == p)
            break;
        double got = 0;
        ck_assert_uint_lt(n, nni_tensor_numel(t));
        if (nni_tensor_dtype(t) == NNI_FLOAT32)
            got = ((const float *)nni_tensor_data_const(t))[n];
        else
            got = ((const double *)nni_tensor_data_const(t))[n];
        if (tolerance == 0)
            ck_assert_msg(got == expected, "%s[%zu]: got %a, PyTorch has %a",
                          what, n, got, expected);
        else
            ck_assert_msg(fabs(got - expected)
                              <= tolerance * (1 + fabs(expected)),
                          "%s[%zu]: got %.9g, PyTorch has %.9g (tolerance %g)",
                          what, n, got, expected, tolerance);
        n++;
    }
    ck_assert_msg(n == nni_tensor_numel(t),
                  "%s: %zu golden values for %zu elements", what, n,
                  nni_tensor_numel(t));
}
#line 1413 "book/app1-tests.nw"
START_TEST(test_linear_matches_pytorch)
{
    FILE *f = fopen("tests/golden/modules/linear.txt", "r");
    ck_assert_msg(f != NULL, "cannot open tests/golden/modules/linear.txt");
    const char *l;
    int cases = 0;
    while ((l = read_line(f)) != NULL) {
        uint64_t seed;
        size_t fin, fout;
        int bias;
        char dtype[16];
        ck_assert_int_eq(sscanf(l, "linear %" SCNu64 " %zu %zu %d %15s", &seed,
                                &fin, &fout, &bias, dtype),
                         5);
        
#line 1437 "book/app1-tests.nw"
nni_torch_gen gen;
nni_module *m;
nni_torch_manual_seed(&gen, seed);
ck_assert_int_eq(nni_linear_new(&m, fin, fout, bias != 0,
                                strcmp(dtype, "float64") == 0 ? NNI_FLOAT64
                                                              : NNI_FLOAT32,
                                &gen),
                 NNI_OK);
compare_hex_values("weight", expect_key(f, "weight"),
                   nni_module_param(m, "weight"), 0);
const char *b = expect_key(f, "bias");
if (strcmp(b, "-") == 0)
    ck_assert_ptr_null(nni_module_param(m, "bias"));
else
    compare_hex_values("bias", b, nni_module_param(m, "bias"), 0);
ck_assert_uint_eq(nni_torch_random(&gen) % 2147483647u,
                  strtoull(expect_key(f, "next"), NULL, 10));
nni_module_free(m);
#line 1428 "book/app1-tests.nw"
        cases++;
    }
    fclose(f);
    ck_assert_int_ge(cases, 10);
}
END_TEST
#line 1465 "book/app1-tests.nw"
static nni_status add_linear(nni_module *parent, const char *name, size_t in,
                             size_t out, bool bias, nni_torch_gen *gen)
{
    nni_module *m;
    nni_status status = nni_linear_new(&m, in, out, bias, NNI_FLOAT32, gen);
    if (status == NNI_OK
        && (status = nni_module_add(parent, name, m)) != NNI_OK)
        nni_module_free(m);
    return status;
}

static nni_status add_simple(nni_module *parent, const char *name,
                             nni_status (*make)(nni_module **))
{
    nni_module *m;
    nni_status status = make(&m);
    if (status == NNI_OK
        && (status = nni_module_add(parent, name, m)) != NNI_OK)
        nni_module_free(m);
    return status;
}

static nni_status no_forward(nni_module *self, const nni_tensor *x,
                             nni_tensor **y, void *ctx)
{
    (void)self, (void)x, (void)y, (void)ctx;
    return NNI_EINVAL;
}
#line 1499 "book/app1-tests.nw"
static nni_module *build_tree(const char *name, nni_torch_gen *gen)
{
    nni_module *root = NULL, *inner;
    if (strcmp(name, "linear") == 0) {
        ck_assert_int_eq(nni_linear_new(&root, 30, 40, true, NNI_FLOAT32, gen),
                         NNI_OK);
    } else if (strcmp(name, "linear-nobias") == 0) {
        ck_assert_int_eq(nni_linear_new(&root, 3, 2, false, NNI_FLOAT32, gen),
                         NNI_OK);
    } else if (strcmp(name, "relu") == 0) {
        ck_assert_int_eq(nni_relu_new(&root), NNI_OK);
    } else if (strcmp(name, "tanh") == 0) {
        ck_assert_int_eq(nni_tanh_new(&root), NNI_OK);
    } else if (strcmp(name, "empty-sequential") == 0) {
        ck_assert_int_eq(nni_sequential_new(&root), NNI_OK);
    } else if (strcmp(name, "net1") == 0) {
        
#line 1529 "book/app1-tests.nw"
ck_assert_int_eq(nni_sequential_new(&root), NNI_OK);
ck_assert_int_eq(add_linear(root, NULL, 30, 40, true, gen), NNI_OK);
ck_assert_int_eq(add_simple(root, NULL, nni_relu_new), NNI_OK);
ck_assert_int_eq(add_linear(root, NULL, 40, 50, true, gen), NNI_OK);
ck_assert_int_eq(add_simple(root, NULL, nni_relu_new), NNI_OK);
ck_assert_int_eq(add_linear(root, NULL, 50, 10, true, gen), NNI_OK);
#line 1516 "book/app1-tests.nw"
    } else if (strcmp(name, "nested") == 0) {
        
#line 1541 "book/app1-tests.nw"
ck_assert_int_eq(nni_sequential_new(&root), NNI_OK);
ck_assert_int_eq(nni_sequential_new(&inner), NNI_OK);
ck_assert_int_eq(add_linear(inner, NULL, 2, 3, true, gen), NNI_OK);
ck_assert_int_eq(add_simple(inner, NULL, nni_tanh_new), NNI_OK);
ck_assert_int_eq(nni_module_add(root, NULL, inner), NNI_OK);
ck_assert_int_eq(add_simple(root, NULL, nni_sequential_new), NNI_OK);
ck_assert_int_eq(add_simple(root, NULL, nni_relu_new), NNI_OK);
#line 1518 "book/app1-tests.nw"
    } else if (strcmp(name, "sim_net") == 0) {
        
#line 1554 "book/app1-tests.nw"
static const char *const names[3] = { "l1", "l2", "l3" };
static const size_t widths[4] = { 30, 40, 50, 10 };
ck_assert_int_eq(nni_custom_new(&root, "sim_net", no_forward, NULL), NNI_OK);
for (int k = 0; k < 3; k++) {
    ck_assert_int_eq(nni_sequential_new(&inner), NNI_OK);
    ck_assert_int_eq(add_linear(inner, NULL, widths[k], widths[k + 1], true,
                                gen), NNI_OK);
    ck_assert_int_eq(add_simple(inner, NULL, nni_relu_new), NNI_OK);
    ck_assert_int_eq(nni_module_add(root, names[k], inner), NNI_OK);
}
#line 1520 "book/app1-tests.nw"
    }
    ck_assert_msg(root != NULL, "unknown tree '%s' in the golden file", name);
    return root;
}
#line 1570 "book/app1-tests.nw"
static nni_status append_path(const char *path, nni_tensor *param, void *ctx)
{
    (void)param;
    char *list = ctx;
    if (list[0] != '\0')
        strcat(list, " ");
    strcat(list, path);
    return NNI_OK;
}

START_TEST(test_repr_and_traversal_match_pytorch)
{
    FILE *f = fopen("tests/golden/modules/repr.txt", "r");
    ck_assert_msg(f != NULL, "cannot open tests/golden/modules/repr.txt");
    const char *l;
    int trees = 0;
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 0);
    while ((l = read_line(f)) != NULL) {
        char name[64], expected[8192] = "", got_list[1024] = "";
        ck_assert_int_eq(sscanf(l, "tree %63s", name), 1);
        nni_module *m = build_tree(name, &gen);
        
#line 1610 "book/app1-tests.nw"
while ((l = read_line(f)) != NULL && strcmp(l, "end") != 0) {
    if (expected[0] != '\0')
        strcat(expected, "\n");
    strcat(expected, l);
}
char *text;
ck_assert_int_eq(nni_module_repr(&text, m), NNI_OK);
ck_assert_str_eq(text, expected);
nni_free(text);
#line 1593 "book/app1-tests.nw"
        ck_assert_int_eq(nni_module_named_parameters(m, append_path, got_list),
                         NNI_OK);
        ck_assert_str_eq(got_list, expect_key(f, "params"));
        got_list[0] = '\0';
        for (nni_module *x = m; x != NULL; x = nni_module_next(m, x))
            append_path(nni_module_type_name(x), NULL, got_list);
        ck_assert_str_eq(got_list, expect_key(f, "modules"));
        nni_module_free(m);
        trees++;
    }
    fclose(f);
    ck_assert_int_ge(trees, 8);
}
END_TEST
#line 1632 "book/app1-tests.nw"
START_TEST(test_forward_matches_pytorch)
{
    FILE *f = fopen("tests/golden/modules/forward.txt", "r");
    ck_assert_msg(f != NULL, "cannot open tests/golden/modules/forward.txt");
    const char *l;
    int cases = 0;
    while ((l = read_line(f)) != NULL) {
        uint64_t seed;
        char dtype_name[16];
        ck_assert_int_eq(sscanf(l, "forward %" SCNu64 " %15s", &seed,
                                dtype_name),
                         2);
        nni_dtype dtype =
            strcmp(dtype_name, "float64") == 0 ? NNI_FLOAT64 : NNI_FLOAT32;
        
#line 1656 "book/app1-tests.nw"
nni_torch_gen gen;
nni_module *net, *layer;
nni_tensor *x, *y;
const size_t xshape[2] = { 4, 30 };
const size_t widths[4] = { 30, 40, 50, 10 };
nni_torch_manual_seed(&gen, seed);
ck_assert_int_eq(nni_sequential_new(&net), NNI_OK);
for (int k = 0; k < 3; k++) {
    ck_assert_int_eq(nni_linear_new(&layer, widths[k], widths[k + 1], true,
                                    dtype, &gen),
                     NNI_OK);
    ck_assert_int_eq(nni_module_add(net, NULL, layer), NNI_OK);
    if (k < 2) {
        ck_assert_int_eq(k == 0 ? nni_relu_new(&layer) : nni_tanh_new(&layer),
                         NNI_OK);
        ck_assert_int_eq(nni_module_add(net, NULL, layer), NNI_OK);
    }
}
ck_assert_int_eq(nni_tensor_new(&x, dtype, 2, xshape), NNI_OK);
ck_assert_int_eq(nni_torch_normal_(&gen, x, 0.0, 1.0), NNI_OK);
compare_hex_values("x", expect_key(f, "x"), x, 0);
ck_assert_int_eq(nni_module_forward(net, x, &y), NNI_OK);
ck_assert_uint_eq(nni_tensor_dim(y, 0), 4);
ck_assert_uint_eq(nni_tensor_dim(y, 1), 10);
compare_hex_values("y", expect_key(f, "y"), y,
                   dtype == NNI_FLOAT32 ? 1e-5 : 1e-12);
nni_tensor_free(x);
nni_tensor_free(y);
nni_module_free(net);
#line 1647 "book/app1-tests.nw"
        cases++;
    }
    fclose(f);
    ck_assert_int_ge(cases, 3);
}
END_TEST
#line 1696 "book/app1-tests.nw"
START_TEST(test_errors_change_nothing)
{
    nni_torch_gen gen;
    nni_module *seq, *lin, *relu, *other, *got = (nni_module *)&got;
    nni_tensor *wrong, *x, *y = (nni_tensor *)&y;
    const size_t wrong_shape[2] = { 30, 40 }, xshape[2] = { 2, 20 };
    nni_torch_manual_seed(&gen, 0);
    ck_assert_int_eq(nni_sequential_new(&seq), NNI_OK);
    ck_assert_int_eq(nni_linear_new(&lin, 30, 40, true, NNI_FLOAT32, &gen),
                     NNI_OK);
    ck_assert_int_eq(nni_module_add(seq, NULL, lin), NNI_OK);
    ck_assert_int_eq(nni_relu_new(&relu), NNI_OK);
    
#line 1717 "book/app1-tests.nw"
ck_assert_int_eq(nni_module_at(seq, 1, &got), NNI_ERANGE);
ck_assert_ptr_null(got);
ck_assert_ptr_nonnull(strstr(nni_errmsg(), "out of range"));
ck_assert_ptr_null(nni_module_child(seq, 1));
ck_assert_int_eq(nni_module_get(seq, "l1", &got), NNI_EINVAL);
/* ReLU 不是容器 */
ck_assert_int_eq(nni_module_add(relu, NULL, seq), NNI_EINVAL);
ck_assert_int_eq(nni_module_add(seq, NULL, lin), NNI_EINVAL); /* 已有父模块 */
ck_assert_int_eq(nni_module_add(seq, NULL, seq), NNI_EINVAL); /* 自己包含自己 */
ck_assert_int_eq(nni_custom_new(&other, "net", no_forward, NULL), NNI_OK);
ck_assert_int_eq(nni_module_add(other, NULL, relu), NNI_EINVAL);    /* 缺名字 */
ck_assert_int_eq(nni_module_add(other, "a", relu), NNI_OK);
ck_assert_int_eq(nni_relu_new(&relu), NNI_OK);
ck_assert_int_eq(nni_module_add(other, "a", relu), NNI_EINVAL);  /* 名字重复 */
ck_assert_int_eq(nni_module_add(seq, NULL, other), NNI_OK);
ck_assert_int_eq(nni_module_add(other, "b", seq), NNI_EINVAL);      /* 成环 */
nni_module_free(lin);                       /* 有父模块：什么也不做 */
ck_assert_uint_eq(nni_module_len(seq), 2);
ck_assert_int_eq(nni_custom_new(&other, "", no_forward, NULL), NNI_EINVAL);
ck_assert_int_eq(nni_custom_new(&other, "x", NULL, NULL), NNI_EINVAL);
ck_assert_int_eq(nni_linear_new(&other, 3, 4, true, NNI_FLOAT32, NULL),
                 NNI_EINVAL);
#line 1709 "book/app1-tests.nw"
    
#line 1742 "book/app1-tests.nw"
nni_tensor *w = nni_module_param(lin, "weight");
double before = ((const float *)nni_tensor_data_const(w))[7];
ck_assert_int_eq(nni_tensor_new(&wrong, NNI_FLOAT64, 2, wrong_shape), NNI_OK);
ck_assert_int_eq(nni_module_set_param(lin, "weight", wrong), NNI_ESHAPE);
ck_assert_ptr_nonnull(strstr(nni_errmsg(), "[40, 30]"));
ck_assert_int_eq(nni_module_set_param(lin, "gamma", wrong), NNI_EINVAL);
ck_assert_ptr_eq(nni_module_param(lin, "weight"), w);
ck_assert(((const float *)nni_tensor_data_const(w))[7] == before);
nni_tensor_free(wrong);
ck_assert_int_eq(nni_tensor_new(&x, NNI_FLOAT32, 2, xshape), NNI_OK);
/* 宽度 20 != 30 */
ck_assert_int_eq(nni_module_forward(seq, x, &y), NNI_ESHAPE);
ck_assert_ptr_null(y);
nni_tensor_free(x);
const size_t x30[2] = { 2, 30 };
ck_assert_int_eq(nni_tensor_new(&x, NNI_FLOAT64, 2, x30), NNI_OK);
ck_assert_int_eq(nni_module_forward(lin, x, &y), NNI_EDTYPE); /* float64 输入 */
ck_assert_ptr_nonnull(strstr(nni_errmsg(), "same dtype"));
nni_tensor_free(x);
#line 1710 "book/app1-tests.nw"
    nni_module_free(relu);
    nni_module_free(seq);
}
END_TEST
#line 1771 "book/app1-tests.nw"
START_TEST(test_set_param_accepts_other_dtype)
{
    nni_torch_gen gen;
    nni_module *lin;
    nni_tensor *t;
    const size_t shape[2] = { 4, 3 };
    nni_torch_manual_seed(&gen, 0);
    ck_assert_int_eq(nni_linear_new(&lin, 3, 4, true, NNI_FLOAT32, &gen),
                     NNI_OK);
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT64, 2, shape), NNI_OK);
    ck_assert(!nni_tensor_requires_grad(t));
    ck_assert_int_eq(nni_module_set_param(lin, "weight", t), NNI_OK);
    ck_assert_ptr_eq(nni_module_param(lin, "weight"), t);
    ck_assert_int_eq(nni_tensor_dtype(nni_module_param(lin, "weight")),
                     NNI_FLOAT64);
    ck_assert(nni_tensor_requires_grad(t));
    nni_module_free(lin);
}
END_TEST
#line 1807 "book/app1-tests.nw"
static nni_status forward_nothing(nni_module *self, const nni_tensor *x,
                                  nni_tensor **y, void *ctx)
{
    (void)self, (void)x, (void)ctx;
    *y = NULL;
    return NNI_OK;
}

static nni_status forward_input(nni_module *self, const nni_tensor *x,
                                nni_tensor **y, void *ctx)
{
    (void)self, (void)ctx;
    *y = (nni_tensor *)x;
    return NNI_OK;
}
#line 1825 "book/app1-tests.nw"
START_TEST(test_misuse)
{
    nni_torch_gen gen, fresh;
    nni_module *seq, *bad, *relu;
    nni_tensor *x, *y = (nni_tensor *)&y;
    const size_t shape[1] = { 3 };
    nni_torch_manual_seed(&gen, 7);
    nni_torch_manual_seed(&fresh, 7);
    ck_assert_int_eq(nni_linear_new(NULL, 3, 4, true, NNI_FLOAT32, &gen),
                     NNI_EINVAL);
    ck_assert_str_eq(nni_errmsg(), "nni_linear_new: out is NULL");
    ck_assert_uint_eq(nni_torch_random(&gen), nni_torch_random(&fresh));
    
#line 1843 "book/app1-tests.nw"
ck_assert_int_eq(nni_custom_new(&bad, "net", forward_nothing, NULL), NNI_OK);
ck_assert_int_eq(nni_relu_new(&relu), NNI_OK);
ck_assert_int_eq(nni_module_add(bad, "a.b", relu), NNI_EINVAL);
ck_assert_ptr_nonnull(strstr(nni_errmsg(), "can't contain"));
nni_module_free(relu);                      /* 仍归调用者 */
ck_assert_int_eq(nni_sequential_new(&seq), NNI_OK);
ck_assert_int_eq(nni_module_add(seq, NULL, bad), NNI_OK);
ck_assert_int_eq(nni_tensor_new(&x, NNI_FLOAT32, 1, shape), NNI_OK);
ck_assert_int_eq(nni_module_forward(seq, x, &y), NNI_EINVAL);
ck_assert_ptr_null(y);
ck_assert_ptr_nonnull(strstr(nni_errmsg(), "without a new output"));
ck_assert_int_eq(nni_custom_new(&bad, "same", forward_input, NULL), NNI_OK);
ck_assert_int_eq(nni_module_forward(bad, x, &y), NNI_EINVAL);
ck_assert_ptr_null(y);
FILE *full = fopen("/dev/full", "w");
ck_assert_ptr_nonnull(full);
ck_assert_int_eq(nni_module_fprint(full, seq), NNI_EIO);
fclose(full);
nni_module_free(bad);
nni_tensor_free(x);                         /* 输入没有被释放两次 */
nni_module_free(seq);
#line 1838 "book/app1-tests.nw"
}
END_TEST

#line 1333 "book/app1-tests.nw"
int main(void)
{
    Suite *s = suite_create("modules");
    TCase *tc = tcase_create("core");
    
#line 1458 "book/app1-tests.nw"
tcase_add_test(tc, test_linear_matches_pytorch);
#line 1622 "book/app1-tests.nw"
tcase_add_test(tc, test_repr_and_traversal_match_pytorch);
#line 1688 "book/app1-tests.nw"
tcase_add_test(tc, test_forward_matches_pytorch);
#line 1764 "book/app1-tests.nw"
tcase_add_test(tc, test_errors_change_nothing);
#line 1793 "book/app1-tests.nw"
tcase_add_test(tc, test_set_param_accepts_other_dtype);
#line 1867 "book/app1-tests.nw"
tcase_add_test(tc, test_misuse);
#line 1338 "book/app1-tests.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
