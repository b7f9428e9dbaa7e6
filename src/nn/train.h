/* nn/train.h -- 训练：交叉熵损失、准确率、随机梯度下降 */
#ifndef NNI_NN_TRAIN_H
#define NNI_NN_TRAIN_H

#include <stddef.h>

#include "base/status.h"
#include "nn/module.h"
#include "tensor/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

nni_status nni_cross_entropy(const nni_tensor *logits, const size_t *labels,
                             double *loss, nni_tensor **grad);
nni_status nni_accuracy(const nni_tensor *logits, const size_t *labels,
                        double *accuracy);
nni_status nni_sgd_step(nni_module *root, double lr);

#ifdef __cplusplus
}
#endif

#endif
