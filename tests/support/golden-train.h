/* support/golden-train.h -- 训练曲线的黄金文件：读、重放、比较
   （测试支撑代码） */
#ifndef NNI_SUPPORT_GOLDEN_TRAIN_H
#define NNI_SUPPORT_GOLDEN_TRAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "examples/train.h"
#include "support/golden-file.h"

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
