#line 3351 "book/appA-stats.nw"
/* stats-power -- 检查的接受域、最小可检出效应与功效曲线 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "support/stat-synth.h"

#define N 131072
#define ALPHA 1e-6

#line 3436 "book/appA-stats.nw"
static const char *symbol_of(const nni_check_result *r)
{
    static char symbol[32];
    const char *p = r->line + strlen(r->name);
    while (*p == ' ')
        p++;
    p += r->passed ? 2 : 4;                 /* "ok" 或 "FAIL" */
    while (*p == ' ')
        p++;
    size_t len = (size_t)(strstr(p, " = ") - p);
    snprintf(symbol, sizeof symbol, "%.*s", (int)(len < 31 ? len : 31), p);
    return symbol;
}
#line 3387 "book/appA-stats.nw"
static int acceptance_regions(void)
{
    nni_law laws[3];
    nni_law_uniform(&laws[0], -0.3, 0.7);
    nni_law_normal(&laws[1], 1.5, 2.0);
    nni_law_truncnorm(&laws[2], 0.1, 0.5, -0.5, 1.0);
    float *x = malloc(N * sizeof *x);
    if (x == NULL)
        return 1;
    printf("acceptance regions, n = %d, alpha = %g per check\n", N, ALPHA);
    for (int l = 0; l < 3; l++) {
        
#line 3406 "book/appA-stats.nw"
char what[120];
nni_sample *s;
nni_battery b;
synth_rng g;
synth_seed(&g, (uint64_t)l);
for (size_t i = 0; i < N; i++)
    x[i] = (float)nni_law_quantile(&laws[l], ((double)i + 0.5) / N);
for (size_t i = N - 1; i > 0; i--) {
    size_t j = (size_t)(synth_next(&g) % (i + 1));
    float v = x[i];
    x[i] = x[j];
    x[j] = v;
}
if (nni_sample_new(&s, NNI_FLOAT32, x, N) != NNI_OK
    || nni_check_battery(&b, s, &laws[l], NULL) != NNI_OK) {
    fprintf(stderr, "stats-power: %s\n", nni_errmsg());
    return 1;
}
nni_law_describe(&laws[l], what, sizeof what);
printf("\n%s, float32\n", what);
for (size_t k = 0; k < b.count; k++)
    printf("  %-9s %-15s [%11.6g, %11.6g]\n", b.result[k].name,
           symbol_of(&b.result[k]), b.result[k].lo, b.result[k].hi);
nni_sample_free(s);
#line 3399 "book/appA-stats.nw"
    }
    free(x);
    return 0;
}
#line 3468 "book/appA-stats.nw"
static void detectable_effects(void)
{
    const double sizes[3] = { 1e4, N, 1e6 };
    double z = nni_normal_isf(ALPHA / 2) + nni_normal_isf(1e-3);
    printf("\nsmallest effects found with probability 0.999 at alpha = %g "
           "(z_alpha/2 + z_0.001 = %.3f)\n", ALPHA, z);
    printf("%-44s %10s %10s %10s\n", "effect (test)", "n = 1e4", "n = 131072",
           "n = 1e6");
    
#line 3481 "book/appA-stats.nw"
const char *label[6] = { "mean shift, in std (mean)",
                         "normal std, relative (var, chi2)",
                         "uniform std, relative (var, 4th moment z)",
                         "uniform bound too small (reach)",
                         "uniform bound too large (bounds)",
                         "normal mu4, relative (m4)" };
for (int row = 0; row < 6; row++) {
    printf("%-44s", label[row]);
    for (int c = 0; c < 3; c++) {
        double n = sizes[c], p = -expm1(log(ALPHA) / n), e = 0.0;
        switch (row) {
        case 0: e = z / sqrt(n); break;
        case 1: e = sqrt(1.0 + z * sqrt(2.0 / n)) - 1.0; break;
        case 2: e = sqrt(1.0 + z * sqrt(0.8 / n)) - 1.0; break;
        case 3: e = 2.0 * p; break;
        case 4: e = expm1(log(1000.0) / n); break;
        case 5: e = z * sqrt(96.0 / n) / 3.0; break;
        }
        printf(" %9.3g%%", 100.0 * e);
    }
    printf("\n");
}
#line 3477 "book/appA-stats.nw"
}
#line 3514 "book/appA-stats.nw"
static void misused_variance_test(void)
{
    nni_law u, t, g;
    nni_law_uniform(&u, -1.0, 1.0);
    nni_law_truncnorm(&t, 0.0, 1.0, -2.0, 2.0);
    nni_law_normal(&g, 0.0, 1.0);
    const char *name[5] = { "uniform", "truncnorm [-2, 2]", "normal", "Laplace",
                            "Student t, 5 d.f." };
    double kurt[5] = { u.mu[4] / (u.mu[2] * u.mu[2]),
                       t.mu[4] / (t.mu[2] * t.mu[2]),
                       g.mu[4] / (g.mu[2] * g.mu[2]), 6.0, 9.0 };
    double zc = nni_normal_isf(ALPHA / 2);
    printf("\nthe normal-theory chi2 variance test (nominal alpha = %g) on "
           "other laws\n", ALPHA);
    printf("%-20s %9s %14s %20s\n", "law", "kurtosis", "true alpha",
           "smallest std error");
    for (int k = 0; k < 5; k++) {
        double scale = sqrt((kurt[k] - 1.0) / 2.0);
        double z = nni_normal_isf(ALPHA / 2) + nni_normal_isf(1e-3);
        printf("%-20s %9.4g %14.3g %19.3g%%\n", name[k], kurt[k],
               2.0 * nni_normal_sf(zc / scale),
               100.0 * (sqrt(1.0 + z * scale * sqrt(2.0 / N)) - 1.0));
    }
}
#line 3548 "book/appA-stats.nw"
#define REPS 40

static int power_curve(void)
{
    nni_law law;
    nni_law_normal(&law, 0.0, 1.0);
    double lo = nni_chi2_quantile(ALPHA / 2, N),
           hi = nni_chi2_isf(ALPHA / 2, N);
    double dcrit = nni_ks_critical(ALPHA, N), acrit = nni_ad_isf(ALPHA);
    double *x = malloc(N * sizeof *x);
    synth_rng g;
    if (x == NULL)
        return 1;
    synth_seed(&g, 2024);
    printf("# normal data with std c: "
           "power of the tests at n = %d, alpha = %g\n", N, ALPHA);
    printf("# %d samples per point; columns: c  var(exact)  var  ks  ad\n",
           REPS);
    for (int step = 0; step <= 20; step++) {
        double c = 1.0 + 0.002 * step, exact = nni_chi2_cdf(lo / (c * c), N)
                                                + nni_chi2_sf(hi / (c * c), N);
        int var = 0, ks = 0, ad = 0;
        
#line 3580 "book/appA-stats.nw"
for (int r = 0; r < REPS; r++) {
    double d, a2, v = 0.0;
    synth_sorted_uniform(&g, x, N);
    for (size_t i = 0; i < N; i++) {
        x[i] = c * nni_normal_quantile(x[i]);
        v += x[i] * x[i];
    }
    nni_stats_ks(x, N, &law, &d);
    nni_stats_ad(x, N, &law, &a2);
    var += v < lo || v > hi;
    ks += d > dcrit;
    ad += a2 > acrit;
}
#line 3571 "book/appA-stats.nw"
        printf("%.4f %.6f %.4f %.4f %.4f\n", c, exact, (double)var / REPS,
               (double)ks / REPS, (double)ad / REPS);
    }
    free(x);
    return 0;
}

#line 3369 "book/appA-stats.nw"
int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--curve") == 0)
        return power_curve();
    if (acceptance_regions() != 0)
        return 1;
    detectable_effects();
    misused_variance_test();
    return 0;
}
