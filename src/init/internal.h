/* init/internal.h -- 初始化模块内部共用的声明 */
#ifndef NNI_INIT_INTERNAL_H
#define NNI_INIT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "base/internal.h"
#include "init/init.h"
#include "random/internal.h"
#include "tensor/internal.h"

nni_status nni__init_gain(nni_nonlinearity nl, const double *param,
                          double *gain, const char *who);
nni_status nni__init_fans(size_t ndim, const size_t *shape, const char *who,
                          size_t *fan_in, size_t *fan_out);
nni_status nni__init_check(const nni_torch_gen *gen, bool needs_gen,
                           const nni_tensor *t, const char *who);

#endif
