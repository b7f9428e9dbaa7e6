#line 189 "book/ch32-tensor.nw"
/* tensor/tensor.c -- 张量的创建、查询与元素访问 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "base/internal.h"
#include "tensor/tensor.h"
#include "tensor/internal.h"

#line 257 "book/ch32-tensor.nw"
size_t nni_dtype_size(nni_dtype dtype)
{
    switch (dtype) {
    case NNI_FLOAT32: return sizeof(float);
    case NNI_FLOAT64: return sizeof(double);
    }
    return 0;
}

const char *nni_dtype_name(nni_dtype dtype)
{
    switch (dtype) {
    case NNI_FLOAT32: return "float32";
    case NNI_FLOAT64: return "float64";
    }
    return NULL;
}
#line 282 "book/ch32-tensor.nw"
nni_status nni_tensor_new(nni_tensor **out, nni_dtype dtype,
                          size_t ndim, const size_t *shape)
{
    size_t numel, stride[NNI_MAX_DIMS];
    nni_status status;

    
#line 299 "book/ch32-tensor.nw"
if (out == NULL)
    return nni__fail(NNI_EINVAL, "nni_tensor_new: out is NULL");
*out = NULL;
if (nni_dtype_size(dtype) == 0)
    return nni__fail(NNI_EINVAL, "nni_tensor_new: unknown dtype %d",
                     (int)dtype);
if (ndim > NNI_MAX_DIMS)
    return nni__fail(NNI_EINVAL, "nni_tensor_new: %zu dimensions (at most %d)",
                     ndim, NNI_MAX_DIMS);
if (ndim > 0 && shape == NULL)
    return nni__fail(NNI_EINVAL, "nni_tensor_new: shape is NULL");
#line 289 "book/ch32-tensor.nw"
    status = nni__contiguous_layout(ndim, shape, nni_dtype_size(dtype),
                                    stride, &numel);
    if (status != NNI_OK)
        return status;
    
#line 347 "book/ch32-tensor.nw"
nni_tensor *t = nni__alloc(sizeof *t);
if (t == NULL)
    return NNI_ENOMEM;
t->data = nni__alloc_zeroed(numel, nni_dtype_size(dtype));
if (t->data == NULL) {
    nni_free(t);
    return NNI_ENOMEM;
}
t->dtype = dtype;
t->ndim = ndim;
t->numel = numel;
t->requires_grad = false;
t->grad = NULL;
for (size_t k = 0; k < NNI_MAX_DIMS; k++) {
    t->shape[k] = k < ndim ? shape[k] : 0;
    t->stride[k] = k < ndim ? stride[k] : 0;
}
*out = t;
#line 294 "book/ch32-tensor.nw"
    return NNI_OK;
}
#line 324 "book/ch32-tensor.nw"
nni_status nni__contiguous_layout(size_t ndim, const size_t *shape,
                                  size_t elsize, size_t *stride, size_t *numel)
{
    size_t span = 1, count = 1, bytes;
    for (size_t k = ndim; k-- > 0;) {
        stride[k] = span;
        if (!nni__mul_size(span, shape[k] == 0 ? 1 : shape[k], &span)
            || !nni__mul_size(count, shape[k], &count))
            return nni__fail(NNI_EOVERFLOW, "tensor shape: the product "
                             "of the dimensions overflows");
    }
    if (!nni__mul_size(count, elsize, &bytes))
        return nni__fail(NNI_EOVERFLOW,
                         "tensor shape: %zu elements of %zu bytes overflow",
                         count, elsize);
    *numel = count;
    return NNI_OK;
}
#line 368 "book/ch32-tensor.nw"
void nni_tensor_free(nni_tensor *t)
{
    if (t == NULL)
        return;
    nni_tensor_free(t->grad);
    nni_free(t->data);
    nni_free(t);
}
#line 388 "book/ch32-tensor.nw"
static nni_status convert(nni_tensor **out, const nni_tensor *src,
                          nni_dtype dtype, const char *who)
{
    if (out == NULL)
        return nni__fail(NNI_EINVAL, "%s: out is NULL", who);
    *out = NULL;
    if (src == NULL)
        return nni__fail(NNI_EINVAL, "%s: src is NULL", who);
    if (nni_dtype_size(dtype) == 0)
        return nni__fail(NNI_EINVAL, "%s: unknown dtype %d", who, (int)dtype);
    nni_status status = nni_tensor_new(out, dtype, src->ndim, src->shape);
    if (status != NNI_OK)
        return status;
    if (dtype == src->dtype)
        memcpy((*out)->data, src->data, src->numel * nni_dtype_size(dtype));
    else
        for (size_t i = 0; i < src->numel; i++)
            nni__tensor_store(*out, i, nni__tensor_load(src, i));
    return NNI_OK;
}

nni_status nni_tensor_to(nni_tensor **out, const nni_tensor *src,
                         nni_dtype dtype)
{
    return convert(out, src, dtype, "nni_tensor_to");
}

nni_status nni_tensor_clone(nni_tensor **out, const nni_tensor *src)
{
    return convert(out, src, src != NULL ? src->dtype : NNI_FLOAT32,
                   "nni_tensor_clone");
}
#line 425 "book/ch32-tensor.nw"
nni_dtype nni_tensor_dtype(const nni_tensor *t)
{
    return t != NULL ? t->dtype : NNI_FLOAT32;
}

size_t nni_tensor_ndim(const nni_tensor *t)
{
    return t != NULL ? t->ndim : 0;
}

size_t nni_tensor_dim(const nni_tensor *t, size_t k)
{
    return t != NULL && k < t->ndim ? t->shape[k] : 0;
}

size_t nni_tensor_stride(const nni_tensor *t, size_t k)
{
    return t != NULL && k < t->ndim ? t->stride[k] : 0;
}

size_t nni_tensor_numel(const nni_tensor *t)
{
    return t != NULL ? t->numel : 0;
}
#line 455 "book/ch32-tensor.nw"
bool nni_tensor_requires_grad(const nni_tensor *t)
{
    return t != NULL && t->requires_grad;
}

nni_status nni_tensor_set_requires_grad(nni_tensor *t, bool requires_grad)
{
    if (t == NULL)
        return nni__fail(NNI_EINVAL,
                         "nni_tensor_set_requires_grad: tensor is NULL");
    t->requires_grad = requires_grad;
    return NNI_OK;
}
#line 473 "book/ch32-tensor.nw"
void *nni_tensor_data(nni_tensor *t)
{
    return t != NULL ? t->data : NULL;
}

const void *nni_tensor_data_const(const nni_tensor *t)
{
    return t != NULL ? t->data : NULL;
}
#line 490 "book/ch32-tensor.nw"
static nni_status element_offset(const nni_tensor *t, const size_t *index,
                                 const char *who, size_t *offset)
{
    size_t off = 0;
    if (t == NULL)
        return nni__fail(NNI_EINVAL, "%s: tensor is NULL", who);
    if (t->ndim > 0 && index == NULL)
        return nni__fail(NNI_EINVAL, "%s: index is NULL", who);
    for (size_t k = 0; k < t->ndim; k++) {
        if (index[k] >= t->shape[k])
            return nni__fail(NNI_ERANGE, "%s: index %zu out of range "
                             "for dimension %zu of size %zu",
                             who, index[k], k, t->shape[k]);
        off += index[k] * t->stride[k];
    }
    *offset = off;
    return NNI_OK;
}
#line 511 "book/ch32-tensor.nw"
nni_status nni_tensor_get(const nni_tensor *t, const size_t *index,
                          double *value)
{
    size_t offset = 0;
    nni_status status = element_offset(t, index, "nni_tensor_get", &offset);
    if (status != NNI_OK)
        return status;
    if (value == NULL)
        return nni__fail(NNI_EINVAL, "nni_tensor_get: value is NULL");
    *value = nni__tensor_load(t, offset);
    return NNI_OK;
}

nni_status nni_tensor_set(nni_tensor *t, const size_t *index, double value)
{
    size_t offset = 0;
    nni_status status = element_offset(t, index, "nni_tensor_set", &offset);
    if (status != NNI_OK)
        return status;
    if (t->dtype == NNI_FLOAT32 && isfinite(value)
        && (value < -(double)FLT_MAX || value > (double)FLT_MAX))
        return nni__fail(NNI_EINVAL, "nni_tensor_set: value %g cannot be "
                         "converted to type float without overflow", value);
    nni__tensor_store(t, offset, value);
    return NNI_OK;
}
