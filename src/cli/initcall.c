#line 1016 "book/app2-golden.nw"
/* cli/initcall.c -- 按名字与参数调用初始化函数 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/initcall.h"

static const nni_app_init_args common_defaults = {
    .gain = 1.0, .a = 0.0, .b = 1.0, .mean = 0.0, .std = 1.0, .sparsity = 0.0,
    .val = 0.0, .groups = 1, .mode = NNI_FAN_IN,
    .nonlinearity = NNI_NL_LEAKY_RELU
};

#line 1770 "book/app2-golden.nw"
static nni_status run_xavier_uniform(nni_torch_gen *gen, nni_tensor *t,
                                     const nni_app_init_args *p)
{
    return nni_init_xavier_uniform_(gen, t, p->gain);
}

static nni_status run_xavier_normal(nni_torch_gen *gen, nni_tensor *t,
                                    const nni_app_init_args *p)
{
    return nni_init_xavier_normal_(gen, t, p->gain);
}
#line 1791 "book/app2-golden.nw"
static nni_status run_kaiming_uniform(nni_torch_gen *gen, nni_tensor *t,
                                      const nni_app_init_args *p)
{
    return nni_init_kaiming_uniform_(gen, t, p->a, p->mode, p->nonlinearity);
}

static nni_status run_kaiming_normal(nni_torch_gen *gen, nni_tensor *t,
                                     const nni_app_init_args *p)
{
    return nni_init_kaiming_normal_(gen, t, p->a, p->mode, p->nonlinearity);
}
#line 1816 "book/app2-golden.nw"
static nni_status run_uniform(nni_torch_gen *gen, nni_tensor *t,
                              const nni_app_init_args *p)
{
    return nni_init_uniform_(gen, t, p->a, p->b);
}

static nni_status run_normal(nni_torch_gen *gen, nni_tensor *t,
                             const nni_app_init_args *p)
{
    return nni_init_normal_(gen, t, p->mean, p->std);
}
#line 1837 "book/app2-golden.nw"
static nni_status run_constant(nni_torch_gen *gen, nni_tensor *t,
                               const nni_app_init_args *p)
{
    (void)gen;
    return nni_init_constant_(t, p->val);
}

static nni_status run_ones(nni_torch_gen *gen, nni_tensor *t,
                           const nni_app_init_args *p)
{
    (void)gen;
    (void)p;
    return nni_init_ones_(t);
}

static nni_status run_zeros(nni_torch_gen *gen, nni_tensor *t,
                            const nni_app_init_args *p)
{
    (void)gen;
    (void)p;
    return nni_init_zeros_(t);
}
#line 1869 "book/app2-golden.nw"
static nni_status run_eye(nni_torch_gen *gen, nni_tensor *t,
                          const nni_app_init_args *p)
{
    (void)gen;
    (void)p;
    return nni_init_eye_(t);
}

static nni_status run_dirac(nni_torch_gen *gen, nni_tensor *t,
                            const nni_app_init_args *p)
{
    (void)gen;
    return nni_init_dirac_(t, p->groups);
}
#line 1892 "book/app2-golden.nw"
static nni_status run_trunc_normal(nni_torch_gen *gen, nni_tensor *t,
                                   const nni_app_init_args *p)
{
    return nni_init_trunc_normal_(gen, t, p->mean, p->std, p->a, p->b);
}
#line 1906 "book/app2-golden.nw"
static nni_status run_orthogonal(nni_torch_gen *gen, nni_tensor *t,
                                 const nni_app_init_args *p)
{
    return nni_init_orthogonal_(gen, t, p->gain);
}
#line 1919 "book/app2-golden.nw"
static nni_status run_sparse(nni_torch_gen *gen, nni_tensor *t,
                             const nni_app_init_args *p)
{
    return nni_init_sparse_(gen, t, p->sparsity, p->std);
}

#line 1031 "book/app2-golden.nw"
static const nni_app_initializer table[] = {
    
#line 1784 "book/app2-golden.nw"
{ "xavier_uniform", NNI_APP_GAIN, 0, 0.0, 1.0, 1.0,
  "xavier_uniform_(tensor, gain=1.0)", run_xavier_uniform },
{ "xavier_normal", NNI_APP_GAIN, 0, 0.0, 1.0, 1.0,
  "xavier_normal_(tensor, gain=1.0)", run_xavier_normal },
#line 1805 "book/app2-golden.nw"
{ "kaiming_uniform", NNI_APP_A | NNI_APP_MODE | NNI_APP_NONLINEARITY, 0, 0.0,
  1.0, 1.0,
  "kaiming_uniform_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu')",
  run_kaiming_uniform },
{ "kaiming_normal", NNI_APP_A | NNI_APP_MODE | NNI_APP_NONLINEARITY, 0, 0.0,
  1.0, 1.0,
  "kaiming_normal_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu')",
  run_kaiming_normal },
#line 1830 "book/app2-golden.nw"
{ "uniform", NNI_APP_A | NNI_APP_B, 0, 0.0, 1.0, 1.0,
  "uniform_(tensor, a=0.0, b=1.0)", run_uniform },
{ "normal", NNI_APP_MEAN | NNI_APP_STD, 0, 0.0, 1.0, 1.0,
  "normal_(tensor, mean=0.0, std=1.0)", run_normal },
#line 1862 "book/app2-golden.nw"
{ "constant", NNI_APP_VAL, NNI_APP_VAL, 0.0, 1.0, 1.0,
  "constant_(tensor, val)", run_constant },
{ "ones", 0, 0, 0.0, 1.0, 1.0, "ones_(tensor)", run_ones },
{ "zeros", 0, 0, 0.0, 1.0, 1.0, "zeros_(tensor)", run_zeros },
#line 1886 "book/app2-golden.nw"
{ "eye", 0, 0, 0.0, 1.0, 1.0, "eye_(tensor)", run_eye },
{ "dirac", NNI_APP_GROUPS, 0, 0.0, 1.0, 1.0, "dirac_(tensor, groups=1)",
  run_dirac },
#line 1900 "book/app2-golden.nw"
{ "trunc_normal", NNI_APP_MEAN | NNI_APP_STD | NNI_APP_A | NNI_APP_B, 0,
  -2.0, 2.0, 1.0,
  "trunc_normal_(tensor, mean=0.0, std=1.0, a=-2.0, b=2.0)", run_trunc_normal },
#line 1914 "book/app2-golden.nw"
{ "orthogonal", NNI_APP_GAIN, 0, 0.0, 1.0, 1.0, "orthogonal_(tensor, gain=1)",
  run_orthogonal },
#line 1927 "book/app2-golden.nw"
{ "sparse", NNI_APP_SPARSITY | NNI_APP_STD, NNI_APP_SPARSITY, 0.0, 1.0, 0.01,
  "sparse_(tensor, sparsity, std=0.01)", run_sparse },
#line 1033 "book/app2-golden.nw"
};
#define N_INITIALIZERS (sizeof table / sizeof table[0])

#line 1976 "book/app2-golden.nw"
const nni_app_initializer *nni_app_initializer_at(size_t i)
{
    return i < N_INITIALIZERS ? &table[i] : NULL;
}

bool nni_app_init_begin(nni_app_init_call *call, const char *name,
                        char *msg, size_t msg_size)
{
    for (size_t i = 0; i < N_INITIALIZERS; i++)
        if (strcmp(name, table[i].name) == 0) {
            call->init = &table[i];
            call->args = common_defaults;
            call->args.a = table[i].default_a;
            call->args.b = table[i].default_b;
            call->args.std = table[i].default_std;
            call->given = 0;
            return true;
        }
    snprintf(msg, msg_size, "unknown initializer '%.100s'", name);
    return false;
}
#line 2000 "book/app2-golden.nw"
static const struct { const char *key; unsigned bit; size_t offset; } keys[] = {
    { "gain", NNI_APP_GAIN, offsetof(nni_app_init_args, gain) },
    { "a", NNI_APP_A, offsetof(nni_app_init_args, a) },
    { "b", NNI_APP_B, offsetof(nni_app_init_args, b) },
    { "mean", NNI_APP_MEAN, offsetof(nni_app_init_args, mean) },
    { "std", NNI_APP_STD, offsetof(nni_app_init_args, std) },
    { "sparsity", NNI_APP_SPARSITY, offsetof(nni_app_init_args, sparsity) },
    { "val", NNI_APP_VAL, offsetof(nni_app_init_args, val) },
    { "groups", NNI_APP_GROUPS, 0 },
    { "mode", NNI_APP_MODE, 0 },
    { "nonlinearity", NNI_APP_NONLINEARITY, 0 },
};

bool nni_app_init_set(nni_app_init_call *call, const char *key,
                      const char *value, char *msg, size_t msg_size)
{
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        if (strcmp(key, keys[k].key) != 0)
            continue;
        if ((call->init->takes & keys[k].bit) == 0)
            break;
        
#line 1047 "book/app2-golden.nw"
char *end;
if (keys[k].bit == NNI_APP_MODE || keys[k].bit == NNI_APP_NONLINEARITY) {
    nni_status status = keys[k].bit == NNI_APP_MODE
        ? nni_fan_mode_parse(value, &call->args.mode)
        : nni_nonlinearity_parse(value, &call->args.nonlinearity);
    if (status != NNI_OK) {
        snprintf(msg, msg_size, "%s", nni_errmsg());
        return false;
    }
} else if (keys[k].bit == NNI_APP_GROUPS) {
    const bool digit = value[0] >= '0' && value[0] <= '9';
    unsigned long long g = digit ? strtoull(value, &end, 10) : 0;
    if (!digit || *end != '\0' || g > (size_t)-1) {
        snprintf(msg, msg_size,
                 "groups must be a non-negative integer, not '%.60s'", value);
        return false;
    }
    call->args.groups = (size_t)g;
} else {
    double v = strtod(value, &end);
    if (value[0] == '\0' || *end != '\0') {
        snprintf(msg, msg_size, "%s: '%.60s' is not a number", key, value);
        return false;
    }
    *(double *)((char *)&call->args + keys[k].offset) = v;
}
#line 2022 "book/app2-golden.nw"
        call->given |= keys[k].bit;
        return true;
    }
    snprintf(msg, msg_size, "%s does not take a parameter '%.60s'",
             call->init->name, key);
    return false;
}
#line 2032 "book/app2-golden.nw"
nni_status nni_app_init_run(const nni_app_init_call *call, nni_torch_gen *gen,
                            nni_tensor *t, char *msg, size_t msg_size)
{
    unsigned missing = call->init->required & ~call->given;
    for (size_t k = 0; missing != 0 && k < sizeof keys / sizeof keys[0]; k++)
        if (missing & keys[k].bit) {
            snprintf(msg, msg_size, "%s needs the parameter '%s'",
                     call->init->name, keys[k].key);
            return NNI_EINVAL;
        }
    nni_status status = call->init->run(gen, t, &call->args);
    if (status != NNI_OK)
        snprintf(msg, msg_size, "%s", nni_errmsg());
    return status;
}
