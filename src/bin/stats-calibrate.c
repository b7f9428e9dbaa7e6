#line 3605 "book/appA-stats.nw"
/* stats-calibrate -- 在 alpha = 0.01 下测量每个检查的虚警率 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "nninit.h"
#include "support/stat-synth.h"

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 16384;
    int reps = argc > 2 ? atoi(argv[2]) : 1000;
    nni_law laws[3];
    int fails[3][NNI_CHECK_KINDS] = { { 0 } },
        runs[3][NNI_CHECK_KINDS] = { { 0 } };
    int any[3] = { 0, 0, 0 };
    nni_check_options o;
    nni_check_options_default(&o);
    o.alpha = 0.01;
    nni_law_uniform(&laws[0], -0.3, 0.7);
    nni_law_normal(&laws[1], 1.5, 2.0);
    nni_law_truncnorm(&laws[2], 0.1, 0.5, -0.5, 1.0);
    float *x = malloc(n * sizeof *x);
    if (x == NULL || n < 2 || reps < 1)
        return 1;
    
#line 3638 "book/appA-stats.nw"
for (int l = 0; l < 3; l++) {
    synth_rng g;
    synth_seed(&g, 1000 + (uint64_t)l);
    for (int r = 0; r < reps; r++) {
        nni_sample *s;
        nni_battery b;
        synth_draw(&g, &laws[l], NNI_FLOAT32, x, n);
        if (nni_sample_new(&s, NNI_FLOAT32, x, n) != NNI_OK
            || nni_check_battery(&b, s, &laws[l], &o) != NNI_OK) {
            fprintf(stderr, "stats-calibrate: %s\n", nni_errmsg());
            return 1;
        }
        for (size_t k = 0; k < b.count; k++)
            for (int kind = 0; kind < NNI_CHECK_KINDS; kind++)
                if (b.result[k].name == nni_check_name((nni_check_kind)kind)) {
                    runs[l][kind]++;
                    fails[l][kind] += !b.result[k].passed;
                }
        any[l] += b.failed > 0;
        nni_sample_free(s);
    }
}
#line 3631 "book/appA-stats.nw"
    
#line 3663 "book/appA-stats.nw"
printf("false-alarm rates at alpha = %g: "
       "%d float32 samples of n = %zu per law\n", o.alpha, reps, n);
printf("(binomial 2-sigma band around 1 %%: +- %.2f %%)\n\n",
       200.0 * sqrt(0.01 * 0.99 / reps));
printf("%-10s %16s %16s %22s\n", "check", "uniform(-.3,.7)", "normal(1.5,2)",
       "truncnorm(.1,.5,-.5,1)");
for (int kind = 0; kind < NNI_CHECK_KINDS; kind++) {
    printf("%-10s", nni_check_name((nni_check_kind)kind));
    for (int l = 0; l < 3; l++)
        if (runs[l][kind] > 0)
            printf(" %*.2f %%", l == 2 ? 20 : 14,
                   100.0 * fails[l][kind] / runs[l][kind]);
        else
            printf(" %*s", l == 2 ? 22 : 16, "-");
    printf("\n");
}
printf("%-10s", "any");
for (int l = 0; l < 3; l++)
    printf(" %*.2f %%", l == 2 ? 20 : 14, 100.0 * any[l] / reps);
printf("\n");
#line 3632 "book/appA-stats.nw"
    free(x);
    return 0;
}
