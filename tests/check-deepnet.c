#line 1569 "book/appC-deepnet.nw"
/* check-deepnet -- deepnet 的测试：与 PyTorch 逐个种子地比较、恒等式 */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "examples/deepnet.h"
#include "support/golden-file.h"
#include "test-support.h"

#ifndef NNI_BIN_DIR
#define NNI_BIN_DIR "build/bin"
#endif

#line 1607 "book/appC-deepnet.nw"
static void near(const char *what, size_t l, double got, double want,
                 double tol)
{
    const double err = want != 0.0 ? fabs(got / want - 1.0) : fabs(got);
    ck_assert_msg(err <= tol, "%s at layer %zu: got %.17g, PyTorch has %.17g "
                  "(relative error %.3g > %g)", what, l, got, want, err, tol);
}

static double next_real(char **cursor)
{
    char *tok = nni_app_golden_token(cursor);
    ck_assert_ptr_nonnull(tok);
    return strtod(tok, NULL);
}
#line 1624 "book/appC-deepnet.nw"
static nni_app_deep_config case_config(char *cursor, bool linear)
{
    nni_app_deep_config c;
    nni_app_deep_defaults(&c);
    if (linear)
        c.act = NNI_APP_DEEP_LINEAR;
    else
        ck_assert(nni_app_deep_parse_act(nni_app_golden_token(&cursor),
                                         &c.act));
    ck_assert(nni_app_deep_parse_init(nni_app_golden_token(&cursor), &c.init));
    c.width = (size_t)next_real(&cursor);
    c.depth = (size_t)next_real(&cursor);
    c.batch = (size_t)next_real(&cursor);
    c.seed = strtoull(nni_app_golden_token(&cursor), NULL, 10);
    c.std = next_real(&cursor);
    c.gain = next_real(&cursor);
    return c;
}
#line 1647 "book/appC-deepnet.nw"
static void compare_layer(char *cursor, const nni_app_deep_stats *s)
{
    const double got[10] = { s->pre_std, s->act_std, s->grad_rms, s->act_rms,
                             s->sat, s->wgrad_rms, s->mf_pre_std, s->mf_act_std,
                             s->mf_grad_rms, s->mf_wgrad_rms };
    static const char *const names[10] = {
        "pre_std", "act_std", "grad_rms", "act_rms", "sat", "wgrad_rms",
        "mf_pre_std", "mf_act_std", "mf_grad_rms", "mf_wgrad_rms"
    };
    const size_t l = (size_t)next_real(&cursor);
    for (int k = 0; k < 10; k++) {
        if (k == 6)
            ck_assert_str_eq(nni_app_golden_token(&cursor), "mf");
        near(names[k], l, got[k], next_real(&cursor), 1e-9);
    }
}
#line 1907 "book/appC-deepnet.nw"
typedef struct program_run {
    int status;
    char out[65536], err[1024];
} program_run;

static void run_deepnet(program_run *r, const char *args)
{
    char command[1024], err_path[] = "/tmp/check-deepnet-XXXXXX";
    const int fd = mkstemp(err_path);
    ck_assert(fd >= 0);
    snprintf(command, sizeof command, "%s/deepnet %s 2>%s", NNI_BIN_DIR, args,
             err_path);
    FILE *p = popen(command, "r");
    ck_assert_ptr_nonnull(p);
    const size_t n = fread(r->out, 1, sizeof r->out - 1, p);
    r->out[n] = '\0';
    const int w = pclose(p);
    r->status = WIFEXITED(w) ? WEXITSTATUS(w) : -1;
    FILE *e = fdopen(fd, "r");
    const size_t m = fread(r->err, 1, sizeof r->err - 1, e);
    r->err[m] = '\0';
    fclose(e);
    unlink(err_path);
}
#line 1668 "book/appC-deepnet.nw"
START_TEST(test_layers_match_pytorch_seed_by_seed)
{
    FILE *in = fopen("tests/golden/deepnet/same-seed.txt", "r");
    ck_assert_msg(in != NULL, "cannot open tests/golden/deepnet/same-seed.txt");
    nni_app_golden_file f;
    size_t problems = 0, cases = 0, l = 0;
    nni_app_deep_stats s[64];
    nni_app_golden_open(&f, in, "same-seed.txt", stderr, &problems);
    while (nni_app_golden_next_line(&f)) {
        char *cursor = f.line, *key = nni_app_golden_token(&cursor);
        if (strcmp(key, "case") == 0) {
            const nni_app_deep_config c = case_config(cursor, false);
            ck_assert_uint_le(c.depth, 64);
            ck_assert_int_eq(nni_app_deep_stats_of(&c, s), NNI_OK);
            cases++, l = 0;
        } else if (strcmp(key, "layer") == 0) {
            compare_layer(cursor, &s[l++]);
        }
    }
    fclose(in);
    ck_assert_uint_ge(cases, 9);
}
END_TEST
#line 1705 "book/appC-deepnet.nw"
static void compare_linear(nni_app_golden_file *f, char *cursor)
{
    const nni_app_deep_config c = case_config(cursor, true);
    double sv[64];
    nni_app_deep d;
    nni_app_deep_sv s;
    ck_assert_uint_le(c.width, 64);
    ck_assert_int_eq(nni_app_deep_new(&d, &c), NNI_OK);
    ck_assert_int_eq(nni_app_deep_singular_values(&d, sv), NNI_OK);
    nni_app_deep_free(&d);
    nni_app_deep_sv_summary(&c, sv, &s);
    ck_assert(nni_app_golden_next_line(f));
    cursor = f->line;
    ck_assert_str_eq(nni_app_golden_token(&cursor), "sv");
    
#line 1724 "book/appC-deepnet.nw"
const double got[6] = { s.mean, s.median, s.frac_small, s.max, s.mean_s2,
                        s.mean_s4 };
for (int k = 0; k < 6; k++)
    near("singular values", c.depth, got[k], next_real(&cursor), 1e-9);
#line 1720 "book/appC-deepnet.nw"
}
#line 1731 "book/appC-deepnet.nw"
static void compare_notebook(char *cursor)
{
    const uint64_t seed = strtoull(nni_app_golden_token(&cursor), NULL, 10);
    const size_t batch = (size_t)next_real(&cursor);
    const int variant = (int)next_real(&cursor);
    double std[3], mf[3];
    ck_assert_int_eq(nni_app_deep_notebook(seed, batch, variant, std, mf),
                     NNI_OK);
    for (size_t k = 0; k < 3; k++)
        near(nni_app_deep_notebook_name(variant), k + 1, std[k],
             next_real(&cursor), 1e-5);
}
#line 1746 "book/appC-deepnet.nw"
START_TEST(test_linear_and_notebook_match_pytorch)
{
    FILE *in = fopen("tests/golden/deepnet/same-seed.txt", "r");
    ck_assert_msg(in != NULL, "cannot open tests/golden/deepnet/same-seed.txt");
    nni_app_golden_file f;
    size_t problems = 0, linear = 0, notebook = 0;
    nni_app_golden_open(&f, in, "same-seed.txt", stderr, &problems);
    while (nni_app_golden_next_line(&f)) {
        char *cursor = f.line, *key = nni_app_golden_token(&cursor);
        if (strcmp(key, "linear") == 0)
            compare_linear(&f, cursor), linear++;
        else if (strcmp(key, "notebook") == 0)
            compare_notebook(cursor), notebook++;
    }
    fclose(in);
    ck_assert_uint_ge(linear, 5);
    ck_assert_uint_eq(notebook, 2 * NNI_APP_NOTEBOOK_VARIANTS);
}
END_TEST
#line 1790 "book/appC-deepnet.nw"
START_TEST(test_xavier_and_kaiming_differ_by_powers_of_sqrt2)
{
    nni_app_deep_config c;
    nni_app_deep_stats x[30], k[30];
    nni_app_deep_defaults(&c);
    c.act = NNI_APP_DEEP_RELU;
    c.width = 64, c.depth = 30, c.batch = 32, c.seed = (uint64_t)_i;
    c.init = NNI_APP_DEEP_XAVIER_NORMAL;
    ck_assert_int_eq(nni_app_deep_stats_of(&c, x), NNI_OK);
    c.init = NNI_APP_DEEP_KAIMING_NORMAL;
    ck_assert_int_eq(nni_app_deep_stats_of(&c, k), NNI_OK);
    for (size_t l = 1; l <= 30; l++) {
        const nni_app_deep_stats *a = &x[l - 1], *b = &k[l - 1];
        const double up = pow(2.0, (double)l / 2.0);
        const double down = pow(2.0, (30.0 - (double)l) / 2.0);
        near("pre_std ratio", l, b->pre_std / a->pre_std, up, 1e-12);
        near("act_rms ratio", l, b->act_rms / a->act_rms, up, 1e-12);
        near("grad_rms ratio", l, b->grad_rms / a->grad_rms, down, 1e-12);
        near("wgrad_rms ratio", l, b->wgrad_rms / a->wgrad_rms, pow(2.0, 14.5),
             1e-12);
    }
}
END_TEST
#line 1827 "book/appC-deepnet.nw"
static void orthogonal_matrix(double *q, size_t n, uint64_t seed)
{
    nni_torch_gen gen;
    nni_tensor *t;
    const size_t shape[2] = { n, n };
    nni_torch_manual_seed(&gen, seed);
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT64, 2, shape), NNI_OK);
    ck_assert_int_eq(nni_init_orthogonal_(&gen, t, 1.0), NNI_OK);
    memcpy(q, nni_tensor_data_const(t), n * n * sizeof *q);
    nni_tensor_free(t);
}
#line 1841 "book/appC-deepnet.nw"
START_TEST(test_svd_known_answers)
{
    double u[16], v[16], a[16] = { 0 }, sv[40], r[1600], fro = 0.0, sum = 0.0;
    const double diag[4] = { 3.0, 2.0, 1.0, 0.0 };
    orthogonal_matrix(u, 4, 1);
    orthogonal_matrix(v, 4, 2);
    for (size_t i = 0; i < 4; i++)          /* a = u diag v */
        for (size_t j = 0; j < 4; j++)
            for (size_t k = 0; k < 4; k++)
                a[i * 4 + j] += u[i * 4 + k] * diag[k] * v[k * 4 + j];
    ck_assert_int_eq(nni_app_svd_rows(a, 4, 4, sv), NNI_OK);
    for (size_t k = 0; k < 4; k++)
        ck_assert_msg(fabs(sv[k] - diag[k]) < 1e-14, "sv %zu = %.17g", k,
                      sv[k]);
    
#line 1861 "book/appC-deepnet.nw"
for (size_t i = 0; i < 1600; i++) {
    r[i] = sin(1.7 * (double)i * (double)i + 0.3);
    fro += r[i] * r[i];
}
ck_assert_int_eq(nni_app_svd_rows(r, 40, 40, sv), NNI_OK);
for (size_t k = 0; k < 40; k++) {
    sum += sv[k] * sv[k];
    ck_assert(k == 0 || sv[k] <= sv[k - 1]);
}
ck_assert_msg(fabs(sum / fro - 1.0) < 1e-13, "sum of s^2 %.17g, |A|^2 %.17g",
              sum, fro);
a[0] = -2.5;
ck_assert_int_eq(nni_app_svd_rows(a, 1, 1, sv), NNI_OK);
ck_assert(sv[0] == 2.5);
#line 1856 "book/appC-deepnet.nw"
}
END_TEST
#line 1880 "book/appC-deepnet.nw"
START_TEST(test_histogram)
{
    const double v[6] = { -1.0, -0.75, 0.0, 0.25, 1.0, 3.0 };
    double d[4];
    ck_assert_int_eq(nni_app_deep_histogram(v, 6, -1.0, 1.0, 4, d), NNI_OK);
    ck_assert(d[0] == 2.0 / 3.0 && d[1] == 0.0);      /* 每个值 1/(6 * 0.5) */
    ck_assert(d[2] == 2.0 / 3.0 && d[3] == 1.0 / 3.0);
    ck_assert_int_eq(nni_app_deep_histogram(v, 6, 1.0, 1.0, 4, d), NNI_EINVAL);
    ck_assert_int_eq(nni_app_deep_histogram(v, 6, -1.0, 1.0, 0, d), NNI_EINVAL);
}
END_TEST
#line 1937 "book/appC-deepnet.nw"
START_TEST(test_program_prints_the_pytorch_numbers)
{
    program_run r;
    nni_app_deep_config c;
    nni_app_deep_stats s[5];
    run_deepnet(&r, "tanh --init standard --width 64 --depth 5 --batch 32 "
                "--seed 0");
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.err, "");
    nni_app_deep_defaults(&c);
    c.init = NNI_APP_DEEP_STANDARD;
    c.width = 64, c.depth = 5, c.batch = 32;
    ck_assert_int_eq(nni_app_deep_stats_of(&c, s), NNI_OK);
    
#line 1956 "book/appC-deepnet.nw"
char *line = strtok(r.out, "\n");
ck_assert_str_eq(line, "layer pre_std act_std grad_rms act_rms sat wgrad_rms "
                 "mf_pre_std mf_act_std mf_grad_rms mf_wgrad_rms");
for (size_t l = 1; l <= 5; l++) {
    char *cursor = strtok(NULL, "\n");
    double v[11];
    ck_assert_ptr_nonnull(cursor);
    for (int k = 0; k < 11; k++)
        v[k] = next_real(&cursor);
    ck_assert(v[0] == (double)l);
    near("pre_std", l, v[1], s[l - 1].pre_std, 1e-9);
    near("grad_rms", l, v[3], s[l - 1].grad_rms, 1e-9);
    near("wgrad_rms", l, v[6], s[l - 1].wgrad_rms, 1e-9);
}
ck_assert_ptr_null(strtok(NULL, "\n"));
#line 1951 "book/appC-deepnet.nw"
}
END_TEST
#line 1974 "book/appC-deepnet.nw"
START_TEST(test_program_rejects_bad_arguments)
{
    static const char *const bad[] = {
        "", "sigmoid", "tanh --init lecun", "relu --hist 10", "tanh --std 1",
        "tanh --init normal", "linear --width 513", "tanh --depth 0",
        "tanh --width 4096 --depth 1000", "notebook --width 3",
        "symmetry --batch 2",
        "tanh --seed -1", "tanh --gain 2",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        program_run r;
        run_deepnet(&r, bad[i]);
        ck_assert_msg(r.status == 2, "deepnet %s: exit status %d", bad[i],
                      r.status);
        ck_assert_msg(strncmp(r.err, "deepnet: ", 9) == 0
                      && strchr(r.err, '\n') == r.err + strlen(r.err) - 1,
                      "deepnet %s: stderr '%s'", bad[i], r.err);
        ck_assert_str_eq(r.out, "");
    }
}
END_TEST

#line 1590 "book/appC-deepnet.nw"
int main(void)
{
    Suite *s = suite_create("deepnet");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    
#line 1694 "book/appC-deepnet.nw"
tcase_add_test(tc, test_layers_match_pytorch_seed_by_seed);
#line 1768 "book/appC-deepnet.nw"
tcase_add_test(tc, test_linear_and_notebook_match_pytorch);
#line 1816 "book/appC-deepnet.nw"
tcase_add_loop_test(tc, test_xavier_and_kaiming_differ_by_powers_of_sqrt2, 0,
                    3);
#line 1894 "book/appC-deepnet.nw"
tcase_add_test(tc, test_svd_known_answers);
tcase_add_test(tc, test_histogram);
#line 1998 "book/appC-deepnet.nw"
tcase_add_test(tc, test_program_prints_the_pytorch_numbers);
tcase_add_test(tc, test_program_rejects_bad_arguments);
#line 1596 "book/appC-deepnet.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
