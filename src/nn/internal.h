/* nn/internal.h -- 模块的内部表示，只供库自身使用 */
#ifndef NNI_NN_INTERNAL_H
#define NNI_NN_INTERNAL_H

#include "nn/module.h"

struct nni_child {
    char name[NNI_MAX_NAME + 1];
    nni_module *module;
};

struct nni_param {
    char name[NNI_MAX_NAME + 1];
    nni_tensor *tensor;
};

struct nni_module {
    nni_module_kind kind;
    char type_name[NNI_MAX_NAME + 1];
    nni_module *parent;           /* 不归本模块所有 */
    size_t index_in_parent;       /* 在父模块子列表中的位置 */
    struct nni_child *children;   /* n_children 个，归本模块所有 */
    size_t n_children, cap_children;
    struct nni_param params[2];   /* Linear 的 weight、bias；其他模块没有参数 */
    size_t n_params;
    size_t in_features, out_features;   /* 只对 Linear 有意义 */
    nni_forward_fn forward;       /* 只对自定义模块有意义 */
    void *ctx;
};

#endif
