#line 407 "book/app1-tests.nw"
/* check-random -- 随机数生成器的测试：已知答案、黄金文件、取数个数与错误 */
#include <check.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/golden-random.h"
#include "nninit.h"
#include "test-support.h"

#line 480 "book/app1-tests.nw"
static size_t replay_file(const char *path, nni_app_golden_stats *st)
{
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL,
                  "cannot open %s (run the tests from the top directory)",
                  path);
    size_t problems = nni_app_golden_replay(f, path, stderr, st);
    fclose(f);
    return problems;
}
#line 525 "book/app1-tests.nw"
static size_t replay_text(const char *text)
{
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    rewind(f);
    nni_app_golden_stats st;
    size_t problems = nni_app_golden_replay(f, "(test)", NULL, &st);
    fclose(f);
    return problems;
}
#line 571 "book/app1-tests.nw"
static void assert_draws(nni_dtype dtype, size_t n, bool normal, size_t words)
{
    nni_torch_gen a, b;
    nni_tensor *t;
    ck_assert_int_eq(nni_tensor_new(&t, dtype, 1, &n), NNI_OK);
    nni_torch_manual_seed(&a, 99);
    b = a;
    if (normal)
        ck_assert_int_eq(nni_torch_normal_(&a, t, 0.0, 1.0), NNI_OK);
    else
        ck_assert_int_eq(nni_torch_uniform_(&a, t, 0.0, 1.0), NNI_OK);
    for (size_t i = 0; i < words; i++)
        nni_torch_random(&b);
    ck_assert_msg(nni_torch_random(&a) == nni_torch_random(&b),
                  "%s(%zu) of %s should use %zu words",
                  normal ? "normal_" : "uniform_", n, nni_dtype_name(dtype),
                  words);
    nni_tensor_free(t);
}
#line 680 "book/app1-tests.nw"
static nni_tensor *sevens(nni_dtype dtype, size_t n)
{
    nni_tensor *t;
    ck_assert_int_eq(nni_tensor_new(&t, dtype, 1, &n), NNI_OK);
    for (size_t i = 0; i < n; i++) {
        const size_t idx[1] = { i };
        nni_tensor_set(t, idx, 7.0);
    }
    return t;
}

static void assert_sevens(const nni_tensor *t)
{
    for (size_t i = 0; i < nni_tensor_numel(t); i++) {
        const size_t idx[1] = { i };
        double v;
        nni_tensor_get(t, idx, &v);
        ck_assert(v == 7.0);
    }
}
#line 441 "book/app1-tests.nw"
static uint32_t nth_word(nni_mt19937 *mt, int n)
{
    uint32_t w = 0;
    for (int i = 0; i < n; i++)
        w = nni_mt19937_next(mt);
    return w;
}

START_TEST(test_mt19937_known_answers)
{
    nni_mt19937 mt;
    ck_assert_int_eq(nni_mt19937_seed(&mt, 5489), NNI_OK);
    ck_assert_uint_eq(nth_word(&mt, 1), 3499211612u);
    ck_assert_uint_eq(nth_word(&mt, 9999), 4123659995u);
    nni_mt19937_seed(&mt, 4357);
    ck_assert_uint_eq(nth_word(&mt, 1000), 1186927261u);

    const uint32_t key[4] = { 0x123, 0x234, 0x345, 0x456 };
    const uint32_t out[5] = { 1067595299u, 955945823u, 477289528u, 4107218783u,
                              4228976476u };
    ck_assert_int_eq(nni_mt19937_seed_by_array(&mt, key, 4), NNI_OK);
    for (int i = 0; i < 5; i++)
        ck_assert_uint_eq(nni_mt19937_next(&mt), out[i]);

    ck_assert_int_eq(nni_mt19937_seed_by_array(&mt, key, 0), NNI_EINVAL);
    ck_assert_int_eq(nni_mt19937_seed_by_array(&mt, NULL, 4), NNI_EINVAL);
    ck_assert_int_eq(nni_mt19937_seed(NULL, 1), NNI_EINVAL);
}
END_TEST
#line 493 "book/app1-tests.nw"
START_TEST(test_golden_torch)
{
    nni_app_golden_stats st;
    size_t problems = replay_file("tests/golden/random/torch.txt", &st);
    ck_assert_msg(problems == 0, "%zu of %zu PyTorch calls differ (see stderr)",
                  problems, st.calls);
    ck_assert(st.cases > 0 && st.values > 0);
}
END_TEST

START_TEST(test_golden_numpy)
{
    nni_app_golden_stats st;
    size_t problems = replay_file("tests/golden/random/numpy.txt", &st);
    ck_assert_msg(problems == 0, "%zu of %zu NumPy calls differ (see stderr)",
                  problems, st.calls);
    ck_assert(st.cases > 0 && st.values > 0);
}
END_TEST
#line 539 "book/app1-tests.nw"
START_TEST(test_replay_detects_errors)
{
    const char *good =
        "case good\ntorch 0\nuniform float32 3 0x0p+0 0x1p+0\n= 3\n"
        "3efe1558 3f44aa2f 3db533a8\n"
        "normal float32 2 0x0p+0 -0x1p+0\n! normal expects std >= 0.0\nend\n";
    ck_assert_uint_eq(replay_text(good), 0);
    ck_assert_uint_eq(replay_text(
        "case bit\ntorch 0\nuniform float32 3 0x0p+0 0x1p+0\n= 3\n"
        "3efe1558 3f44aa2e 3db533a8\nend\n"), 1);
    ck_assert_uint_eq(replay_text(
        "case message\ntorch 0\nnormal float32 2 0x0p+0 -0x1p+0\n"
        "! std must be\nend\n"), 1);
    ck_assert_uint_eq(replay_text(
        "case success\ntorch 0\nnormal float32 2 0x0p+0 0x1p+0\n"
        "! expected error\nend\n"), 1);
    ck_assert_uint_eq(replay_text(
        "case count\nnumpy 0\nraw 2\n= 3\n"
        "2357136044 2546248239 3071714933\nend\n"), 1);
}
END_TEST
#line 597 "book/app1-tests.nw"
START_TEST(test_number_of_draws)
{
    assert_draws(NNI_FLOAT32, 7, false, 7);
    assert_draws(NNI_FLOAT64, 7, false, 14);
    assert_draws(NNI_FLOAT32, 16, true, 16);
    assert_draws(NNI_FLOAT32, 17, true, 33);
    assert_draws(NNI_FLOAT32, 1200, true, 1200);
    assert_draws(NNI_FLOAT64, 17, true, 66);
    assert_draws(NNI_FLOAT64, 32, true, 64);
    assert_draws(NNI_FLOAT32, 4, true, 8);
    assert_draws(NNI_FLOAT64, 5, true, 12);
    assert_draws(NNI_FLOAT32, 15, true, 32);
}
END_TEST
#line 621 "book/app1-tests.nw"
START_TEST(test_normal_cache)
{
    nni_torch_gen g, copy;
    nni_torch_manual_seed(&g, 5);
    ck_assert(!g.has_next_normal);
    double first = nni_torch_normal_double(&g, 0.0, 1.0);
    ck_assert(g.has_next_normal);
    copy = g;
    double second = nni_torch_normal_double(&g, 0.0, 1.0);
    ck_assert(!g.has_next_normal);
    ck_assert(nni_torch_normal_double(&copy, 0.0, 1.0) == second);
    ck_assert(first != second);
    nni_torch_manual_seed(&g, 5);
    ck_assert(!g.has_next_normal);
    ck_assert(nni_torch_normal_double(&g, 0.0, 1.0) == first);
    ck_assert_uint_eq(nni_torch_initial_seed(&g), 5);
    nni_torch_manual_seed(&g, UINT64_MAX);
    ck_assert_uint_eq(nni_torch_initial_seed(&g), UINT64_MAX);
}
END_TEST
#line 650 "book/app1-tests.nw"
START_TEST(test_randperm)
{
    enum { N = 1000 };
    static size_t perm[N];
    static bool seen[N];
    nni_torch_gen g;
    nni_torch_manual_seed(&g, 3);
    ck_assert_int_eq(nni_torch_randperm(&g, N, perm), NNI_OK);
    for (size_t i = 0; i < N; i++) {
        ck_assert_uint_lt(perm[i], N);
        ck_assert(!seen[perm[i]]);
        seen[perm[i]] = true;
    }
    ck_assert_int_eq(nni_torch_randperm(&g, 0, NULL), NNI_OK);
    ck_assert_int_eq(nni_torch_randperm(&g, 3, NULL), NNI_EINVAL);
    ck_assert_int_eq(nni_torch_randperm(NULL, 3, perm), NNI_EINVAL);
}
END_TEST
#line 703 "book/app1-tests.nw"
START_TEST(test_torch_errors)
{
    nni_torch_gen g, copy, unseeded;
    nni_tensor *t = sevens(NNI_FLOAT32, 20);
    memset(&unseeded, 0, sizeof unseeded);
    nni_torch_manual_seed(&g, 1);
    copy = g;
    ck_assert_int_eq(nni_torch_manual_seed(NULL, 1), NNI_EINVAL);
    ck_assert_int_eq(nni_torch_uniform_(NULL, t, 0, 1), NNI_EINVAL);
    ck_assert_int_eq(nni_torch_uniform_(&g, NULL, 0, 1), NNI_EINVAL);
    ck_assert_int_eq(nni_torch_normal_(&g, NULL, 0, 1), NNI_EINVAL);
    ck_assert_int_eq(nni_torch_normal_(&unseeded, t, 0, 1), NNI_EINVAL);
    ck_assert_ptr_nonnull(strstr(nni_errmsg(), "not seeded"));
    ck_assert_int_eq(nni_torch_uniform_(&unseeded, t, 0, 1), NNI_EINVAL);
    ck_assert_int_eq(nni_torch_randperm(&unseeded, 0, NULL), NNI_EINVAL);
    ck_assert_int_eq(nni_torch_uniform_(&g, t, 1, 0), NNI_EINVAL);
    ck_assert_ptr_nonnull(strstr(nni_errmsg(), "from=1 > to=0"));
    ck_assert_int_eq(nni_torch_normal_(&g, t, 0, -1e-300), NNI_EINVAL);
    
#line 764 "book/app1-tests.nw"
ck_assert_int_eq(nni_torch_normal_(&g, t, 0, (double)INFINITY), NNI_EINVAL);
ck_assert_ptr_nonnull(strstr(nni_errmsg(), "nni_torch_normal_: normal(mean=0, "
                             "std=inf) would overflow float32"));
ck_assert_int_eq(nni_torch_normal_(&g, t, (double)NAN, 1), NNI_EINVAL);
ck_assert_int_eq(nni_torch_normal_(&g, t, 0, 1e39), NNI_EINVAL);
ck_assert_int_eq(nni_torch_normal_(&g, t, 0, 3e38), NNI_EINVAL);
ck_assert_int_eq(nni_torch_normal_(&g, t, 3.4e38, 0), NNI_OK);
nni_tensor *wide = sevens(NNI_FLOAT64, 20);
ck_assert_int_eq(nni_torch_normal_(&g, wide, 0, 1e308), NNI_EINVAL);
assert_sevens(wide);
ck_assert_int_eq(nni_torch_normal_(&g, wide, 0, 3e38), NNI_OK);
for (size_t i = 0; i < 20; i++)
    ck_assert(isfinite(((const double *)nni_tensor_data(wide))[i]));
nni_tensor_free(wide);
for (size_t i = 0; i < 20; i++)             /* 3.4e38 + 0 z：每个值都是它 */
    ck_assert(((float *)nni_tensor_data(t))[i] == 3.4e38f);
nni_torch_manual_seed(&g, 1);
nni_tensor_free(t);
t = sevens(NNI_FLOAT32, 20);
#line 722 "book/app1-tests.nw"
    assert_sevens(t);
    ck_assert_uint_eq(nni_torch_random(&g), nni_torch_random(&copy));
    ck_assert_uint_eq(nni_torch_initial_seed(NULL), 0);
    nni_tensor_free(t);
}
END_TEST
#line 731 "book/app1-tests.nw"
START_TEST(test_numpy_errors)
{
    nni_numpy_gen g, copy, unseeded;
    nni_tensor *t = sevens(NNI_FLOAT64, 5);
    memset(&unseeded, 0, sizeof unseeded);
    const uint32_t key[1] = { 1 };
    ck_assert_int_eq(nni_numpy_seed(&g, 7), NNI_OK);
    copy = g;
    ck_assert_int_eq(nni_numpy_seed(&g, UINT64_C(1) << 32), NNI_EINVAL);
    ck_assert_ptr_nonnull(strstr(nni_errmsg(), "between 0 and 2**32 - 1"));
    ck_assert_int_eq(nni_numpy_seed(NULL, 1), NNI_EINVAL);
    ck_assert_int_eq(nni_numpy_seed_by_array(&g, key, 0), NNI_EINVAL);
    ck_assert_int_eq(nni_numpy_seed_by_array(&g, NULL, 1), NNI_EINVAL);
    ck_assert_int_eq(nni_numpy_uniform(&unseeded, t, 0, 1), NNI_EINVAL);
    ck_assert_int_eq(nni_numpy_normal(&g, NULL, 0, 1), NNI_EINVAL);
    ck_assert_int_eq(nni_numpy_random_sample(NULL, t), NNI_EINVAL);
    ck_assert_int_eq(nni_numpy_standard_normal(&unseeded, t), NNI_EINVAL);
    ck_assert_int_eq(nni_numpy_uniform(&g, t, -1e308, 1e308), NNI_EINVAL);
    ck_assert_int_eq(nni_numpy_normal(&g, t, 0, -0.0), NNI_EINVAL);
    
#line 789 "book/app1-tests.nw"
ck_assert_int_eq(nni_numpy_normal(&g, t, 0, (double)NAN), NNI_EINVAL);
ck_assert_int_eq(nni_numpy_normal(&g, t, (double)NAN, 1), NNI_EINVAL);
ck_assert_int_eq(nni_numpy_normal(&g, t, 0, 2e307), NNI_EINVAL);
nni_tensor *narrow = sevens(NNI_FLOAT32, 5);
ck_assert_int_eq(nni_numpy_normal(&g, narrow, 0, 1e38), NNI_EINVAL);
ck_assert_ptr_nonnull(strstr(nni_errmsg(), "would overflow float32"));
ck_assert_int_eq(nni_numpy_uniform(&g, narrow, -1e39, 0), NNI_EINVAL);
assert_sevens(narrow);
nni_tensor_free(narrow);
#line 751 "book/app1-tests.nw"
    assert_sevens(t);
    ck_assert(nni_numpy_next_double(&g) == nni_numpy_next_double(&copy));
    nni_tensor_free(t);
}
END_TEST
#line 809 "book/app1-tests.nw"
START_TEST(test_numpy_float32)
{
    nni_numpy_gen g;
    nni_tensor *a = sevens(NNI_FLOAT32, 9), *b = sevens(NNI_FLOAT64, 9);
    nni_numpy_seed(&g, 11);
    ck_assert_int_eq(nni_numpy_normal(&g, a, 1.0, 2.0), NNI_OK);
    nni_numpy_seed(&g, 11);
    ck_assert_int_eq(nni_numpy_normal(&g, b, 1.0, 2.0), NNI_OK);
    for (size_t i = 0; i < 9; i++)
        ck_assert(((const float *)nni_tensor_data_const(a))[i]
                  == (float)((const double *)nni_tensor_data_const(b))[i]);
    nni_tensor_free(a);
    nni_tensor_free(b);
}
END_TEST

#line 423 "book/app1-tests.nw"
int main(void)
{
    Suite *s = suite_create("random");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    
#line 473 "book/app1-tests.nw"
tcase_add_test(tc, test_mt19937_known_answers);
#line 515 "book/app1-tests.nw"
tcase_add_test(tc, test_golden_torch);
tcase_add_test(tc, test_golden_numpy);
#line 563 "book/app1-tests.nw"
tcase_add_test(tc, test_replay_detects_errors);
#line 614 "book/app1-tests.nw"
tcase_add_test(tc, test_number_of_draws);
#line 644 "book/app1-tests.nw"
tcase_add_test(tc, test_normal_cache);
#line 671 "book/app1-tests.nw"
tcase_add_test(tc, test_randperm);
#line 801 "book/app1-tests.nw"
tcase_add_test(tc, test_torch_errors);
tcase_add_test(tc, test_numpy_errors);
#line 827 "book/app1-tests.nw"
tcase_add_test(tc, test_numpy_float32);
#line 429 "book/app1-tests.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
