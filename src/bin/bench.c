#line 1517 "book/appP-performance.nw"
/* bench -- make bench：每个元素的纳秒数，与 PyTorch、NumPy 并列（附录“性能”）*/
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nninit.h"
#include "random/kernels.h"

#line 1544 "book/appP-performance.nw"
typedef struct bench_row {
    char name[40];          /* 情形，例如 uniform、pytorch:uniform */
    char dtype[8];          /* float32 或 float64 */
    size_t n;               /* 元素个数 */
    double ns;              /* 每个元素的纳秒数（中位数） */
    double gbps;            /* 写出的字节数除以时间 */
} bench_row;

enum { MAX_ROWS = 512 };
static bench_row rows[MAX_ROWS];
static size_t row_count;
#line 1558 "book/appP-performance.nw"
static void add_row(const char *name, const char *dtype, size_t n, double ns,
                    double gbps)
{
    if (row_count == MAX_ROWS)
        return;
    bench_row *r = &rows[row_count++];
    snprintf(r->name, sizeof r->name, "%s", name);
    snprintf(r->dtype, sizeof r->dtype, "%s", dtype);
    r->n = n;
    r->ns = ns;
    r->gbps = gbps;
}

static const bench_row *find_row(const char *name, const char *dtype, size_t n)
{
    for (size_t i = 0; i < row_count; i++)
        if (strcmp(rows[i].name, name) == 0 && strcmp(rows[i].dtype, dtype) == 0
            && rows[i].n == n)
            return &rows[i];
    return NULL;
}
#line 1584 "book/appP-performance.nw"
typedef struct bench_ctx {
    nni_torch_gen torch;
    nni_numpy_gen numpy;
    nni_xoshiro_gen fast;
    nni_tensor *t;          /* 被填充的张量 */
    const nni__kernels *k;  /* --variants：被测的一组核函数 */
    float *buf;             /* --variants：被填充的数组 */
    size_t n;               /* --variants：数组的长度 */
} bench_ctx;

typedef nni_status (*bench_fn)(bench_ctx *c);

static int reps = 7;                    /* 重复次数 */
static size_t batch_elems = 1u << 20;   /* 每次重复至少这么多个元素 */
static bool warm_up = true;

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}
#line 1609 "book/appP-performance.nw"
static int compare_doubles(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *t, int k)
{
    qsort(t, (size_t)k, sizeof *t, compare_doubles);
    return k % 2 ? t[k / 2] : (t[k / 2 - 1] + t[k / 2]) / 2.0;
}
#line 1626 "book/appP-performance.nw"
static double measure(bench_fn fn, bench_ctx *c, size_t elems, size_t batch)
{
    double t[64];
    for (int r = warm_up ? -1 : 0; r < reps; r++) {
        const double t0 = now_ns();
        for (size_t k = 0; k < batch; k++)
            if (fn(c) != NNI_OK) {
                fprintf(stderr, "bench: %s\n", nni_errmsg());
                exit(1);
            }
        if (r >= 0)
            t[r] = (now_ns() - t0) / ((double)batch * (double)elems);
    }
    return median(t, reps);
}
#line 1650 "book/appP-performance.nw"
static void bench_shape(size_t n, size_t shape[2])
{
    size_t side = (size_t)sqrt((double)n);
    while (side * side > n)
        side--;
    while ((side + 1) * (side + 1) <= n)
        side++;
    shape[0] = n == 1200 ? 40 : side * side == n ? side : n;
    shape[1] = n / shape[0];
}
#line 1667 "book/appP-performance.nw"
static nni_status run_memset(bench_ctx *c)
{
    const nni_tensor *t = c->t;
    memset(nni_tensor_data(c->t), 1,
           nni_tensor_numel(t) * nni_dtype_size(nni_tensor_dtype(t)));
    return NNI_OK;
}

static nni_status run_uniform(bench_ctx *c)
{
    return nni_torch_uniform_(&c->torch, c->t, -1.0, 1.0);
}

static nni_status run_normal(bench_ctx *c)
{
    return nni_torch_normal_(&c->torch, c->t, 0.0, 1.0);
}
#line 1687 "book/appP-performance.nw"
static nni_status run_xavier_uniform(bench_ctx *c)
{
    return nni_init_xavier_uniform_(&c->torch, c->t, 1.0);
}

static nni_status run_kaiming_normal(bench_ctx *c)
{
    return nni_init_kaiming_normal_(&c->torch, c->t, 0.0, NNI_FAN_IN,
                                    NNI_NL_LEAKY_RELU);
}

static nni_status run_trunc_normal(bench_ctx *c)
{
    return nni_init_trunc_normal_(&c->torch, c->t, 0.0, 1.0, -2.0, 2.0);
}
#line 1705 "book/appP-performance.nw"
static nni_status run_np_uniform(bench_ctx *c)
{
    return nni_numpy_uniform(&c->numpy, c->t, -1.0, 1.0);
}

static nni_status run_np_normal(bench_ctx *c)
{
    return nni_numpy_normal(&c->numpy, c->t, 0.0, 1.0);
}

static nni_status run_fast_uniform(bench_ctx *c)
{
    return nni_xoshiro_uniform_(&c->fast, c->t, -1.0, 1.0);
}

static nni_status run_fast_normal(bench_ctx *c)
{
    return nni_xoshiro_normal_(&c->fast, c->t, 0.0, 1.0);
}
#line 1730 "book/appP-performance.nw"
static const struct bench_case {
    const char *name;
    bench_fn run;
    const char *reference;
} cases[] = {
    { "memset", run_memset, NULL },
    { "uniform", run_uniform, "pytorch:uniform" },
    { "normal", run_normal, "pytorch:normal" },
    { "xavier_uniform", run_xavier_uniform, "pytorch:xavier_uniform" },
    { "kaiming_normal", run_kaiming_normal, "pytorch:kaiming_normal" },
    { "trunc_normal", run_trunc_normal, "pytorch:trunc_normal" },
    { "np_uniform", run_np_uniform, "numpy:uniform" },
    { "np_normal", run_np_normal, "numpy:normal" },
    { "fast_uniform", run_fast_uniform, "numpy:generator_random" },
    { "fast_normal", run_fast_normal, "numpy:generator_normal" },
};
enum { CASES = sizeof cases / sizeof cases[0] };
#line 1753 "book/appP-performance.nw"
static void bench_size(bench_ctx *c, nni_dtype dt, size_t n, const char *only)
{
    size_t shape[2];
    bench_shape(n, shape);
    if (nni_tensor_new(&c->t, dt, 2, shape) != NNI_OK) {
        fprintf(stderr, "bench: %s\n", nni_errmsg());
        exit(1);
    }
    const size_t batch = n >= batch_elems ? 1 : batch_elems / n;
    const double bytes = (double)nni_dtype_size(dt);
    for (size_t k = 0; k < CASES; k++) {
        char word[48];
        snprintf(word, sizeof word, " %s ", cases[k].name);
        if (only != NULL && strstr(only, word) == NULL)
            continue;
        const double ns = measure(cases[k].run, c, n, batch);
        add_row(cases[k].name, nni_dtype_name(dt), n, ns, bytes / ns);
    }
    nni_tensor_free(c->t);
    c->t = NULL;
}
#line 1783 "book/appP-performance.nw"
static char oracle_note[256] = "PyTorch/NumPy: not measured";

static void parse_oracle_line(const char *line)
{
    char name[40], dtype[8];
    size_t n;
    double ns, gbps;
    if (line[0] == '#') {
        const char *note = line + 1 + (line[1] == ' ');
        snprintf(oracle_note, sizeof oracle_note, "%s", note);
        oracle_note[strcspn(oracle_note, "\n")] = '\0';
    } else if (sscanf(line, "%39s %7s %zu %lf %lf", name, dtype, &n, &ns,
                      &gbps) == 5 && ns > 0.0) {
        add_row(name, dtype, n, ns, gbps);
    }
}
#line 1802 "book/appP-performance.nw"
static void run_oracle(const char *script, const char *sizes)
{
    FILE *py = fopen("/usr/bin/python3", "r");
    if (py == NULL) {
        snprintf(oracle_note, sizeof oracle_note,
                 "PyTorch/NumPy: /usr/bin/python3 not found");
        return;
    }
    fclose(py);
    char cmd[512], line[512];
    snprintf(cmd, sizeof cmd, "/usr/bin/python3 %s --reps %d --batch %zu "
             "--sizes %s", script, reps, batch_elems, sizes);
    FILE *p = popen(cmd, "r");
    if (p == NULL)
        return;
    while (fgets(line, sizeof line, p) != NULL)
        parse_oracle_line(line);
    pclose(p);
}
#line 1830 "book/appP-performance.nw"
static nni_status run_orthogonal(bench_ctx *c)
{
    return nni_init_orthogonal_(&c->torch, c->t, 1.0);
}

static double growth_exponent(const double *side, const double *t, int k)
{
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i < k; i++) {
        const double x = log(side[i]), y = log(t[i]);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    return (k * sxy - sx * sy) / (k * sxx - sx * sx);
}
#line 1852 "book/appP-performance.nw"
static double bench_orthogonal(bench_ctx *c, nni_dtype dt, size_t max_side)
{
    double side[8], t[8];
    int k = 0;
    for (size_t m = 64; m <= max_side && k < 8; m *= 2, k++) {
        const size_t shape[2] = { m, m };
        if (nni_tensor_new(&c->t, dt, 2, shape) != NNI_OK)
            exit(1);
        const size_t cube = m * m * m;
        const size_t batch = batch_elems == 0 || cube >= (1u << 24) ? 1
                             : (1u << 24) / cube;
        const double ns = measure(run_orthogonal, c, m * m, batch);
        add_row("orthogonal", nni_dtype_name(dt), m * m, ns,
                (double)nni_dtype_size(dt) / ns);
        side[k] = (double)m;
        t[k] = ns * (double)(m * m);
        nni_tensor_free(c->t);
        c->t = NULL;
    }
    return k >= 2 ? growth_exponent(side, t, k) : (double)NAN;
}
#line 1882 "book/appP-performance.nw"
static void print_case(const struct bench_case *bc, const char *dtype, size_t n)
{
    const bench_row *r = find_row(bc->name, dtype, n);
    const bench_row *m = find_row("memset", dtype, n);
    const bench_row *o = bc->reference ? find_row(bc->reference, dtype, n)
                                       : NULL;
    if (r == NULL)
        return;
    printf("%-15s %8.3f %7.2f", r->name, r->ns, r->gbps);
    if (m != NULL && r != m)
        printf(" %5.0f%%", 100.0 * m->ns / r->ns);
    else
        printf("       ");
    if (o != NULL)
        printf("  %-22s %8.3f %6.2f", o->name, o->ns, o->ns / r->ns);
    printf("\n");
}
#line 1902 "book/appP-performance.nw"
static void print_section(const char *dtype, size_t n)
{
    if (find_row("memset", dtype, n) == NULL)
        return;
    printf("\n%s, n = %zu\n", dtype, n);
    printf("%-15s %8s %7s %6s  %-22s %8s %6s\n", "case", "ns/elem", "GB/s",
           "memset", "compared with", "its ns", "ratio");
    for (size_t k = 0; k < CASES; k++)
        print_case(&cases[k], dtype, n);
    for (size_t i = 0; i < row_count; i++)
        if (strchr(rows[i].name, ':') != NULL
            && strcmp(rows[i].dtype, dtype) == 0 && rows[i].n == n)
            printf("%-22s %8.3f %7.2f\n", rows[i].name, rows[i].ns,
                   rows[i].gbps);
}
#line 1923 "book/appP-performance.nw"
static void print_goal(const char *what, const char *a, const char *b,
                       size_t n, double goal, bool percent)
{
    const bench_row *x = find_row(a, "float32", n);
    const bench_row *y = find_row(b, "float32", n);
    if (x == NULL || y == NULL)
        return;
    const double v = y->ns / x->ns * (percent ? 100.0 : 1.0);
    printf("  %-44s %7.2f%s (goal %g%s): %s\n", what, v, percent ? "%" : "x",
           goal, percent ? "%" : "x", v >= goal ? "met" : "NOT met");
}

static void print_goals(size_t n)
{
    printf("\ngoals, float32, n = %zu\n", n);
    print_goal("uniform_ vs PyTorch uniform_", "uniform", "pytorch:uniform",
               n, 5, false);
    print_goal("normal_ vs PyTorch normal_", "normal", "pytorch:normal", n, 3,
               false);
    print_goal("fast uniform vs NumPy Generator.random", "fast_uniform",
               "numpy:generator_random", n, 2, false);
    print_goal("fast uniform, share of memset bandwidth", "fast_uniform",
               "memset", n, 70, true);
    print_goal("fast normal, share of memset bandwidth", "fast_normal",
               "memset", n, 20, true);
}
#line 1954 "book/appP-performance.nw"
static void print_orthogonal(const double exponent[2])
{
    printf("\northogonal_, square matrices\n");
    printf("%-8s %6s %10s %9s\n", "dtype", "side", "ms/call", "ns/elem");
    for (size_t i = 0; i < row_count; i++)
        if (strcmp(rows[i].name, "orthogonal") == 0) {
            const double side = sqrt((double)rows[i].n);
            printf("%-8s %6.0f %10.3f %9.3f\n", rows[i].dtype, side,
                   rows[i].ns * (double)rows[i].n * 1e-6, rows[i].ns);
        }
    printf("growth exponent of the time per call: float32 %.2f, float64 %.2f\n",
           exponent[0], exponent[1]);
}
#line 1973 "book/appP-performance.nw"
static void print_load(const char *when)
{
    double a, b, c;
    FILE *f = fopen("/proc/loadavg", "r");
    if (f != NULL && fscanf(f, "%lf %lf %lf", &a, &b, &c) == 3)
        printf("load average %s: %.2f %.2f %.2f\n", when, a, b, c);
    if (f != NULL)
        fclose(f);
}
#line 1989 "book/appP-performance.nw"
static void write_tsv(const char *path)
{
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        perror(path);
        exit(1);
    }
    fprintf(f, "case\tdtype\tn\tns_per_elem\tgbps\n");
    for (size_t i = 0; i < row_count; i++)
        fprintf(f, "%s\t%s\t%zu\t%.4f\t%.3f\n", rows[i].name, rows[i].dtype,
                rows[i].n, rows[i].ns, rows[i].gbps);
    if (fclose(f) != 0) {
        perror(path);
        exit(1);
    }
}
#line 2008 "book/appP-performance.nw"
static void write_figure(const char *path, size_t n)
{
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        perror(path);
        exit(1);
    }
    fprintf(f, "# case ours reference memset (ns per element, n = %zu)\n", n);
    for (size_t k = 1; k < CASES; k++) {
        const char *dt = strncmp(cases[k].name, "np_", 3) == 0 ? "float64"
                                                                : "float32";
        const bench_row *r = find_row(cases[k].name, dt, n);
        const bench_row *o = find_row(cases[k].reference, dt, n);
        const bench_row *m = find_row("memset", dt, n);
        if (r == NULL || m == NULL)
            continue;
        fprintf(f, "%s/f%s %.4f ", cases[k].name, dt + 5, r->ns);
        if (o != NULL)
            fprintf(f, "%.4f %.4f\n", o->ns, m->ns);
        else
            fprintf(f, "? %.4f\n", m->ns);
    }
    fclose(f);
}
#line 2040 "book/appP-performance.nw"
enum bench_mode { FULL, QUICK, SMOKE };

static const struct bench_plan {
    size_t sizes[3];
    size_t count;
    size_t max_side;            /* 正交初始化的最大边长 */
    const char *oracle_sizes;   /* 交给 Python 一侧的元素个数 */
} plans[] = {
    [FULL] = { { 1200, 1u << 20, 1u << 24 }, 3, 1024, "1200,1048576,16777216" },
    [QUICK] = { { 1u << 20 }, 1, 256, "1048576" },
    [SMOKE] = { { 1200 }, 1, 64, NULL },
};
static const char *const quick_big = " memset uniform normal fast_uniform "
                                     "fast_normal ";
#line 2059 "book/appP-performance.nw"
typedef struct bench_args {
    enum bench_mode mode;
    bool python, variants;
    const char *tsv, *figure, *oracle;
} bench_args;

static void parse_args(int argc, char **argv, bench_args *a)
{
    *a = (bench_args){ FULL, true, false, NULL, NULL,
                       "scripts/bench-oracle.py" };
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--quick") == 0)
            a->mode = QUICK;
        else if (strcmp(o, "--smoke") == 0)
            a->mode = SMOKE;
        else if (strcmp(o, "--no-python") == 0)
            a->python = false;
        else if (strcmp(o, "--variants") == 0)
            a->variants = true;
        else if (strcmp(o, "--tsv") == 0 && i + 1 < argc)
            a->tsv = argv[++i];
        else if (strcmp(o, "--figure") == 0 && i + 1 < argc)
            a->figure = argv[++i];
        else if (strcmp(o, "--oracle") == 0 && i + 1 < argc)
            a->oracle = argv[++i];
        else {
            fprintf(stderr, "usage: bench [--quick|--smoke] [--no-python] "
                    "[--variants] [--tsv FILE] [--figure FILE] "
                    "[--oracle FILE]\n");
            exit(2);
        }
    }
}
#line 2099 "book/appP-performance.nw"
static nni_status run_k_uniform(bench_ctx *c)
{
    c->k->torch_uniform_float(&c->torch.engine, c->buf, c->n, -1.0f, 1.0f);
    return NNI_OK;
}

static nni_status run_k_normal(bench_ctx *c)
{
    c->k->torch_normal_float(&c->torch.engine, c->buf, c->n, 0.0f, 1.0f);
    return NNI_OK;
}

static nni_status run_k_fast(bench_ctx *c)
{
    c->k->xo_uniform_float(&c->fast.lanes, c->buf, c->n, -1.0f, 2.0f);
    return NNI_OK;
}
#line 2119 "book/appP-performance.nw"
static int bench_variants(bench_ctx *c, size_t n)
{
    c->n = n;
    c->buf = malloc(n * sizeof *c->buf);
    if (c->buf == NULL)
        return 1;
    printf("ns per element, float32, n = %zu\n%-8s %12s %12s %12s\n", n,
           "kernels", "uniform_", "normal_", "fast uniform");
    for (size_t i = 0; (c->k = nni__kernels_variant(i)) != NULL; i++) {
        const double u = measure(run_k_uniform, c, n, 1);
        const double g = measure(run_k_normal, c, n, 1);
        const double f = measure(run_k_fast, c, n, 1);
        printf("%-8s %12.3f %12.3f %12.3f\n", c->k->name, u, g, f);
    }
    free(c->buf);
    return 0;
}
#line 2141 "book/appP-performance.nw"
int main(int argc, char **argv)
{
    bench_args a;
    parse_args(argc, argv, &a);
    const struct bench_plan *plan = &plans[a.mode];
    if (a.mode == SMOKE) {
        reps = 1;
        batch_elems = 0;
        warm_up = false;
    }
    static bench_ctx c;
    nni_torch_manual_seed(&c.torch, 0);
    nni_numpy_seed(&c.numpy, 0);
    nni_xoshiro_seed(&c.fast, 0);
    if (a.variants)
        return bench_variants(&c, a.mode == SMOKE ? 4096 : 1u << 20);
    
#line 2164 "book/appP-performance.nw"
print_load("at start");
const nni_dtype dtypes[2] = { NNI_FLOAT32, NNI_FLOAT64 };
double exponent[2];
for (int d = 0; d < 2; d++)
    for (size_t i = 0; i < plan->count; i++)
        bench_size(&c, dtypes[d], plan->sizes[i], NULL);
if (a.mode == QUICK)
    bench_size(&c, NNI_FLOAT32, 1u << 24, quick_big);
for (int d = 0; d < 2; d++)
    exponent[d] = bench_orthogonal(&c, dtypes[d], plan->max_side);
if (a.python && plan->oracle_sizes != NULL)
    run_oracle(a.oracle, plan->oracle_sizes);
#line 2158 "book/appP-performance.nw"
    
#line 2179 "book/appP-performance.nw"
printf("median of %d repetitions%s\n%s\n", reps,
       warm_up ? " after a warm-up" : "", oracle_note);
printf("kernels: %s\n", nni__kernels_best()->name);
print_load("at end");
for (int d = 0; d < 2; d++)
    for (size_t i = 0; i < 3; i++)
        print_section(nni_dtype_name(dtypes[d]), plans[FULL].sizes[i]);
print_goals(1u << 20);
print_goals(1u << 24);
print_orthogonal(exponent);
if (a.tsv != NULL)
    write_tsv(a.tsv);
if (a.figure != NULL)
    write_figure(a.figure, 1u << 20);
#line 2159 "book/appP-performance.nw"
    return 0;
}
