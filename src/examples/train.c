#line 42 "book/ch44-training-impl.nw"
/* examples/train.c -- 读手写数字、搭网络、按 PyTorch 的顺序训练 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "examples/train.h"

#line 86 "book/ch44-training-impl.nw"
static const char *parse_row(const char *s, nni_tensor *x, size_t row,
                             size_t *label)
{
    double pixels[NNI_APP_DIGITS_PIXELS];
    for (int k = 0; k <= NNI_APP_DIGITS_PIXELS; k++) {
        
#line 113 "book/ch44-training-impl.nw"
const size_t len = strspn(s, "0123456789");
if (len == 0 || len > 2)
    return len == 0 ? "expected 65 comma-separated integers"
                    : "a value has more than two digits";
const int v = len == 1 ? s[0] - '0' : 10 * (s[0] - '0') + (s[1] - '0');
s += len;
if (k < NNI_APP_DIGITS_PIXELS && *s++ != ',')
    return "expected 65 comma-separated integers";
if (k == NNI_APP_DIGITS_PIXELS && strcmp(s, "\n") != 0
    && strcmp(s, "\r\n") != 0 && *s != '\0')
    return "expected the end of the line after 65 integers";
#line 92 "book/ch44-training-impl.nw"
        
#line 102 "book/ch44-training-impl.nw"
if (k < NNI_APP_DIGITS_PIXELS && v > 16)
    return "a pixel value is larger than 16";
if (k < NNI_APP_DIGITS_PIXELS)
    pixels[k] = v / 16.0;
else if (v > 9)
    return "the label (field 65) is larger than 9";
else
    *label = (size_t)v;
#line 93 "book/ch44-training-impl.nw"
    }
    
#line 127 "book/ch44-training-impl.nw"
for (int k = 0; k < NNI_APP_DIGITS_PIXELS; k++) {
    const size_t at[2] = { row, (size_t)k };
    nni_tensor_set(x, at, pixels[k]);
}
#line 95 "book/ch44-training-impl.nw"
    return NULL;
}
#line 137 "book/ch44-training-impl.nw"
enum { LINE = 256 };

static bool read_rows(nni_app_digits *d, FILE *f, char *why, size_t size)
{
    char line[LINE];
    size_t row = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        
#line 154 "book/ch44-training-impl.nw"
const char *problem = strchr(line, '\n') == NULL && !feof(f)
                      ? "the line is too long" : NULL;
if (problem == NULL && row == NNI_APP_DIGITS_ROWS)
    problem = "more than 1797 rows";
if (problem == NULL)
    problem = parse_row(line, d->x, row, &d->label[row]);
if (problem != NULL) {
    snprintf(why, size, "line %zu: %s", row + 1, problem);
    return false;
}
#line 145 "book/ch44-training-impl.nw"
        row++;
    }
    
#line 167 "book/ch44-training-impl.nw"
if (ferror(f)) {
    snprintf(why, size, "%s", strerror(errno));
    return false;
}
if (row != NNI_APP_DIGITS_ROWS) {
    snprintf(why, size, "%zu rows, expected 1797", row);
    return false;
}
return true;
#line 148 "book/ch44-training-impl.nw"
}
#line 182 "book/ch44-training-impl.nw"
bool nni_app_digits_read(nni_app_digits *d, const char *path, nni_dtype dtype,
                         char *err, size_t errsize)
{
    const size_t shape[2] = { NNI_APP_DIGITS_ROWS, NNI_APP_DIGITS_PIXELS };
    char q[NNI_APP_QUOTE_MAX + 4], why[128] = "";
    bool ok = false;
    memset(d, 0, sizeof *d);
    nni_app_quote(path, q);
    
#line 200 "book/ch44-training-impl.nw"
errno = 0;
FILE *f = fopen(path, "r");
if (f == NULL)
    snprintf(why, sizeof why, "%s", strerror(errno));
else if (nni_tensor_new(&d->x, dtype, 2, shape) != NNI_OK)
    snprintf(why, sizeof why, "%s", nni_errmsg());
else
    ok = read_rows(d, f, why, sizeof why);
if (f != NULL)
    fclose(f);
#line 191 "book/ch44-training-impl.nw"
    if (!ok) {
        nni_app_digits_free(d);
        snprintf(err, errsize, "cannot read the digits from '%s': %s", q, why);
    }
    return ok;
}
#line 213 "book/ch44-training-impl.nw"
void nni_app_digits_free(nni_app_digits *d)
{
    nni_tensor_free(d->x);
    d->x = NULL;
}
#line 670 "book/ch44-training-impl.nw"
void nni_app_train_defaults(nni_app_train_setup *s)
{
    s->tanh = false;
    s->init = NNI_APP_DEEP_DEFAULT;
    s->std = 0.01;
    s->gain = 1.0;
    s->lr = 0.05;
    s->depth = 10;
    s->width = 128;
    s->epochs = 5;
    s->batch = 64;
    s->seed = 0;
    s->dtype = NNI_FLOAT64;
}
#line 692 "book/ch44-training-impl.nw"
enum { T_INIT, T_STD, T_GAIN, T_DEPTH, T_WIDTH, T_EPOCHS, T_BATCH, T_LR,
       T_SEED, T_DTYPE, T_DATA, T_COUNT };
#line 699 "book/ch44-training-impl.nw"
static bool train_names(const char *act, const nni_app_option *o,
                        nni_app_train_setup *s, char *err, size_t size)
{
    char q[NNI_APP_QUOTE_MAX + 4];
    const char *bad = NULL, *what = NULL;
    if (strcmp(act, "relu") != 0 && strcmp(act, "tanh") != 0)
        bad = act, what = "activation (relu or tanh)";
    else if (o[T_INIT].value != NULL
             && !nni_app_deep_parse_init(o[T_INIT].value, &s->init))
        bad = o[T_INIT].value, what = "initialization (see train --help)";
    else if (o[T_DTYPE].value != NULL && strcmp(o[T_DTYPE].value, "float32")
             != 0 && strcmp(o[T_DTYPE].value, "float64") != 0)
        bad = o[T_DTYPE].value, what = "dtype (float32 or float64)";
    
#line 717 "book/ch44-training-impl.nw"
if (bad != NULL) {
    nni_app_quote(bad, q);
    snprintf(err, size, "unknown %s: '%s'", what, q);
    return false;
}
s->tanh = strcmp(act, "tanh") == 0;
if (o[T_DTYPE].value != NULL)
    s->dtype = strcmp(o[T_DTYPE].value, "float32") == 0 ? NNI_FLOAT32
                                                         : NNI_FLOAT64;
return true;
#line 713 "book/ch44-training-impl.nw"
}
#line 734 "book/ch44-training-impl.nw"
static bool train_applies(const nni_app_option *o, const nni_app_train_setup *s,
                          char *err, size_t size)
{
    const nni_app_deep_init i = s->init;
    
#line 748 "book/ch44-training-impl.nw"
const bool gain = i == NNI_APP_DEEP_XAVIER_UNIFORM
                  || i == NNI_APP_DEEP_XAVIER_NORMAL
                  || i == NNI_APP_DEEP_ORTHOGONAL;
const nni_app_option *unused = o[T_STD].value != NULL
                               && i != NNI_APP_DEEP_NORMAL ? &o[T_STD]
                             : o[T_GAIN].value != NULL && !gain ? &o[T_GAIN]
                             : NULL;
#line 739 "book/ch44-training-impl.nw"
    if (unused == NULL)
        return true;
    snprintf(err, size, "%s does not apply to --init %s", unused->name,
             nni_app_deep_init_name(i));
    return false;
}
#line 761 "book/ch44-training-impl.nw"
static bool train_fits(const nni_app_train_setup *s, char *err, size_t size)
{
    const uint64_t w = s->width, d = s->depth;
    const uint64_t params = 65 * w + (d - 1) * (w * w + w) + 10 * w + 10;
    if (params <= (uint64_t)1 << 24)
        return true;
    snprintf(err, size, "--depth %zu --width %zu: %llu parameters, more than "
             "2^24 = 16777216", s->depth, s->width,
             (unsigned long long)params);
    return false;
}
#line 777 "book/ch44-training-impl.nw"
bool nni_app_train_parse(int argc, const char *const *argv,
                         nni_app_train_setup *s, const char **data,
                         char *err, size_t errsize)
{
    
#line 793 "book/ch44-training-impl.nw"
nni_app_option o[T_COUNT] = {
    { "--init", NULL, NULL }, { "--std", NULL, NULL },
    { "--gain", NULL, NULL }, { "--depth", NULL, NULL },
    { "--width", NULL, NULL }, { "--epochs", NULL, NULL },
    { "--batch", NULL, NULL }, { "--lr", NULL, NULL },
    { "--seed", NULL, NULL }, { "--dtype", NULL, NULL },
    { "--data", NULL, NULL },
};
#line 782 "book/ch44-training-impl.nw"
    const char *act = NULL;
    size_t npos = 0;
    nni_app_train_defaults(s);
    
#line 804 "book/ch44-training-impl.nw"
if (!nni_app_parse_options(argc, argv, o, T_COUNT, &act, 1, &npos, err,
                           errsize))
    return false;
if (npos == 0) {
    snprintf(err, errsize, "missing the activation (relu or tanh; "
             "try 'train --help')");
    return false;
}
#line 786 "book/ch44-training-impl.nw"
    
#line 820 "book/ch44-training-impl.nw"
const char *why = "";
char q[NNI_APP_QUOTE_MAX + 4];
if (!train_names(act, o, s, err, errsize) || !train_applies(o, s, err, errsize)
    || !nni_app_option_real(&o[T_STD], true, &s->std, err, errsize)
    || !nni_app_option_real(&o[T_GAIN], false, &s->gain, err, errsize)
    || !nni_app_option_real(&o[T_LR], true, &s->lr, err, errsize)
    || !nni_app_option_size(&o[T_DEPTH], 1, 10000, &s->depth, err, errsize)
    || !nni_app_option_size(&o[T_WIDTH], 1, 100000, &s->width, err, errsize)
    || !nni_app_option_size(&o[T_EPOCHS], 0, 100000, &s->epochs, err,
                            errsize)
    || !nni_app_option_size(&o[T_BATCH], 1, NNI_APP_DIGITS_TRAIN, &s->batch,
                            err, errsize)
    || !train_fits(s, err, errsize))
    return false;
#line 838 "book/ch44-training-impl.nw"
if (o[T_SEED].value != NULL
    && !nni_app_parse_u64(o[T_SEED].value, &s->seed, &why)) {
    nni_app_quote(o[T_SEED].value, q);
    snprintf(err, errsize, "invalid value '%s' for --seed: %s", q, why);
    return false;
}
*data = o[T_DATA].value != NULL ? o[T_DATA].value : "build/digits.csv";
if (**data == '\0') {
    snprintf(err, errsize, "invalid value '' for --data: empty file name");
    return false;
}
return true;
#line 787 "book/ch44-training-impl.nw"
}
#line 858 "book/ch44-training-impl.nw"
static nni_status train_adopt(nni_module *net, nni_status status,
                              nni_module **child)
{
    if (status == NNI_OK)
        status = nni_module_add(net, NULL, *child);
    if (status != NNI_OK)
        nni_module_free(*child);
    *child = NULL;
    return status;
}
#line 875 "book/ch44-training-impl.nw"
static nni_status build_net(const nni_app_train_setup *s, nni_torch_gen *gen,
                            nni_module **net)
{
    nni_status status = nni_sequential_new(net);
    for (size_t l = 0; status == NNI_OK && l <= s->depth; l++) {
        const size_t in = l == 0 ? NNI_APP_DIGITS_PIXELS : s->width;
        const size_t out = l == s->depth ? NNI_APP_DIGITS_CLASSES : s->width;
        nni_module *m = NULL;
        status = train_adopt(*net, nni_linear_new(&m, in, out, true, s->dtype,
                                                  gen), &m);
        if (status == NNI_OK && l < s->depth)
            status = train_adopt(*net, s->tanh ? nni_tanh_new(&m)
                                               : nni_relu_new(&m), &m);
    }
    return status;
}
#line 898 "book/ch44-training-impl.nw"
static nni_status init_weight(const nni_app_train_setup *s, nni_tensor *w,
                              nni_torch_gen *gen)
{
    const nni_nonlinearity nl = s->tanh ? NNI_NL_TANH : NNI_NL_RELU;
    const double bound = 1.0 / sqrt((double)nni_tensor_dim(w, 1));
    switch (s->init) {
    case NNI_APP_DEEP_STANDARD:
        return nni_init_uniform_(gen, w, -bound, bound);
    case NNI_APP_DEEP_NORMAL:
        return nni_init_normal_(gen, w, 0.0, s->std);
    
#line 916 "book/ch44-training-impl.nw"
case NNI_APP_DEEP_XAVIER_UNIFORM:
    return nni_init_xavier_uniform_(gen, w, s->gain);
case NNI_APP_DEEP_XAVIER_NORMAL:
    return nni_init_xavier_normal_(gen, w, s->gain);
case NNI_APP_DEEP_KAIMING_UNIFORM:
    return nni_init_kaiming_uniform_(gen, w, 0.0, NNI_FAN_IN, nl);
case NNI_APP_DEEP_KAIMING_NORMAL:
    return nni_init_kaiming_normal_(gen, w, 0.0, NNI_FAN_IN, nl);
case NNI_APP_DEEP_ORTHOGONAL:
    return nni_init_orthogonal_(gen, w, s->gain);
#line 909 "book/ch44-training-impl.nw"
    default:
        return NNI_OK;
    }
}
#line 929 "book/ch44-training-impl.nw"
static nni_status reinit(const nni_app_train_setup *s, nni_module *net,
                         nni_torch_gen *gen)
{
    nni_status status = NNI_OK;
    for (size_t i = 0; status == NNI_OK && i < nni_module_len(net); i++) {
        nni_module *m = nni_module_child(net, i);
        if (nni_module_kind_of(m) != NNI_LINEAR)
            continue;
        status = init_weight(s, nni_module_param(m, "weight"), gen);
        if (status == NNI_OK)
            status = nni_init_zeros_(nni_module_param(m, "bias"));
    }
    return status;
}
#line 955 "book/ch44-training-impl.nw"
nni_status nni_app_train_net(const nni_app_train_setup *s, nni_torch_gen *gen,
                             nni_module **net)
{
    nni_status status = nni_torch_manual_seed(gen, s->seed);
    *net = NULL;
    if (status == NNI_OK)
        status = build_net(s, gen, net);
    if (status == NNI_OK && s->init != NNI_APP_DEEP_DEFAULT)
        status = reinit(s, *net, gen);
    if (status != NNI_OK) {
        nni_module_free(*net);
        *net = NULL;
    }
    return status;
}
#line 978 "book/ch44-training-impl.nw"
typedef struct trainer {
    const nni_app_train_setup *s;
    nni_torch_gen gen;
    nni_module *net;
    nni_tensor *x[2];                           /* 训练集、测试集 */
    const size_t *label[2];
    size_t perm[NNI_APP_DIGITS_TRAIN];
    size_t batch_label[NNI_APP_DIGITS_TRAIN];
} trainer;
#line 993 "book/ch44-training-impl.nw"
static nni_status gather(trainer *t, size_t start, size_t n, nni_tensor **xb)
{
    const size_t shape[2] = { n, NNI_APP_DIGITS_PIXELS };
    const size_t width = NNI_APP_DIGITS_PIXELS * nni_dtype_size(t->s->dtype);
    nni_status status = nni_tensor_new(xb, t->s->dtype, 2, shape);
    if (status != NNI_OK)
        return status;
    char *to = nni_tensor_data(*xb);
    const char *from = nni_tensor_data_const(t->x[0]);
    for (size_t i = 0; i < n; i++) {
        memcpy(to + i * width, from + t->perm[start + i] * width, width);
        t->batch_label[i] = t->label[0][t->perm[start + i]];
    }
    return NNI_OK;
}
#line 1014 "book/ch44-training-impl.nw"
static nni_status train_step(trainer *t, size_t start, size_t n, double *loss)
{
    nni_tensor *xb = NULL, *y = NULL, *g = NULL;
    nni_status status = gather(t, start, n, &xb);
    nni_module_zero_grad(t->net);
    if (status == NNI_OK)
        status = nni_module_forward_cached(t->net, xb, &y);
    if (status == NNI_OK)
        status = nni_cross_entropy(y, t->batch_label, loss, &g);
    if (status == NNI_OK && isfinite(*loss))
        status = nni_module_backward(t->net, g, NULL);
    if (status == NNI_OK && isfinite(*loss))
        status = nni_sgd_step(t->net, t->s->lr);
    nni_tensor_free(xb);
    nni_tensor_free(y);
    nni_tensor_free(g);
    return status;
}
#line 1038 "book/ch44-training-impl.nw"
static nni_status evaluate(trainer *t, int k, double *loss, double *accuracy)
{
    nni_tensor *y = NULL;
    nni_status status = nni_module_forward(t->net, t->x[k], &y);
    if (status == NNI_OK)
        status = nni_cross_entropy(y, t->label[k], loss, NULL);
    if (status == NNI_OK)
        status = nni_accuracy(y, t->label[k], accuracy);
    nni_tensor_free(y);
    return status;
}
#line 1086 "book/ch44-training-impl.nw"
static nni_app_train_result train_epoch(trainer *t, size_t e,
                                        const nni_app_train_hooks *h,
                                        char *err, size_t errsize)
{
    const size_t n = NNI_APP_DIGITS_TRAIN, b = t->s->batch;
    nni_status status = nni_torch_randperm(&t->gen, n, t->perm);
    for (size_t start = 0; status == NNI_OK && start < n; start += b) {
        double loss = 0.0;
        status = train_step(t, start, n - start < b ? n - start : b, &loss);
        if (status == NNI_OK && h->step != NULL)
            h->step(e, start / b, loss, h->ctx);
        
#line 1106 "book/ch44-training-impl.nw"
if (status == NNI_OK && !isfinite(loss)) {
    snprintf(err, errsize, "diverged: the loss is %s at step %zu of "
             "epoch %zu", isnan(loss) ? "nan" : "infinite",
             start / b, e);
    return NNI_APP_DIVERGED;
}
#line 1098 "book/ch44-training-impl.nw"
    }
    
#line 1115 "book/ch44-training-impl.nw"
if (status != NNI_OK) {
    snprintf(err, errsize, "%s", nni_errmsg());
    return NNI_APP_TRAIN_FAILED;
}
return NNI_APP_TRAINED;
#line 1100 "book/ch44-training-impl.nw"
}
#line 1125 "book/ch44-training-impl.nw"
static nni_app_train_result report(trainer *t, size_t e,
                                   const nni_app_train_hooks *h,
                                   char *err, size_t errsize)
{
    
#line 1143 "book/ch44-training-impl.nw"
nni_app_epoch row = { e, 0.0, 0.0, 0.0 };
double test_loss;
nni_status status = evaluate(t, 0, &row.train_loss, &row.train_acc);
if (status == NNI_OK)
    status = evaluate(t, 1, &test_loss, &row.test_acc);
if (status != NNI_OK) {
    snprintf(err, errsize, "%s", nni_errmsg());
    return NNI_APP_TRAIN_FAILED;
}
#line 1130 "book/ch44-training-impl.nw"
    if (h->epoch != NULL && !h->epoch(&row, h->ctx))
        return NNI_APP_TRAIN_STOPPED;
    if (isfinite(row.train_loss))
        return NNI_APP_TRAINED;
    snprintf(err, errsize, "diverged: the training loss is %s after epoch "
             "%zu", isnan(row.train_loss) ? "nan" : "infinite", e);
    return NNI_APP_DIVERGED;
}
#line 1158 "book/ch44-training-impl.nw"
static nni_status split(trainer *t, const nni_app_digits *d)
{
    const size_t rows[2] = { NNI_APP_DIGITS_TRAIN,
                             NNI_APP_DIGITS_ROWS - NNI_APP_DIGITS_TRAIN };
    const size_t width = NNI_APP_DIGITS_PIXELS * nni_dtype_size(t->s->dtype);
    nni_tensor *all = NULL;
    nni_status status = nni_tensor_to(&all, d->x, t->s->dtype);
    for (int k = 0; status == NNI_OK && k < 2; k++) {
        const size_t shape[2] = { rows[k], NNI_APP_DIGITS_PIXELS };
        const char *from = nni_tensor_data_const(all);
        status = nni_tensor_new(&t->x[k], t->s->dtype, 2, shape);
        if (status == NNI_OK)
            memcpy(nni_tensor_data(t->x[k]), from + k * rows[0] * width,
                   rows[k] * width);
        t->label[k] = d->label + k * rows[0];
    }
    nni_tensor_free(all);
    return status;
}
#line 1182 "book/ch44-training-impl.nw"
nni_app_train_result nni_app_train(const nni_app_train_setup *s,
                                   const nni_app_digits *d,
                                   const nni_app_train_hooks *hooks,
                                   char *err, size_t errsize)
{
    trainer *t = calloc(1, sizeof *t);
    nni_app_train_result r = NNI_APP_TRAIN_FAILED;
    nni_status status = t == NULL ? NNI_ENOMEM : NNI_OK;
    
#line 1204 "book/ch44-training-impl.nw"
if (status == NNI_OK) {
    t->s = s;
    status = nni_app_train_net(s, &t->gen, &t->net);
}
if (status == NNI_OK)
    status = split(t, d);
if (status != NNI_OK)
    snprintf(err, errsize, "%s", t == NULL ? "out of memory" : nni_errmsg());
#line 1191 "book/ch44-training-impl.nw"
    if (status == NNI_OK)
        r = report(t, 0, hooks, err, errsize);
    for (size_t e = 1; r == NNI_APP_TRAINED && e <= s->epochs; e++) {
        r = train_epoch(t, e, hooks, err, errsize);
        if (r == NNI_APP_TRAINED)
            r = report(t, e, hooks, err, errsize);
    }
    
#line 1215 "book/ch44-training-impl.nw"
if (t != NULL) {
    nni_module_free(t->net);
    nni_tensor_free(t->x[0]);
    nni_tensor_free(t->x[1]);
}
free(t);
#line 1199 "book/ch44-training-impl.nw"
    return r;
}
