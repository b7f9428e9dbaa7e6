#line 2211 "book/appA5-stat-init.nw"
/* stat-init -- 初始化函数的统计测试：样本量、功效与笔记本的核对 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "nninit.h"
#include "examples/notebook.h"

#define ALPHA 1e-6

#line 2249 "book/appA5-stat-init.nw"
static double power_normal(double n, double c)
{
    double lo = nni_chi2_quantile(ALPHA / 2, n),
           hi = nni_chi2_isf(ALPHA / 2, n);
    return nni_chi2_cdf(lo / (c * c), n) + nni_chi2_sf(hi / (c * c), n);
}

static double power_uniform(double n, double c)
{
    double zc = nni_normal_isf(ALPHA / 2),
           shift = (c * c - 1.0) / sqrt(0.8 / n);
    return nni_normal_sf((zc - shift) / (c * c))
           + nni_normal_cdf((-zc - shift) / (c * c));
}

static double smallest_error(double (*power)(double, double), double n,
                             int direction)
{
    double lo = 0.0, hi = direction > 0 ? 10.0 : 0.999;     /* |c - 1| */
    for (int i = 0; i < 200; i++) {
        double mid = 0.5 * (lo + hi);
        if (power(n, 1.0 + direction * mid) >= 0.999)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}
#line 2335 "book/appA5-stat-init.nw"
static void print_needed(const char *what, double (*power)(double, double),
                         double c)
{
    double lo = 1e2, hi = 1e12;
    while (hi / lo > 1.0001) {
        double mid = sqrt(lo * hi);
        if (power(mid, c) >= 0.999)
            hi = mid;
        else
            lo = mid;
    }
    printf("  %-36s %10.3g  (%.3g x 131072)\n", what, hi, hi / 131072.0);
}
#line 2285 "book/appA5-stat-init.nw"
static int sample_sizes(void)
{
    const double sizes[4] = { 131072, 147456, 134000, 1e6 };
    const char *what[4] = { "512x256", "conv, 8 calls", "sparse nonzeros",
                            "for comparison" };
    printf("variance checks at alpha = %g: "
           "probability of finding a std that is too large\n", ALPHA);
    printf("%-24s %-26s %-26s\n", "", "normal (chi2, exact)",
           "uniform (4th moment z)");
    printf("%-24s %8s %8s %8s %8s %8s %8s\n", "n", "x1.01", "x1.02", "found*",
           "x1.01", "x1.02", "found*");
    for (int k = 0; k < 4; k++) {
        double n = sizes[k];
        printf("%-7.0f %-16s %8.3f %8.3f %7.2f%% %8.3f %8.3f %7.2f%%\n", n,
               what[k], power_normal(n, 1.01), power_normal(n, 1.02),
               100.0 * smallest_error(power_normal, n, 1),
               power_uniform(n, 1.01), power_uniform(n, 1.02),
               100.0 * smallest_error(power_uniform, n, 1));
    }
    printf("(* the smallest error found with probability 0.999)\n\n");
    
#line 2312 "book/appA5-stat-init.nw"
printf("the bound b of U(-b, b): "
       "smallest error found with probability 0.999\n");
printf("%-24s %22s %22s\n", "n", "b too small (reach)", "b too large (bounds)");
for (int k = 0; k < 4; k++) {
    double n = sizes[k], p = -expm1(log(ALPHA) / n);
    printf("%-7.0f %-16s %21.4f%% %21.4f%%\n", n, what[k], 100.0 * 2.0 * p,
           100.0 * expm1(log(1000.0) / n));
}
#line 2306 "book/appA5-stat-init.nw"
    
#line 2323 "book/appA5-stat-init.nw"
printf("\nn needed to find a std error with probability 0.999 "
       "(variance check)\n");
print_needed("1 %, normal", power_normal, 1.01);
print_needed("1 %, uniform", power_uniform, 1.01);
print_needed("relu gain with slope 0.01, normal", power_normal,
             1.0 / sqrt(1.0001));
#line 2307 "book/appA5-stat-init.nw"
    return 0;
}
#line 2355 "book/appA5-stat-init.nw"
static int notebook_power(void)
{
    const double sizes[4] = { 500, 1200, 2000, 131072 };
    const char *what[4] = { "10x50", "40x30", "50x40", "512x256" };
    printf("claims about a layer of n weights, alpha = %g per check\n\n",
           ALPHA);
    printf("%-15s %-16s %-15s %8s %8s %8s %8s\n", "",
           "normal(0, 0.5):", "std error", "power", "power", "uniform",
           "reach");
    printf("%-15s %-16s %-15s %8s %8s %8s %8s\n", "n", "V/0.25 accepted",
           "found*", "var 0.5", "x1.05", "found*", "inward");
    for (int k = 0; k < 4; k++) {
        double n = sizes[k];
        char accepted[32], found[32];
        snprintf(accepted, sizeof accepted, "[%.3f, %.3f]",
                 nni_chi2_quantile(ALPHA / 2, n) / n,
                 nni_chi2_isf(ALPHA / 2, n) / n);
        snprintf(found, sizeof found, "+%.1f%%/-%.1f%%",
                 100.0 * smallest_error(power_normal, n, 1),
                 100.0 * smallest_error(power_normal, n, -1));
        printf("%-6.0f %-8s %-16s %-15s %8.6f %8.4f %7.1f%% %7.2f%%\n", n,
               what[k], accepted, found, power_normal(n, sqrt(2.0)),
               power_normal(n, 1.05),
               100.0 * smallest_error(power_uniform, n, 1),
               100.0 * -expm1(log(ALPHA) / n));
    }
    printf("(* the smallest std error found with probability 0.999; "
           "the uniform\n"
           "   column is for a larger std; reach: the inward move of one end, "
           "in %%\n"
           "   of b - a, that the reach check finds for sure)\n");
    return 0;
}
#line 2396 "book/appA5-stat-init.nw"
static int report(int cell, const char *path, const nni_module *layer)
{
    const nni_tensor *w = nni_module_param(layer, "weight");
    const size_t out = nni_tensor_dim(w, 0), in = nni_tensor_dim(w, 1);
    const double xb = sqrt(6.0 / (double)(in + out));
    nni_law law;
    nni_sample *s;
    nni_battery b;
    double v;
    char what[32];
    if (cell == 5)
        nni_law_uniform(&law, 3.0, 5.0);
    else if (cell == 16)
        nni_law_uniform(&law, -xb, xb);
    else
        nni_law_normal(&law, 0.0, 0.5);
    if (nni_sample_from_tensor(&s, w) != NNI_OK)
        return -1;
    if (nni_check_battery(&b, s, &law, NULL) != NNI_OK
        || nni_stats_moment(nni_sample_values(s), nni_sample_size(s), law.mean,
                            2, &v)
               != NNI_OK) {
        nni_sample_free(s);
        return -1;
    }
    
#line 2437 "book/appA5-stat-init.nw"
const nni_check_result *mean = NULL, *var = NULL;
for (size_t k = 0; k < b.count; k++) {
    if (strcmp(b.result[k].name, "mean") == 0)
        mean = &b.result[k];
    if (strcmp(b.result[k].name, "var") == 0)
        var = &b.result[k];
}
const size_t n = nni_sample_size(s);
const double mu2 = law.mu[2],
             scale = sqrt((law.mu[4] - mu2 * mu2) / (double)n) / mu2;
const bool normal = law.kind == NNI_LAW_NORMAL;
const double lo = normal ? var->lo / (double)n : 1.0 + var->lo * scale;
const double hi = normal ? var->hi / (double)n : 1.0 + var->hi * scale;
if (cell == 5)
    snprintf(what, sizeof what, "U(3, 5)");
else if (cell == 16)
    snprintf(what, sizeof what, "U(+-%.4f)", xb);
else
    snprintf(what, sizeof what, "N(0, 0.5^2)");
#line 2422 "book/appA5-stat-init.nw"
    printf("%2d  %-10s %2zux%-2zu %4zu  %-13s %6.2f  %6.3f  [%.3f, %.3f]  "
           "%6zu/%zu\n",
           cell, path, out, in, n, what, mean->statistic, v / law.mu[2], lo, hi,
           b.count - b.failed, b.count);
    nni_sample_free(s);
    return (int)b.failed;
}
#line 2462 "book/appA5-stat-init.nw"
static nni_status visit(int cell, const nni_module *net1,
                        const nni_module *net2, void *ctx)
{
    int *failed = ctx;
    const nni_module *layer[3];
    char path[3][16];
    size_t count = 0;
    if (cell == 5 || cell == 16 || cell == 7)
        for (size_t i = 0; i < (cell == 7 ? 3u : 1u); i++, count++) {
            layer[count] = nni_module_child(net1, 2 * i);
            snprintf(path[count], sizeof path[count], "net1[%zu]", 2 * i);
        }
    if (cell == 12)
        for (size_t i = 0; i < 3; i++, count++) {
            layer[count] = nni_module_child(nni_module_child(net2, i), 0);
            snprintf(path[count], sizeof path[count], "net2.%s[0]",
                     nni_module_child_name(net2, i));
        }
    for (size_t i = 0; i < count; i++) {
        int f = report(cell, path[i], layer[i]);
        if (f < 0)
            return NNI_ENOMEM;
        *failed += f;
    }
    return NNI_OK;
}
#line 2494 "book/appA5-stat-init.nw"
static int notebook_check(void)
{
    int failed = 0;
    printf("the notebook's claims, seed 0: every check at alpha = %g\n\n",
           ALPHA);
    printf("%-2s  %-10s %-5s %4s  %-13s %6s  %6s  %-14s  %s\n", "in", "layer",
           "shape", "n", "claimed law", "mean z", "V/var", "V/var accepted",
           "checks passed");
    if (notebook_visit(0, visit, &failed) != NNI_OK) {
        fprintf(stderr, "stat-init: %s\n", nni_errmsg());
        return 1;
    }
    return failed == 0 ? 0 : 1;
}

#line 2226 "book/appA5-stat-init.nw"
int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    if (strcmp(mode, "power") == 0)
        return sample_sizes();
    if (strcmp(mode, "notebook-power") == 0)
        return notebook_power();
    if (strcmp(mode, "notebook") == 0)
        return notebook_check();
    fprintf(stderr, "usage: stat-init power | notebook-power | notebook\n");
    return 2;
}
