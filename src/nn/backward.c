#line 235 "book/ch42-backward.nw"
/* nn/backward.c -- 反向传播：缓存、链式法则、提交梯度 */
#include <math.h>
#include <string.h>

#include "base/internal.h"
#include "nn/internal.h"
#include "tensor/internal.h"

#line 252 "book/ch42-backward.nw"
static void cache_put(nni_module *m, int slot, nni_tensor *t, bool owned)
{
    m->cache.t[slot] = t;
    m->cache.owned[slot] = owned;
}

static void cache_drop(nni_module *m, int slot)
{
    if (m->cache.owned[slot])
        nni_tensor_free(m->cache.t[slot]);
    cache_put(m, slot, NULL, false);
}
#line 267 "book/ch42-backward.nw"
void nni__module_release(nni_module *m)
{
    for (int slot = 0; slot < NNI__SLOTS; slot++)
        cache_drop(m, slot);
    for (int k = 0; k < 2; k++) {
        nni_tensor_free(m->pending[k]);
        m->pending[k] = NULL;
    }
}
#line 281 "book/ch42-backward.nw"
nni_module *nni__tree_root(nni_module *m)
{
    while (m->parent != NULL)
        m = m->parent;
    return m;
}

void nni__tree_set_phase(nni_module *root, int phase)
{
    for (nni_module *m = root; m != NULL; m = nni_module_next(root, m))
        m->phase = phase;
}

void nni__tree_clear(nni_module *root)
{
    for (nni_module *m = root; m != NULL; m = nni_module_next(root, m))
        nni__module_release(m);
}
#line 739 "book/ch42-backward.nw"
static nni_status backward_node(nni_module *m, nni_tensor *dy, bool owned,
                                bool need_dx, nni_tensor **dx);

#line 793 "book/ch42-backward.nw"
static nni_status check_like(const nni_tensor *t, const nni_tensor *like,
                             const char *what, const char *like_what)
{
    bool same = t->ndim == like->ndim;
    for (size_t k = 0; same && k < t->ndim; k++)
        same = t->shape[k] == like->shape[k];
    if (!same)
        return nni__fail(NNI_ESHAPE, "nni_module_backward: %s does not have "
                         "the shape of %s", what, like_what);
    if (t->dtype != like->dtype)
        return nni__fail(NNI_EDTYPE, "nni_module_backward: %s is %s, %s is %s",
                         what, nni_dtype_name(t->dtype), like_what,
                         nni_dtype_name(like->dtype));
    return NNI_OK;
}
#line 856 "book/ch42-backward.nw"
static nni_status new_product(nni_tensor **out, const nni_tensor *like,
                              nni__mat a, nni__mat b)
{
    nni_status status = nni_tensor_new(out, like->dtype, like->ndim,
                                       like->shape);
    if (status == NNI_OK)
        status = nni__matmul_nt(*out, a, b, NULL, "nni_module_backward");
    if (status != NNI_OK) {
        nni_tensor_free(*out);
        *out = NULL;
    }
    return status;
}
#line 904 "book/ch42-backward.nw"
unsigned nni__ceil_log2(size_t x)
{
    unsigned k = 0;
    while (k < 8 * sizeof x && ((size_t)1 << k) < x)
        k++;
    return x <= 2 ? 1 : k;
}
#line 918 "book/ch42-backward.nw"
static double cascade(const nni_tensor *g, size_t first, size_t stride,
                      size_t n)
{
    const unsigned p = nni__ceil_log2(n) / 4 > 4 ? nni__ceil_log2(n) / 4 : 4;
    const size_t step = (size_t)1 << p, mask = step - 1;
    double acc[4] = { 0.0, 0.0, 0.0, 0.0 };
    size_t i = 0;
    while (i + step <= n) {
        for (size_t k = 0; k < step; k++, i++)
            acc[0] += nni__tensor_load(g, first + i * stride);
        
#line 940 "book/ch42-backward.nw"
for (unsigned j = 1; j < 4; j++) {
    acc[j] += acc[j - 1];
    acc[j - 1] = 0.0;
    if ((i & (mask << (j * p))) != 0)
        break;
}
#line 929 "book/ch42-backward.nw"
    }
    for (; i < n; i++)
        acc[0] += nni__tensor_load(g, first + i * stride);
    return ((acc[0] + acc[1]) + acc[2]) + acc[3];
}
#line 953 "book/ch42-backward.nw"
static double row_sum(const nni_tensor *g, size_t first, size_t stride,
                      size_t n)
{
    const size_t rows = n / 4;
    double s[4];
    for (size_t k = 0; k < 4; k++)
        s[k] = cascade(g, first + k * stride, 4 * stride, rows);
    for (size_t i = 4 * rows; i < n; i++)
        s[0] += nni__tensor_load(g, first + i * stride);
    return ((s[0] + s[1]) + s[2]) + s[3];
}
#line 973 "book/ch42-backward.nw"
static double column_sum(const nni_tensor *g, size_t rows, size_t cols,
                         size_t col)
{
    if (cols == 1) {
        double sum = 0.0;
        for (size_t i = rows / 4 * 4; i < rows; i++)
            sum += nni__tensor_load(g, i);
        for (size_t lane = 0; lane < 4; lane++)
            sum += row_sum(g, lane, 4, rows / 4);
        return sum;
    }
    if (col < cols / 16 * 16)
        return cascade(g, col, cols, rows);
    return row_sum(g, col, cols, rows);
}

#line 880 "book/ch42-backward.nw"
static nni_status bias_grad(nni_tensor **out, const nni_tensor *b,
                            const nni_tensor *g, size_t batch)
{
    const size_t n = b->numel;
    nni_status status = nni_tensor_new(out, b->dtype, 1, &n);
    for (size_t o = 0; status == NNI_OK && o < n; o++)
        nni__tensor_store(*out, o, column_sum(g, batch, n, o));
    return status;
}

#line 825 "book/ch42-backward.nw"
static nni_status linear_backward(nni_module *m, bool need_dx, nni_tensor **dx)
{
    const nni_tensor *x = m->cache.t[NNI__IN], *g = m->cache.t[NNI__GOUT];
    nni_tensor *w = m->params[0].tensor;
    nni_tensor *b = m->n_params > 1 ? m->params[1].tensor : NULL;
    const size_t batch = x->ndim == 2 ? x->shape[0] : 1;
    const nni__mat G = nni__mat_of(g, batch, m->out_features);
    const nni__mat X = nni__mat_of(x, batch, m->in_features);
    const nni__mat W = nni__mat_of(w, m->out_features, m->in_features);
    nni_status status = NNI_OK;
    if (w->dtype != x->dtype || (b != NULL && b->dtype != x->dtype))
        status = nni__fail(NNI_EDTYPE, "nni_module_backward: the parameters of "
                           "a Linear changed dtype after the forward pass");
    
#line 844 "book/ch42-backward.nw"
if (status == NNI_OK && need_dx)
    status = new_product(dx, x, G, nni__mat_t(W));
if (status == NNI_OK && w->requires_grad)
    status = new_product(&m->pending[0], w, nni__mat_t(G), nni__mat_t(X));
if (status == NNI_OK && b != NULL && b->requires_grad)
    status = bias_grad(&m->pending[1], b, g, batch);
#line 839 "book/ch42-backward.nw"
    return status;
}
#line 997 "book/ch42-backward.nw"
static nni_status elementwise_backward(nni_module *m, bool need_dx,
                                       nni_tensor **dx)
{
    const nni_tensor *y = m->cache.t[NNI__OUT], *g = m->cache.t[NNI__GOUT];
    if (!need_dx)
        return NNI_OK;
    nni_status status = nni_tensor_clone(dx, g);
    for (size_t i = 0; status == NNI_OK && i < g->numel; i++) {
        const double yi = nni__tensor_load(y, i), gi = nni__tensor_load(g, i);
        nni__tensor_store(*dx, i, m->kind == NNI_RELU ? (yi <= 0.0 ? 0.0 : gi)
                                                      : gi * (1.0 - yi * yi));
    }
    return status;
}
#line 1021 "book/ch42-backward.nw"
static nni_status sequential_backward(nni_module *m, bool need_dx,
                                      nni_tensor **dx)
{
    nni_tensor *g = m->cache.t[NNI__GOUT];
    bool owned = false;
    for (size_t i = m->n_children; i-- > 0;) {
        nni_tensor *next = NULL;
        nni_status status = backward_node(m->children[i].module, g, owned,
                                          i > 0 || need_dx, &next);
        if (status != NNI_OK)
            return status;
        g = next;
        owned = true;
    }
    if (!need_dx)
        return NNI_OK;
    if (m->n_children == 0)
        return nni_tensor_clone(dx, g);
    *dx = g;
    return NNI_OK;
}
#line 1047 "book/ch42-backward.nw"
static nni_status custom_backward(nni_module *m, bool need_dx, nni_tensor **dx)
{
    if (m->backward == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_backward: the custom module "
                         "%s has no backward function (see "
                         "nni_custom_set_backward)", m->type_name);
    nni_status status = m->backward(m, m->cache.t[NNI__GOUT],
                                    need_dx ? dx : NULL, m->ctx);
    if (status != NNI_OK || !need_dx)
        return status;
    if (*dx == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_backward: the backward "
                         "function of %s returned no input gradient",
                         m->type_name);
    return check_like(*dx, m->cache.t[NNI__IN], "the input gradient",
                      "the input");
}

#line 748 "book/ch42-backward.nw"
static nni_status backward_node(nni_module *m, nni_tensor *dy, bool owned,
                                bool need_dx, nni_tensor **dx)
{
    *dx = NULL;
    
#line 762 "book/ch42-backward.nw"
if (m->cache.t[NNI__OUT] == NULL || m->cache.t[NNI__GOUT] != NULL) {
    if (owned)
        nni_tensor_free(dy);
    if (m->cache.t[NNI__OUT] == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_backward: the %s has no "
                         "cached forward pass (run nni_module_forward_cached "
                         "first)", m->type_name);
    return nni__fail(NNI_EINVAL, "nni_module_backward: the %s gets a gradient "
                     "twice in one backward pass", m->type_name);
}
#line 753 "book/ch42-backward.nw"
    cache_put(m, NNI__GOUT, dy, owned);
    nni_status status = check_like(dy, m->cache.t[NNI__OUT], "dy",
                                   "the output");
    
#line 775 "book/ch42-backward.nw"
if (status == NNI_OK) {
    switch (m->kind) {
    case NNI_LINEAR:     status = linear_backward(m, need_dx, dx); break;
    case NNI_RELU:
    case NNI_TANH:       status = elementwise_backward(m, need_dx, dx); break;
    case NNI_SEQUENTIAL: status = sequential_backward(m, need_dx, dx); break;
    case NNI_CUSTOM:     status = custom_backward(m, need_dx, dx); break;
    }
}
if (status != NNI_OK) {
    nni_tensor_free(*dx);
    *dx = NULL;
}
#line 757 "book/ch42-backward.nw"
    return status;
}
#line 1073 "book/ch42-backward.nw"
static void accumulate(nni_tensor *param, nni_tensor *grad)
{
    if (param->grad == NULL) {
        param->grad = grad;
        return;
    }
    if (grad->dtype == NNI_FLOAT32) {
        float *to = param->grad->data;
        const float *from = grad->data;
        for (size_t i = 0; i < grad->numel; i++)
            to[i] += from[i];
    } else {
        double *to = param->grad->data;
        const double *from = grad->data;
        for (size_t i = 0; i < grad->numel; i++)
            to[i] += from[i];
    }
    nni_tensor_free(grad);
}
#line 1095 "book/ch42-backward.nw"
static void commit(nni_module *root)
{
    for (nni_module *m = root; m != NULL; m = nni_module_next(root, m))
        for (size_t k = 0; k < 2; k++)
            if (m->pending[k] != NULL) {
                accumulate(m->params[k].tensor, m->pending[k]);
                m->pending[k] = NULL;
            }
}
#line 1110 "book/ch42-backward.nw"
static void drop_gradients(nni_module *root)
{
    for (nni_module *m = root; m != NULL; m = nni_module_next(root, m)) {
        cache_drop(m, NNI__GOUT);
        for (size_t k = 0; k < 2; k++) {
            nni_tensor_free(m->pending[k]);
            m->pending[k] = NULL;
        }
    }
}
#line 1129 "book/ch42-backward.nw"
nni_status nni_module_backward(nni_module *m, const nni_tensor *dy,
                               nni_tensor **dx)
{
    nni_tensor *copy = NULL, *grad_x = NULL;
    if (dx != NULL)
        *dx = NULL;
    if (m == NULL || dy == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_backward: module or dy "
                         "is NULL");
    nni_module *root = nni__tree_root(m);
    if (root->phase == NNI__RECORDING)
        return nni__fail(NNI_EINVAL, "nni_module_backward: called during a "
                         "forward pass of the same tree");
    if (root->phase == NNI__BACKWARD) {
        nni_status status = nni_tensor_clone(&copy, dy);
        if (status != NNI_OK)
            return status;
        return backward_node(m, copy, true, dx != NULL,
                             dx != NULL ? dx : &grad_x);
    }
    
#line 1154 "book/ch42-backward.nw"
drop_gradients(root);
nni_status status = nni_tensor_clone(&copy, dy);
if (status == NNI_OK) {
    nni__tree_set_phase(root, NNI__BACKWARD);
    status = backward_node(m, copy, true, dx != NULL, &grad_x);
    nni__tree_set_phase(root, NNI__IDLE);
}
if (status != NNI_OK) {
    drop_gradients(root);
    return status;
}
commit(root);
if (dx != NULL)
    *dx = grad_x;
return NNI_OK;
#line 1150 "book/ch42-backward.nw"
}
#line 1175 "book/ch42-backward.nw"
void nni_module_clear_cache(nni_module *m)
{
    if (m == NULL)
        return;
    nni_module *root = nni__tree_root(m);
    if (root->phase == NNI__IDLE)
        nni__tree_clear(root);
}

const nni_tensor *nni_module_cached_input(const nni_module *m)
{
    return m != NULL ? m->cache.t[NNI__IN] : NULL;
}

const nni_tensor *nni_module_cached_output(const nni_module *m)
{
    return m != NULL ? m->cache.t[NNI__OUT] : NULL;
}

const nni_tensor *nni_module_cached_grad_output(const nni_module *m)
{
    return m != NULL ? m->cache.t[NNI__GOUT] : NULL;
}
#line 1201 "book/ch42-backward.nw"
nni_tensor *nni_tensor_grad(const nni_tensor *t)
{
    return t != NULL ? t->grad : NULL;
}

void nni_module_zero_grad(nni_module *root)
{
    for (nni_module *m = root; m != NULL; m = nni_module_next(root, m))
        for (size_t k = 0; k < m->n_params; k++) {
            nni_tensor *g = m->params[k].tensor->grad;
            if (g != NULL)
                memset(g->data, 0, g->numel * nni_dtype_size(g->dtype));
        }
}

nni_status nni_custom_set_backward(nni_module *m, nni_backward_fn backward)
{
    if (m == NULL || m->kind != NNI_CUSTOM)
        return nni__fail(NNI_EINVAL, "nni_custom_set_backward: not a custom "
                         "module");
    m->backward = backward;
    return NNI_OK;
}
