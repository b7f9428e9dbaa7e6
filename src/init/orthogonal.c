#line 1312 "book/ch46-init-impl.nw"
/* init/orthogonal.c -- 正交初始化：Householder QR 与符号修正 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "init/internal.h"

#line 1340 "book/ch46-init-impl.nw"
static void householder_qr(double *A, size_t m, size_t n, double *tau)
{
    for (size_t k = 0; k < n; k++) {
        double *x = A + k + k * m;
        const size_t len = m - k;
        
#line 1360 "book/ch46-init-impl.nw"
double sigma = 0.0;
for (size_t i = 1; i < len; i++)
    sigma += x[i] * x[i];
const double alpha = x[0];
if (sigma == 0.0) {
    tau[k] = 0.0;
} else {
    const double beta = -copysign(sqrt(alpha * alpha + sigma), alpha);
    tau[k] = (beta - alpha) / beta;
    for (size_t i = 1; i < len; i++)
        x[i] /= alpha - beta;
    x[0] = beta;
}
#line 1346 "book/ch46-init-impl.nw"
        for (size_t j = k + 1; j < n; j++) {
            double *col = A + k + j * m, w = col[0];
            for (size_t i = 1; i < len; i++)
                w += x[i] * col[i];
            w *= tau[k];
            col[0] -= w;
            for (size_t i = 1; i < len; i++)
                col[i] -= w * x[i];
        }
    }
}
#line 1381 "book/ch46-init-impl.nw"
static void form_q(const double *A, size_t m, size_t n, const double *tau,
                   double *Q)
{
    memset(Q, 0, m * n * sizeof *Q);
    for (size_t j = 0; j < n; j++)
        Q[j + j * m] = 1.0;
    for (size_t k = n; k-- > 0;) {
        const double *v = A + k + k * m;
        const size_t len = m - k;
        for (size_t j = k; j < n; j++) {
            double *col = Q + k + j * m, w = col[0];
            for (size_t i = 1; i < len; i++)
                w += v[i] * col[i];
            w *= tau[k];
            col[0] -= w;
            for (size_t i = 1; i < len; i++)
                col[i] -= w * v[i];
        }
    }
    for (size_t j = 0; j < n; j++) {
        const double r = A[j + j * m];
        const double s = r > 0 ? 1.0 : r < 0 ? -1.0 : 0.0;
        for (size_t i = 0; i < m; i++)
            Q[i + j * m] *= s;
    }
}
#line 1417 "book/ch46-init-impl.nw"
nni_status nni_init_orthogonal_(nni_torch_gen *gen, nni_tensor *t, double gain)
{
    const char *who = "nni_init_orthogonal_";
    nni_status status = nni__init_check(gen, true, t, who);
    if (status != NNI_OK)
        return status;
    if (t->ndim < 2)
        return nni__fail(NNI_ESHAPE,
                         "%s: Only tensors with 2 or more dimensions "
                         "are supported", who);
    
#line 1449 "book/ch46-init-impl.nw"
const double max = t->dtype == NNI_FLOAT32 ? (double)FLT_MAX : DBL_MAX;
if (!(fabs(gain) <= max / 2))
    return nni__fail(NNI_EINVAL, "%s: gain %g is not a finite number that %s "
                     "can hold (need |gain| <= %g)", who, gain,
                     nni_dtype_name(t->dtype), max / 2);
#line 1428 "book/ch46-init-impl.nw"
    if (t->numel == 0)
        return NNI_OK;
    const size_t rows = t->shape[0], cols = t->numel / rows;
    const bool wide = rows < cols;
    const size_t m = wide ? cols : rows, n = wide ? rows : cols;
    
#line 1461 "book/ch46-init-impl.nw"
size_t count, bytes;
if (!nni__mul_size(t->numel, 2, &count) || count > (size_t)-1 - n
    || !nni__mul_size(count + n, sizeof(double), &bytes))
    return nni__fail(NNI_EOVERFLOW, "%s: the QR workspace overflows", who);
double *A = nni__alloc(bytes);
if (A == NULL)
    return NNI_ENOMEM;
double *Q = A + m * n, *tau = Q + m * n;
#line 1434 "book/ch46-init-impl.nw"
    status = nni__torch_normal(gen, t, 0.0, 1.0, who);
    if (status == NNI_OK) {
        
#line 1472 "book/ch46-init-impl.nw"
for (size_t i = 0; i < rows; i++)
    for (size_t j = 0; j < cols; j++) {
        const double v = nni__tensor_load(t, i * cols + j);
        A[wide ? j + i * m : i + j * m] = v;
    }
householder_qr(A, m, n, tau);
form_q(A, m, n, tau, Q);
for (size_t i = 0; i < rows; i++)
    for (size_t j = 0; j < cols; j++) {
        const double q = Q[wide ? j + i * m : i + j * m];
        if (t->dtype == NNI_FLOAT32)
            ((float *)t->data)[i * cols + j] = (float)q * (float)gain;
        else
            ((double *)t->data)[i * cols + j] = q * gain;
    }
#line 1437 "book/ch46-init-impl.nw"
    }
    nni_free(A);
    return status;
}
