/* support/golden-file.h -- 读黄金文件的小工具（测试支撑代码，不属于库） */
#ifndef NNI_SUPPORT_GOLDEN_FILE_H
#define NNI_SUPPORT_GOLDEN_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define NNI_APP_GOLDEN_LINE 16384

typedef struct nni_app_golden_file {
    FILE *in, *log;    /* 读的文件；报告问题的去处（可以为 NULL） */
    const char *name;  /* 文件名，只用于消息 */
    unsigned long lineno;
    char line[NNI_APP_GOLDEN_LINE]; /* 当前行，已去掉换行 */
    char case_name[128];            /* 当前用例的名字 */
    char call[256];                 /* 当前调用的那一行 */
    size_t *problems;               /* 每报告一处问题加一 */
} nni_app_golden_file;

void nni_app_golden_open(nni_app_golden_file *f, FILE *in, const char *name,
                         FILE *log, size_t *problems);
bool nni_app_golden_next_line(nni_app_golden_file *f);
char *nni_app_golden_token(char **cursor);
bool nni_app_golden_shape(const char *s, size_t *ndim, size_t *shape);
#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
void nni_app_golden_problem(nni_app_golden_file *f, const char *format, ...);

#endif
