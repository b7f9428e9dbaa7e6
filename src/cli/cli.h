/* cli/cli.h -- 命令行工具 nninit 的各个部分
   （nninit、测试与模糊测试共用，不属于库） */
#ifndef NNI_CLI_CLI_H
#define NNI_CLI_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "cli/initcall.h"
#include "nninit.h"

#define NNI_APP_ERRSIZE 256
#define NNI_APP_MAX_NUMEL ((size_t)1 << 26)
bool nni_app_parse_u64(const char *s, uint64_t *out, const char **why);
bool nni_app_parse_finite(const char *s, double *out, const char **why);
bool nni_app_parse_shape(const char *s, size_t *ndim,
                         size_t shape[NNI_MAX_DIMS], const char **why);
#define NNI_APP_QUOTE_MAX 40
void nni_app_quote(const char *s, char buf[NNI_APP_QUOTE_MAX + 4]);
typedef struct nni_app_option {
    const char *name;       /* 例如 "--shape" */
    const char *alias;      /* 短别名，例如 "-o"；没有时为 NULL */
    const char *value;      /* 解析结果：命令行上给出的值；没有给出时为 NULL */
} nni_app_option;

bool nni_app_parse_options(int argc, const char *const *argv,
                           nni_app_option *options, size_t noptions,
                           const char **positional, size_t max_positional,
                           size_t *npositional, char *err, size_t errsize);
bool nni_app_option_size(const nni_app_option *o, size_t lo, size_t hi,
                         size_t *out, char *err, size_t errsize);
bool nni_app_option_real(const nni_app_option *o, bool nonneg, double *out,
                         char *err, size_t errsize);
typedef enum nni_app_format { NNI_APP_TXT, NNI_APP_NPY } nni_app_format;

bool nni_app_write_tensor(const nni_tensor *t, nni_app_format format,
                          const char *path, char *err, size_t errsize);
typedef enum nni_app_dist {
    NNI_APP_UNIFORM, NNI_APP_NORMAL, NNI_APP_INIT
} nni_app_dist;
typedef enum nni_app_generator {
    NNI_APP_TORCH, NNI_APP_NUMPY
} nni_app_generator;

typedef struct nni_app_sample {
    nni_app_dist dist;
    size_t ndim;
    size_t shape[NNI_MAX_DIMS];
    nni_dtype dtype;
    uint64_t seed;
    nni_app_generator generator;
    double p1, p2;              /* a, b 或 mean, std */
    /* NNI_APP_INIT：初始化函数与它的参数（第 \ref{ch:cli-init} 章） */
    nni_app_init_call init;
    nni_app_format format;
    const char *output;         /* NULL：标准输出 */
} nni_app_sample;
bool nni_app_parse_sample(int argc, const char *const *argv, nni_app_sample *s,
                          char *err, size_t errsize);
bool nni_app_run_sample(const nni_app_sample *s, char *err, size_t errsize);
int nni_app_main(int argc, char **argv);
int nni_app_report(const char *program, const char *message);
bool nni_app_wants_help(int argc, char **argv);

#endif
