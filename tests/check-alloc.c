#line 274 "book/appB-reliability.nw"
/* check-alloc -- 分配失败注入：每一次分配失败都得到干净的错误 */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "base/internal.h"
#include "test-report.h"
#line 848 "book/app3-notebook.nw"
#include "examples/notebook.h"
#line 109 "book/appB-reliability.nw"
/* 各章的场景需要的额外头文件 */

#line 53 "book/appB-reliability.nw"
static long allocation_count;    /* 本遍已经发生的分配次数 */
static long live_blocks;         /* 尚未释放的块数 */
static long fail_at = -1;        /* 让第几次分配失败；-1 表示不失败 */
static const char *failed_site;  /* 失败的那次分配在书中的位置 */

static void *test_alloc(size_t size, void *ctx)
{
    (void)ctx;
    if (allocation_count++ == fail_at) {
        failed_site = nni__last_alloc_site;
        return NULL;
    }
    void *p = malloc(size);
    if (p != NULL)
        live_blocks++;
    return p;
}

static void test_free(void *ptr, void *ctx)
{
    (void)ctx;
    if (ptr != NULL)
        live_blocks--;
    free(ptr);
}
#line 164 "book/appB-reliability.nw"
static bool is_oom_message(const char *m)
{
    size_t name = strspn(m, "abcdefghijklmnopqrstuvwxyz0123456789_");
    if (strncmp(m, "nni_", 4) != 0 || m[4] == '_' || name < 5
        || strncmp(m + name, ": out of memory (", 17) != 0)
        return false;
    const char *digits = m + name + 17;
    size_t n = strspn(digits, "0123456789");
    return n > 0 && strcmp(digits + n, " bytes)") == 0
           && strstr(m, ".nw") == NULL;
}
#line 287 "book/appB-reliability.nw"
static const nni_allocator counting_allocator = { test_alloc, test_free, NULL };
#line 187 "book/appB-reliability.nw"
#define MAX_SITES 512
static char sites_failed[MAX_SITES][128];
static size_t n_sites_failed;

static void record_site(const char *site)
{
    if (site == NULL)
        return;
    for (size_t i = 0; i < n_sites_failed; i++)
        if (strcmp(sites_failed[i], site) == 0)
            return;
    if (n_sites_failed < MAX_SITES)
        snprintf(sites_failed[n_sites_failed++], sizeof sites_failed[0], "%s",
                 site);
}

static bool site_was_failed(const char *site)
{
    for (size_t i = 0; i < n_sites_failed; i++)
        if (strcmp(sites_failed[i], site) == 0)
            return true;
    return false;
}
#line 215 "book/appB-reliability.nw"
static bool is_allocation_site(const char *line)
{
    /* 拆成两段写，免得这一行自己被当成分配点 */
    static const char *const calls[] = {
        "nni__alloc" "(", "nni__alloc_array" "(", "nni__alloc_zeroed" "(",
        "nni__alloc_for" "(", "nni__alloc_array_for" "("
    };
    if (strstr(line, "#define") != NULL || strstr(line, "[[") != NULL)
        return false;
    for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++)
        if (strstr(line, calls[i]) != NULL)
            return true;
    return false;
}
#line 1289 "book/app1-tests.nw"
static nni_status scenario_print_parameter(void)
{
    const size_t shape[2] = { 40, 30 };
    nni_tensor *t = NULL;
    char *text = NULL;
    nni_status status = nni_tensor_new(&t, NNI_FLOAT64, 2, shape);
    if (status == NNI_OK)
        status = nni_tensor_set_requires_grad(t, true);
    if (status == NNI_OK)
        status = nni_tensor_repr(&text, t, NNI_PRINT_PARAMETER);
    nni_free(text);
    nni_tensor_free(t);
    return status;
}
#line 1875 "book/app1-tests.nw"
static nni_status scenario_forward(nni_module *self, const nni_tensor *x,
                                   nni_tensor **y, void *ctx)
{
    (void)ctx;
    return nni_module_forward(nni_module_child(self, 0), x, y);
}
#line 1887 "book/app1-tests.nw"
static nni_status scenario_modules(void)
{
    nni_torch_gen gen;
    nni_module *root = NULL, *inner = NULL, *m = NULL;
    nni_tensor *x = NULL, *y = NULL, *w = NULL;
    char *text = NULL;
    const size_t xshape[2] = { 2, 3 }, wshape[2] = { 2, 3 };
    nni_torch_manual_seed(&gen, 1);
    nni_status status = nni_custom_new(&root, "net", scenario_forward, NULL);
    
#line 1913 "book/app1-tests.nw"
if (status == NNI_OK)
    status = nni_sequential_new(&inner);
if (status == NNI_OK)
    status = nni_linear_new(&m, 3, 2, false, NNI_FLOAT32, &gen);
if (status == NNI_OK && (status = nni_module_add(inner, NULL, m)) == NNI_OK)
    m = NULL;
for (int k = 0; status == NNI_OK && k < 5; k++)
    if ((status = nni_relu_new(&m)) == NNI_OK
        && (status = nni_module_add(inner, NULL, m)) == NNI_OK)
        m = NULL;
if (status == NNI_OK && (status = nni_module_add(root, "l1", inner)) == NNI_OK)
    inner = NULL;
if (status == NNI_OK)
    status = nni_tensor_new(&w, NNI_FLOAT64, 2, wshape);
if (status == NNI_OK && (status = nni_module_set_param(
        nni_module_child(nni_module_child(root, 0), 0), "weight", w)) == NNI_OK)
    w = NULL;
if (status == NNI_OK)
    status = nni_tensor_new(&x, NNI_FLOAT64, 2, xshape);
if (status == NNI_OK)
    status = nni_module_forward(nni_module_child(root, 0), x, &y);
if (status == NNI_OK)
    status = nni_module_repr(&text, root);
#line 1897 "book/app1-tests.nw"
    nni_free(text);
    nni_tensor_free(x);
    nni_tensor_free(y);
    nni_tensor_free(w);
    nni_module_free(m);
    nni_module_free(inner);
    nni_module_free(root);
    return status;
}
#line 2910 "book/app1-tests.nw"
static nni_status scenario_backward_net(nni_module *net, nni_dtype dtype)
{
    const size_t xshape[2] = { 3, 4 };
    nni_tensor *x = NULL, *y = NULL, *dx = NULL;
    nni_status status = nni_tensor_new(&x, dtype, 2, xshape);
    if (status == NNI_OK)
        status = nni_init_ones_(x);
    if (status == NNI_OK)
        status = nni_module_forward_cached(net, x, &y);
    if (status == NNI_OK)
        status = nni_module_backward(net, y, &dx);
    if (status == NNI_OK)
        status = nni_module_backward(net, y, NULL);
    nni_tensor_free(x);
    nni_tensor_free(y);
    nni_tensor_free(dx);
    return status;
}
#line 2935 "book/app1-tests.nw"
static nni_status scenario_only_child_forward(nni_module *self,
                                              const nni_tensor *x,
                                              nni_tensor **y, void *ctx)
{
    (void)ctx;
    return nni_module_forward(nni_module_child(self, 0), x, y);
}

static nni_status scenario_only_child_backward(nni_module *self,
                                               const nni_tensor *dy,
                                               nni_tensor **dx, void *ctx)
{
    (void)ctx;
    return nni_module_backward(nni_module_child(self, 0), dy, dx);
}
#line 2956 "book/app1-tests.nw"
static nni_status scenario_adopt(nni_module *parent, const char *name,
                                 nni_module **child)
{
    nni_status status = nni_module_add(parent, name, *child);
    if (status != NNI_OK)
        nni_module_free(*child);
    *child = NULL;
    return status;
}
#line 2968 "book/app1-tests.nw"
static nni_status scenario_backward(void)
{
    nni_torch_gen gen;
    nni_module *seq = NULL, *custom = NULL, *m = NULL;
    nni_torch_manual_seed(&gen, 2);
    nni_status status = nni_sequential_new(&seq);
    for (int k = 0; status == NNI_OK && k < 4; k++) {
        status = k == 1 ? nni_tanh_new(&m)
               : k == 3 ? nni_relu_new(&m)
               : nni_linear_new(&m, 4 - (size_t)k / 2, 3 + (size_t)k / 2, true,
                                NNI_FLOAT32, &gen);
        if (status == NNI_OK)
            status = scenario_adopt(seq, NULL, &m);
    }
    if (status == NNI_OK)
        status = scenario_backward_net(seq, NNI_FLOAT32);
    
#line 2992 "book/app1-tests.nw"
if (status == NNI_OK)
    status = nni_custom_new(&custom, "one", scenario_only_child_forward, NULL);
if (status == NNI_OK)
    status = nni_custom_set_backward(custom, scenario_only_child_backward);
if (status == NNI_OK)
    status = nni_linear_new(&m, 4, 4, true, NNI_FLOAT64, &gen);
if (status == NNI_OK)
    status = scenario_adopt(custom, "l", &m);
if (status == NNI_OK)
    status = scenario_backward_net(custom, NNI_FLOAT64);
#line 2985 "book/app1-tests.nw"
    nni_module_free(seq);
    nni_module_free(custom);
    return status;
}
#line 4154 "book/app1-tests.nw"
static nni_status scenario_cross_entropy(void)
{
    const size_t shape[2] = { 3, 4 }, labels[3] = { 0, 3, 1 };
    nni_tensor *z = NULL, *g = NULL;
    double loss;
    nni_status status = nni_tensor_new(&z, NNI_FLOAT32, 2, shape);
    if (status == NNI_OK)
        status = nni_init_ones_(z);
    if (status == NNI_OK)
        status = nni_cross_entropy(z, labels, &loss, &g);
    nni_tensor_free(z);
    nni_tensor_free(g);
    return status;
}
#line 5248 "book/app1-tests.nw"
static nni_status init_scenario(int which)
{
    const size_t shape[3] = { 3, 2, 4 };
    nni_tensor *t = NULL;
    nni_torch_gen gen, before;
    nni_torch_manual_seed(&gen, 1);
    before = gen;
    nni_status status =
        nni_tensor_new(&t, NNI_FLOAT64, which == 0 ? 3 : 2, shape);
    if (status == NNI_OK) {
        status = which == 0 ? nni_init_orthogonal_(&gen, t, 1.0)
                            : nni_init_sparse_(&gen, t, 0.5, 0.01);
        if (status != NNI_OK) {
            for (size_t i = 0; i < nni_tensor_numel(t); i++)
                ck_assert(((const double *)nni_tensor_data_const(t))[i] == 0.0);
            ck_assert(nni_torch_random(&gen) == nni_torch_random(&before));
        }
    }
    nni_tensor_free(t);
    return status;
}

static nni_status scenario_orthogonal(void)
{
    return init_scenario(0);
}

static nni_status scenario_sparse(void)
{
    return init_scenario(1);
}
#line 832 "book/app3-notebook.nw"
static nni_status scenario_notebook(void)
{
    FILE *f = tmpfile();
    if (f == NULL)
        return NNI_EIO;
    nni_status status = notebook_run(f, 14, 0);
    fclose(f);
    return status;
}
#line 4782 "book/appA-stats.nw"
static nni_status scenario_stats(void)
{
    double x[64];
    nni_law law;
    nni_sample *s = NULL;
    nni_battery battery;
    double d, x2;
    for (int i = 0; i < 64; i++)            /* 一个未排序的、大致对称的样本 */
        x[i] = (double)((i * 37) % 64 - 32) / 16.0;
    nni_status status = nni_law_normal(&law, 0.0, 1.2);
    if (status == NNI_OK)
        status = nni_stats_ks(x, 64, &law, &d);
    if (status == NNI_OK)
        status = nni_stats_chi2(x, 64, &law, 8, &x2);
    if (status == NNI_OK)
        status = nni_sample_new(&s, NNI_FLOAT64, x, 32);
    if (status == NNI_OK)
        status = nni_sample_append(s, x + 32, 32);
    if (status == NNI_OK)
        status = nni_check_battery(&battery, s, &law, NULL);
    nni_sample_free(s);
    return status;
}
#line 88 "book/appB-reliability.nw"
static nni_status scenario_two_tensors(void)
{
    const size_t shape[2] = { 4, 5 };
    nni_tensor *a = NULL, *b = NULL;
    nni_status status = nni_tensor_new(&a, NNI_FLOAT64, 2, shape);
    if (status == NNI_OK)
        status = nni_tensor_new(&b, NNI_FLOAT32, 1, shape);
    nni_tensor_free(a);
    nni_tensor_free(b);
    return status;
}
#line 300 "book/appB-reliability.nw"
struct scenario {
    const char *name;
    nni_status (*run)(void);
};

static const struct scenario scenarios[] = {
    
#line 1306 "book/app1-tests.nw"
{ "print a parameter", scenario_print_parameter },
#line 1939 "book/app1-tests.nw"
{ "modules", scenario_modules },
#line 3005 "book/app1-tests.nw"
{ "backward", scenario_backward },
#line 4171 "book/app1-tests.nw"
{ "cross-entropy", scenario_cross_entropy },
#line 5282 "book/app1-tests.nw"
{ "orthogonal_", scenario_orthogonal },
{ "sparse_", scenario_sparse },
#line 844 "book/app3-notebook.nw"
{ "the whole notebook", scenario_notebook },
#line 4808 "book/appA-stats.nw"
{ "statistics", scenario_stats },
#line 102 "book/appB-reliability.nw"
{ "two tensors", scenario_two_tensors },
#line 307 "book/appB-reliability.nw"
};
#define N_SCENARIOS (sizeof scenarios / sizeof scenarios[0])

#line 119 "book/appB-reliability.nw"
START_TEST(test_every_allocation_fails_cleanly)
{
    const struct scenario *sc = &scenarios[_i];
    nni_set_allocator(&counting_allocator);

    allocation_count = 0;
    fail_at = -1;
    ck_assert_msg(sc->run() == NNI_OK,
                  "scenario '%s' fails without injection: %s", sc->name,
                  nni_errmsg());
    ck_assert_msg(live_blocks == 0, "scenario '%s' leaks %ld blocks", sc->name,
                  live_blocks);
    long n = allocation_count;
    ck_assert_msg(n > 0, "scenario '%s' allocates nothing", sc->name);

    for (long k = 0; k < n; k++) {
        
#line 143 "book/appB-reliability.nw"
allocation_count = 0;
fail_at = k;
failed_site = NULL;
nni_status status = sc->run();
ck_assert_msg(status != NNI_OK, "scenario '%s': allocation %ld of %ld failed "
              "(at %s) but the scenario reported success", sc->name, k, n,
              failed_site ? failed_site : "?");
ck_assert_msg(is_oom_message(nni_errmsg()),
              "scenario '%s': allocation %ld failed at %s, message '%s'",
              sc->name, k, failed_site ? failed_site : "?", nni_errmsg());
ck_assert_msg(live_blocks == 0, "scenario '%s': allocation %ld failed at %s, "
              "%ld blocks leaked", sc->name, k, failed_site ? failed_site : "?",
              live_blocks);
record_site(failed_site);
#line 136 "book/appB-reliability.nw"
    }
    nni_set_allocator(NULL);
}
END_TEST
#line 236 "book/appB-reliability.nw"
START_TEST(test_every_site_is_covered)
{
    char files[] = NNI_BOOK_FILES;
    size_t missing = 0, total = 0;
    for (char *name = strtok(files, " "); name != NULL;
         name = strtok(NULL, " ")) {
        FILE *f = fopen(name, "r");
        ck_assert_msg(f != NULL, "cannot open %s", name);
        char line[1024], site[128];
        for (long lineno = 1; fgets(line, sizeof line, f) != NULL; lineno++) {
            if (!is_allocation_site(line))
                continue;
            total++;
            snprintf(site, sizeof site, "%s:%ld", name, lineno);
            if (!site_was_failed(site)) {
                fprintf(stderr,
                        "allocation site never failed by a scenario: %s\n",
                        site);
                missing++;
            }
        }
        fclose(f);
    }
    ck_assert_msg(total > 0, "no allocation sites found in the book");
    ck_assert_msg(missing == 0,
                  "%zu of %zu allocation sites are not covered by any "
                  "scenario (listed on stderr)", missing, total);
}
END_TEST

#line 315 "book/appB-reliability.nw"
int main(void)
{
    Suite *s = suite_create("alloc");
    TCase *tc = tcase_create("inject");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, test_every_allocation_fails_cleanly, 0,
                        (int)N_SCENARIOS);
    tcase_add_test(tc, test_every_site_is_covered);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK);
    nni_test_report_files(sr);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
