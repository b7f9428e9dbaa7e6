#line 272 "book/ch44-training-impl.nw"
/* nn/loss.c -- 交叉熵损失与准确率 */
#include <math.h>

#include "base/internal.h"
#include "nn/internal.h"
#include "nn/train.h"
#include "tensor/internal.h"

#line 292 "book/ch44-training-impl.nw"
static nni_status check_batch(const char *fn, const nni_tensor *logits,
                              const size_t *labels)
{
    if (logits == NULL || labels == NULL)
        return nni__fail(NNI_EINVAL, "%s: logits or labels is NULL", fn);
    if (logits->ndim != 2 || logits->numel == 0)
        return nni__fail(NNI_ESHAPE, "%s: logits must be a non-empty "
                         "matrix (batch x classes)", fn);
    for (size_t b = 0; b < logits->shape[0]; b++)
        if (labels[b] >= logits->shape[1])
            return nni__fail(NNI_ERANGE, "%s: the label of row %zu is %zu, "
                             "not below the %zu classes", fn, b, labels[b],
                             logits->shape[1]);
    return NNI_OK;
}
#line 315 "book/ch44-training-impl.nw"
static double in_dtype(nni_dtype dtype, double v)
{
    return dtype == NNI_FLOAT32 ? (double)(float)v : v;
}
#line 325 "book/ch44-training-impl.nw"
static void log_softmax_row(const nni_tensor *z, size_t row, double *out)
{
    const nni_dtype t = z->dtype;
    const size_t n = z->shape[1];
    double max = nni__tensor_load(z, row * n), lane[4] = { 0.0, 0.0, 0.0, 0.0 };
    for (size_t c = 1; c < n; c++) {
        const double v = nni__tensor_load(z, row * n + c);
        if (v > max || isnan(v))
            max = v;
    }
    
#line 340 "book/ch44-training-impl.nw"
for (size_t c = 0; c < n; c++) {
    const double v = in_dtype(t, nni__tensor_load(z, row * n + c) - max);
    lane[c % 4] = in_dtype(t, lane[c % 4] + in_dtype(t, exp(v)));
}
const double sum = in_dtype(t, in_dtype(t, in_dtype(t, lane[0] + lane[1])
                                        + lane[2]) + lane[3]);
const double log_sum = in_dtype(t, log(sum));
for (size_t c = 0; c < n; c++)
    out[c] = in_dtype(t, in_dtype(t, nni__tensor_load(z, row * n + c) - max)
                         - log_sum);
#line 336 "book/ch44-training-impl.nw"
}
#line 360 "book/ch44-training-impl.nw"
static void nll_add(double level[8], size_t b, unsigned p, nni_dtype t,
                    double v)
{
    const size_t mask = ((size_t)1 << p) - 1;
    level[0] = in_dtype(t, level[0] - v);
    for (unsigned j = 0; j + 1 < 8; j++) {
        if (j * p >= 8 * sizeof b || (b & (mask << (j * p))) != 0)
            break;
        level[j + 1] = in_dtype(t, level[j + 1] + level[j]);
        level[j] = 0.0;
    }
}
#line 379 "book/ch44-training-impl.nw"
static void grad_row(nni_tensor *grad, size_t row, const double *log_p,
                     size_t label, double sigma)
{
    const size_t n = grad->shape[1];
    for (size_t c = 0; c < n; c++) {
        const double g = c == label ? sigma : 0.0;
        const double e = in_dtype(grad->dtype, exp(log_p[c]));
        nni__tensor_store(grad, row * n + c, grad->dtype == NNI_FLOAT32
                          ? (double)fmaf((float)-e, (float)sigma, (float)g)
                          : fma(-e, sigma, g));
    }
}
#line 396 "book/ch44-training-impl.nw"
nni_status nni_cross_entropy(const nni_tensor *logits, const size_t *labels,
                             double *loss, nni_tensor **grad)
{
    if (grad != NULL)
        *grad = NULL;
    nni_status status = loss == NULL
        ? nni__fail(NNI_EINVAL, "nni_cross_entropy: loss is NULL")
        : check_batch("nni_cross_entropy", logits, labels);
    if (status != NNI_OK)
        return status;
    
#line 414 "book/ch44-training-impl.nw"
const nni_dtype t = logits->dtype;
const size_t batch = logits->shape[0], n = logits->shape[1];
double *log_p = nni__alloc_array(n, sizeof *log_p);
if (log_p == NULL)
    return NNI_ENOMEM;
if (grad != NULL)
    status = nni_tensor_new(grad, t, 2, logits->shape);
if (status == NNI_OK)
    
#line 428 "book/ch44-training-impl.nw"
{
    const unsigned p = nni__ceil_log2(batch) / 8 > 4
                       ? nni__ceil_log2(batch) / 8 : 4;
    const double sigma = in_dtype(t, -in_dtype(t, 1.0 / (double)batch));
    double level[8] = { 0.0 };
    for (size_t b = 0; b < batch; b++) {
        log_softmax_row(logits, b, log_p);
        nll_add(level, b, p, t, log_p[labels[b]]);
        if (grad != NULL)
            grad_row(*grad, b, log_p, labels[b], sigma);
    }
    
#line 444 "book/ch44-training-impl.nw"
double total = 0.0;
for (int j = 0; j < 8; j++)
    total = in_dtype(t, total + level[j]);
*loss = in_dtype(t, total / in_dtype(t, (double)batch));
#line 440 "book/ch44-training-impl.nw"
}
#line 423 "book/ch44-training-impl.nw"
nni_free(log_p);
return status;
#line 407 "book/ch44-training-impl.nw"
}
#line 463 "book/ch44-training-impl.nw"
static size_t argmax_row(const nni_tensor *z, size_t row)
{
    const size_t n = z->shape[1];
    size_t best = 0;
    double best_v = nni__tensor_load(z, row * n);
    for (size_t c = 1; c < n && !isnan(best_v); c++) {
        const double v = nni__tensor_load(z, row * n + c);
        if (v > best_v || isnan(v)) {
            best = c;
            best_v = v;
        }
    }
    return best;
}
#line 480 "book/ch44-training-impl.nw"
nni_status nni_accuracy(const nni_tensor *logits, const size_t *labels,
                        double *accuracy)
{
    nni_status status = accuracy == NULL
        ? nni__fail(NNI_EINVAL, "nni_accuracy: accuracy is NULL")
        : check_batch("nni_accuracy", logits, labels);
    if (status != NNI_OK)
        return status;
    size_t correct = 0;
    for (size_t b = 0; b < logits->shape[0]; b++)
        correct += argmax_row(logits, b) == labels[b];
    *accuracy = (double)correct / (double)logits->shape[0];
    return NNI_OK;
}
