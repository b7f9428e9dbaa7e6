/* nn/internal.h -- 模块的内部表示，只供库自身使用 */
#ifndef NNI_NN_INTERNAL_H
#define NNI_NN_INTERNAL_H

#include "nn/module.h"

#include "nn/backward.h"

enum { NNI__IN, NNI__OUT, NNI__GOUT, NNI__SLOTS };

struct nni_cache {
    nni_tensor *t[NNI__SLOTS];      /* 输入、输出、输出的梯度；没有时为 NULL */
    bool owned[NNI__SLOTS];         /* 这一格的张量是否归本缓存所有 */
};
enum { NNI__IDLE, NNI__RECORDING, NNI__BACKWARD };
void nni__module_release(nni_module *m);
nni_module *nni__tree_root(nni_module *m);
void nni__tree_set_phase(nni_module *root, int phase);
void nni__tree_clear(nni_module *root);
unsigned nni__ceil_log2(size_t x);
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
    struct nni_cache cache;       /* 带缓存的前向传播记下的张量 */
    nni_tensor *pending[2];       /* 反向传播算出、尚未提交的参数梯度 */
    nni_backward_fn backward;     /* 自定义模块的反向回调，可以为 NULL */
    int phase;                    /* NNI__IDLE、NNI__RECORDING 或 NNI__BACKWARD */
};
typedef struct nni__mat {
    const void *data;
    nni_dtype dtype;
    size_t rows, cols;
    size_t rs, cs;          /* 元素 (i, k) 在 data 的第 i*rs + k*cs 个位置 */
} nni__mat;

nni__mat nni__mat_of(const nni_tensor *t, size_t rows, size_t cols);
nni__mat nni__mat_t(nni__mat m);
nni_status nni__matmul_nt(nni_tensor *c, nni__mat a, nni__mat b,
                          const nni_tensor *bias, const char *who);

#endif
