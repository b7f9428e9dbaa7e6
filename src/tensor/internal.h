/* tensor/internal.h -- 张量的内部表示，只供库自身使用 */
#ifndef NNI_TENSOR_INTERNAL_H
#define NNI_TENSOR_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "tensor/tensor.h"

struct nni_tensor {
    nni_dtype dtype;
    size_t ndim;
    size_t shape[NNI_MAX_DIMS];
    size_t stride[NNI_MAX_DIMS];    /* 以元素计 */
    size_t numel;
    void *data;                     /* numel 个元素，C 顺序，归张量所有 */
    bool requires_grad;             /* 只是一个标志，见正文 */
    nni_tensor *grad;               /* 梯度（第 \ref{ch:backward} 章），
                                       归张量所有；还没有时为 NULL */
};

static inline double nni__tensor_load(const nni_tensor *t, size_t offset)
{
    if (t->dtype == NNI_FLOAT32)
        return (double)((const float *)t->data)[offset];
    return ((const double *)t->data)[offset];
}

static inline void nni__tensor_store(nni_tensor *t, size_t offset, double value)
{
    if (t->dtype == NNI_FLOAT32)
        ((float *)t->data)[offset] = (float)value;
    else
        ((double *)t->data)[offset] = value;
}
nni_status nni__contiguous_layout(size_t ndim, const size_t *shape,
                                  size_t elsize, size_t *stride, size_t *numel);

#endif
