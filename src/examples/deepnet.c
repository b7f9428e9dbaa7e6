#line 43 "book/appC-deepnet.nw"
/* examples/deepnet.c -- 深层网络在初始化时的实验 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "examples/deepnet.h"

#define PI 3.14159265358979323846

#line 104 "book/appC-deepnet.nw"
static const char *const act_names[] = { "tanh", "relu", "linear" };
static const char *const init_names[NNI_APP_DEEP_INITS] = {
    "standard", "default", "normal", "xavier_uniform", "xavier_normal",
    "kaiming_uniform", "kaiming_normal", "orthogonal"
};

const char *nni_app_deep_act_name(nni_app_deep_act act)
{
    return act_names[act];
}

const char *nni_app_deep_init_name(nni_app_deep_init init)
{
    return init_names[init];
}
#line 122 "book/appC-deepnet.nw"
bool nni_app_deep_parse_act(const char *s, nni_app_deep_act *act)
{
    for (int k = 0; k < 3; k++)
        if (strcmp(s, act_names[k]) == 0) {
            *act = (nni_app_deep_act)k;
            return true;
        }
    return false;
}

bool nni_app_deep_parse_init(const char *s, nni_app_deep_init *init)
{
    for (int k = 0; k < NNI_APP_DEEP_INITS; k++)
        if (strcmp(s, init_names[k]) == 0) {
            *init = (nni_app_deep_init)k;
            return true;
        }
    return false;
}
#line 146 "book/appC-deepnet.nw"
void nni_app_deep_defaults(nni_app_deep_config *c)
{
    c->act = NNI_APP_DEEP_TANH;
    c->init = NNI_APP_DEEP_DEFAULT;
    c->std = 1.0;
    c->gain = 1.0;
    c->width = 256;
    c->depth = 10;
    c->batch = 256;
    c->seed = 0;
}
#line 268 "book/appC-deepnet.nw"
static nni_nonlinearity act_nonlinearity(nni_app_deep_act act)
{
    return act == NNI_APP_DEEP_TANH ? NNI_NL_TANH
         : act == NNI_APP_DEEP_RELU ? NNI_NL_RELU : NNI_NL_LINEAR;
}

static nni_status init_layer(const nni_app_deep_config *c, nni_module *lin,
                             nni_torch_gen *gen)
{
    nni_tensor *w = nni_module_param(lin, "weight");
    const double bound = 1.0 / sqrt((double)c->width);
    const nni_nonlinearity nl = act_nonlinearity(c->act);
    nni_status status = nni_init_zeros_(nni_module_param(lin, "bias"));
    if (status != NNI_OK)
        return status;
    
#line 288 "book/appC-deepnet.nw"
switch (c->init) {
case NNI_APP_DEEP_STANDARD:
    return nni_init_uniform_(gen, w, -bound, bound);
case NNI_APP_DEEP_NORMAL:
    return nni_init_normal_(gen, w, 0.0, c->std);
case NNI_APP_DEEP_XAVIER_UNIFORM:
    return nni_init_xavier_uniform_(gen, w, c->gain);
case NNI_APP_DEEP_XAVIER_NORMAL:
    return nni_init_xavier_normal_(gen, w, c->gain);
case NNI_APP_DEEP_KAIMING_UNIFORM:
    return nni_init_kaiming_uniform_(gen, w, 0.0, NNI_FAN_IN, nl);
case NNI_APP_DEEP_KAIMING_NORMAL:
    return nni_init_kaiming_normal_(gen, w, 0.0, NNI_FAN_IN, nl);
case NNI_APP_DEEP_ORTHOGONAL:
    return nni_init_orthogonal_(gen, w, c->gain);
default:
    return NNI_OK;          /* default：构造时已经初始化 */
}
#line 284 "book/appC-deepnet.nw"
}
#line 226 "book/appC-deepnet.nw"
static nni_status adopt(nni_module *parent, nni_module *child)
{
    nni_status status = nni_module_add(parent, NULL, child);
    if (status != NNI_OK)
        nni_module_free(child);
    return status;
}

static nni_status add_layer(nni_app_deep *d, nni_torch_gen *gen)
{
    const nni_app_deep_config *c = &d->config;
    const bool dflt = c->init == NNI_APP_DEEP_DEFAULT;
    nni_torch_gen scratch;
    nni_module *lin, *act = NULL;
    nni_torch_manual_seed(&scratch, 0);
    nni_status status = nni_linear_new(&lin, c->width, c->width, true,
                                       NNI_FLOAT64, dflt ? gen : &scratch);
    if (status == NNI_OK && !dflt)
        status = init_layer(c, lin, gen);
    
#line 251 "book/appC-deepnet.nw"
if (status != NNI_OK) {
    nni_module_free(lin);
    return status;
}
status = adopt(d->net, lin);
if (status == NNI_OK && c->act != NNI_APP_DEEP_LINEAR)
    status = c->act == NNI_APP_DEEP_TANH ? nni_tanh_new(&act)
                                         : nni_relu_new(&act);
if (status == NNI_OK && act != NULL)
    status = adopt(d->net, act);
#line 246 "book/appC-deepnet.nw"
    return status;
}

#line 192 "book/appC-deepnet.nw"
nni_status nni_app_deep_new(nni_app_deep *d, const nni_app_deep_config *c)
{
    nni_torch_gen gen;
    const size_t xshape[2] = { c->batch, c->width };
    memset(d, 0, sizeof *d);
    d->config = *c;
    nni_status status = nni_torch_manual_seed(&gen, c->seed);
    if (status == NNI_OK)
        status = nni_tensor_new(&d->x, NNI_FLOAT64, 2, xshape);
    if (status == NNI_OK)
        status = nni_torch_normal_(&gen, d->x, 0.0, 1.0);
    if (status == NNI_OK)
        status = nni_sequential_new(&d->net);
    for (size_t l = 0; status == NNI_OK && l < c->depth; l++)
        status = add_layer(d, &gen);
    
#line 213 "book/appC-deepnet.nw"
if (status == NNI_OK)
    status = nni_tensor_new(&d->r, NNI_FLOAT64, 1, &c->width);
if (status == NNI_OK)
    status = nni_torch_normal_(&gen, d->r, 0.0, 1.0);
if (status != NNI_OK)
    nni_app_deep_free(d);
#line 208 "book/appC-deepnet.nw"
    return status;
}
#line 309 "book/appC-deepnet.nw"
void nni_app_deep_free(nni_app_deep *d)
{
    nni_module_free(d->net);
    nni_tensor_free(d->x);
    nni_tensor_free(d->r);
    d->net = NULL;
    d->x = d->r = NULL;
}
#line 328 "book/appC-deepnet.nw"
static nni_status readout_gradient(const nni_app_deep *d, const nni_tensor *y,
                                   nni_tensor **g)
{
    nni_status status = nni_tensor_clone(g, y);
    const double *r = nni_tensor_data_const(d->r);
    double *out = status == NNI_OK ? nni_tensor_data(*g) : NULL;
    for (size_t i = 0; status == NNI_OK && i < nni_tensor_numel(*g); i++)
        out[i] = r[i % d->config.width];
    return status;
}
#line 341 "book/appC-deepnet.nw"
nni_status nni_app_deep_run(nni_app_deep *d)
{
    nni_tensor *y = NULL, *g = NULL;
    for (nni_module *m = d->net; m != NULL; m = nni_module_next(d->net, m))
        for (size_t k = 0; k < nni_module_num_params(m); k++)
            nni_tensor_set_requires_grad(nni_module_param_at(m, k), false);
    nni_status status = nni_module_forward_cached(d->net, d->x, &y);
    if (status == NNI_OK)
        status = readout_gradient(d, y, &g);
    if (status == NNI_OK)
        status = nni_module_backward(d->net, g, NULL);
    nni_tensor_free(y);
    nni_tensor_free(g);
    return status;
}
#line 369 "book/appC-deepnet.nw"
static size_t per_layer(const nni_app_deep *d)
{
    return d->config.act == NNI_APP_DEEP_LINEAR ? 1 : 2;
}

nni_module *nni_app_deep_linear(const nni_app_deep *d, size_t l)
{
    return nni_module_child(d->net, per_layer(d) * (l - 1));
}

const nni_tensor *nni_app_deep_s(const nni_app_deep *d, size_t l)
{
    return nni_module_cached_output(nni_app_deep_linear(d, l));
}

const nni_tensor *nni_app_deep_a(const nni_app_deep *d, size_t l)
{
    const size_t index = per_layer(d) * l - 1;
    return nni_module_cached_output(nni_module_child(d->net, index));
}

const nni_tensor *nni_app_deep_delta(const nni_app_deep *d, size_t l)
{
    return nni_module_cached_grad_output(nni_app_deep_linear(d, l));
}
#line 439 "book/appC-deepnet.nw"
static double value(const nni_tensor *t, size_t i)
{
    const void *p = nni_tensor_data_const(t);
    return nni_tensor_dtype(t) == NNI_FLOAT32 ? (double)((const float *)p)[i]
                                              : ((const double *)p)[i];
}

static void moments(const nni_tensor *t, double *mean, double *std, double *rms)
{
    const size_t n = nni_tensor_numel(t);
    double sum = 0.0, dev = 0.0, sq = 0.0;
    for (size_t i = 0; i < n; i++)
        sum += value(t, i);
    *mean = sum / (double)n;
    for (size_t i = 0; i < n; i++) {
        const double v = value(t, i);
        dev += (v - *mean) * (v - *mean);
        sq += v * v;
    }
    *std = sqrt(dev / (double)n);
    *rms = sqrt(sq / (double)n);
}
#line 464 "book/appC-deepnet.nw"
static double fraction_above(const nni_tensor *t, double level)
{
    size_t count = 0;
    for (size_t i = 0; i < nni_tensor_numel(t); i++)
        count += fabs(value(t, i)) > level;
    return (double)count / (double)nni_tensor_numel(t);
}

static double mean_square_of_row(const nni_tensor *t, size_t b)
{
    const size_t n = nni_tensor_dim(t, 1);
    double sum = 0.0;
    for (size_t j = 0; j < n; j++)
        sum += value(t, b * n + j) * value(t, b * n + j);
    return sum / (double)n;
}
#line 483 "book/appC-deepnet.nw"
static double per_example_wgrad_rms(const nni_tensor *delta,
                                    const nni_tensor *input)
{
    const size_t batch = nni_tensor_dim(delta, 0);
    double sum = 0.0;
    for (size_t b = 0; b < batch; b++)
        sum += mean_square_of_row(delta, b) * mean_square_of_row(input, b);
    return sqrt(sum / (double)batch);
}
#line 495 "book/appC-deepnet.nw"
void nni_app_deep_layer_stats(const nni_app_deep *d, size_t l,
                              nni_app_deep_stats *s)
{
    double mean, rms;
    const nni_tensor *act = nni_app_deep_a(d, l);
    moments(nni_app_deep_s(d, l), &mean, &s->pre_std, &rms);
    moments(act, &mean, &s->act_std, &s->act_rms);
    moments(nni_app_deep_delta(d, l), &mean, &rms, &s->grad_rms);
    s->sat = fraction_above(act, 0.9);
    s->wgrad_rms = per_example_wgrad_rms(nni_app_deep_delta(d, l),
                       nni_module_cached_input(nni_app_deep_linear(d, l)));
}
#line 513 "book/appC-deepnet.nw"
nni_status nni_app_deep_stats_of(const nni_app_deep_config *c,
                                 nni_app_deep_stats *layers)
{
    nni_app_deep d;
    nni_status status = nni_app_deep_new(&d, c);
    if (status != NNI_OK)
        return status;
    status = nni_app_deep_run(&d);
    for (size_t l = 1; status == NNI_OK && l <= c->depth; l++)
        nni_app_deep_layer_stats(&d, l, &layers[l - 1]);
    nni_app_deep_free(&d);
    if (status == NNI_OK)
        nni_app_deep_mean_field(c, layers);
    return status;
}
#line 540 "book/appC-deepnet.nw"
nni_status nni_app_deep_histogram(const double *v, size_t n, double lo,
                                  double hi, size_t bins, double *density)
{
    const double width = (hi - lo) / (double)bins;
    if (bins == 0 || !(hi > lo))
        return NNI_EINVAL;
    for (size_t k = 0; k < bins; k++)
        density[k] = 0.0;
    for (size_t i = 0; i < n; i++) {
        if (!(v[i] >= lo && v[i] <= hi))
            continue;
        const size_t k = (size_t)((v[i] - lo) / width);
        density[k < bins ? k : bins - 1] += 1.0 / ((double)n * width);
    }
    return NNI_OK;
}
#line 586 "book/appC-deepnet.nw"
double nni_app_deep_weight_c(const nni_app_deep_config *c)
{
    double gain = 1.0;
    switch (c->init) {
    case NNI_APP_DEEP_STANDARD:
    case NNI_APP_DEEP_DEFAULT:
        return 1.0 / 3.0;
    case NNI_APP_DEEP_NORMAL:
        return (double)c->width * c->std * c->std;
    case NNI_APP_DEEP_KAIMING_UNIFORM:
    case NNI_APP_DEEP_KAIMING_NORMAL:
        nni_init_calculate_gain(act_nonlinearity(c->act), NULL, &gain);
        return gain * gain;
    default:
        return c->gain * c->gain;
    }
}

double nni_app_deep_bias_var(const nni_app_deep_config *c)
{
    const double n = (double)c->width;
    return c->init == NNI_APP_DEEP_DEFAULT ? 1.0 / (3.0 * n) : 0.0;
}
#line 619 "book/appC-deepnet.nw"
typedef struct fmoments {
    double mean, second, slope2;    /* E f, E f^2, E f'^2 */
} fmoments;

static fmoments tanh_moments(double q)
{
    const double h = 1.0 / (64.0 * fmax(1.0, sqrt(q)));
    const long k_max = (long)ceil(12.0 / h);
    fmoments m = { 0.0, 0.0, 0.0 };
    for (long k = -k_max; k <= k_max; k++) {
        const double z = (double)k * h, t = tanh(sqrt(q) * z);
        const double w = h * exp(-0.5 * z * z) / sqrt(2.0 * PI);
        m.mean += w * t;
        m.second += w * t * t;
        m.slope2 += w * (1.0 - t * t) * (1.0 - t * t);
    }
    return m;
}
#line 640 "book/appC-deepnet.nw"
static fmoments act_moments(nni_app_deep_act act, double q)
{
    fmoments m = { 0.0, q, 1.0 };                   /* 线性 */
    if (act == NNI_APP_DEEP_TANH)
        m = tanh_moments(q);
    else if (act == NNI_APP_DEEP_RELU) {
        m.mean = sqrt(q / (2.0 * PI));
        m.second = q / 2.0;
        m.slope2 = q > 0.0 ? 0.5 : 0.0;
    }
    return m;
}
#line 658 "book/appC-deepnet.nw"
void nni_app_deep_mean_field(const nni_app_deep_config *c,
                             nni_app_deep_stats *s)
{
    const double cw = nni_app_deep_weight_c(c), vb = nni_app_deep_bias_var(c);
    double a2 = 1.0, d2 = 1.0;              /* E[x^2]、E[r^2] */
    for (size_t l = 0; l < c->depth; l++) {
        const double q = cw * a2 + vb;
        const fmoments m = act_moments(c->act, q);
        s[l].mf_pre_std = sqrt(q);
        s[l].mf_act_std = sqrt(fmax(0.0, m.second - m.mean * m.mean));
        s[l].mf_grad_rms = m.slope2;        /* 暂存 E[f'^2] */
        s[l].mf_wgrad_rms = a2;             /* 暂存这一层输入的 E[a^2] */
        a2 = m.second;
    }
    
#line 677 "book/appC-deepnet.nw"
for (size_t l = c->depth; l-- > 0;) {
    d2 *= s[l].mf_grad_rms;
    s[l].mf_grad_rms = sqrt(d2);
    s[l].mf_wgrad_rms = sqrt(d2 * s[l].mf_wgrad_rms);
    d2 *= cw;
}
#line 673 "book/appC-deepnet.nw"
}
#line 705 "book/appC-deepnet.nw"
static nni_status bias_free_copy(const nni_app_deep *d, nni_module **out)
{
    nni_torch_gen scratch;
    nni_module *seq = NULL, *lin = NULL;
    nni_tensor *w = NULL;
    const size_t n = d->config.width;
    nni_torch_manual_seed(&scratch, 0);
    nni_status status = nni_sequential_new(&seq);
    for (size_t l = 1; status == NNI_OK && l <= d->config.depth; l++) {
        status = nni_linear_new(&lin, n, n, false, NNI_FLOAT64, &scratch);
        if (status == NNI_OK)
            status = adopt(seq, lin);
        
#line 727 "book/appC-deepnet.nw"
if (status == NNI_OK)
    status = nni_tensor_clone(&w, nni_module_param(nni_app_deep_linear(d, l),
                                                   "weight"));
if (status == NNI_OK
    && (status = nni_module_set_param(lin, "weight", w)) != NNI_OK)
    nni_tensor_free(w);
#line 718 "book/appC-deepnet.nw"
    }
    if (status != NNI_OK)
        nni_module_free(seq);
    *out = status == NNI_OK ? seq : NULL;
    return status;
}
#line 744 "book/appC-deepnet.nw"
static double dot(const double *u, const double *v, size_t m)
{
    double sum = 0.0;
    for (size_t k = 0; k < m; k++)
        sum += u[k] * v[k];
    return sum;
}

static bool orthogonalize(double *u, double *v, size_t m, double tol)
{
    const double alpha = dot(u, u, m), beta = dot(v, v, m);
    const double gamma = dot(u, v, m);
    if (!(fabs(gamma) > tol * sqrt(alpha * beta)))
        return false;
    const double zeta = (beta - alpha) / (2.0 * gamma);
    const double sign = zeta >= 0.0 ? 1.0 : -1.0;
    const double t = sign / (fabs(zeta) + hypot(1.0, zeta));
    const double c = 1.0 / sqrt(1.0 + t * t), s = c * t;
    for (size_t k = 0; k < m; k++) {
        const double uk = u[k], vk = v[k];
        u[k] = c * uk - s * vk;
        v[k] = s * uk + c * vk;
    }
    return true;
}
#line 776 "book/appC-deepnet.nw"
static int descending(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x < y) - (x > y);
}

nni_status nni_app_svd_rows(double *a, size_t n, size_t m, double *sv)
{
    const double tol = (double)m * 2.220446049250313e-16;
    bool rotated = true;
    for (int sweep = 0; rotated && sweep < 60; sweep++) {
        rotated = false;
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++)
                rotated |= orthogonalize(a + i * m, a + j * m, m, tol);
    }
    for (size_t i = 0; i < n; i++)
        sv[i] = sqrt(dot(a + i * m, a + i * m, m));
    qsort(sv, n, sizeof *sv, descending);
    return rotated ? NNI_ERANGE : NNI_OK;
}
#line 800 "book/appC-deepnet.nw"
nni_status nni_app_deep_singular_values(const nni_app_deep *d, double *sv)
{
    const size_t n = d->config.width, shape[2] = { n, n };
    nni_module *prod = NULL;
    nni_tensor *eye = NULL, *mt = NULL;
    nni_status status = bias_free_copy(d, &prod);
    if (status == NNI_OK)
        status = nni_tensor_new(&eye, NNI_FLOAT64, 2, shape);
    if (status == NNI_OK)
        status = nni_init_eye_(eye);
    if (status == NNI_OK)
        status = nni_module_forward(prod, eye, &mt);
    if (status == NNI_OK)
        status = nni_app_svd_rows(nni_tensor_data(mt), n, n, sv);
    nni_module_free(prod);
    nni_tensor_free(eye);
    nni_tensor_free(mt);
    return status;
}
#line 827 "book/appC-deepnet.nw"
void nni_app_deep_sv_summary(const nni_app_deep_config *c, const double *sv,
                             nni_app_deep_sv *s)
{
    const size_t n = c->width;
    const double cw = nni_app_deep_weight_c(c), L = (double)c->depth;
    memset(s, 0, sizeof *s);
    for (size_t i = 0; i < n; i++) {
        s->mean += sv[i] / (double)n;
        s->frac_small += (sv[i] < 0.1) / (double)n;
        s->mean_s2 += sv[i] * sv[i] / (double)n;
        s->mean_s4 += sv[i] * sv[i] * sv[i] * sv[i] / (double)n;
    }
    s->median = n % 2 ? sv[n / 2] : 0.5 * (sv[n / 2 - 1] + sv[n / 2]);
    s->max = sv[0];
    s->min = sv[n - 1];
    s->mf_mean_s2 = pow(cw, L);
    s->mf_mean_s4 = pow(cw, 2.0 * L)
                    * (c->init == NNI_APP_DEEP_ORTHOGONAL ? 1.0 : L + 1.0);
}
#line 873 "book/appC-deepnet.nw"
static const size_t nb_widths[4] = { 30, 40, 50, 10 };
static const char *const nb_names[NNI_APP_NOTEBOOK_VARIANTS] = {
    "default", "U(3,5)", "N(0,0.5^2)", "xavier_uniform", "kaiming_normal"
};

const char *nni_app_deep_notebook_name(int variant)
{
    return nb_names[variant];
}
#line 888 "book/appC-deepnet.nw"
static nni_status nb_replace(nni_module *lin, int variant, size_t k,
                             nni_torch_gen *torch, nni_numpy_gen *numpy)
{
    nni_tensor *w = nni_module_param(lin, "weight");
    switch (variant) {
    case 1:  return k == 0 ? nni_numpy_uniform(numpy, w, 3.0, 5.0) : NNI_OK;
    case 2:  return nni_numpy_normal(numpy, w, 0.0, 0.5);
    case 3:  return nni_init_xavier_uniform_(torch, w, 1.0);
    case 4:  return nni_init_kaiming_normal_(torch, w, 0.0, NNI_FAN_IN,
                                             NNI_NL_RELU);
    default: return NNI_OK;
    }
}
#line 904 "book/appC-deepnet.nw"
static nni_status nb_build(nni_module **net, int variant, nni_torch_gen *torch,
                           nni_numpy_gen *numpy)
{
    nni_module *m;
    nni_status status = nni_sequential_new(net);
    for (size_t k = 0; status == NNI_OK && k < 3; k++) {
        status = nni_linear_new(&m, nb_widths[k], nb_widths[k + 1], true,
                                NNI_FLOAT32, torch);
        if (status == NNI_OK)
            status = adopt(*net, m);
        if (status == NNI_OK && k < 2 && (status = nni_relu_new(&m)) == NNI_OK)
            status = adopt(*net, m);
    }
    for (size_t k = 0; status == NNI_OK && k < 3; k++)
        status = nb_replace(nni_module_child(*net, 2 * k), variant, k, torch,
                            numpy);
    return status;
}
#line 931 "book/appC-deepnet.nw"
static double nb_weight_m2(int variant, size_t k)
{
    const double n_in = (double)nb_widths[k], n_out = (double)nb_widths[k + 1];
    switch (variant) {
    case 1:  return k == 0 ? 49.0 / 3.0 : 1.0 / (3.0 * n_in);
    case 2:  return 0.25;
    case 3:  return 2.0 / (n_in + n_out);
    case 4:  return 2.0 / n_in;
    default: return 1.0 / (3.0 * n_in);
    }
}
#line 945 "book/appC-deepnet.nw"
nni_status nni_app_deep_notebook(uint64_t seed, size_t batch, int variant,
                                 double std[3], double mf[3])
{
    nni_torch_gen torch;
    nni_numpy_gen numpy;
    nni_module *net = NULL;
    nni_tensor *x = NULL, *y = NULL;
    const size_t shape[2] = { batch, nb_widths[0] };
    nni_torch_manual_seed(&torch, seed);
    nni_status status = nni_numpy_seed(&numpy, seed % ((uint64_t)1 << 32));
    
#line 965 "book/appC-deepnet.nw"
if (status == NNI_OK)
    status = nni_tensor_new(&x, NNI_FLOAT32, 2, shape);
if (status == NNI_OK)
    status = nni_torch_normal_(&torch, x, 0.0, 1.0);
if (status == NNI_OK)
    status = nb_build(&net, variant, &torch, &numpy);
if (status == NNI_OK)
    status = nni_module_forward_cached(net, x, &y);
#line 956 "book/appC-deepnet.nw"
    
#line 976 "book/appC-deepnet.nw"
double a2 = 1.0, mean, rms;
for (size_t k = 0; status == NNI_OK && k < 3; k++) {
    const double n_in = (double)nb_widths[k];
    const double q = n_in * nb_weight_m2(variant, k) * a2 + 1.0 / (3.0 * n_in);
    moments(nni_module_cached_output(nni_module_child(net, 2 * k)), &mean,
            &std[k], &rms);
    mf[k] = sqrt(q);
    a2 = q / 2.0;
}
#line 957 "book/appC-deepnet.nw"
    nni_module_free(net);
    nni_tensor_free(x);
    nni_tensor_free(y);
    return status;
}
#line 1003 "book/appC-deepnet.nw"
static nni_status sgd_step(nni_module *net, const nni_tensor *x,
                           const nni_tensor *t, double lr, double *loss)
{
    nni_tensor *y = NULL, *g = NULL;
    nni_status status = nni_module_forward_cached(net, x, &y);
    if (status == NNI_OK)
        status = nni_tensor_clone(&g, y);
    *loss = 0.0;
    for (size_t i = 0; status == NNI_OK && i < nni_tensor_numel(g); i++) {
        double *gi = (double *)nni_tensor_data(g) + i;
        *gi = value(y, i) - value(t, i);
        *loss += 0.5 * *gi * *gi;
    }
    nni_module_zero_grad(net);
    if (status == NNI_OK)
        status = nni_module_backward(net, g, NULL);
    
#line 1027 "book/appC-deepnet.nw"
for (nni_module *m = net; m != NULL; m = nni_module_next(net, m))
    for (size_t k = 0; status == NNI_OK && k < nni_module_num_params(m); k++) {
        nni_tensor *p = nni_module_param_at(m, k);
        double *v = nni_tensor_data(p);
        const double *dv = nni_tensor_data_const(nni_tensor_grad(p));
        for (size_t i = 0; i < nni_tensor_numel(p); i++)
            v[i] -= lr * dv[i];
    }
#line 1020 "book/appC-deepnet.nw"
    nni_tensor_free(y);
    nni_tensor_free(g);
    return status;
}
#line 1040 "book/appC-deepnet.nw"
static size_t distinct_rows(const nni_tensor *w)
{
    const size_t rows = nni_tensor_dim(w, 0), cols = nni_tensor_dim(w, 1);
    const double *v = nni_tensor_data_const(w);
    size_t count = 0;
    for (size_t i = 0; i < rows; i++) {
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = memcmp(v + i * cols, v + j * cols, cols * sizeof *v) == 0;
        count += !seen;
    }
    return count;
}

static void print_matrix(FILE *out, const char *title, const nni_tensor *m)
{
    const size_t rows = nni_tensor_dim(m, 0), cols = nni_tensor_dim(m, 1);
    fprintf(out, "%s\n", title);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            fprintf(out, "%11.6f%s", value(m, i * cols + j),
                    j + 1 < cols ? "" : "\n");
}
#line 1069 "book/appC-deepnet.nw"
static nni_status symmetry_train(FILE *out, nni_module *net,
                                 const nni_tensor *x, const nni_tensor *t,
                                 bool show_step0)
{
    nni_module *first = nni_module_child(net, 0);
    nni_tensor *w1 = nni_module_param(first, "weight");
    double loss0 = 0.0, loss = 0.0;
    nni_status status = sgd_step(net, x, t, 0.1, &loss0);
    if (status == NNI_OK && show_step0) {
        print_matrix(out, "hidden activations at step 0 (rows: examples, "
                     "columns: units)",
                     nni_module_cached_output(nni_module_child(net, 1)));
        print_matrix(out, "dL/dW1 at step 0 (rows: hidden units)",
                     nni_tensor_grad(w1));
    }
    for (int step = 1; status == NNI_OK && step < 100; step++)
        status = sgd_step(net, x, t, 0.1, &loss);
    
#line 1092 "book/appC-deepnet.nw"
if (status == NNI_OK) {
    print_matrix(out, "W1 after 100 steps", w1);
    fprintf(out, "distinct rows of W1: %zu of %zu; loss %.6f at step 0, "
            "%.6f at step 99\n", distinct_rows(w1), nni_tensor_dim(w1, 0),
            loss0, loss);
}
#line 1087 "book/appC-deepnet.nw"
    return status;
}
#line 1101 "book/appC-deepnet.nw"
static nni_status symmetry_net(nni_module **net, nni_torch_gen *gen,
                               bool constant)
{
    nni_module *m;
    nni_status status = nni_sequential_new(net);
    for (size_t k = 0; status == NNI_OK && k < 2; k++) {
        status = nni_linear_new(&m, k == 0 ? 3 : 4, k == 0 ? 4 : 2, true,
                                NNI_FLOAT64, gen);
        if (status == NNI_OK)
            status = adopt(*net, m);
        if (status == NNI_OK)
            status = nni_init_zeros_(nni_module_param(m, "bias"));
        nni_tensor *w = nni_module_param(m, "weight");
        if (status == NNI_OK)
            status = constant ? nni_init_constant_(w, 0.5)
                              : nni_init_xavier_uniform_(gen, w, 1.0);
        if (status == NNI_OK && k == 0 && (status = nni_tanh_new(&m)) == NNI_OK)
            status = adopt(*net, m);
    }
    return status;
}
#line 1125 "book/appC-deepnet.nw"
nni_status nni_app_deep_symmetry(FILE *out, uint64_t seed)
{
    nni_torch_gen gen;
    nni_module *net = NULL;
    nni_tensor *x = NULL, *t = NULL;
    const size_t xs[2] = { 5, 3 }, ts[2] = { 5, 2 };
    nni_torch_manual_seed(&gen, seed);
    nni_status status = nni_tensor_new(&x, NNI_FLOAT64, 2, xs);
    if (status == NNI_OK)
        status = nni_torch_normal_(&gen, x, 0.0, 1.0);
    if (status == NNI_OK)
        status = nni_tensor_new(&t, NNI_FLOAT64, 2, ts);
    if (status == NNI_OK)
        status = nni_torch_normal_(&gen, t, 0.0, 1.0);
    
#line 1148 "book/appC-deepnet.nw"
for (int k = 0; status == NNI_OK && k < 2; k++) {
    fprintf(out, "%s%s\n", k ? "\n" : "", k == 0
            ? "constant init: every weight 0.5, biases 0"
            : "random init: xavier_uniform_, biases 0");
    nni_module_free(net);
    net = NULL;
    status = symmetry_net(&net, &gen, k == 0);
    if (status == NNI_OK)
        status = symmetry_train(out, net, x, t, k == 0);
}
#line 1140 "book/appC-deepnet.nw"
    nni_module_free(net);
    nni_tensor_free(x);
    nni_tensor_free(t);
    return status;
}
