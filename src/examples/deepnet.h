/* examples/deepnet.h -- 深层网络在初始化时的实验
   （deepnet 与测试共用，不属于库） */
#ifndef NNI_EXAMPLES_DEEPNET_H
#define NNI_EXAMPLES_DEEPNET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "nninit.h"

typedef enum nni_app_deep_act {
    NNI_APP_DEEP_TANH, NNI_APP_DEEP_RELU, NNI_APP_DEEP_LINEAR
} nni_app_deep_act;

typedef enum nni_app_deep_init {
    NNI_APP_DEEP_STANDARD,          /* Glorot：U(-1/sqrt n, 1/sqrt n) */
    NNI_APP_DEEP_DEFAULT,           /* nn.Linear 的默认初始化，偏置也用它 */
    NNI_APP_DEEP_NORMAL,            /* N(0, std^2) */
    NNI_APP_DEEP_XAVIER_UNIFORM,
    NNI_APP_DEEP_XAVIER_NORMAL,
    NNI_APP_DEEP_KAIMING_UNIFORM,   /* fan_in，非线性函数取网络的激活函数 */
    NNI_APP_DEEP_KAIMING_NORMAL,
    NNI_APP_DEEP_ORTHOGONAL,
    NNI_APP_DEEP_INITS
} nni_app_deep_init;
typedef struct nni_app_deep_config {
    nni_app_deep_act act;
    nni_app_deep_init init;
    double std;                 /* normal 的标准差 */
    double gain;                /* xavier_*、orthogonal 的增益 */
    size_t width, depth, batch;
    uint64_t seed;
} nni_app_deep_config;

void nni_app_deep_defaults(nni_app_deep_config *c);
const char *nni_app_deep_act_name(nni_app_deep_act act);
const char *nni_app_deep_init_name(nni_app_deep_init init);
bool nni_app_deep_parse_act(const char *s, nni_app_deep_act *act);
bool nni_app_deep_parse_init(const char *s, nni_app_deep_init *init);
typedef struct nni_app_deep {
    nni_app_deep_config config;
    nni_module *net;            /* Sequential：Linear、激活、Linear、激活…… */
    nni_tensor *x;              /* B x N 的输入 */
    nni_tensor *r;              /* N 维的读出向量 */
} nni_app_deep;

nni_status nni_app_deep_new(nni_app_deep *d, const nni_app_deep_config *c);
nni_status nni_app_deep_run(nni_app_deep *d);
void nni_app_deep_free(nni_app_deep *d);
nni_module *nni_app_deep_linear(const nni_app_deep *d, size_t l);
const nni_tensor *nni_app_deep_s(const nni_app_deep *d, size_t l);
const nni_tensor *nni_app_deep_a(const nni_app_deep *d, size_t l);
const nni_tensor *nni_app_deep_delta(const nni_app_deep *d, size_t l);
typedef struct nni_app_deep_stats {
    double pre_std, act_std, grad_rms;      /* 表头的前三列 */
    double act_rms, sat, wgrad_rms;         /* 另外三列 */
    double mf_pre_std, mf_act_std, mf_grad_rms, mf_wgrad_rms;  /* 平均场 */
} nni_app_deep_stats;

void nni_app_deep_layer_stats(const nni_app_deep *d, size_t l,
                              nni_app_deep_stats *s);
void nni_app_deep_mean_field(const nni_app_deep_config *c,
                             nni_app_deep_stats *layers);
nni_status nni_app_deep_stats_of(const nni_app_deep_config *c,
                                 nni_app_deep_stats *layers);
nni_status nni_app_deep_histogram(const double *v, size_t n, double lo,
                                  double hi, size_t bins, double *density);
double nni_app_deep_weight_c(const nni_app_deep_config *c);
double nni_app_deep_bias_var(const nni_app_deep_config *c);
typedef struct nni_app_deep_sv {
    double mean, median, frac_small, max, min;  /* frac_small：s < 0.1 的比例 */
    double mean_s2, mean_s4, mf_mean_s2, mf_mean_s4;
} nni_app_deep_sv;

nni_status nni_app_deep_singular_values(const nni_app_deep *d, double *sv);
void nni_app_deep_sv_summary(const nni_app_deep_config *c, const double *sv,
                             nni_app_deep_sv *s);
nni_status nni_app_svd_rows(double *a, size_t n, size_t m, double *sv);
enum { NNI_APP_NOTEBOOK_VARIANTS = 5 };

const char *nni_app_deep_notebook_name(int variant);
nni_status nni_app_deep_notebook(uint64_t seed, size_t batch, int variant,
                                 double std[3], double mf[3]);
nni_status nni_app_deep_symmetry(FILE *out, uint64_t seed);

#endif
