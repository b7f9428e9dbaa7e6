#line 2495 "book/appC-deepnet.nw"
/* check-stat-deepnet -- deepnet 的统计检验：与 PyTorch 的种子均值、与平均场 */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "examples/deepnet.h"
#include "support/golden-file.h"
#include "stat-harness.h"

#ifndef NNI_BIN_DIR
#define NNI_BIN_DIR "build/bin"
#endif

#line 2048 "book/appC-deepnet.nw"
typedef struct stat_config {
    nni_app_deep_act act;
    nni_app_deep_init init;
    size_t width, depth, batch;
    double gain;
} stat_config;

static const stat_config stat_configs[] = {
    { NNI_APP_DEEP_TANH, NNI_APP_DEEP_STANDARD, 256, 5, 256, 1.0 },
    { NNI_APP_DEEP_TANH, NNI_APP_DEEP_XAVIER_UNIFORM, 256, 5, 256, 1.0 },
    { NNI_APP_DEEP_TANH, NNI_APP_DEEP_KAIMING_NORMAL, 256, 5, 256, 1.0 },
    { NNI_APP_DEEP_RELU, NNI_APP_DEEP_XAVIER_NORMAL, 128, 30, 128, 1.0 },
    { NNI_APP_DEEP_RELU, NNI_APP_DEEP_KAIMING_NORMAL, 128, 30, 128, 1.0 },
    { NNI_APP_DEEP_RELU, NNI_APP_DEEP_DEFAULT, 128, 30, 128, 1.0 },
    { NNI_APP_DEEP_RELU, NNI_APP_DEEP_ORTHOGONAL, 128, 30, 128,
      1.4142135623730951 },
};
#define N_STAT_CONFIGS (sizeof stat_configs / sizeof stat_configs[0])
#line 2071 "book/appC-deepnet.nw"
enum { N_LOG_STATS = 5, MAX_LAYERS = 30 };
static const char *const log_stat_names[N_LOG_STATS] = {
    "pre_std", "act_std", "grad_rms", "act_rms", "wgrad_rms"
};

typedef struct seed_stats {
    double seeds;
    double mean[N_LOG_STATS][MAX_LAYERS], sd[N_LOG_STATS][MAX_LAYERS];
    double mf[N_LOG_STATS][MAX_LAYERS];
} seed_stats;
#line 2088 "book/appC-deepnet.nw"
static bool same_config(char *cursor, const stat_config *c)
{
    nni_app_deep_act act;
    nni_app_deep_init init;
    const char *act_name = nni_app_golden_token(&cursor);
    const char *init_name = nni_app_golden_token(&cursor);
    const bool names = nni_app_deep_parse_act(act_name, &act)
                       && nni_app_deep_parse_init(init_name, &init);
    const double w = strtod(nni_app_golden_token(&cursor), NULL);
    const double d = strtod(nni_app_golden_token(&cursor), NULL);
    const double b = strtod(nni_app_golden_token(&cursor), NULL);
    nni_app_golden_token(&cursor);                      /* std */
    const double g = strtod(nni_app_golden_token(&cursor), NULL);
    return names && act == c->act && init == c->init && w == (double)c->width
           && d == (double)c->depth && b == (double)c->batch && g == c->gain;
}
#line 2107 "book/appC-deepnet.nw"
static size_t read_stat_line(char *cursor, seed_stats *out)
{
    const char *name = nni_app_golden_token(&cursor);
    const size_t l = strtoul(nni_app_golden_token(&cursor), NULL, 10);
    for (int k = 0; k < N_LOG_STATS; k++)
        if (strcmp(name, log_stat_names[k]) == 0 && l >= 1 && l <= MAX_LAYERS) {
            out->mean[k][l - 1] = strtod(nni_app_golden_token(&cursor), NULL);
            out->sd[k][l - 1] = strtod(nni_app_golden_token(&cursor), NULL);
            out->mf[k][l - 1] = strtod(nni_app_golden_token(&cursor), NULL);
            return 1;
        }
    return 0;
}
#line 2123 "book/appC-deepnet.nw"
static void read_seed_stats(const stat_config *c, seed_stats *out)
{
    FILE *in = fopen("tests/golden/deepnet/seeds.txt", "r");
    nni_app_golden_file f;
    size_t problems = 0, count = 0;
    bool inside = false;
    ck_assert_msg(in != NULL, "cannot open tests/golden/deepnet/seeds.txt");
    nni_app_golden_open(&f, in, "seeds.txt", stderr, &problems);
    while (nni_app_golden_next_line(&f)) {
        char *cursor = f.line, *key = nni_app_golden_token(&cursor);
        if (strcmp(key, "seeds") == 0)
            out->seeds = strtod(cursor, NULL);
        else if (strcmp(key, "config") == 0)
            inside = same_config(cursor, c);
        else if (inside && strcmp(key, "stat") == 0)
            count += read_stat_line(cursor, out);
    }
    fclose(in);
    ck_assert_uint_eq(count, N_LOG_STATS * c->depth);
}
#line 2154 "book/appC-deepnet.nw"
static double t_isf(double q, double nu)
{
    const double z = nni_normal_isf(q), z2 = z * z;
    const double z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2;
    return z + (z3 + z) / (4.0 * nu)
           + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * nu * nu)
           + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z)
             / (384.0 * nu * nu * nu);
}
#line 2172 "book/appC-deepnet.nw"
static const char *const check_names[N_LOG_STATS][2] = {
    { "pre~pt", "pre~mf" }, { "act~pt", "act~mf" }, { "grad~pt", "grad~mf" },
    { "rms~pt", "rms~mf" }, { "wgrad~pt", "wgrad~mf" },
};

typedef struct verdict {
    size_t checks, failed;
    char msg[4096];
} verdict;
#line 2184 "book/appC-deepnet.nw"
static void judge(const nni_stat_test *t, verdict *v, int k, size_t l,
                  double got, const seed_stats *ss)
{
    const double tq = t_isf(t->opt.alpha / 2.0, ss->seeds - 1.0);
    const double half = tq * ss->sd[k][l] * sqrt(1.0 + 1.0 / ss->seeds);
    const double x = log10(got), mf = log10(ss->mf[k][l]);
    const double bias = fabs(ss->mean[k][l] - mf);
    nni_check_result r[2];
    nni_check_interval(&r[0], check_names[k][0], "dlog10", x - ss->mean[k][l],
                       -half, half, NAN, t->opt.alpha, (size_t)ss->seeds);
    nni_check_interval(&r[1], check_names[k][1], "dlog10", x - mf, -bias - half,
                       bias + half, NAN, t->opt.alpha, (size_t)ss->seeds);
    
#line 2201 "book/appC-deepnet.nw"
for (int i = 0; i < 2; i++) {
    nni_stat_log(t, &r[i], NULL);
    v->checks++;
    if (r[i].passed)
        continue;
    const size_t used = strlen(v->msg);
    if (v->failed++ < 8)
        snprintf(v->msg + used, sizeof v->msg - used,
                 "\n  layer %zu %s = %.6g: %s", l + 1, log_stat_names[k], got,
                 r[i].line);
}
#line 2197 "book/appC-deepnet.nw"
}
#line 2222 "book/appC-deepnet.nw"
enum mutant_id {
    M_NONE, M_RELU_SLOPE_ONE, M_TANH_ONE_MINUS_Y, M_KAIMING_NO_GAIN,
    M_XAVIER_VARIANCE_AS_STD, M_STANDARD_SQRT3, M_DEFAULT_NO_BIAS,
    M_SUM_READOUT, M_COUNT
};

static const nni_mutant mutants[M_COUNT - 1] = {
    [M_RELU_SLOPE_ONE - 1] = { "ReLU backward passes every gradient (slope 1)",
                               false, NULL },
    [M_TANH_ONE_MINUS_Y - 1] = { "tanh backward uses 1 - y instead of 1 - y^2",
                                 false, NULL },
    [M_KAIMING_NO_GAIN - 1] = { "kaiming_normal_ forgets the gain "
                                "(std 1/sqrt n)", false, NULL },
    
#line 2240 "book/appC-deepnet.nw"
[M_XAVIER_VARIANCE_AS_STD - 1] = { "xavier: the variance 1/n used as the std",
                                   false, NULL },
[M_STANDARD_SQRT3 - 1] = { "standard: U(-sqrt(3/n), sqrt(3/n)), variance 1/n",
                           false, NULL },
[M_DEFAULT_NO_BIAS - 1] = { "default: the biases left at 0", false, NULL },
[M_SUM_READOUT - 1] = { "ReLU: loss sum a^L instead of the random read-out",
                        true, "check-deepnet "
                        "test_layers_match_pytorch_seed_by_seed" },
#line 2236 "book/appC-deepnet.nw"
};
#line 2261 "book/appC-deepnet.nw"
static bool mutant_applies(int m, const stat_config *c)
{
    const bool relu = c->act == NNI_APP_DEEP_RELU;
    switch (m) {
    case M_RELU_SLOPE_ONE:   return relu;
    case M_SUM_READOUT:      return relu;
    case M_TANH_ONE_MINUS_Y: return !relu;
    case M_KAIMING_NO_GAIN:  return c->init == NNI_APP_DEEP_KAIMING_NORMAL;
    case M_STANDARD_SQRT3:   return c->init == NNI_APP_DEEP_STANDARD;
    case M_DEFAULT_NO_BIAS:  return c->init == NNI_APP_DEEP_DEFAULT;
    case M_XAVIER_VARIANCE_AS_STD:
        return c->init == NNI_APP_DEEP_XAVIER_UNIFORM
               || c->init == NNI_APP_DEEP_XAVIER_NORMAL;
    default:                 return true;
    }
}
#line 2284 "book/appC-deepnet.nw"
static void scale_params(nni_app_deep *d, const char *name, double factor)
{
    for (size_t l = 1; l <= d->config.depth; l++) {
        nni_tensor *p = nni_module_param(nni_app_deep_linear(d, l), name);
        double *v = nni_tensor_data(p);
        for (size_t i = 0; i < nni_tensor_numel(p); i++)
            v[i] *= factor;
    }
}
#line 2296 "book/appC-deepnet.nw"
static void mutate_parameters(nni_app_deep *d, int m)
{
    const double n = (double)d->config.width;
    double gain = 1.0;
    nni_init_calculate_gain(d->config.act == NNI_APP_DEEP_TANH ? NNI_NL_TANH
                                                               : NNI_NL_RELU,
                            NULL, &gain);
    if (m == M_KAIMING_NO_GAIN)
        scale_params(d, "weight", 1.0 / gain);
    else if (m == M_XAVIER_VARIANCE_AS_STD)
        scale_params(d, "weight", 1.0 / sqrt(n));
    else if (m == M_STANDARD_SQRT3)
        scale_params(d, "weight", sqrt(3.0));
    else if (m == M_DEFAULT_NO_BIAS)
        scale_params(d, "bias", 0.0);
    else if (m == M_SUM_READOUT)
        nni_init_ones_(d->r);
}
#line 2321 "book/appC-deepnet.nw"
static nni_status bad_forward(nni_module *self, const nni_tensor *x,
                              nni_tensor **y, void *ctx)
{
    (void)ctx;
    return nni_module_forward(nni_module_child(self, 0), x, y);
}

static nni_status bad_backward(nni_module *self, const nni_tensor *dy,
                               nni_tensor **dx, void *ctx)
{
    const nni_module *act = nni_module_child(self, 0);
    const double *y = nni_tensor_data_const(nni_module_cached_output(act));
    (void)ctx;
    nni_status status = nni_tensor_clone(dx, dy);
    double *g = status == NNI_OK ? nni_tensor_data(*dx) : NULL;
    for (size_t i = 0; status == NNI_OK && i < nni_tensor_numel(dy); i++)
        if (nni_module_kind_of(act) == NNI_TANH)
            g[i] *= 1.0 - y[i];
    return status;
}
#line 2347 "book/appC-deepnet.nw"
static nni_module *copy_linear(const nni_module *lin)
{
    nni_torch_gen scratch;
    nni_module *m;
    nni_tensor *w, *b;
    const size_t n = nni_tensor_dim(nni_module_param(lin, "weight"), 0);
    nni_torch_manual_seed(&scratch, 0);
    ck_assert_int_eq(nni_linear_new(&m, n, n, true, NNI_FLOAT64, &scratch),
                     NNI_OK);
    ck_assert_int_eq(nni_tensor_clone(&w, nni_module_param(lin, "weight")),
                     NNI_OK);
    ck_assert_int_eq(nni_tensor_clone(&b, nni_module_param(lin, "bias")),
                     NNI_OK);
    ck_assert_int_eq(nni_module_set_param(m, "weight", w), NNI_OK);
    ck_assert_int_eq(nni_module_set_param(m, "bias", b), NNI_OK);
    return m;
}
#line 2367 "book/appC-deepnet.nw"
static void swap_in_bad_activations(nni_app_deep *d)
{
    nni_module *seq, *m, *inner;
    ck_assert_int_eq(nni_sequential_new(&seq), NNI_OK);
    for (size_t i = 0; i < nni_module_len(d->net); i++) {
        const nni_module *old = nni_module_child(d->net, i);
        if (nni_module_kind_of(old) == NNI_LINEAR) {
            m = copy_linear(old);
        } else {
            const bool tanh_act = nni_module_kind_of(old) == NNI_TANH;
            ck_assert_int_eq(nni_custom_new(&m, "Bad", bad_forward, NULL),
                             NNI_OK);
            ck_assert_int_eq(nni_custom_set_backward(m, bad_backward), NNI_OK);
            ck_assert_int_eq(tanh_act ? nni_tanh_new(&inner)
                                      : nni_relu_new(&inner), NNI_OK);
            ck_assert_int_eq(nni_module_add(m, "act", inner), NNI_OK);
        }
        ck_assert_int_eq(nni_module_add(seq, NULL, m), NNI_OK);
    }
    nni_module_free(d->net);
    d->net = seq;
}
#line 2396 "book/appC-deepnet.nw"
START_TEST(test_layers_agree_with_pytorch_and_mean_field)
{
    const stat_config *sc = &stat_configs[_i];
    nni_stat_test t = NNI_STAT_BEGIN();
    if (t.mutant > 0 && !mutant_applies(t.mutant, sc))
        return;
    static seed_stats ss;
    nni_app_deep_config c;
    nni_app_deep d;
    nni_app_deep_stats s;
    verdict v = { 0, 0, "" };
    read_seed_stats(sc, &ss);
    
#line 2421 "book/appC-deepnet.nw"
nni_app_deep_defaults(&c);
c.act = sc->act, c.init = sc->init, c.gain = sc->gain;
c.width = sc->width, c.depth = sc->depth, c.batch = sc->batch, c.seed = t.seed;
ck_assert_int_eq(nni_app_deep_new(&d, &c), NNI_OK);
if (t.mutant == M_RELU_SLOPE_ONE || t.mutant == M_TANH_ONE_MINUS_Y)
    swap_in_bad_activations(&d);
else
    mutate_parameters(&d, t.mutant);
ck_assert_int_eq(nni_app_deep_run(&d), NNI_OK);
#line 2409 "book/appC-deepnet.nw"
    
#line 2433 "book/appC-deepnet.nw"
for (size_t l = 0; l < c.depth; l++) {
    nni_app_deep_layer_stats(&d, l + 1, &s);
    const double got[N_LOG_STATS] = { s.pre_std, s.act_std, s.grad_rms,
                                      s.act_rms, s.wgrad_rms };
    for (int k = 0; k < N_LOG_STATS; k++)
        judge(&t, &v, k, l, got[k], &ss);
}
#line 2410 "book/appC-deepnet.nw"
    nni_app_deep_free(&d);
    ck_assert_msg(v.failed == 0, "%s %s, seed 0x%016" PRIx64 " (rerun with "
                  "NNI_TEST_SEED=%" PRIu64 "): %zu of %zu checks failed:%s",
                  nni_app_deep_act_name(sc->act),
                  nni_app_deep_init_name(sc->init), t.seed,
                  nni_test_env_get()->base, v.failed, v.checks, v.msg);
}
END_TEST
#line 2451 "book/appC-deepnet.nw"
START_TEST(test_program_agrees_with_pytorch_seed_means)
{
    const stat_config *sc = &stat_configs[_i == 0 ? 0 : 4];
    nni_stat_test t = NNI_STAT_BEGIN();
    if (t.mutant > 0)
        return;
    static seed_stats ss;
    verdict v = { 0, 0, "" };
    char command[512], line[1024];
    read_seed_stats(sc, &ss);
    snprintf(command, sizeof command, "%s/deepnet %s --init %s --width %zu "
             "--depth %zu --batch %zu --seed %" PRIu64, NNI_BIN_DIR,
             nni_app_deep_act_name(sc->act), nni_app_deep_init_name(sc->init),
             sc->width, sc->depth, sc->batch, t.seed);
    FILE *p = popen(command, "r");
    ck_assert_ptr_nonnull(p);
    ck_assert_ptr_nonnull(fgets(line, sizeof line, p));       /* 表头 */
    
#line 2477 "book/appC-deepnet.nw"
for (size_t l = 0; l < sc->depth; l++) {
    double c[11];
    ck_assert_ptr_nonnull(fgets(line, sizeof line, p));
    char *cursor = line;
    for (int k = 0; k < 11; k++)
        c[k] = strtod(cursor, &cursor);
    const double got[N_LOG_STATS] = { c[1], c[2], c[3], c[4], c[6] };
    ck_assert(c[0] == (double)(l + 1));
    for (int k = 0; k < N_LOG_STATS; k++)
        judge(&t, &v, k, l, got[k], &ss);
}
#line 2469 "book/appC-deepnet.nw"
    ck_assert_int_eq(pclose(p), 0);
    ck_assert_msg(v.failed == 0, "%s: %zu of %zu checks failed:%s", command,
                  v.failed, v.checks, v.msg);
}
END_TEST

#line 2518 "book/appC-deepnet.nw"
int main(void)
{
    Suite *s = suite_create("stat-deepnet");
    TCase *tc = tcase_create("layers");
    tcase_set_timeout(tc, 120);
    
#line 2443 "book/appC-deepnet.nw"
tcase_add_loop_test(tc, test_layers_agree_with_pytorch_and_mean_field, 0,
                    (int)N_STAT_CONFIGS);
#line 2491 "book/appC-deepnet.nw"
tcase_add_loop_test(tc, test_program_agrees_with_pytorch_seed_means, 0, 2);
#line 2524 "book/appC-deepnet.nw"
    suite_add_tcase(s, tc);
    return nni_stat_main(s, "stat-deepnet", mutants, M_COUNT - 1);
}
