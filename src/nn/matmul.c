#line 352 "book/ch42-backward.nw"
/* nn/matmul.c -- C = A B^T：按元素保持累加顺序、成块计算的矩阵乘法 */
#include <string.h>

#include "base/internal.h"
#include "nn/internal.h"
#include "tensor/internal.h"

#line 366 "book/ch42-backward.nw"
nni__mat nni__mat_of(const nni_tensor *t, size_t rows, size_t cols)
{
    nni__mat m = { t->data, t->dtype, rows, cols, cols, 1 };
    return m;
}

nni__mat nni__mat_t(nni__mat m)
{
    nni__mat t = { m.data, m.dtype, m.cols, m.rows, m.cs, m.rs };
    return t;
}

static double mat_load(nni__mat m, size_t i, size_t k)
{
    const size_t at = i * m.rs + k * m.cs;
    if (m.dtype == NNI_FLOAT32)
        return (double)((const float *)m.data)[at];
    return ((const double *)m.data)[at];
}
#line 399 "book/ch42-backward.nw"
enum { MR = 4, NR = 4, MC = 64 };

static void pack_panel(double *panel, nni__mat b, size_t j0)
{
    for (size_t k = 0; k < b.cols; k++)
        for (size_t c = 0; c < NR; c++)
            panel[k * NR + c] = j0 + c < b.rows ? mat_load(b, j0 + c, k) : 0.0;
}
#line 413 "book/ch42-backward.nw"
static bool needs_packing(nni__mat a)
{
    return a.dtype != NNI_FLOAT64 || a.cs != 1;
}

static void pack_rows(double *out, nni__mat a)
{
    for (size_t i = 0; i < a.rows; i++)
        for (size_t k = 0; k < a.cols; k++)
            out[i * a.cols + k] = mat_load(a, i, k);
}
#line 434 "book/ch42-backward.nw"
#define ROW4(c, x) ((c)[0] += (x) * p[0], (c)[1] += (x) * p[1], \
                    (c)[2] += (x) * p[2], (c)[3] += (x) * p[3])

static void kernel(size_t kdim, const double *const a[MR], const double *panel,
                   double acc[MR][NR])
{
    double c0[NR], c1[NR], c2[NR], c3[NR];
    
#line 454 "book/ch42-backward.nw"
for (int j = 0; j < NR; j++) {
    c0[j] = acc[0][j];
    c1[j] = acc[1][j];
    c2[j] = acc[2][j];
    c3[j] = acc[3][j];
}
#line 442 "book/ch42-backward.nw"
    for (size_t k = 0; k < kdim; k++) {
        const double *p = panel + k * NR;
        ROW4(c0, a[0][k]);
        ROW4(c1, a[1][k]);
        ROW4(c2, a[2][k]);
        ROW4(c3, a[3][k]);
    }
    
#line 463 "book/ch42-backward.nw"
for (int j = 0; j < NR; j++) {
    acc[0][j] = c0[j];
    acc[1][j] = c1[j];
    acc[2][j] = c2[j];
    acc[3][j] = c3[j];
}
#line 450 "book/ch42-backward.nw"
}
#line 478 "book/ch42-backward.nw"
struct job {
    nni_tensor *c;
    const double *a;
    size_t lda, m, n, kdim;
    const nni_tensor *bias;
};
#line 491 "book/ch42-backward.nw"
static void tile(const struct job *job, size_t i0, size_t j0,
                 const double *panel)
{
    const double *rows[MR];
    double acc[MR][NR];
    for (size_t r = 0; r < MR; r++) {
        rows[r] = job->a + (i0 + r < job->m ? i0 + r : i0) * job->lda;
        for (size_t j = 0; j < NR; j++)
            acc[r][j] = 0.0;
    }
    kernel(job->kdim, rows, panel, acc);
    for (size_t r = 0; r < MR && i0 + r < job->m; r++)
        for (size_t j = 0; j < NR && j0 + j < job->n; j++) {
            double v = acc[r][j];
            if (job->bias != NULL)
                v += nni__tensor_load(job->bias, j0 + j);
            nni__tensor_store(job->c, (i0 + r) * job->n + j0 + j, v);
        }
}
#line 518 "book/ch42-backward.nw"
static void run_job(const struct job *job, const double *panels)
{
    const size_t panel_size = job->kdim * NR;
    for (size_t i0 = 0; i0 < job->m; i0 += MC) {
        const size_t i1 = job->m - i0 < MC ? job->m : i0 + MC;
        for (size_t j0 = 0; j0 < job->n; j0 += NR)
            for (size_t i = i0; i < i1; i += MR)
                tile(job, i, j0, panels + j0 / NR * panel_size);
    }
}
#line 534 "book/ch42-backward.nw"
nni_status nni__matmul_nt(nni_tensor *c, nni__mat a, nni__mat b,
                          const nni_tensor *bias, const char *who)
{
    struct job job = { c, NULL, a.cols, a.rows, b.rows, a.cols, bias };
    size_t panel_count, packed_count;
    if (job.m == 0 || job.n == 0)
        return NNI_OK;
    if (!nni__mul_size((job.n + NR - 1) / NR * NR, job.kdim, &panel_count)
        || !nni__mul_size(job.m, job.kdim, &packed_count))
        return nni__fail(NNI_EOVERFLOW, "%s: matmul %zu x %zu x %zu overflows",
                         who, job.m, job.n, job.kdim);
    
#line 550 "book/ch42-backward.nw"
double *panels = nni__alloc_array_for(who, panel_count, sizeof *panels);
double *packed = needs_packing(a)
                 ? nni__alloc_array_for(who, packed_count, sizeof *packed)
                 : NULL;
if (panels == NULL || (needs_packing(a) && packed == NULL)) {
    nni_free(panels);
    nni_free(packed);
    return NNI_ENOMEM;
}
for (size_t j0 = 0; j0 < job.n; j0 += NR)
    pack_panel(panels + j0 / NR * job.kdim * NR, b, j0);
if (packed != NULL)
    pack_rows(packed, a);
job.a = packed != NULL ? packed : (const double *)a.data;
job.lda = packed != NULL ? a.cols : a.rs;
run_job(&job, panels);
nni_free(panels);
nni_free(packed);
return NNI_OK;
#line 546 "book/ch42-backward.nw"
}
