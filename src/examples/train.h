/* examples/train.h -- 在手写数字上训练多层感知机
   （train、train-demo 与测试共用，不属于库） */
#ifndef NNI_EXAMPLES_TRAIN_H
#define NNI_EXAMPLES_TRAIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "examples/deepnet.h"
#include "nninit.h"

#define NNI_APP_DIGITS_ROWS 1797
#define NNI_APP_DIGITS_TRAIN 1437
#define NNI_APP_DIGITS_PIXELS 64
#define NNI_APP_DIGITS_CLASSES 10

typedef struct nni_app_digits {
    nni_tensor *x;                          /* 1797 x 64，像素 / 16 */
    size_t label[NNI_APP_DIGITS_ROWS];
} nni_app_digits;

bool nni_app_digits_read(nni_app_digits *d, const char *path, nni_dtype dtype,
                         char *err, size_t errsize);
void nni_app_digits_free(nni_app_digits *d);
typedef struct nni_app_train_setup {
    bool tanh;                  /* 激活函数：tanh（真）或 ReLU（假） */
    nni_app_deep_init init;     /* 与 deepnet 相同的一组名字 */
    double std, gain, lr;
    size_t depth, width, epochs, batch;
    uint64_t seed;
    nni_dtype dtype;
} nni_app_train_setup;

void nni_app_train_defaults(nni_app_train_setup *s);
bool nni_app_train_parse(int argc, const char *const *argv,
                         nni_app_train_setup *s, const char **data,
                         char *err, size_t errsize);
nni_status nni_app_train_net(const nni_app_train_setup *s, nni_torch_gen *gen,
                             nni_module **net);
typedef struct nni_app_epoch {
    size_t epoch;
    double train_loss, train_acc, test_acc;
} nni_app_epoch;

typedef struct nni_app_train_hooks {
    void (*step)(size_t epoch, size_t k, double loss, void *ctx);
    bool (*epoch)(const nni_app_epoch *row, void *ctx);
    void *ctx;
} nni_app_train_hooks;
typedef enum nni_app_train_result {
    NNI_APP_TRAINED, NNI_APP_DIVERGED, NNI_APP_TRAIN_FAILED,
    NNI_APP_TRAIN_STOPPED
} nni_app_train_result;

nni_app_train_result nni_app_train(const nni_app_train_setup *s,
                                   const nni_app_digits *d,
                                   const nni_app_train_hooks *hooks,
                                   char *err, size_t errsize);

#endif
