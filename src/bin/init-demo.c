#line 826 "book/app4-demos.nw"
/* init-demo -- torch.nn.init 各章的示例：核对黄金文件、线性层的默认边界、
   图的数据 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/golden-init.h"
#include "nninit.h"

#line 855 "book/app4-demos.nw"
static void die(const char *what)
{
    fprintf(stderr, "init-demo: %s: %s\n", what, nni_errmsg());
    exit(1);
}

static void check(nni_status status, const char *what)
{
    if (status != NNI_OK)
        die(what);
}

static nni_tensor *new_tensor(size_t ndim, const size_t *shape)
{
    nni_tensor *t;
    check(nni_tensor_new(&t, NNI_FLOAT32, ndim, shape), "nni_tensor_new");
    return t;
}

static double value_at(const nni_tensor *t, size_t i)
{
    return nni_tensor_dtype(t) == NNI_FLOAT32
           ? (double)((const float *)nni_tensor_data_const(t))[i]
           : ((const double *)nni_tensor_data_const(t))[i];
}
#line 990 "book/app4-demos.nw"
static void histogram(const nni_tensor *t, double lo, double hi, int bins)
{
    size_t *count = calloc((size_t)bins, sizeof *count), outside = 0;
    const size_t n = nni_tensor_numel(t);
    const double width = (hi - lo) / bins;
    if (count == NULL)
        die("out of memory");
    for (size_t i = 0; i < n; i++) {
        const double k = floor((value_at(t, i) - lo) / width);
        if (k >= 0 && k < bins)
            count[(size_t)k]++;
        else
            outside++;
    }
    printf("# histogram: %zu samples, %zu outside [%g, %g)\n", n, outside, lo,
           hi);
    for (int k = 0; k < bins; k++)
        printf("%.6g %.6g\n", lo + (k + 0.5) * width,
               (double)count[k] / ((double)n * width));
    printf("\n\n");
    free(count);
}
#line 1018 "book/app4-demos.nw"
static double normal_pdf(double x, double mean, double std)
{
    const double z = (x - mean) / std;
    return exp(-0.5 * z * z) / (std * sqrt(2.0 * 3.14159265358979323846));
}

static void normal_curve(double lo, double hi, double mean, double std)
{
    printf("# density of N(%g, %g^2)\n", mean, std);
    for (int i = 0; i <= 800; i++) {
        const double x = lo + (hi - lo) * i / 800;
        printf("%.6g %.6g\n", x, normal_pdf(x, mean, std));
    }
    printf("\n\n");
}

static void uniform_curve(double lo, double hi, double a, double b)
{
    printf("# density of U(%g, %g)\n", a, b);
    printf("%.6g 0\n%.6g 0\n%.6g %.6g\n%.6g %.6g\n%.6g 0\n%.6g 0\n\n\n",
           lo, a, a, 1 / (b - a), b, 1 / (b - a), b, hi);
}
#line 1047 "book/app4-demos.nw"
static void uniform_panel(nni_tensor *t, double bound)
{
    histogram(t, -1.25 * bound, 1.25 * bound, 50);
    uniform_curve(-1.25 * bound, 1.25 * bound, -bound, bound);
}

static void normal_panel(nni_tensor *t, double std)
{
    histogram(t, -4.5 * std, 4.5 * std, 50);
    normal_curve(-4.5 * std, 4.5 * std, 0.0, std);
}
#line 885 "book/app4-demos.nw"
static int cmd_golden(void)
{
    const char *path = "tests/golden/init/init.txt";
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        return 1;
    }
    nni_app_init_golden_stats st;
    size_t problems = nni_app_init_golden_replay(f, path, stderr, &st);
    fclose(f);
    printf("%s：%zu 个用例，%zu 次调用（其中 %zu 次预期报错）\n", path,
           st.cases, st.calls, st.errors);
    printf("  逐位比较 %zu 个数值；正交初始化按误差比较 %zu 个数值，\n",
           st.exact, st.close);
    printf("  最大绝对误差 %.2g（float32）、%.2g（float64）\n", st.max_error[0],
           st.max_error[1]);
    printf("  PyTorch 给出非有限值或常数、我们拒绝的调用 %zu 次\n", st.refused);
    printf("  不一致 %zu 处\n", problems);
    return problems != 0;
}
#line 923 "book/app4-demos.nw"
static int cmd_orthogonal_golden(void)
{
    const char *path = "tests/golden/init/orthogonal.txt";
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        return 1;
    }
    nni_app_init_golden_stats st;
    printf("%-36s %5s  %9s  %9s  %6s\n", "case", "m", "max diff", "tolerance",
           "share");
    size_t problems = nni_app_init_golden_report(f, path, stderr, stdout, &st);
    fclose(f);
    printf("最大差：float32 %.3g，float64 %.3g；至多用掉容差的 %.0f%%\n",
           st.max_error[0], st.max_error[1],
           100 * fmax(st.max_share[0], st.max_share[1]));
    printf("与 float64 QR 比较 %zu 个值，逐位相同 %zu 个；不一致 %zu 处\n",
           st.qr64, st.qr64_equal, problems);
    return problems != 0;
}
#line 955 "book/app4-demos.nw"
static int cmd_linear_default(void)
{
    const double a = sqrt(5.0);
    double gain;
    size_t differ_double = 0, differ_float = 0;
    check(nni_init_calculate_gain(NNI_NL_LEAKY_RELU, &a, &gain), "gain");
    printf("a**2 = %.17g，增益 = %.17g\n\n", pow(a, 2.0), gain);
    printf("fan_in  kaiming_uniform 的边界    1/sqrt(fan_in)\n");
    for (size_t n = 1; n <= 100000; n++) {
        const double bound = sqrt(3.0) * (gain / sqrt((double)n));
        const double direct = 1.0 / sqrt((double)n);
        differ_double += bound != direct;
        differ_float += (float)bound != (float)direct;
        if (n == 1 || n == 30 || n == 40 || n == 50 || n == 784)
            printf("%6zu  %.17g  %.17g\n", n, bound, direct);
    }
    printf("\nfan_in = 1..100000："
           "double 不同 %zu 个，转换成 float 后不同 %zu 个\n",
           differ_double, differ_float);
    return 0;
}
#line 1061 "book/app4-demos.nw"
static int cmd_hist_xavier(void)
{
    const size_t shape[2] = { 256, 512 };
    nni_tensor *t = new_tensor(2, shape);
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 0);
    check(nni_init_xavier_uniform_(&gen, t, 1.0), "xavier_uniform_");
    uniform_panel(t, sqrt(3.0) * sqrt(2.0 / 768));
    check(nni_init_xavier_normal_(&gen, t, 1.0), "xavier_normal_");
    normal_panel(t, sqrt(2.0 / 768));
    nni_tensor_free(t);
    return 0;
}

static int cmd_hist_kaiming(void)
{
    const size_t shape[4] = { 64, 64, 3, 3 };
    nni_tensor *t = new_tensor(4, shape);
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 0);
    check(nni_init_kaiming_uniform_(&gen, t, 0.0, NNI_FAN_IN, NNI_NL_RELU),
          "kaiming_uniform_");
    uniform_panel(t, sqrt(3.0) * sqrt(2.0) / sqrt(576.0));
    check(nni_init_kaiming_normal_(&gen, t, 0.0, NNI_FAN_OUT, NNI_NL_RELU),
          "kaiming_normal_");
    normal_panel(t, sqrt(2.0) / sqrt(576.0));
    nni_tensor_free(t);
    return 0;
}
#line 1102 "book/app4-demos.nw"
static void trunc_curve(double lo, double hi, double mean, double std, double a,
                        double b)
{
    const double mass = 0.5 * (erfc(-(b - mean) / (std * sqrt(2.0)))
                               - erfc(-(a - mean) / (std * sqrt(2.0))));
    printf("# density of N(%g, %g^2) truncated to [%g, %g]\n", mean, std, a, b);
    printf("%.6g 0\n%.6g 0\n", lo, a);
    for (int i = 0; i <= 800; i++) {
        const double x = a + (b - a) * i / 800;
        printf("%.6g %.6g\n", x, normal_pdf(x, mean, std) / mass);
    }
    printf("%.6g 0\n%.6g 0\n\n\n", b, hi);
}
#line 1123 "book/app4-demos.nw"
static int cmd_hist_basic(void)
{
    const size_t shape[2] = { 512, 256 };
    nni_tensor *t = new_tensor(2, shape);
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 0);
    check(nni_init_uniform_(&gen, t, -0.3, 0.7), "uniform_");
    histogram(t, -0.55, 0.95, 60);
    uniform_curve(-0.55, 0.95, -0.3, 0.7);
    check(nni_init_normal_(&gen, t, 1.5, 2.0), "normal_");
    histogram(t, 1.5 - 9, 1.5 + 9, 60);
    normal_curve(1.5 - 9, 1.5 + 9, 1.5, 2.0);
    nni_tensor_free(t);
    return 0;
}

static int cmd_hist_trunc(void)
{
    const size_t shape[2] = { 512, 256 };
    nni_tensor *t = new_tensor(2, shape);
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 0);
    check(nni_init_trunc_normal_(&gen, t, 0.0, 1.0, -2.0, 2.0),
          "trunc_normal_");
    histogram(t, -2.5, 2.5, 50);
    trunc_curve(-2.5, 2.5, 0.0, 1.0, -2.0, 2.0);
    check(nni_init_trunc_normal_(&gen, t, 0.1, 0.5, -0.5, 1.0),
          "trunc_normal_");
    histogram(t, -0.75, 1.25, 50);
    trunc_curve(-0.75, 1.25, 0.1, 0.5, -0.5, 1.0);
    nni_tensor_free(t);
    return 0;
}
#line 1168 "book/app4-demos.nw"
static void atoms(const nni_tensor *t, double value)
{
    size_t at = 0;
    for (size_t i = 0; i < nni_tensor_numel(t); i++)
        at += value_at(t, i) == value;
    printf("# fraction of the samples equal to %g, then the theoretical atom\n",
           value);
    printf("%g %.6g\n\n\n%g 1\n\n\n", value,
           (double)at / (double)nni_tensor_numel(t), value);
}

static int cmd_constant(void)
{
    const size_t shape[2] = { 16, 16 };
    nni_tensor *t = new_tensor(2, shape);
    check(nni_init_constant_(t, 0.3), "constant_");
    atoms(t, (double)0.3f);
    check(nni_init_ones_(t), "ones_");
    atoms(t, 1.0);
    check(nni_init_zeros_(t), "zeros_");
    atoms(t, 0.0);
    nni_tensor_free(t);
    return 0;
}
#line 1204 "book/app4-demos.nw"
static int cmd_eye_dirac(void)
{
    const size_t eye_shape[2] = { 5, 8 }, dirac_shape[4] = { 6, 2, 3, 3 };
    nni_tensor *e = new_tensor(2, eye_shape), *d = new_tensor(4, dirac_shape);
    check(nni_init_eye_(e), "eye_");
    check(nni_init_dirac_(d, 3), "dirac_");
    printf("# eye_ on 5x8: column row value\n");
    for (size_t i = 0; i < 5; i++)
        for (size_t j = 0; j < 8; j++)
            printf("%zu %zu %g\n", j, i, value_at(e, i * 8 + j));
    printf("\n\n# dirac_ on 6x2x3x3, groups=3: column row value\n");
    for (size_t o = 0; o < 6; o++)
        for (size_t k1 = 0; k1 < 3; k1++)
            for (size_t c = 0; c < 2; c++)
                for (size_t k2 = 0; k2 < 3; k2++)
                    printf("%zu %zu %g\n", c * 3 + k2, o * 3 + k1,
                           value_at(d, ((o * 2 + c) * 3 + k1) * 3 + k2));
    nni_tensor_free(e);
    nni_tensor_free(d);
    return 0;
}
#line 1244 "book/app4-demos.nw"
static void sphere_curve(double n)
{
    const double c =
        exp(lgamma(n / 2) - lgamma((n - 1) / 2)) / sqrt(3.14159265358979323846);
    printf("# density of one coordinate of a uniform point on the sphere in "
           "R^%g\n", n);
    for (int i = 0; i <= 800; i++) {
        const double x = -0.3 + 0.6 * i / 800;
        printf("%.6g %.6g\n", x, c * pow(1 - x * x, (n - 3) / 2));
    }
    printf("\n\n");
}

static void chi_norm_curve(double n)
{
    printf("# density of ||Wx|| when n ||Wx||^2 ~ chi^2_n, n = %g\n", n);
    for (int i = 0; i <= 800; i++) {
        const double r = 0.5 + 1.0 * i / 800, y = n * r * r;
        const double log_chi2 =
            (n / 2 - 1) * log(y) - y / 2 - (n / 2) * log(2.0) - lgamma(n / 2);
        printf("%.6g %.6g\n", r, exp(log_chi2) * 2 * n * r);
    }
    printf("\n\n");
}
#line 1271 "book/app4-demos.nw"
static void norms(nni_torch_gen *gen, const nni_tensor *w, size_t n,
                  nni_tensor *x)
{
    double *norm = malloc(2000 * sizeof *norm);
    if (norm == NULL)
        die("out of memory");
    for (int k = 0; k < 2000; k++) {
        check(nni_init_normal_(gen, x, 0.0, 1.0), "normal_");
        double len = 0, out = 0;
        for (size_t j = 0; j < n; j++)
            len += value_at(x, j) * value_at(x, j);
        for (size_t i = 0; i < n; i++) {
            double s = 0;
            for (size_t j = 0; j < n; j++)
                s += value_at(w, i * n + j) * value_at(x, j);
            out += s * s;
        }
        norm[k] = sqrt(out / len);
    }
    
#line 1296 "book/app4-demos.nw"
const size_t one = 2000;
nni_tensor *h;
check(nni_tensor_new(&h, NNI_FLOAT64, 1, &one), "nni_tensor_new");
memcpy(nni_tensor_data(h), norm, 2000 * sizeof *norm);
histogram(h, 0.5, 1.5, 100);
nni_tensor_free(h);
#line 1291 "book/app4-demos.nw"
    free(norm);
}
#line 1305 "book/app4-demos.nw"
static int cmd_orthogonal(void)
{
    const size_t big[2] = { 256, 256 }, small[2] = { 64, 64 }, vec = 64;
    nni_tensor *q, *w, *x;
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 0);
    check(nni_tensor_new(&q, NNI_FLOAT64, 2, big), "nni_tensor_new");
    check(nni_init_orthogonal_(&gen, q, 1.0), "orthogonal_");
    histogram(q, -0.3, 0.3, 60);
    sphere_curve(256);
    check(nni_tensor_new(&w, NNI_FLOAT64, 2, small), "nni_tensor_new");
    check(nni_tensor_new(&x, NNI_FLOAT64, 1, &vec), "nni_tensor_new");
    check(nni_init_orthogonal_(&gen, w, 1.0), "orthogonal_");
    norms(&gen, w, 64, x);
    check(nni_init_normal_(&gen, w, 0.0, 1.0 / 8), "normal_");
    norms(&gen, w, 64, x);
    chi_norm_curve(64);
    nni_tensor_free(q);
    nni_tensor_free(w);
    nni_tensor_free(x);
    return 0;
}
#line 1339 "book/app4-demos.nw"
static int cmd_sparse(void)
{
    const size_t small[2] = { 30, 20 }, big[2] = { 500, 400 };
    nni_tensor *s = new_tensor(2, small), *b = new_tensor(2, big);
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 0);
    check(nni_init_sparse_(&gen, s, 0.3, 1.0), "sparse_");
    printf("# sparse_ on 30x20, sparsity 0.3: column row is_zero\n");
    for (size_t i = 0; i < 30; i++)
        for (size_t j = 0; j < 20; j++)
            printf("%zu %zu %d\n", j, i, value_at(s, i * 20 + j) == 0.0);
    printf("\n\n");
    check(nni_init_sparse_(&gen, b, 0.9, 1.0), "sparse_");
    
#line 1360 "book/app4-demos.nw"
size_t nonzero = 0;
for (size_t i = 0; i < 200000; i++)
    nonzero += value_at(b, i) != 0.0;
nni_tensor *nz;
check(nni_tensor_new(&nz, NNI_FLOAT64, 1, &nonzero), "nni_tensor_new");
for (size_t i = 0, k = 0; i < 200000; i++)
    if (value_at(b, i) != 0.0)
        ((double *)nni_tensor_data(nz))[k++] = value_at(b, i);
histogram(nz, -4.5, 4.5, 60);
normal_curve(-4.5, 4.5, 0.0, 1.0);
nni_tensor_free(nz);
#line 1353 "book/app4-demos.nw"
    nni_tensor_free(s);
    nni_tensor_free(b);
    return 0;
}

#line 839 "book/app4-demos.nw"
int main(int argc, char **argv)
{
    static const struct { const char *name; int (*run)(void); } commands[] = {
        
#line 909 "book/app4-demos.nw"
{ "golden", cmd_golden },
#line 946 "book/app4-demos.nw"
{ "orthogonal-golden", cmd_orthogonal_golden },
#line 979 "book/app4-demos.nw"
{ "linear-default", cmd_linear_default },
#line 1093 "book/app4-demos.nw"
{ "hist-xavier", cmd_hist_xavier },
{ "hist-kaiming", cmd_hist_kaiming },
#line 1159 "book/app4-demos.nw"
{ "hist-basic", cmd_hist_basic },
{ "hist-trunc", cmd_hist_trunc },
#line 1195 "book/app4-demos.nw"
{ "constant", cmd_constant },
#line 1228 "book/app4-demos.nw"
{ "eye-dirac", cmd_eye_dirac },
#line 1330 "book/app4-demos.nw"
{ "orthogonal", cmd_orthogonal },
#line 1374 "book/app4-demos.nw"
{ "sparse", cmd_sparse },
#line 843 "book/app4-demos.nw"
    };
    for (size_t i = 0; argc == 2 && i < sizeof commands / sizeof commands[0];
         i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run();
    fprintf(stderr, "usage: init-demo COMMAND "
                    "(see the table in src/bin/init-demo.c)\n");
    return 2;
}
