/* tensor/print.h -- 像 PyTorch 那样打印张量 */
#ifndef NNI_TENSOR_PRINT_H
#define NNI_TENSOR_PRINT_H

#include <stdio.h>

#include "base/status.h"
#include "tensor/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* 作为模块参数打印：先写一行 "Parameter containing:" */
#define NNI_PRINT_PARAMETER 1u
nni_status nni_tensor_repr(char **out, const nni_tensor *t, unsigned flags);
nni_status nni_tensor_fprint(FILE *stream, const nni_tensor *t, unsigned flags);

#ifdef __cplusplus
}
#endif

#endif
