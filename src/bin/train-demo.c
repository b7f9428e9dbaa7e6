#line 36 "book/app4-demos.nw"
/* train-demo -- 为“训练”一章生成数据：
   实验网格、带子、表、用时、与 PyTorch 的差别 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include <time.h>

#include "cli/cli.h"
#include "examples/train.h"
#include "support/golden-file.h"
#include "support/golden-train.h"

#line 65 "book/app4-demos.nw"
enum { N_INITS = 6, MAX_SEEDS = 64, MAX_EPOCHS = 1000 };

static const struct experiment_init {
    const char *name, *title;
    nni_app_deep_init init;
    double std;
} inits[N_INITS] = {
    { "small", "N(0, 0.01²)", NNI_APP_DEEP_NORMAL, 0.01 },
    { "unit", "N(0, 1)", NNI_APP_DEEP_NORMAL, 1.0 },
    { "default", "PyTorch 默认", NNI_APP_DEEP_DEFAULT, 0.0 },
    { "xavier", "Xavier 均匀", NNI_APP_DEEP_XAVIER_UNIFORM, 0.0 },
    { "kaiming", "Kaiming 均匀", NNI_APP_DEEP_KAIMING_UNIFORM, 0.0 },
    { "orthogonal", "正交", NNI_APP_DEEP_ORTHOGONAL, 0.0 },
};
#line 128 "book/app4-demos.nw"
static nni_app_train_setup experiment(bool tanh, int init, uint64_t seed)
{
    nni_app_train_setup s;
    nni_app_train_defaults(&s);
    s.tanh = tanh;
    s.init = inits[init].init;
    s.std = inits[init].std;
    s.gain = s.init == NNI_APP_DEEP_ORTHOGONAL ? (tanh ? 5.0 / 3 : sqrt(2.0))
                                               : 1.0;
    s.seed = seed;
    return s;
}
#line 85 "book/app4-demos.nw"
typedef struct job {
    bool tanh;
    int init;
    uint64_t seed;
    size_t n_rows;                      /* 已完成的周期数（含第 0 个） */
    double row[MAX_EPOCHS + 1][3];
    bool diverged, failed;
    char err[NNI_APP_ERRSIZE];
    double seconds;
} job;

typedef struct grid {
    const nni_app_digits *d;
    size_t epochs, width, depth;
    job *jobs;
    size_t n_jobs;
    atomic_size_t next;                 /* 下一个还没有人做的任务 */
} grid;
#line 106 "book/app4-demos.nw"
static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static bool keep_row(const nni_app_epoch *row, void *ctx)
{
    job *j = ctx;
    j->row[j->n_rows][0] = row->train_loss;
    j->row[j->n_rows][1] = row->train_acc;
    j->row[j->n_rows][2] = row->test_acc;
    j->n_rows++;
    return true;
}
#line 145 "book/app4-demos.nw"
static void run_job(const grid *g, job *j)
{
    nni_app_train_setup s = experiment(j->tanh, j->init, j->seed);
    const nni_app_train_hooks hooks = { NULL, keep_row, j };
    s.epochs = g->epochs;
    s.width = g->width;
    s.depth = g->depth;
    const double start = seconds_now();
    const nni_app_train_result r = nni_app_train(&s, g->d, &hooks, j->err,
                                                 sizeof j->err);
    j->seconds = seconds_now() - start;
    j->diverged = r == NNI_APP_DIVERGED;
    j->failed = r != NNI_APP_TRAINED && r != NNI_APP_DIVERGED;
}
#line 165 "book/app4-demos.nw"
static int worker(void *arg)
{
    grid *g = arg;
    for (;;) {
        const size_t k = atomic_fetch_add(&g->next, 1);
        if (k >= g->n_jobs)
            return 0;
        run_job(g, &g->jobs[k]);
    }
}
#line 181 "book/app4-demos.nw"
static int by_value(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, size_t n)
{
    qsort(v, n, sizeof *v, by_value);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}
#line 195 "book/app4-demos.nw"
static void print_job(const job *j)
{
    for (size_t e = 0; e < j->n_rows; e++)
        printf("%s %s %llu %zu %.9g %.9g %.9g\n", j->tanh ? "tanh" : "relu",
               inits[j->init].name, (unsigned long long)j->seed, e,
               j->row[e][0], j->row[e][1], j->row[e][2]);
    if (j->diverged)
        printf("# diverged %s %s %llu: %s\n", j->tanh ? "tanh" : "relu",
               inits[j->init].name, (unsigned long long)j->seed, j->err);
}
#line 210 "book/app4-demos.nw"
static int grid_run(grid *g, size_t seeds, int threads)
{
    thrd_t t[2];
    g->n_jobs = 2 * N_INITS * seeds;
    g->jobs = calloc(g->n_jobs, sizeof *g->jobs);
    double *secs = calloc(g->n_jobs, sizeof *secs);
    if (g->jobs == NULL || secs == NULL) {
        fprintf(stderr, "train-demo: out of memory\n");
        free(g->jobs);
        free(secs);
        return 2;
    }
    
#line 233 "book/app4-demos.nw"
for (size_t k = 0; k < g->n_jobs; k++) {
    g->jobs[k].tanh = k / (N_INITS * seeds) == 1;
    g->jobs[k].init = (int)(k / seeds % N_INITS);
    g->jobs[k].seed = k % seeds;
}
#line 223 "book/app4-demos.nw"
    atomic_init(&g->next, 0);
    const double start = seconds_now();
    
#line 241 "book/app4-demos.nw"
int started = 0;
for (; started < threads; started++)
    if (thrd_create(&t[started], worker, g) != thrd_success)
        break;
if (started == 0)
    worker(g);
for (int k = 0; k < started; k++)
    thrd_join(t[k], NULL);
const double total = seconds_now() - start;
#line 226 "book/app4-demos.nw"
    
#line 253 "book/app4-demos.nw"
int status = 0;
printf("# act init seed epoch train_loss train_acc test_acc\n");
for (size_t k = 0; k < g->n_jobs; k++) {
    print_job(&g->jobs[k]);
    secs[k] = g->jobs[k].seconds;
    if (g->jobs[k].failed) {
        fprintf(stderr, "train-demo: %s\n", g->jobs[k].err);
        status = 2;
    }
}
printf("# time %zu %zu %zu %zu %d %.3f %.3f\n", g->n_jobs, g->epochs,
       g->width, g->depth, threads, total, median(secs, g->n_jobs));
free(secs);
free(g->jobs);
return status;
#line 227 "book/app4-demos.nw"
}
#line 275 "book/app4-demos.nw"
typedef struct results {
    size_t seeds, epochs;                   /* 出现过的最大种子数、周期数 */
    size_t rows[2][N_INITS][MAX_SEEDS];     /* 每次训练的行数 */
    bool diverged[2][N_INITS][MAX_SEEDS];
    double v[2][N_INITS][MAX_SEEDS][MAX_EPOCHS + 1][3];
    double time[7];                         /* “# time”一行的 7 个数 */
} results;

static int init_index(const char *name)
{
    for (int i = 0; i < N_INITS; i++)
        if (strcmp(name, inits[i].name) == 0)
            return i;
    return -1;
}
#line 296 "book/app4-demos.nw"
static bool read_row(results *r, const char *line)
{
    char act[8], init[16];
    unsigned long long seed;
    size_t e;
    double x[3];
    if (sscanf(line, "%7s %15s %llu %zu %lf %lf %lf", act, init, &seed, &e,
               &x[0], &x[1], &x[2]) != 7)
        return false;
    const int a = strcmp(act, "tanh") == 0, i = init_index(init);
    if (i < 0 || seed >= MAX_SEEDS || e > MAX_EPOCHS)
        return false;
    memcpy(r->v[a][i][seed][e], x, sizeof x);
    r->rows[a][i][seed] = e + 1;
    r->seeds = seed + 1 > r->seeds ? seed + 1 : r->seeds;
    r->epochs = e > r->epochs ? e : r->epochs;
    return true;
}
#line 319 "book/app4-demos.nw"
static bool read_comment(results *r, const char *line)
{
    char act[8], init[16];
    unsigned long long seed;
    if (sscanf(line, "# diverged %7s %15s %llu", act, init, &seed) == 3) {
        const int i = init_index(init);
        if (i < 0 || seed >= MAX_SEEDS)
            return false;
        r->diverged[strcmp(act, "tanh") == 0][i][seed] = true;
    }
    if (strncmp(line, "# time ", 7) == 0)
        return sscanf(line + 7, "%lf %lf %lf %lf %lf %lf %lf", &r->time[0],
                      &r->time[1], &r->time[2], &r->time[3], &r->time[4],
                      &r->time[5], &r->time[6]) == 7;
    return true;
}
#line 338 "book/app4-demos.nw"
static results *read_results(void)
{
    static results r;
    char line[512];
    while (fgets(line, sizeof line, stdin) != NULL) {
        const bool ok = line[0] == '#' ? read_comment(&r, line)
                                       : read_row(&r, line);
        if (!ok) {
            fprintf(stderr, "train-demo: cannot read the grid line: %s", line);
            return NULL;
        }
    }
    return &r;
}
#line 359 "book/app4-demos.nw"
static void summarize(const results *r, int a, int i, size_t e, int k,
                      double out[3])
{
    double v[MAX_SEEDS];
    size_t n = 0;
    for (size_t s = 0; s < r->seeds; s++)
        if (r->rows[a][i][s] > e && isfinite(r->v[a][i][s][e][k]))
            v[n++] = r->v[a][i][s][e][k];
    if (n == 0) {
        out[0] = out[1] = out[2] = (double)NAN;
        return;
    }
    out[0] = median(v, n);
    out[1] = v[0];
    out[2] = v[n - 1];
}
#line 381 "book/app4-demos.nw"
static int bands(const results *r, int a)
{
    printf("# epoch, then per init (%s %s %s %s %s %s): loss median min max, "
           "test accuracy %% median min max\n", inits[0].name, inits[1].name,
           inits[2].name, inits[3].name, inits[4].name, inits[5].name);
    for (size_t e = 0; e <= r->epochs; e++) {
        printf("%zu", e);
        for (int i = 0; i < N_INITS; i++) {
            double loss[3], acc[3];
            summarize(r, a, i, e, 0, loss);
            summarize(r, a, i, e, 2, acc);
            printf(" %.6g %.6g %.6g %.4g %.4g %.4g", loss[0], loss[1], loss[2],
                   100 * acc[0], 100 * acc[1], 100 * acc[2]);
        }
        printf("\n");
    }
    return 0;
}
#line 405 "book/app4-demos.nw"
static int table(const results *r)
{
    printf("act   init        test_acc%%  (min - max)       diverged\n");
    for (int a = 0; a < 2; a++)
        for (int i = 0; i < N_INITS; i++) {
            double acc[3];
            size_t diverged = 0;
            for (size_t s = 0; s < r->seeds; s++)
                diverged += r->diverged[a][i][s];
            summarize(r, a, i, r->epochs, 2, acc);
            
#line 422 "book/app4-demos.nw"
printf("%-4s  %-10s  ", a ? "tanh" : "relu", inits[i].name);
if (isnan(acc[0]))
    printf("%9s  %-17s", "-", "");
else
    printf("%9.1f  (%4.1f - %4.1f)    ", 100 * acc[0], 100 * acc[1],
           100 * acc[2]);
printf("  %zu/%zu\n", diverged, r->seeds);
#line 416 "book/app4-demos.nw"
        }
    return 0;
}
#line 435 "book/app4-demos.nw"
static int timing(const results *r)
{
    if (r->time[0] <= 0) {
        fprintf(stderr, "train-demo: the grid output has no '# time' line\n");
        return 2;
    }
    printf("grid: 2 activations x %d initializations x %zu seeds = %.0f "
           "runs\n", N_INITS, r->seeds, r->time[0]);
    printf("each: %.0f epochs, %.0f hidden layers of %.0f units, batch 64, "
           "lr 0.05\n", r->time[1], r->time[3], r->time[2]);
    printf("time: %.0f s on %.0f threads, median %.2f s per run\n",
           r->time[5], r->time[4], r->time[6]);
    return 0;
}
#line 459 "book/app4-demos.nw"
static void print_rel(double r)
{
    if (r == 0)
        printf("  %8s", "0");
    else
        printf("  %8.1e", r);
}
#line 469 "book/app4-demos.nw"
static void print_agreement(const nni_app_curve *g, const nni_app_agreement *a)
{
    printf("%-20s %5zu  ", g->name, g->n_steps);
    if (a->first_diff == g->n_steps)
        printf("%5s", "-");
    else
        printf("%5zu", a->first_diff);
    print_rel(a->early);
    print_rel(a->all);
    print_rel(a->epochs);
    printf("  %s\n", a->acc == 0 && a->same_end ? "yes" : "no");
}
#line 489 "book/app4-demos.nw"
static void print_steps(const nni_app_curve *g, const nni_app_curve *m)
{
    double worst = 0.0;
    printf("# step, |C - PyTorch| / |PyTorch| of the step's loss, "
           "running max\n");
    for (size_t k = 0; k < g->n_steps && k < m->n_steps; k++) {
        const double r = nni_app_rel_diff(m->steps[k], g->steps[k]);
        worst = r > worst ? r : worst;
        printf("%zu %.3g %.3g\n", k, r, worst);
    }
}
#line 508 "book/app4-demos.nw"
static bool replays(const nni_app_curve *g, bool steps, bool quick)
{
    if (steps)
        return strcmp(g->name, quick ? "relu-kaiming" : "book-long") == 0;
    return !quick || (strncmp(g->name, "book", 4) != 0
                      && strcmp(g->name, "relu-kaiming-normal") != 0);
}
#line 518 "book/app4-demos.nw"
static int agreement_run(const nni_app_digits *d, bool steps, bool quick)
{
    FILE *in = fopen("tests/golden/train/curves.txt", "r");
    nni_app_golden_file f;
    nni_app_curve g, m;
    char err[NNI_APP_ERRSIZE] = "";
    size_t problems = 0;
    int status = in == NULL ? 2 : 0, got = 0;
    
#line 537 "book/app4-demos.nw"
if (in == NULL)
    fprintf(stderr, "train-demo: cannot open tests/golden/train/curves.txt\n");
else
    nni_app_golden_open(&f, in, "curves.txt", stderr, &problems);
if (!steps && in != NULL)
    printf("case                 steps  first     early       all    "
           "epochs  same\n");
#line 527 "book/app4-demos.nw"
    
#line 547 "book/app4-demos.nw"
while (in != NULL && (got = nni_app_curve_read(&f, &g)) > 0) {
    if (replays(&g, steps, quick)) {
        const nni_app_train_result r = nni_app_curve_replay(&g, d, &m, err,
                                                            sizeof err);
        
#line 561 "book/app4-demos.nw"
const nni_app_agreement a = nni_app_curve_compare(&g, &m, r);
if (!a.ok) {
    fprintf(stderr, "train-demo: %s does not follow PyTorch (%s)\n", g.name,
            err);
    status = 2;
}
if (steps)
    print_steps(&g, &m);
else if (!steps)
    print_agreement(&g, &a);
#line 552 "book/app4-demos.nw"
        nni_app_curve_free(&m);
    }
    nni_app_curve_free(&g);
}
#line 528 "book/app4-demos.nw"
    if (in != NULL)
        fclose(in);
    return got < 0 || problems > 0 ? 2 : status;
}
#line 578 "book/app4-demos.nw"
static int explog(void)
{
    FILE *in = fopen("tests/golden/train/mathfun.txt", "r");
    char line[256], name[8], x[64], y[64];
    size_t n[2] = { 0, 0 }, differ[2] = { 0, 0 };
    while (in != NULL && fgets(line, sizeof line, in) != NULL) {
        if (line[0] == '#' || sscanf(line, "%7s %63s %63s", name, x, y) != 3)
            continue;
        const int k = strcmp(name, "log") == 0;
        const double a = strtod(x, NULL), want = strtod(y, NULL);
        n[k]++;
        differ[k] += (k ? log(a) : exp(a)) != want;
    }
    if (in != NULL)
        fclose(in);
    
#line 598 "book/app4-demos.nw"
if (n[0] == 0 || n[1] == 0) {
    fprintf(stderr, "train-demo: cannot read tests/golden/train/mathfun.txt\n");
    return 2;
}
printf("exp on [-30, 0]: %zu of %zu values differ from torch.exp\n",
       differ[0], n[0]);
printf("log on [1, 10]:  %zu of %zu values differ from torch.log\n",
       differ[1], n[1]);
return 0;
#line 594 "book/app4-demos.nw"
}
#line 616 "book/app4-demos.nw"
static double std_of(const nni_tensor *t)
{
    const size_t n = nni_tensor_numel(t);
    const double *v = nni_tensor_data_const(t);
    double mean = 0.0, ss = 0.0;
    for (size_t i = 0; i < n; i++)
        mean += v[i] / (double)n;
    for (size_t i = 0; i < n; i++)
        ss += (v[i] - mean) * (v[i] - mean);
    return sqrt(ss / (double)n);
}
#line 630 "book/app4-demos.nw"
static double rms_of(const nni_tensor *t)
{
    const size_t n = nni_tensor_numel(t);
    const double *v = nni_tensor_data_const(t);
    double ss = 0.0;
    for (size_t i = 0; i < n; i++)
        ss += v[i] * v[i];
    return sqrt(ss / (double)n);
}
#line 645 "book/app4-demos.nw"
static nni_status init_row(const nni_app_digits *d, bool tanh, int i)
{
    const nni_app_train_setup s = experiment(tanh, i, 0);
    const size_t shape[2] = { NNI_APP_DIGITS_TRAIN, NNI_APP_DIGITS_PIXELS };
    nni_torch_gen gen;
    nni_module *net = NULL;
    nni_tensor *x = NULL, *z = NULL, *g = NULL;
    double loss = 0.0;
    nni_status status = nni_app_train_net(&s, &gen, &net);
    
#line 667 "book/app4-demos.nw"
if (status == NNI_OK)
    status = nni_tensor_new(&x, NNI_FLOAT64, 2, shape);
if (status == NNI_OK) {
    memcpy(nni_tensor_data(x), nni_tensor_data_const(d->x),
           NNI_APP_DIGITS_TRAIN * NNI_APP_DIGITS_PIXELS * sizeof(double));
    status = nni_module_forward_cached(net, x, &z);
}
#line 655 "book/app4-demos.nw"
    
#line 677 "book/app4-demos.nw"
if (status == NNI_OK)
    status = nni_cross_entropy(z, d->label, &loss, &g);
if (status == NNI_OK)
    status = nni_module_backward(net, g, NULL);
if (status == NNI_OK)
    printf("%-4s  %-10s  %9.3g  %9.3g  %9.3g  %9.4g  %11.3g  %11.3g\n",
           tanh ? "tanh" : "relu", inits[i].name,
           std_of(nni_module_cached_output(nni_module_child(net, 0))),
           std_of(nni_module_cached_output(nni_module_child(net, 18))),
           std_of(z), loss,
           rms_of(nni_tensor_grad(nni_module_param(nni_module_child(net, 0),
                                                   "weight"))),
           rms_of(nni_tensor_grad(nni_module_param(nni_module_child(net, 20),
                                                   "weight"))));
#line 656 "book/app4-demos.nw"
    nni_module_free(net);
    nni_tensor_free(x);
    nni_tensor_free(z);
    nni_tensor_free(g);
    return status;
}
#line 694 "book/app4-demos.nw"
static int stats_at_init(const nni_app_digits *d)
{
    printf("act   init          std(s^1)  std(s^10)     std(z)       loss"
           "   rms(dW^1)  rms(dW^11)\n");
    for (int a = 0; a < 2; a++)
        for (int i = 0; i < N_INITS; i++)
            if (init_row(d, a == 1, i) != NNI_OK) {
                fprintf(stderr, "train-demo: %s\n", nni_errmsg());
                return 2;
            }
    return 0;
}
#line 712 "book/app4-demos.nw"
static const char demo_usage[] =
    "usage: train-demo grid [--seeds N] [--epochs E] [--width W] [--depth D]\n"
    "                       [--threads T]\n"
    "       train-demo bands relu|tanh < GRID\n"
    "       train-demo table < GRID\n"
    "       train-demo time < GRID\n"
    "       train-demo agreement [steps] [quick]\n"
    "       train-demo explog\n"
    "       train-demo init\n";
#line 726 "book/app4-demos.nw"
static bool demo_size(const char *s, size_t lo, size_t hi, size_t *out)
{
    uint64_t v;
    const char *why;
    if (s == NULL)
        return true;
    if (!nni_app_parse_u64(s, &v, &why) || v < lo || v > hi)
        return false;
    *out = (size_t)v;
    return true;
}
#line 740 "book/app4-demos.nw"
static int demo_grid(int argc, const char *const *argv)
{
    
#line 767 "book/app4-demos.nw"
nni_app_option o[5] = { { "--seeds", NULL, NULL }, { "--epochs", NULL, NULL },
                        { "--width", NULL, NULL }, { "--depth", NULL, NULL },
                        { "--threads", NULL, NULL } };
#line 743 "book/app4-demos.nw"
    const char *pos;
    char err[NNI_APP_ERRSIZE] = "bad value";
    size_t npos, seeds = 5, threads = 2;
    nni_app_digits d;
    grid g = { &d, 10, 128, 10, NULL, 0, 0 };
    if (!nni_app_parse_options(argc, argv, o, 5, &pos, 0, &npos, err,
                               sizeof err)
        || !demo_size(o[0].value, 1, MAX_SEEDS, &seeds)
        || !demo_size(o[1].value, 0, MAX_EPOCHS, &g.epochs)
        || !demo_size(o[2].value, 1, 4096, &g.width)
        || !demo_size(o[3].value, 1, 100, &g.depth)
        || !demo_size(o[4].value, 1, 2, &threads)
        || !nni_app_digits_read(&d, "build/digits.csv", NNI_FLOAT64, err,
                                sizeof err))
        return nni_app_report("train-demo", err);
    const int status = grid_run(&g, seeds, (int)threads);
    nni_app_digits_free(&d);
    return status;
}
#line 773 "book/app4-demos.nw"
int main(int argc, char **argv)
{
    const char *cmd = argc > 1 ? argv[1] : "";
    const results *r = NULL;
    nni_app_digits d;
    char err[NNI_APP_ERRSIZE];
    if (strcmp(cmd, "grid") == 0)
        return demo_grid(argc - 2, (const char *const *)(argv + 2));
    if (strcmp(cmd, "explog") == 0)
        return explog();
    
#line 791 "book/app4-demos.nw"
if (strcmp(cmd, "agreement") == 0 || strcmp(cmd, "init") == 0) {
    if (!nni_app_digits_read(&d, "build/digits.csv", NNI_FLOAT64, err,
                             sizeof err))
        return nni_app_report("train-demo", err);
    const bool steps = argc > 2 && strcmp(argv[2], "steps") == 0;
    const bool quick = strcmp(argv[argc - 1], "quick") == 0;
    const int status = strcmp(cmd, "init") == 0 ? stats_at_init(&d)
                       : agreement_run(&d, steps, quick);
    nni_app_digits_free(&d);
    return status;
}
#line 784 "book/app4-demos.nw"
    
#line 805 "book/app4-demos.nw"
const bool reads = strcmp(cmd, "bands") == 0 || strcmp(cmd, "table") == 0
                   || strcmp(cmd, "time") == 0;
if (!reads || (r = read_results()) == NULL) {
    fputs(demo_usage, stderr);
    return 2;
}
if (strcmp(cmd, "bands") == 0)
    return argc > 2 && strcmp(argv[2], "tanh") == 0 ? bands(r, 1)
                                                     : bands(r, 0);
return strcmp(cmd, "table") == 0 ? table(r) : timing(r);
#line 785 "book/app4-demos.nw"
}
