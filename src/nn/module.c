#line 250 "book/ch40-modules.nw"
/* nn/module.c -- 模块树：创建、释放、查询、遍历、参数 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/internal.h"
#include "nn/internal.h"
#include "random/internal.h"
#include "tensor/internal.h"

#line 296 "book/ch40-modules.nw"
static nni_status new_module(nni_module **out, nni_module_kind kind,
                             const char *type_name, const char *who)
{
    if (out == NULL)
        return nni__fail(NNI_EINVAL, "%s: out is NULL", who);
    *out = NULL;
    nni_module *m = nni__alloc_for(who, sizeof *m);
    if (m == NULL)
        return NNI_ENOMEM;
    memset(m, 0, sizeof *m);
    m->kind = kind;
    nni__snprintf(m->type_name, sizeof m->type_name, "%s", type_name);
    *out = m;
    return NNI_OK;
}
#line 606 "book/ch40-modules.nw"
static bool same_shape(const nni_tensor *a, const nni_tensor *b)
{
    if (a->ndim != b->ndim)
        return false;
    for (size_t k = 0; k < a->ndim; k++)
        if (a->shape[k] != b->shape[k])
            return false;
    return true;
}

static void format_shape(char *buf, size_t size, const nni_tensor *t)
{
    size_t len = (size_t)nni__snprintf(buf, size, "[");
    for (size_t k = 0; k < t->ndim && len < size; k++)
        len += (size_t)nni__snprintf(buf + len, size - len, "%s%zu",
                                     k ? ", " : "", t->shape[k]);
    if (len < size)
        nni__snprintf(buf + len, size - len, "]");
}

static nni_status shape_mismatch(const char *who, const char *name,
                                 const nni_tensor *expected,
                                 const nni_tensor *got)
{
    char a[128], b[128];
    format_shape(a, sizeof a, expected);
    format_shape(b, sizeof b, got);
    return nni__fail(NNI_ESHAPE,
                     "%s: parameter '%s' has shape %s, the new tensor has %s",
                     who, name, a, b);
}
#line 314 "book/ch40-modules.nw"
nni_status nni_relu_new(nni_module **out)
{
    return new_module(out, NNI_RELU, "ReLU", "nni_relu_new");
}

nni_status nni_tanh_new(nni_module **out)
{
    return new_module(out, NNI_TANH, "Tanh", "nni_tanh_new");
}

nni_status nni_sequential_new(nni_module **out)
{
    return new_module(out, NNI_SEQUENTIAL, "Sequential", "nni_sequential_new");
}
#line 334 "book/ch40-modules.nw"
nni_status nni_custom_new(nni_module **out, const char *type_name,
                          nni_forward_fn forward, void *ctx)
{
    if (out != NULL)
        *out = NULL;
    if (type_name == NULL || type_name[0] == '\0'
        || strlen(type_name) > NNI_MAX_NAME)
        return nni__fail(NNI_EINVAL,
                         "nni_custom_new: type name must have 1 to %d bytes",
                         NNI_MAX_NAME);
    if (forward == NULL)
        return nni__fail(NNI_EINVAL, "nni_custom_new: forward is NULL");
    nni_status status =
        new_module(out, NNI_CUSTOM, type_name, "nni_custom_new");
    if (status == NNI_OK) {
        (*out)->forward = forward;
        (*out)->ctx = ctx;
    }
    return status;
}
#line 363 "book/ch40-modules.nw"
static void free_tree(nni_module *m)
{
    for (size_t i = 0; i < m->n_children; i++)
        free_tree(m->children[i].module);
    for (size_t i = 0; i < m->n_params; i++)
        nni_tensor_free(m->params[i].tensor);
    nni__module_release(m);         /* 缓存（第 \ref{ch:backward} 章） */
    nni_free(m->children);
    nni_free(m);
}

void nni_module_free(nni_module *m)
{
    if (m == NULL || m->parent != NULL)
        return;
    free_tree(m);
}
#line 389 "book/ch40-modules.nw"
nni_status nni_module_add(nni_module *parent, const char *name,
                          nni_module *child)
{
    char auto_name[NNI_MAX_NAME + 1];
    
#line 411 "book/ch40-modules.nw"
if (parent == NULL || child == NULL)
    return nni__fail(NNI_EINVAL, "nni_module_add: parent or child is NULL");
if (parent->kind != NNI_SEQUENTIAL && parent->kind != NNI_CUSTOM)
    return nni__fail(NNI_EINVAL, "nni_module_add: a %s cannot have children",
                     parent->type_name);
if (child->parent != NULL)
    return nni__fail(NNI_EINVAL,
                     "nni_module_add: the child already has a parent");
for (const nni_module *a = parent; a != NULL; a = a->parent)
    if (a == child)
        return nni__fail(NNI_EINVAL,
                         "nni_module_add: a module cannot contain itself");
if (name == NULL && parent->kind == NNI_SEQUENTIAL) {
    nni__snprintf(auto_name, sizeof auto_name, "%zu", parent->n_children);
    name = auto_name;
}
if (name == NULL || name[0] == '\0' || strlen(name) > NNI_MAX_NAME)
    return nni__fail(NNI_EINVAL,
                     "nni_module_add: a child name must have 1 to %d bytes",
                     NNI_MAX_NAME);
if (strchr(name, '.') != NULL)
    return nni__fail(NNI_EINVAL, "nni_module_add: module name can't "
                     "contain \".\", got: %.100s", name);
for (size_t i = 0; i < parent->n_children; i++)
    if (strcmp(parent->children[i].name, name) == 0)
        return nni__fail(NNI_EINVAL,
                         "nni_module_add: %s already has a child named '%s'",
                         parent->type_name, name);
#line 394 "book/ch40-modules.nw"
    if (parent->n_children == parent->cap_children) {
        
#line 442 "book/ch40-modules.nw"
size_t cap = parent->cap_children == 0 ? 4 : 2 * parent->cap_children;
struct nni_child *grown = nni__alloc_array(cap, sizeof *grown);
if (grown == NULL)
    return NNI_ENOMEM;
if (parent->n_children > 0)
    memcpy(grown, parent->children, parent->n_children * sizeof *grown);
nni_free(parent->children);
parent->children = grown;
parent->cap_children = cap;
#line 396 "book/ch40-modules.nw"
    }
    struct nni_child *slot = &parent->children[parent->n_children];
    nni__snprintf(slot->name, sizeof slot->name, "%s", name);
    slot->module = child;
    child->parent = parent;
    child->index_in_parent = parent->n_children++;
    return NNI_OK;
}
#line 459 "book/ch40-modules.nw"
nni_module_kind nni_module_kind_of(const nni_module *m)
{
    return m != NULL ? m->kind : NNI_CUSTOM;
}

const char *nni_module_type_name(const nni_module *m)
{
    return m != NULL ? m->type_name : "";
}

size_t nni_module_len(const nni_module *m)
{
    return m != NULL ? m->n_children : 0;
}

nni_module *nni_module_child(const nni_module *m, size_t index)
{
    return m != NULL && index < m->n_children ? m->children[index].module
                                              : NULL;
}

const char *nni_module_child_name(const nni_module *m, size_t index)
{
    return m != NULL && index < m->n_children ? m->children[index].name : NULL;
}
#line 487 "book/ch40-modules.nw"
nni_status nni_module_at(const nni_module *m, size_t index, nni_module **out)
{
    if (out == NULL || m == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_at: module or out is NULL");
    *out = NULL;
    if (index >= m->n_children)
        return nni__fail(NNI_ERANGE,
                         "nni_module_at: index %zu is out of range "
                         "for a %s of length %zu",
                         index, m->type_name, m->n_children);
    *out = m->children[index].module;
    return NNI_OK;
}

nni_status nni_module_get(const nni_module *m, const char *name,
                          nni_module **out)
{
    if (out == NULL || m == NULL || name == NULL)
        return nni__fail(NNI_EINVAL,
                         "nni_module_get: module, name or out is NULL");
    *out = NULL;
    for (size_t i = 0; i < m->n_children; i++)
        if (strcmp(m->children[i].name, name) == 0) {
            *out = m->children[i].module;
            return NNI_OK;
        }
    return nni__fail(NNI_EINVAL, "nni_module_get: %s has no child named '%s'",
                     m->type_name, name);
}
#line 527 "book/ch40-modules.nw"
nni_module *nni_module_next(const nni_module *root, const nni_module *m)
{
    if (root == NULL || m == NULL)
        return NULL;
    if (m->n_children > 0)
        return m->children[0].module;
    for (const nni_module *a = m; a != root && a->parent != NULL;
         a = a->parent) {
        const nni_module *p = a->parent;
        if (a->index_in_parent + 1 < p->n_children)
            return p->children[a->index_in_parent + 1].module;
    }
    return NULL;
}
#line 546 "book/ch40-modules.nw"
static struct nni_param *find_param(const nni_module *m, const char *name)
{
    if (m == NULL || name == NULL)
        return NULL;
    for (size_t i = 0; i < m->n_params; i++)
        if (strcmp(m->params[i].name, name) == 0)
            return (struct nni_param *)&m->params[i];
    return NULL;
}

nni_tensor *nni_module_param(const nni_module *m, const char *name)
{
    struct nni_param *p = find_param(m, name);
    return p != NULL ? p->tensor : NULL;
}

size_t nni_module_num_params(const nni_module *m)
{
    return m != NULL ? m->n_params : 0;
}

nni_tensor *nni_module_param_at(const nni_module *m, size_t index)
{
    return m != NULL && index < m->n_params ? m->params[index].tensor : NULL;
}

const char *nni_module_param_name(const nni_module *m, size_t index)
{
    return m != NULL && index < m->n_params ? m->params[index].name : NULL;
}
#line 581 "book/ch40-modules.nw"
nni_status nni_module_set_param(nni_module *m, const char *name, nni_tensor *t)
{
    struct nni_param *p = find_param(m, name);
    if (m == NULL || name == NULL || t == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_set_param: "
                         "module, name or tensor is NULL");
    if (p == NULL)
        return nni__fail(NNI_EINVAL,
                         "nni_module_set_param: %s has no parameter '%s'",
                         m->type_name, name);
    if (p->tensor == t)
        return NNI_OK;
    if (!same_shape(p->tensor, t))
        return shape_mismatch("nni_module_set_param", name, p->tensor, t);
    nni_tensor_free(p->tensor);
    p->tensor = t;
    t->requires_grad = true;
    return NNI_OK;
}
#line 644 "book/ch40-modules.nw"
static nni_status visit_params(const nni_module *m, char *prefix, size_t len,
                               nni_param_visit_fn visit, void *ctx)
{
    char path[NNI_MAX_PATH + 1];
    for (size_t i = 0; i < m->n_params; i++) {
        if (len + strlen(m->params[i].name) > NNI_MAX_PATH)
            return nni__fail(NNI_EOVERFLOW,
                             "named_parameters: path longer than %d bytes",
                             NNI_MAX_PATH);
        nni__snprintf(path, sizeof path, "%s%s", prefix, m->params[i].name);
        nni_status status = visit(path, m->params[i].tensor, ctx);
        if (status != NNI_OK)
            return status;
    }
    for (size_t i = 0; i < m->n_children; i++) {
        size_t n = strlen(m->children[i].name);
        if (len + n + 1 > NNI_MAX_PATH)
            return nni__fail(NNI_EOVERFLOW,
                             "named_parameters: path longer than %d bytes",
                             NNI_MAX_PATH);
        nni__snprintf(prefix + len, NNI_MAX_PATH + 1 - len, "%s.",
                      m->children[i].name);
        nni_status status = visit_params(m->children[i].module, prefix,
                                         len + n + 1, visit, ctx);
        prefix[len] = '\0';
        if (status != NNI_OK)
            return status;
    }
    return NNI_OK;
}

nni_status nni_module_named_parameters(const nni_module *root,
                                       nni_param_visit_fn visit, void *ctx)
{
    char prefix[NNI_MAX_PATH + 1] = "";
    if (root == NULL || visit == NULL)
        return nni__fail(NNI_EINVAL,
                         "nni_module_named_parameters: root or visit is NULL");
    return visit_params(root, prefix, 0, visit, ctx);
}
#line 732 "book/ch40-modules.nw"
nni_status nni_linear_new(nni_module **out, size_t in_features,
                          size_t out_features, bool bias, nni_dtype dtype,
                          nni_torch_gen *gen)
{
    nni_module *m;
    nni_status status;
    
#line 764 "book/ch40-modules.nw"
if (out == NULL)
    return nni__fail(NNI_EINVAL, "nni_linear_new: out is NULL");
*out = NULL;
if (gen == NULL)
    return nni__fail(NNI_EINVAL, "nni_linear_new: generator is NULL");
if (nni_dtype_size(dtype) == 0)
    return nni__fail(NNI_EINVAL, "nni_linear_new: unknown dtype %d",
                     (int)dtype);
#line 739 "book/ch40-modules.nw"
    status = new_module(&m, NNI_LINEAR, "Linear", "nni_linear_new");
    if (status != NNI_OK)
        return status;
    m->in_features = in_features;
    m->out_features = out_features;
    
#line 777 "book/ch40-modules.nw"
const size_t wshape[2] = { out_features, in_features };
status = nni_tensor_new(&m->params[0].tensor, dtype, 2, wshape);
if (status == NNI_OK) {
    nni__snprintf(m->params[0].name, sizeof m->params[0].name, "weight");
    m->params[0].tensor->requires_grad = true;
    m->n_params = 1;
}
if (status == NNI_OK && bias) {
    status = nni_tensor_new(&m->params[1].tensor, dtype, 1, &out_features);
    if (status == NNI_OK) {
        nni__snprintf(m->params[1].name, sizeof m->params[1].name, "bias");
        m->params[1].tensor->requires_grad = true;
        m->n_params = 2;
    }
}
#line 745 "book/ch40-modules.nw"
    if (status == NNI_OK && in_features > 0) {
        
#line 712 "book/ch40-modules.nw"
double a = sqrt(5.0);
double gain = sqrt(2.0 / (1.0 + pow(a, 2.0)));
double std = gain / sqrt((double)in_features);
double bound = sqrt(3.0) * std;
status = nni__torch_uniform(gen, m->params[0].tensor, -bound, bound,
                            "nni_linear_new");
#line 747 "book/ch40-modules.nw"
    }
    if (status == NNI_OK && bias) {
        
#line 726 "book/ch40-modules.nw"
double bias_bound = in_features > 0 ? 1.0 / sqrt((double)in_features) : 0.0;
status = nni__torch_uniform(gen, m->params[1].tensor, -bias_bound, bias_bound,
                            "nni_linear_new");
#line 750 "book/ch40-modules.nw"
    }
    if (status != NNI_OK) {
        nni_module_free(m);
        return status;
    }
    *out = m;
    return NNI_OK;
}
