/* app/train.h -- 在手写数字上训练多层感知机（train、train-demo 与测试共用，
   不属于库） */
#ifndef NNI_APP_TRAIN_H
#define NNI_APP_TRAIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/deepnet.h"
#include "app/golden-file.h"
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
typedef struct nni_app_curve {
    char name[64], args[512];
    double *steps, *epochs;             /* epochs：每个周期 4 个数 */
    size_t n_steps, n_epochs, cap_steps, cap_epochs;
    long diverged_epoch, diverged_step; /* 没有发散时为 -1 */
} nni_app_curve;

int nni_app_curve_read(nni_app_golden_file *f, nni_app_curve *c);
void nni_app_curve_free(nni_app_curve *c);
bool nni_app_curve_setup(const nni_app_curve *c, nni_app_train_setup *s,
                         char *err, size_t errsize);
nni_app_train_result nni_app_curve_replay(const nni_app_curve *golden,
                                          const nni_app_digits *d,
                                          nni_app_curve *mine,
                                          char *err, size_t errsize);
typedef struct nni_app_agreement {
    size_t first_diff;      /* 第一个不逐位相同的步；都相同时等于步数 */
    double early, all;      /* 前两个周期、全部步中每步损失的最大相对差 */
    double epochs;          /* 各周期训练损失的最大相对差 */
    double acc;             /* 准确率的最大差 */
    bool same_end;          /* 步数、周期数与结局都相同 */
    bool ok;                /* 一切都在容差之内 */
} nni_app_agreement;

double nni_app_rel_diff(double got, double want);
nni_app_agreement nni_app_curve_compare(const nni_app_curve *golden,
                                        const nni_app_curve *mine,
                                        nni_app_train_result result);

#endif
