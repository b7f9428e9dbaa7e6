/* tensor/npy.h -- 把张量写成 NumPy 的 .npy 文件 */
#ifndef NNI_TENSOR_NPY_H
#define NNI_TENSOR_NPY_H

#include <stdio.h>

#include "base/status.h"
#include "tensor/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

nni_status nni_tensor_write_npy(const nni_tensor *t, FILE *stream);

#ifdef __cplusplus
}
#endif

#endif
