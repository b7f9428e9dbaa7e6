/* tensor/tensor.h -- 张量：数据类型、形状、步长与元素访问 */
#ifndef NNI_TENSOR_TENSOR_H
#define NNI_TENSOR_TENSOR_H

#include <stdbool.h>
#include <stddef.h>

#include "base/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum nni_dtype {
    NNI_FLOAT32,    /* 4 字节 IEEE 754 单精度，PyTorch 的默认类型 */
    NNI_FLOAT64     /* 8 字节 IEEE 754 双精度，NumPy 的默认类型 */
} nni_dtype;

#define NNI_MAX_DIMS 8

typedef struct nni_tensor nni_tensor;
size_t nni_dtype_size(nni_dtype dtype);
const char *nni_dtype_name(nni_dtype dtype);
nni_status nni_tensor_new(nni_tensor **out, nni_dtype dtype,
                          size_t ndim, const size_t *shape);
void nni_tensor_free(nni_tensor *t);
nni_status nni_tensor_clone(nni_tensor **out, const nni_tensor *src);
nni_status nni_tensor_to(nni_tensor **out, const nni_tensor *src,
                         nni_dtype dtype);
nni_dtype nni_tensor_dtype(const nni_tensor *t);
size_t nni_tensor_ndim(const nni_tensor *t);
size_t nni_tensor_dim(const nni_tensor *t, size_t k);
size_t nni_tensor_stride(const nni_tensor *t, size_t k);
size_t nni_tensor_numel(const nni_tensor *t);
bool nni_tensor_requires_grad(const nni_tensor *t);
nni_status nni_tensor_set_requires_grad(nni_tensor *t, bool requires_grad);
void *nni_tensor_data(nni_tensor *t);
const void *nni_tensor_data_const(const nni_tensor *t);
nni_status nni_tensor_get(const nni_tensor *t, const size_t *index,
                          double *value);
nni_status nni_tensor_set(nni_tensor *t, const size_t *index, double value);

#ifdef __cplusplus
}
#endif

#endif
