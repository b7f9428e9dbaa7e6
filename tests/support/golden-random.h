/* support/golden-random.h -- 重放随机数的黄金文件（测试支撑代码） */
#ifndef NNI_SUPPORT_GOLDEN_RANDOM_H
#define NNI_SUPPORT_GOLDEN_RANDOM_H

#include <stddef.h>
#include <stdio.h>

typedef struct nni_app_golden_stats {
    size_t cases;       /* 用例数 */
    size_t calls;       /* 重放的调用数（含预期报错的调用） */
    size_t values;      /* 逐位比较过的数值个数 */
    size_t refused;     /* PyTorch/NumPy 写出非有限值、我们拒绝的调用数 */
    size_t problems;    /* 不一致的调用数，加上文件格式错误数 */
} nni_app_golden_stats;

/* 从 in 读入黄金文件（name 只用于消息），逐个重放并比较；每一处不一致在 log
   （可以为 NULL）上写一行。返回 stats->problems，0 表示全部一致。 */
size_t nni_app_golden_replay(FILE *in, const char *name, FILE *log,
                             nni_app_golden_stats *stats);

#endif
