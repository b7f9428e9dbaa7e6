#line 2793 "book/appA-stats.nw"
/* support/stat-synth.c -- 合成样本 */
#include <math.h>

#include "support/stat-synth.h"

#line 2807 "book/appA-stats.nw"
void synth_seed(synth_rng *g, uint64_t seed)
{
    g->state = seed;
    g->spare = 0.0;
    g->has_spare = false;
}

uint64_t synth_next(synth_rng *g)
{
    uint64_t z = (g->state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}
#line 2833 "book/appA-stats.nw"
float synth_u24(synth_rng *g)
{
    return (float)(synth_next(g) >> 40) * 0x1.0p-24f;
}

double synth_u53(synth_rng *g)
{
    return ((double)(synth_next(g) >> 11) + 0.5) * 0x1.0p-53;
}
#line 2857 "book/appA-stats.nw"
double synth_normal(synth_rng *g)
{
    if (g->has_spare) {
        g->has_spare = false;
        return g->spare;
    }
    double r = sqrt(-2.0 * log(synth_u53(g))),
           t = 6.283185307179586 * synth_u53(g);
    g->spare = r * sin(t);
    g->has_spare = true;
    return r * cos(t);
}
#line 2872 "book/appA-stats.nw"
double synth_truncnorm(synth_rng *g, const nni_law *law)
{
    double al = law->alpha, be = law->beta;
    if (law->mass < 0.25 && isfinite(al) && isfinite(be)) {
        double x0 = al > 0.0 ? al : be < 0.0 ? be : 0.0;
        for (;;) {
            double xi = al + (be - al) * synth_u53(g);
            if (synth_u53(g) <= exp(-0.5 * (xi * xi - x0 * x0)))
                return law->m + law->s * xi;
        }
    }
    for (;;) {
        double xi = synth_normal(g);
        if (xi >= al && xi <= be)
            return law->m + law->s * xi;
    }
}
#line 2902 "book/appA-stats.nw"
void synth_store(void *out, nni_dtype dtype, size_t i, double v)
{
    if (dtype == NNI_FLOAT32)
        ((float *)out)[i] = (float)v;
    else
        ((double *)out)[i] = v;
}

void synth_draw(synth_rng *g, const nni_law *law, nni_dtype dtype, void *out,
                size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (law->kind == NNI_LAW_UNIFORM && dtype == NNI_FLOAT32) {
            float a = (float)law->a, w = (float)law->b - a;
            ((float *)out)[i] = a + w * synth_u24(g);
        } else if (law->kind == NNI_LAW_UNIFORM) {
            synth_store(out, dtype, i,
                        law->a + (law->b - law->a) * synth_u53(g));
        } else if (law->kind == NNI_LAW_NORMAL) {
            synth_store(out, dtype, i, law->m + law->s * synth_normal(g));
        } else {
            synth_store(out, dtype, i, synth_truncnorm(g, law));
        }
    }
}
#line 2938 "book/appA-stats.nw"
void synth_sorted_uniform(synth_rng *g, double *out, size_t n)
{
    double s = 0.0;
    for (size_t i = 0; i < n; i++) {
        s += -log(synth_u53(g));
        out[i] = s;
    }
    s += -log(synth_u53(g));
    for (size_t i = 0; i < n; i++)
        out[i] /= s;
}
