#line 671 "book/app2-golden.nw"
/* support/golden-train.c -- 训练曲线的黄金文件 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "support/golden-train.h"

#line 701 "book/app2-golden.nw"
static bool curve_push(double **v, size_t *n, size_t *cap, double x)
{
    if (*n == *cap) {
        const size_t grown = *cap == 0 ? 256 : 2 * *cap;
        double *p = realloc(*v, grown * sizeof *p);
        if (p == NULL)
            return false;
        *v = p;
        *cap = grown;
    }
    (*v)[(*n)++] = x;
    return true;
}
#line 720 "book/app2-golden.nw"
static bool curve_record(nni_app_curve *c, const char *tag, char *rest)
{
    const bool step = strcmp(tag, "step") == 0;
    bool ok = true;
    if (strcmp(tag, "diverged") == 0)
        return sscanf(rest, "%ld %ld", &c->diverged_epoch,
                      &c->diverged_step) == 2;
    if (!step && strcmp(tag, "epoch") != 0)
        return false;
    if (step && (nni_app_golden_token(&rest) == NULL
                 || nni_app_golden_token(&rest) == NULL))
        return false;
    for (char *w; ok && (w = nni_app_golden_token(&rest)) != NULL;)
        ok = step ? curve_push(&c->steps, &c->n_steps, &c->cap_steps,
                               strtod(w, NULL))
                  : curve_push(&c->epochs, &c->n_epochs, &c->cap_epochs,
                               strtod(w, NULL));
    return ok;
}
#line 746 "book/app2-golden.nw"
int nni_app_curve_read(nni_app_golden_file *f, nni_app_curve *c)
{
    char *rest, *tag = NULL;
    memset(c, 0, sizeof *c);
    c->diverged_epoch = c->diverged_step = -1;
    while (nni_app_golden_next_line(f)) {
        rest = f->line;
        tag = nni_app_golden_token(&rest);
        if (tag != NULL && strcmp(tag, "case") == 0)
            break;
        tag = NULL;
    }
    if (tag == NULL)
        return 0;
    snprintf(c->name, sizeof c->name, "%s", rest);
    
#line 766 "book/app2-golden.nw"
if (!nni_app_golden_next_line(f) || strncmp(f->line, "args ", 5) != 0) {
    nni_app_golden_problem(f, "case %s: expected 'args'", c->name);
    return -1;
}
snprintf(c->args, sizeof c->args, "%s", f->line + 5);
while (nni_app_golden_next_line(f)) {
    rest = f->line;
    tag = nni_app_golden_token(&rest);
    if (tag != NULL && strcmp(tag, "end") == 0)
        return 1;
    if (tag == NULL || !curve_record(c, tag, rest)) {
        nni_app_golden_problem(f, "case %s: bad record", c->name);
        nni_app_curve_free(c);
        return -1;
    }
}
nni_app_golden_problem(f, "case %s: no 'end'", c->name);
nni_app_curve_free(c);
return -1;
#line 762 "book/app2-golden.nw"
}
#line 788 "book/app2-golden.nw"
void nni_app_curve_free(nni_app_curve *c)
{
    free(c->steps);
    free(c->epochs);
    c->steps = c->epochs = NULL;
    c->n_steps = c->n_epochs = c->cap_steps = c->cap_epochs = 0;
}
#line 801 "book/app2-golden.nw"
bool nni_app_curve_setup(const nni_app_curve *c, nni_app_train_setup *s,
                         char *err, size_t errsize)
{
    char buf[sizeof c->args];
    const char *argv[64], *data;
    int argc = 0;
    snprintf(buf, sizeof buf, "%s", c->args);
    for (char *w = strtok(buf, " "); w != NULL && argc < 64;
         w = strtok(NULL, " "))
        argv[argc++] = w;
    return nni_app_train_parse(argc, argv, s, &data, err, errsize);
}
#line 826 "book/app2-golden.nw"
static void replay_step(size_t epoch, size_t k, double loss, void *ctx)
{
    nni_app_curve *c = ctx;
    (void)epoch;
    (void)k;
    if (!curve_push(&c->steps, &c->n_steps, &c->cap_steps, loss))
        c->diverged_step = -2;              /* 内存不足，见下 */
}

static bool replay_epoch(const nni_app_epoch *row, void *ctx)
{
    nni_app_curve *c = ctx;
    const double v[4] = { (double)row->epoch, row->train_loss, row->train_acc,
                          row->test_acc };
    for (int k = 0; k < 4 && c->diverged_step != -2; k++)
        if (!curve_push(&c->epochs, &c->n_epochs, &c->cap_epochs, v[k]))
            c->diverged_step = -2;
    return c->diverged_step != -2;
}
#line 850 "book/app2-golden.nw"
nni_app_train_result nni_app_curve_replay(const nni_app_curve *golden,
                                          const nni_app_digits *d,
                                          nni_app_curve *mine,
                                          char *err, size_t errsize)
{
    nni_app_train_setup s;
    const nni_app_train_hooks hooks = { replay_step, replay_epoch, mine };
    memset(mine, 0, sizeof *mine);
    memcpy(mine->name, golden->name, sizeof mine->name);
    memcpy(mine->args, golden->args, sizeof mine->args);
    mine->diverged_epoch = mine->diverged_step = -1;
    if (!nni_app_curve_setup(golden, &s, err, errsize))
        return NNI_APP_TRAIN_FAILED;
    const nni_app_train_result r = nni_app_train(&s, d, &hooks, err, errsize);
    if (r == NNI_APP_TRAIN_STOPPED)
        snprintf(err, errsize, "out of memory");
    return r;
}
#line 896 "book/app2-golden.nw"
double nni_app_rel_diff(double got, double want)
{
    if (got == want || (isnan(got) && isnan(want)))
        return 0.0;
    return isfinite(got) && isfinite(want) ? fabs(got - want) / fabs(want)
                                           : (double)INFINITY;
}
#line 909 "book/app2-golden.nw"
static void compare_steps(const nni_app_curve *g, const nni_app_curve *m,
                          size_t early_steps, nni_app_agreement *a)
{
    for (size_t k = 0; k < g->n_steps && k < m->n_steps; k++) {
        const double r = nni_app_rel_diff(m->steps[k], g->steps[k]);
        if (r > 0 && a->first_diff == g->n_steps)
            a->first_diff = k;
        a->all = r > a->all ? r : a->all;
        if (k < early_steps)
            a->early = r > a->early ? r : a->early;
    }
}
#line 927 "book/app2-golden.nw"
static void compare_epochs(const nni_app_curve *g, const nni_app_curve *m,
                           nni_app_agreement *a)
{
    for (size_t i = 0; i < g->n_epochs && i < m->n_epochs; i++) {
        const double got = m->epochs[i], want = g->epochs[i];
        const double d = i % 4 == 1 ? nni_app_rel_diff(got, want)
                                    : fabs(got - want);
        double *worst = i % 4 == 1 ? &a->epochs : &a->acc;
        if (!(d <= *worst))
            *worst = isnan(d) ? (double)INFINITY : d;
    }
}
#line 942 "book/app2-golden.nw"
nni_app_agreement nni_app_curve_compare(const nni_app_curve *golden,
                                        const nni_app_curve *mine,
                                        nni_app_train_result result)
{
    nni_app_train_setup s;
    char err[NNI_APP_ERRSIZE];
    const bool setup = nni_app_curve_setup(golden, &s, err, sizeof err);
    const bool f32 = setup && s.dtype == NNI_FLOAT32;
    const double tol = f32 ? 1e-5 : 1e-9, acc_tol = f32 ? 0.005 : 0.0;
    nni_app_agreement a = { golden->n_steps, 0.0, 0.0, 0.0, 0.0, false, false };
    
#line 963 "book/app2-golden.nw"
a.same_end = mine->n_steps == golden->n_steps
             && mine->n_epochs == golden->n_epochs
             && (result == NNI_APP_TRAINED || result == NNI_APP_DIVERGED)
             && (result == NNI_APP_DIVERGED) == (golden->diverged_epoch >= 0);
#line 953 "book/app2-golden.nw"
    compare_steps(golden, mine, 2 * ((NNI_APP_DIGITS_TRAIN + s.batch - 1)
                                     / s.batch), &a);
    compare_epochs(golden, mine, &a);
    a.ok = setup && a.same_end && a.all <= tol && a.epochs <= tol
           && a.acc <= acc_tol;
    return a;
}
