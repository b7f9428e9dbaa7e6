/* support/golden-init.h -- 重放初始化函数的黄金文件（测试支撑代码） */
#ifndef NNI_SUPPORT_GOLDEN_INIT_H
#define NNI_SUPPORT_GOLDEN_INIT_H

#include <stddef.h>
#include <stdio.h>

typedef struct nni_app_init_golden_stats {
    size_t cases;           /* 用例数 */
    size_t calls;           /* 重放的调用数（含预期报错的调用与探针） */
    size_t errors;          /* 其中预期报错的调用数 */
    size_t exact;           /* 逐位比较过的数值个数 */
    size_t close;           /* 按误差比较过的数值个数（正交初始化） */
    double max_error[2];    /* 后者的最大绝对误差：[0] float32，[1] float64 */
    double max_share[2];    /* 误差与容差之比的最大值，同样按类型 */
    size_t qr64;            /* 与同一批正态数的 float64 QR 比较过的数值个数 */
    size_t qr64_equal;      /* 其中与它舍入成 float 之后逐位相同的个数 */
    size_t refused;         /* PyTorch 给出非有限值或常数、我们拒绝的调用数 */
    size_t problems;        /* 不一致的调用数，加上文件格式错误数 */
} nni_app_init_golden_stats;

/* 从 in 读入黄金文件（name 只用于消息），逐个重放并比较；每一处不一致在 log
   （可以为 NULL）上写一行。返回 stats->problems，0 表示全部一致。 */
size_t nni_app_init_golden_replay(FILE *in, const char *name, FILE *log,
                                  nni_app_init_golden_stats *stats);
/* 同上；report 不为 NULL 时，每个按误差比较的调用与每个 qr64 块在 report 上
   写一行（init-demo 用它打印大矩阵的正交初始化）。 */
size_t nni_app_init_golden_report(FILE *in, const char *name, FILE *log,
                                  FILE *report,
                                  nni_app_init_golden_stats *stats);

#endif
