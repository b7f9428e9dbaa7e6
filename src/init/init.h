/* init/init.h -- torch.nn.init：增益、扇入扇出与全部初始化函数 */
#ifndef NNI_INIT_INIT_H
#define NNI_INIT_INIT_H

#include <stddef.h>

#include "base/status.h"
#include "random/torch.h"
#include "tensor/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum nni_nonlinearity {
    NNI_NL_LINEAR,
    NNI_NL_CONV1D,
    NNI_NL_CONV2D,
    NNI_NL_CONV3D,
    NNI_NL_CONV_TRANSPOSE1D,
    NNI_NL_CONV_TRANSPOSE2D,
    NNI_NL_CONV_TRANSPOSE3D,
    NNI_NL_SIGMOID,
    NNI_NL_TANH,
    NNI_NL_RELU,
    NNI_NL_LEAKY_RELU,
    NNI_NL_SELU
} nni_nonlinearity;
typedef enum nni_fan_mode {
    NNI_FAN_IN,     /* 保持前向传播中的方差 */
    NNI_FAN_OUT     /* 保持反向传播中的方差 */
} nni_fan_mode;
nni_status nni_nonlinearity_parse(const char *name, nni_nonlinearity *nl);
const char *nni_nonlinearity_name(nni_nonlinearity nl);
nni_status nni_fan_mode_parse(const char *name, nni_fan_mode *mode);
const char *nni_fan_mode_name(nni_fan_mode mode);
nni_status nni_init_calculate_gain(nni_nonlinearity nl, const double *param,
                                   double *gain);
nni_status nni_init_calculate_gain_by_name(const char *nonlinearity,
                                           const char *param, double *gain);
nni_status nni_init_fans(const nni_tensor *t, size_t *fan_in, size_t *fan_out);
nni_status nni_init_fans_of_shape(size_t ndim, const size_t *shape,
                                  size_t *fan_in, size_t *fan_out);
nni_status nni_init_fan(const nni_tensor *t, nni_fan_mode mode, size_t *fan);
nni_status nni_init_xavier_uniform_(nni_torch_gen *gen, nni_tensor *t,
                                    double gain);
nni_status nni_init_xavier_normal_(nni_torch_gen *gen, nni_tensor *t,
                                   double gain);
nni_status nni_init_kaiming_uniform_(nni_torch_gen *gen, nni_tensor *t,
                                     double a, nni_fan_mode mode,
                                     nni_nonlinearity nl);
nni_status nni_init_kaiming_normal_(nni_torch_gen *gen, nni_tensor *t, double a,
                                    nni_fan_mode mode, nni_nonlinearity nl);
nni_status nni_init_uniform_(nni_torch_gen *gen, nni_tensor *t, double a,
                             double b);
nni_status nni_init_normal_(nni_torch_gen *gen, nni_tensor *t, double mean,
                            double std);
nni_status nni_init_constant_(nni_tensor *t, double val);
nni_status nni_init_ones_(nni_tensor *t);
nni_status nni_init_zeros_(nni_tensor *t);
nni_status nni_init_eye_(nni_tensor *t);
nni_status nni_init_dirac_(nni_tensor *t, size_t groups);
nni_status nni_init_trunc_normal_(nni_torch_gen *gen, nni_tensor *t,
                                  double mean, double std, double a, double b);
nni_status nni_init_orthogonal_(nni_torch_gen *gen, nni_tensor *t, double gain);
nni_status nni_init_sparse_(nni_torch_gen *gen, nni_tensor *t, double sparsity,
                            double std);

#ifdef __cplusplus
}
#endif

#endif
