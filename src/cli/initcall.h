/* cli/initcall.h -- 按名字与参数调用初始化函数（命令行工具与测试共用） */
#ifndef NNI_CLI_INITCALL_H
#define NNI_CLI_INITCALL_H

#include <stdbool.h>
#include <stddef.h>

#include "nninit.h"

enum {
    NNI_APP_GAIN = 1u << 0, NNI_APP_A = 1u << 1, NNI_APP_B = 1u << 2,
    NNI_APP_MEAN = 1u << 3, NNI_APP_STD = 1u << 4, NNI_APP_MODE = 1u << 5,
    NNI_APP_NONLINEARITY = 1u << 6, NNI_APP_SPARSITY = 1u << 7,
    NNI_APP_GROUPS = 1u << 8, NNI_APP_VAL = 1u << 9
};

typedef struct nni_app_init_args {
    double gain, a, b, mean, std, sparsity, val;
    size_t groups;
    nni_fan_mode mode;
    nni_nonlinearity nonlinearity;
} nni_app_init_args;
typedef struct nni_app_initializer {
    const char *name;
    unsigned takes, required;
    double default_a, default_b, default_std;
    const char *signature;
    nni_status (*run)(nni_torch_gen *gen, nni_tensor *t,
                      const nni_app_init_args *args);
} nni_app_initializer;

typedef struct nni_app_init_call {
    const nni_app_initializer *init;
    nni_app_init_args args;
    unsigned given;
} nni_app_init_call;
/* 第 i 个初始化函数（按表中的顺序），i 超出范围时为 NULL；用于列出全部名字。 */
const nni_app_initializer *nni_app_initializer_at(size_t i);
bool nni_app_init_begin(nni_app_init_call *call, const char *name,
                        char *msg, size_t msg_size);
bool nni_app_init_set(nni_app_init_call *call, const char *key,
                      const char *value, char *msg, size_t msg_size);
nni_status nni_app_init_run(const nni_app_init_call *call, nni_torch_gen *gen,
                            nni_tensor *t, char *msg, size_t msg_size);

#endif
