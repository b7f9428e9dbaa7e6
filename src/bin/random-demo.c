#line 1580 "book/ch34-random.nw"
/* random-demo -- 随机数一章的示例：核对黄金文件、已知值、
   直方图与散点图的数据 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/golden-random.h"
#include "nninit.h"

#line 1608 "book/ch34-random.nw"
static void die(const char *what)
{
    fprintf(stderr, "random-demo: %s: %s\n", what, nni_errmsg());
    exit(1);
}

static nni_tensor *new_vector(nni_dtype dtype, size_t n)
{
    nni_tensor *t;
    if (nni_tensor_new(&t, dtype, 1, &n) != NNI_OK)
        die("nni_tensor_new");
    return t;
}
#line 1627 "book/ch34-random.nw"
static int cmd_golden(void)
{
    static const char *const files[] = {
        "tests/golden/random/torch.txt", "tests/golden/random/numpy.txt"
    };
    int bad = 0;
    for (size_t i = 0; i < 2; i++) {
        FILE *f = fopen(files[i], "r");
        if (f == NULL) {
            perror(files[i]);
            return 1;
        }
        nni_app_golden_stats st;
        size_t problems = nni_app_golden_replay(f, files[i], stderr, &st);
        fclose(f);
        printf("%s：\n  %zu 个用例，%zu 次调用，逐位比较了 %zu 个数值，"
               "拒绝了 %zu 次写出非有限值的调用，不一致 %zu 处\n",
               files[i], st.cases, st.calls, st.values, st.refused, problems);
        bad |= problems != 0;
    }
    return bad;
}
#line 1661 "book/ch34-random.nw"
static int known_failures;

static void known(const char *call, double ours, double reference,
                  const char *format)
{
    char a[32], b[32];
    snprintf(a, sizeof a, format, ours);
    snprintf(b, sizeof b, format, reference);
    printf("%-34s %20s %20s  %s\n", call, a, b,
           ours == reference ? "相同" : "不同！");
    known_failures += ours != reference;
}
#line 1676 "book/ch34-random.nw"
static int cmd_known(void)
{
    nni_mt19937 mt;
    nni_torch_gen g;
    nni_numpy_gen np;
    printf("%-34s %20s %20s\n", "call", "C (this book)", "PyTorch/NumPy");
    
#line 1695 "book/ch34-random.nw"
nni_mt19937_seed(&mt, 5489);
uint32_t w = nni_mt19937_next(&mt);
known("init_genrand(5489): 1st word", w, 3499211612.0, "%.0f");
for (int i = 2; i <= 10000; i++)
    w = nni_mt19937_next(&mt);
known("init_genrand(5489): 10000th word", w, 4123659995.0, "%.0f");
nni_mt19937_seed(&mt, 0);
known("init_genrand(0): 1st word", nni_mt19937_next(&mt), 2357136044.0, "%.0f");
#line 1683 "book/ch34-random.nw"
    
#line 1709 "book/ch34-random.nw"
nni_tensor *t = new_vector(NNI_FLOAT32, 3);
nni_torch_manual_seed(&g, 0);
nni_torch_uniform_(&g, t, 0.0, 1.0);
const double rand3[3] = { 8325804, 12888623, 1484405 };
for (int i = 0; i < 3; i++) {
    char call[40];
    snprintf(call, sizeof call, "seed 0: rand(3)[%d] * 2^24", i);
    known(call, (double)((const float *)nni_tensor_data(t))[i] * 16777216.0,
          rand3[i], "%.0f");
}
nni_tensor_free(t);
t = new_vector(NNI_FLOAT64, 1);
nni_torch_manual_seed(&g, 0);
nni_torch_uniform_(&g, t, 0.0, 1.0);
known("seed 0: rand(1, float64)", ((const double *)nni_tensor_data(t))[0],
      0.9700530018065531, "%.17g");
nni_tensor_free(t);
#line 1684 "book/ch34-random.nw"
    
#line 1729 "book/ch34-random.nw"
t = new_vector(NNI_FLOAT32, 1);
nni_torch_manual_seed(&g, 0);
nni_torch_normal_(&g, t, 0.0, 1.0);
known("seed 0: randn(1)", (double)((const float *)nni_tensor_data(t))[0],
      1.5409960746765137, "%.17g");
nni_torch_normal_(&g, t, 0.0, 1.0);
known("        then randn(1) (cached)",
      (double)((const float *)nni_tensor_data(t))[0],
      -0.293428897857666, "%.17g");
nni_tensor_free(t);
t = new_vector(NNI_FLOAT32, 16);
nni_torch_manual_seed(&g, 0);
nni_torch_normal_(&g, t, 0.0, 1.0);
const double randn16[3] = { -1.1258398294448853, -1.152360200881958,
                            -0.2505785822868347 };
for (int i = 0; i < 3; i++) {
    char call[40];
    snprintf(call, sizeof call, "seed 0: randn(16)[%d]", i);
    known(call, (double)((const float *)nni_tensor_data(t))[i],
          randn16[i], "%.17g");
}
nni_tensor_free(t);
size_t perm[5];
const double perm5[5] = { 4, 0, 1, 3, 2 };
nni_torch_manual_seed(&g, 0);
nni_torch_randperm(&g, 5, perm);
for (int i = 0; i < 5; i++) {
    char call[40];
    snprintf(call, sizeof call, "seed 0: randperm(5)[%d]", i);
    known(call, (double)perm[i], perm5[i], "%.0f");
}
#line 1685 "book/ch34-random.nw"
    
#line 1763 "book/ch34-random.nw"
nni_numpy_seed(&np, 0);
known("np seed 0: random_sample()", nni_numpy_next_double(&np),
      0.5488135039273248, "%.17g");
nni_numpy_seed(&np, 0);
known("np seed 0: randn(2)[0]", nni_numpy_gauss(&np), 1.764052345967664,
      "%.17g");
known("np seed 0: randn(2)[1]", nni_numpy_gauss(&np), 0.4001572083672233,
      "%.17g");
#line 1686 "book/ch34-random.nw"
    return known_failures != 0;
}
#line 1782 "book/ch34-random.nw"
#define DRAWS 1000000

static double normal_cdf(double x)
{
    return 0.5 * erfc(-x / sqrt(2.0));
}

static void histogram(const double *x, size_t n, double lo, double hi,
                      size_t bins, size_t *count)
{
    for (size_t k = 0; k < bins; k++)
        count[k] = 0;
    for (size_t i = 0; i < n; i++)
        if (x[i] >= lo && x[i] < hi)
            count[(size_t)((x[i] - lo) / (hi - lo) * (double)bins)]++;
}

static void print_bin(double center, double width, double p,
                      const size_t *counts, size_t columns)
{
    const double n = DRAWS, sd = sqrt(n * p * (1.0 - p));
    printf("%.6f", center);
    for (size_t c = 0; c < columns; c++)
        printf(" %.6f", (double)counts[c] / (n * width));
    printf(" %.6f %.6f %.6f\n", p / width, (n * p - 3 * sd) / (n * width),
           (n * p + 3 * sd) / (n * width));
}
#line 1812 "book/ch34-random.nw"
static double *draws_as_double(const nni_tensor *t)
{
    double *x = malloc(DRAWS * sizeof *x);
    if (x == NULL)
        die("malloc");
    for (size_t i = 0; i < DRAWS; i++)
        x[i] = nni_tensor_dtype(t) == NNI_FLOAT32
                   ? (double)((const float *)nni_tensor_data_const(t))[i]
                   : ((const double *)nni_tensor_data_const(t))[i];
    return x;
}

static int cmd_hist_uniform(void)
{
    enum { BINS = 50 };
    nni_torch_gen g;
    nni_tensor *t = new_vector(NNI_FLOAT32, DRAWS);
    size_t count[BINS];
    nni_torch_manual_seed(&g, 0);
    if (nni_torch_uniform_(&g, t, 0.0, 1.0) != NNI_OK)
        die("nni_torch_uniform_");
    double *x = draws_as_double(t);
    histogram(x, DRAWS, 0.0, 1.0, BINS, count);
    printf("# center density expected lower upper\n");
    for (size_t k = 0; k < BINS; k++)
        print_bin((k + 0.5) / BINS, 1.0 / BINS, 1.0 / BINS, &count[k], 1);
    free(x);
    nni_tensor_free(t);
    return 0;
}
#line 1845 "book/ch34-random.nw"
static int cmd_hist_normal(void)
{
    enum { BINS = 64 };
    const double lo = -4.0, hi = 4.0, w = (hi - lo) / BINS;
    nni_torch_gen g;
    nni_numpy_gen np;
    nni_tensor *a = new_vector(NNI_FLOAT32, DRAWS),
               *b = new_vector(NNI_FLOAT64, DRAWS);
    size_t count[2][BINS];
    nni_torch_manual_seed(&g, 0);
    nni_numpy_seed(&np, 0);
    if (nni_torch_normal_(&g, a, 0.0, 1.0) != NNI_OK
        || nni_numpy_standard_normal(&np, b) != NNI_OK)
        die("normal");
    double *xa = draws_as_double(a), *xb = draws_as_double(b);
    histogram(xa, DRAWS, lo, hi, BINS, count[0]);
    histogram(xb, DRAWS, lo, hi, BINS, count[1]);
    printf("# center torch numpy expected lower upper\n");
    for (size_t k = 0; k < BINS; k++) {
        const double left = lo + k * w,
                     p = normal_cdf(left + w) - normal_cdf(left);
        const size_t both[2] = { count[0][k], count[1][k] };
        print_bin(left + w / 2, w, p, both, 2);
    }
    free(xa);
    free(xb);
    nni_tensor_free(a);
    nni_tensor_free(b);
    return 0;
}
#line 1890 "book/ch34-random.nw"
static int cmd_pairs(void)
{
    enum { PAIRS = 2048 };
    nni_torch_gen g;
    nni_tensor *t = new_vector(NNI_FLOAT32, 2 * PAIRS);
    nni_torch_manual_seed(&g, 0);
    if (nni_torch_uniform_(&g, t, 0.0, 1.0) != NNI_OK)
        die("nni_torch_uniform_");
    const float *u = nni_tensor_data_const(t);
    printf("# MT19937 (torch.rand, seed 0): u[2i] u[2i+1]\n");
    for (size_t i = 0; i < PAIRS; i++)
        printf("%.7f %.7f\n", (double)u[2 * i], (double)u[2 * i + 1]);
    printf("\n\n# LCG x' = (37 x + 1) mod 2048: x[k]/2048 x[k+1]/2048\n");
    unsigned x = 0;
    for (size_t i = 0; i < PAIRS; i++) {
        unsigned next = (37 * x + 1) % 2048;
        printf("%.7f %.7f\n", x / 2048.0, next / 2048.0);
        x = next;
    }
    nni_tensor_free(t);
    return 0;
}
#line 1925 "book/ch34-random.nw"
static int cmd_fma(void)
{
    enum { N = 20000 };
    nni_torch_gen g;
    const float lo = (float)(-1.0 / sqrt(30.0)), hi = (float)(1.0 / sqrt(30.0));
    size_t differ = 0;
    nni_torch_manual_seed(&g, 0);
    for (size_t i = 0; i < N; i++) {
        const float x = (float)(nni_torch_random(&g) & 0xffffffu) * 0x1p-24f;
        differ += fmaf(x, hi - lo, lo) != x * (hi - lo) + lo;
    }
    printf("%d 个 float32 的 uniform_(-1/sqrt(30), 1/sqrt(30))：\n", N);
    printf("  FMA 与两次舍入的结果有 %zu 个不同\n", differ);
    
#line 1951 "book/ch34-random.nw"
nni_tensor *t = new_vector(NNI_FLOAT32, N);
float *u = malloc(N * sizeof *u);
if (u == NULL)
    die("malloc");
nni_torch_manual_seed(&g, 0);
for (size_t i = 0; i < N; i++)
    u[i] = nni_torch_uniform_float(&g, 0.0f, 1.0f);
nni_torch_manual_seed(&g, 0);
nni_torch_normal_(&g, t, 0.0, 1.0);
const float *d = nni_tensor_data_const(t);
differ = 0;
for (size_t b = 0; b < N; b += 16)
    for (size_t j = 0; j < 8; j++) {
        const float radius = sqrtf(-2.0f * logf(1.0f - u[b + j]));
        const float theta = (float)(2.0 * 3.141592653589793) * u[b + j + 8];
        differ += fmaf(radius * cosf(theta), 1.0f, 0.0f) != d[b + j];
        differ += fmaf(radius * sinf(theta), 1.0f, 0.0f) != d[b + j + 8];
    }
printf("randn(%d) 的块路径：\n", N);
printf("  把 cephes 换成 C 库的 logf/sinf/cosf，结果有 %zu 个不同\n", differ);
free(u);
nni_tensor_free(t);
#line 1939 "book/ch34-random.nw"
    return 0;
}

#line 1592 "book/ch34-random.nw"
int main(int argc, char **argv)
{
    static const struct { const char *name; int (*run)(void); } commands[] = {
        
#line 1652 "book/ch34-random.nw"
{ "golden", cmd_golden },
#line 1691 "book/ch34-random.nw"
{ "known", cmd_known },
#line 1878 "book/ch34-random.nw"
{ "hist-uniform", cmd_hist_uniform },
{ "hist-normal", cmd_hist_normal },
#line 1915 "book/ch34-random.nw"
{ "pairs", cmd_pairs },
#line 1944 "book/ch34-random.nw"
{ "fma", cmd_fma },
#line 1596 "book/ch34-random.nw"
    };
    for (size_t i = 0; argc == 2 && i < sizeof commands / sizeof commands[0];
         i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run();
    fprintf(stderr, "usage: random-demo "
                    "golden|known|hist-uniform|hist-normal|pairs|fma\n");
    return 2;
}
