#line 472 "book/ch60-cli.nw"
/* cli/sample.c -- nninit sample：按 PyTorch 或 NumPy 的方式取一个随机张量 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

#line 542 "book/ch60-cli.nw"
static bool bad_value(const nni_app_option *o, const char *why, char *err,
                      size_t errsize)
{
    char q[NNI_APP_QUOTE_MAX + 4];
    nni_app_quote(o->value, q);
    snprintf(err, errsize, "invalid value '%s' for %s: %s", q, o->name, why);
    return false;
}

static bool pick(const nni_app_option *o, const char *const *names, int n,
                 int *out, const char *expected, char *err, size_t errsize)
{
    for (int k = 0; k < n; k++)
        if (strcmp(o->value, names[k]) == 0) {
            *out = k;
            return true;
        }
    return bad_value(o, expected, err, errsize);
}
#line 667 "book/ch60-cli.nw"
static nni_status fill(const nni_app_sample *s, nni_tensor *t, char *err,
                       size_t errsize)
{
    if (s->dist == NNI_APP_INIT) {
        nni_torch_gen gen;
        nni_torch_manual_seed(&gen, s->seed);
        return nni_app_init_run(&s->init, &gen, t, err, errsize);
    }
    if (s->generator == NNI_APP_TORCH) {
        nni_torch_gen gen;
        nni_torch_manual_seed(&gen, s->seed);
        return s->dist == NNI_APP_UNIFORM
                   ? nni_torch_uniform_(&gen, t, s->p1, s->p2)
                   : nni_torch_normal_(&gen, t, s->p1, s->p2);
    }
    nni_numpy_gen gen;
    nni_status status = nni_numpy_seed(&gen, s->seed);
    if (status != NNI_OK)
        return status;
    return s->dist == NNI_APP_UNIFORM ? nni_numpy_uniform(&gen, t, s->p1, s->p2)
                                      : nni_numpy_normal(&gen, t, s->p1, s->p2);
}
#line 72 "book/ch62-cli-init.nw"
static bool init_options_absent(const nni_app_option *opt, const char *dist,
                                char *err, size_t errsize);
static bool parse_init_options(const nni_app_option *opt, nni_app_sample *s,
                               char *err, size_t errsize);
#line 486 "book/ch60-cli.nw"
enum { O_SHAPE, O_DTYPE, O_SEED, O_GENERATOR, O_A, O_B, O_MEAN, O_STD, O_FORMAT,
       O_OUTPUT, 
#line 45 "book/ch62-cli-init.nw"
O_GAIN, O_MODE, O_NONLINEARITY, O_SPARSITY, O_GROUPS, O_VALUE,
#line 487 "book/ch60-cli.nw"
                                                              O_COUNT };

bool nni_app_parse_sample(int argc, const char *const *argv, nni_app_sample *s,
                          char *err, size_t errsize)
{
    nni_app_option opt[O_COUNT] = {
        { "--shape", NULL, NULL },  { "--dtype", NULL, NULL },
        { "--seed", NULL, NULL },   { "--generator", NULL, NULL },
        { "--a", NULL, NULL },      { "--b", NULL, NULL },
        { "--mean", NULL, NULL },   { "--std", NULL, NULL },
        { "--format", NULL, NULL }, { "--output", "-o", NULL },
        
#line 49 "book/ch62-cli-init.nw"
{ "--gain", NULL, NULL }, { "--mode", NULL, NULL },
{ "--nonlinearity", NULL, NULL }, { "--sparsity", NULL, NULL },
{ "--groups", NULL, NULL }, { "--value", NULL, NULL },
#line 499 "book/ch60-cli.nw"
    };
    const char *dist;
    size_t npos;
    if (!nni_app_parse_options(argc, argv, opt, O_COUNT, &dist, 1, &npos, err,
                               errsize))
        return false;
    
#line 514 "book/ch60-cli.nw"
if (npos == 0) {
    snprintf(err, errsize, "missing the distribution: uniform or normal");
    return false;
}
if (strcmp(dist, "uniform") == 0)
    s->dist = NNI_APP_UNIFORM;
else if (strcmp(dist, "normal") == 0)
    s->dist = NNI_APP_NORMAL;
else {
    
#line 58 "book/ch62-cli-init.nw"
char q[NNI_APP_QUOTE_MAX + 4];
nni_app_quote(dist, q);
if (!nni_app_init_begin(&s->init, dist, err, errsize)) {
    snprintf(err, errsize, "unknown initializer '%s' (try 'nninit --help')", q);
    return false;
}
s->dist = NNI_APP_INIT;
#line 524 "book/ch60-cli.nw"
}
if (s->dist != NNI_APP_INIT && !init_options_absent(opt, dist, err, errsize))
    return false;
const int wrong[2] = { s->dist == NNI_APP_UNIFORM ? O_MEAN : O_A,
                       s->dist == NNI_APP_UNIFORM ? O_STD : O_B };
for (int k = 0; s->dist != NNI_APP_INIT && k < 2; k++)
    if (opt[wrong[k]].value != NULL) {
        snprintf(err, errsize,
                 "option %s does not apply to the %s distribution",
                 opt[wrong[k]].name, dist);
        return false;
    }
#line 506 "book/ch60-cli.nw"
    
#line 564 "book/ch60-cli.nw"
static const char *const generators[] = { "torch", "numpy" };
static const char *const dtypes[] = { "float32", "float64" };
const char *why;
int k;
if (opt[O_SHAPE].value == NULL) {
    snprintf(err, errsize,
             "missing option --shape (for example --shape 40x30)");
    return false;
}
if (!nni_app_parse_shape(opt[O_SHAPE].value, &s->ndim, s->shape, &why))
    return bad_value(&opt[O_SHAPE], why, err, errsize);
s->generator = NNI_APP_TORCH;
if (opt[O_GENERATOR].value != NULL) {
    if (!pick(&opt[O_GENERATOR], generators, 2, &k, "expected torch or numpy",
              err, errsize))
        return false;
    s->generator = (nni_app_generator)k;
}
s->dtype = s->generator == NNI_APP_TORCH ? NNI_FLOAT32 : NNI_FLOAT64;
if (opt[O_DTYPE].value != NULL) {
    if (!pick(&opt[O_DTYPE], dtypes, 2, &k, "expected float32 or float64", err,
              errsize))
        return false;
    s->dtype = k == 0 ? NNI_FLOAT32 : NNI_FLOAT64;
}
#line 596 "book/ch60-cli.nw"
s->seed = 0;
if (opt[O_SEED].value != NULL
    && !nni_app_parse_u64(opt[O_SEED].value, &s->seed, &why))
    return bad_value(&opt[O_SEED], why, err, errsize);
if (s->generator == NNI_APP_NUMPY && s->seed > UINT32_MAX)
    return bad_value(&opt[O_SEED],
                     "NumPy seeds must be between 0 and 2**32 - 1", err,
                     errsize);
#line 507 "book/ch60-cli.nw"
    
#line 610 "book/ch60-cli.nw"
if (s->dist == NNI_APP_INIT && !parse_init_options(opt, s, err, errsize))
    return false;
const int first = s->dist == NNI_APP_UNIFORM ? O_A : O_MEAN;
double *params[2] = { &s->p1, &s->p2 };
s->p1 = 0.0;
s->p2 = 1.0;
for (int j = 0; s->dist != NNI_APP_INIT && j < 2; j++)
    if (opt[first + j].value != NULL
        && !nni_app_parse_finite(opt[first + j].value, params[j], &why))
        return bad_value(&opt[first + j], why, err, errsize);
#line 508 "book/ch60-cli.nw"
    
#line 623 "book/ch60-cli.nw"
static const char *const formats[] = { "txt", "npy" };
s->format = NNI_APP_TXT;
if (opt[O_FORMAT].value != NULL) {
    if (!pick(&opt[O_FORMAT], formats, 2, &k, "expected txt or npy", err,
              errsize))
        return false;
    s->format = (nni_app_format)k;
}
s->output = opt[O_OUTPUT].value;
if (s->output != NULL && s->output[0] == '\0')
    return bad_value(&opt[O_OUTPUT], "empty file name", err, errsize);
if (s->output != NULL && strcmp(s->output, "-") == 0)
    s->output = NULL;
#line 509 "book/ch60-cli.nw"
    return true;
}
#line 644 "book/ch60-cli.nw"
bool nni_app_run_sample(const nni_app_sample *s, char *err, size_t errsize)
{
    nni_tensor *t = NULL;
    nni_status status = nni_tensor_new(&t, s->dtype, s->ndim, s->shape);
    if (status == NNI_OK) {
        snprintf(err, errsize, "%s", "");
        status = fill(s, t, err, errsize);
    }
    if (status != NNI_OK) {
        if (err[0] == '\0')
            snprintf(err, errsize, "%s", nni_errmsg());
        nni_tensor_free(t);
        return false;
    }
    const bool ok = nni_app_write_tensor(t, s->format, s->output, err, errsize);
    nni_tensor_free(t);
    return ok;
}
#line 79 "book/ch62-cli-init.nw"
static bool init_options_absent(const nni_app_option *opt, const char *dist,
                                char *err, size_t errsize)
{
    for (int k = O_GAIN; k <= O_VALUE; k++)
        if (opt[k].value != NULL) {
            snprintf(err, errsize, "option %s does not apply to %s",
                     opt[k].name, dist);
            return false;
        }
    return true;
}
#line 96 "book/ch62-cli-init.nw"
enum value_kind { NUMBER, COUNT, NAME };

static const struct {
    int option;
    const char *key;
    unsigned bit;
    enum value_kind kind;
} init_params[] = {
    { O_A, "a", NNI_APP_A, NUMBER }, { O_B, "b", NNI_APP_B, NUMBER },
    { O_MEAN, "mean", NNI_APP_MEAN, NUMBER },
    { O_STD, "std", NNI_APP_STD, NUMBER },
    { O_GAIN, "gain", NNI_APP_GAIN, NUMBER },
    { O_SPARSITY, "sparsity", NNI_APP_SPARSITY, NUMBER },
    { O_VALUE, "val", NNI_APP_VAL, NUMBER },
    { O_GROUPS, "groups", NNI_APP_GROUPS, COUNT },
    { O_MODE, "mode", NNI_APP_MODE, NAME },
    { O_NONLINEARITY, "nonlinearity", NNI_APP_NONLINEARITY, NAME },
};
#define N_INIT_PARAMS (sizeof init_params / sizeof init_params[0])
#line 123 "book/ch62-cli-init.nw"
static bool parse_init_options(const nni_app_option *opt, nni_app_sample *s,
                               char *err, size_t errsize)
{
    const nni_app_initializer *init = s->init.init;
    const char *why;
    if (s->generator == NNI_APP_NUMPY) {
        snprintf(err, errsize,
                 "--generator numpy applies only to uniform and normal, "
                 "not to %s", init->name);
        return false;
    }
    for (size_t k = 0; k < N_INIT_PARAMS; k++) {
        const nni_app_option *o = &opt[init_params[k].option];
        if (o->value == NULL)
            continue;
        
#line 149 "book/ch62-cli-init.nw"
if ((init->takes & init_params[k].bit) == 0) {
    snprintf(err, errsize, "option %s does not apply to %s", o->name,
             init->name);
    return false;
}
double number;
uint64_t count;
nni_fan_mode mode;
nni_nonlinearity nl;
if (init_params[k].kind == NUMBER
    && !nni_app_parse_finite(o->value, &number, &why))
    return bad_value(o, why, err, errsize);
if (init_params[k].kind == COUNT && !nni_app_parse_u64(o->value, &count, &why))
    return bad_value(o, why, err, errsize);
if (o == &opt[O_MODE] && nni_fan_mode_parse(o->value, &mode) != NNI_OK)
    return bad_value(o, "expected fan_in or fan_out", err, errsize);
if (o == &opt[O_NONLINEARITY]
    && nni_nonlinearity_parse(o->value, &nl) != NNI_OK)
    return bad_value(o, "unknown nonlinearity (see nninit --help)", err,
                     errsize);
#line 139 "book/ch62-cli-init.nw"
        if (!nni_app_init_set(&s->init, init_params[k].key, o->value, err,
                              errsize))
            return false;
    }
    
#line 172 "book/ch62-cli-init.nw"
for (size_t k = 0; k < N_INIT_PARAMS; k++)
    if ((init->required & init_params[k].bit) != 0
        && opt[init_params[k].option].value == NULL) {
        snprintf(err, errsize, "missing option %s for %s",
                 opt[init_params[k].option].name, init->name);
        return false;
    }
#line 144 "book/ch62-cli-init.nw"
    return true;
}
