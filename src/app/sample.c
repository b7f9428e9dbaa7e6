#line 411 "book/ch90-cli.nw"
/* app/sample.c -- nninit sample：按 PyTorch 或 NumPy 的方式取一个随机张量 */
#include <stdio.h>
#include <string.h>

#include "app/cli.h"

#line 478 "book/ch90-cli.nw"
static bool bad_value(const nni_app_option *o, const char *why, char *err, size_t errsize)
{
    char q[NNI_APP_QUOTE_MAX + 4];
    nni_app_quote(o->value, q);
    snprintf(err, errsize, "invalid value '%s' for %s: %s", q, o->name, why);
    return false;
}

static bool pick(const nni_app_option *o, const char *const *names, int n, int *out,
                 const char *expected, char *err, size_t errsize)
{
    for (int k = 0; k < n; k++)
        if (strcmp(o->value, names[k]) == 0) {
            *out = k;
            return true;
        }
    return bad_value(o, expected, err, errsize);
}
#line 592 "book/ch90-cli.nw"
static nni_status fill(const nni_app_sample *s, nni_tensor *t)
{
    if (s->generator == NNI_APP_TORCH) {
        nni_torch_gen gen;
        nni_torch_manual_seed(&gen, s->seed);
        return s->dist == NNI_APP_UNIFORM ? nni_torch_uniform_(&gen, t, s->p1, s->p2)
                                          : nni_torch_normal_(&gen, t, s->p1, s->p2);
    }
    nni_numpy_gen gen;
    nni_status status = nni_numpy_seed(&gen, s->seed);
    if (status != NNI_OK)
        return status;
    return s->dist == NNI_APP_UNIFORM ? nni_numpy_uniform(&gen, t, s->p1, s->p2)
                                      : nni_numpy_normal(&gen, t, s->p1, s->p2);
}
#line 425 "book/ch90-cli.nw"
enum { O_SHAPE, O_DTYPE, O_SEED, O_GENERATOR, O_A, O_B, O_MEAN, O_STD, O_FORMAT,
       O_OUTPUT, O_COUNT };

bool nni_app_parse_sample(int argc, const char *const *argv, nni_app_sample *s,
                          char *err, size_t errsize)
{
    nni_app_option opt[O_COUNT] = {
        { "--shape", NULL, NULL }, { "--dtype", NULL, NULL }, { "--seed", NULL, NULL },
        { "--generator", NULL, NULL }, { "--a", NULL, NULL }, { "--b", NULL, NULL },
        { "--mean", NULL, NULL }, { "--std", NULL, NULL }, { "--format", NULL, NULL },
        { "--output", "-o", NULL }
    };
    const char *dist;
    size_t npos;
    if (!nni_app_parse_options(argc, argv, opt, O_COUNT, &dist, 1, &npos, err, errsize))
        return false;
    
#line 450 "book/ch90-cli.nw"
if (npos == 0) {
    snprintf(err, errsize, "missing the distribution: uniform or normal");
    return false;
}
if (strcmp(dist, "uniform") == 0)
    s->dist = NNI_APP_UNIFORM;
else if (strcmp(dist, "normal") == 0)
    s->dist = NNI_APP_NORMAL;
else {
    char q[NNI_APP_QUOTE_MAX + 4];
    nni_app_quote(dist, q);
    snprintf(err, errsize, "unknown distribution '%s' (uniform or normal)", q);
    return false;
}
const int wrong[2] = { s->dist == NNI_APP_UNIFORM ? O_MEAN : O_A,
                       s->dist == NNI_APP_UNIFORM ? O_STD : O_B };
for (int k = 0; k < 2; k++)
    if (opt[wrong[k]].value != NULL) {
        snprintf(err, errsize, "option %s does not apply to the %s distribution",
                 opt[wrong[k]].name, dist);
        return false;
    }
#line 442 "book/ch90-cli.nw"
    
#line 499 "book/ch90-cli.nw"
static const char *const generators[] = { "torch", "numpy" };
static const char *const dtypes[] = { "float32", "float64" };
const char *why;
int k;
if (opt[O_SHAPE].value == NULL) {
    snprintf(err, errsize, "missing option --shape (for example --shape 40x30)");
    return false;
}
if (!nni_app_parse_shape(opt[O_SHAPE].value, &s->ndim, s->shape, &why))
    return bad_value(&opt[O_SHAPE], why, err, errsize);
s->generator = NNI_APP_TORCH;
if (opt[O_GENERATOR].value != NULL) {
    if (!pick(&opt[O_GENERATOR], generators, 2, &k, "expected torch or numpy", err, errsize))
        return false;
    s->generator = (nni_app_generator)k;
}
s->dtype = s->generator == NNI_APP_TORCH ? NNI_FLOAT32 : NNI_FLOAT64;
if (opt[O_DTYPE].value != NULL) {
    if (!pick(&opt[O_DTYPE], dtypes, 2, &k, "expected float32 or float64", err, errsize))
        return false;
    s->dtype = k == 0 ? NNI_FLOAT32 : NNI_FLOAT64;
}
#line 528 "book/ch90-cli.nw"
s->seed = 0;
if (opt[O_SEED].value != NULL
    && !nni_app_parse_u64(opt[O_SEED].value, &s->seed, &why))
    return bad_value(&opt[O_SEED], why, err, errsize);
if (s->generator == NNI_APP_NUMPY && s->seed > UINT32_MAX)
    return bad_value(&opt[O_SEED], "NumPy seeds must be between 0 and 2**32 - 1",
                     err, errsize);
#line 443 "book/ch90-cli.nw"
    
#line 541 "book/ch90-cli.nw"
const int first = s->dist == NNI_APP_UNIFORM ? O_A : O_MEAN;
double *params[2] = { &s->p1, &s->p2 };
s->p1 = 0.0;
s->p2 = 1.0;
for (int j = 0; j < 2; j++)
    if (opt[first + j].value != NULL
        && !nni_app_parse_finite(opt[first + j].value, params[j], &why))
        return bad_value(&opt[first + j], why, err, errsize);
#line 444 "book/ch90-cli.nw"
    
#line 552 "book/ch90-cli.nw"
static const char *const formats[] = { "txt", "npy" };
s->format = NNI_APP_TXT;
if (opt[O_FORMAT].value != NULL) {
    if (!pick(&opt[O_FORMAT], formats, 2, &k, "expected txt or npy", err, errsize))
        return false;
    s->format = (nni_app_format)k;
}
s->output = opt[O_OUTPUT].value;
if (s->output != NULL && s->output[0] == '\0')
    return bad_value(&opt[O_OUTPUT], "empty file name", err, errsize);
if (s->output != NULL && strcmp(s->output, "-") == 0)
    s->output = NULL;
#line 445 "book/ch90-cli.nw"
    return true;
}
#line 572 "book/ch90-cli.nw"
bool nni_app_run_sample(const nni_app_sample *s, char *err, size_t errsize)
{
    nni_tensor *t = NULL;
    nni_status status = nni_tensor_new(&t, s->dtype, s->ndim, s->shape);
    if (status == NNI_OK)
        status = fill(s, t);
    if (status != NNI_OK) {
        snprintf(err, errsize, "%s", nni_errmsg());
        nni_tensor_free(t);
        return false;
    }
    const bool ok = nni_app_write_tensor(t, s->format, s->output, err, errsize);
    nni_tensor_free(t);
    return ok;
}
