#line 222 "book/ch46-init-impl.nw"
/* init/gain.c -- 激活函数的名字、增益、扇入与扇出 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "init/internal.h"

#line 255 "book/ch46-init-impl.nw"
static const char *const nonlinearity_names[] = {
    "linear", "conv1d", "conv2d", "conv3d",
    "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
    "sigmoid", "tanh", "relu", "leaky_relu", "selu"
};
#define N_NONLINEARITIES \
    (sizeof nonlinearity_names / sizeof nonlinearity_names[0])

nni_status nni_nonlinearity_parse(const char *name, nni_nonlinearity *nl)
{
    if (name == NULL || nl == NULL)
        return nni__fail(NNI_EINVAL,
                         "nni_nonlinearity_parse: name or nl is NULL");
    for (size_t k = 0; k < N_NONLINEARITIES; k++)
        if (strcmp(name, nonlinearity_names[k]) == 0) {
            *nl = (nni_nonlinearity)k;
            return NNI_OK;
        }
    return nni__fail(NNI_EINVAL,
                     "nni_nonlinearity_parse: Unsupported nonlinearity %.100s",
                     name);
}

const char *nni_nonlinearity_name(nni_nonlinearity nl)
{
    return (unsigned)nl < N_NONLINEARITIES ? nonlinearity_names[nl] : NULL;
}
#line 289 "book/ch46-init-impl.nw"
static const char *const fan_mode_names[] = { "fan_in", "fan_out" };

static int ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static bool equal_ignoring_case(const char *s, const char *lower)
{
    for (; *s != '\0' && *lower != '\0'; s++, lower++)
        if (ascii_lower((unsigned char)*s) != *lower)
            return false;
    return *s == '\0' && *lower == '\0';
}
#line 306 "book/ch46-init-impl.nw"
nni_status nni_fan_mode_parse(const char *name, nni_fan_mode *mode)
{
    char lowered[101];
    size_t n = 0;
    if (name == NULL || mode == NULL)
        return nni__fail(NNI_EINVAL,
                         "nni_fan_mode_parse: name or mode is NULL");
    for (int k = 0; k < 2; k++)
        if (equal_ignoring_case(name, fan_mode_names[k])) {
            *mode = (nni_fan_mode)k;
            return NNI_OK;
        }
    for (; name[n] != '\0' && n < sizeof lowered - 1; n++)
        lowered[n] = (char)ascii_lower((unsigned char)name[n]);
    lowered[n] = '\0';
    return nni__fail(NNI_EINVAL, "nni_fan_mode_parse: Mode %s not supported, "
                     "please use one of ['fan_in', 'fan_out']", lowered);
}

const char *nni_fan_mode_name(nni_fan_mode mode)
{
    return (unsigned)mode < 2 ? fan_mode_names[mode] : NULL;
}
#line 339 "book/ch46-init-impl.nw"
nni_status nni__init_gain(nni_nonlinearity nl, const double *param,
                          double *gain, const char *who)
{
    double g;
    if (gain == NULL)
        return nni__fail(NNI_EINVAL, "%s: gain is NULL", who);
    switch (nl) {
    case NNI_NL_LINEAR: case NNI_NL_CONV1D:
    case NNI_NL_CONV2D: case NNI_NL_CONV3D:
    case NNI_NL_CONV_TRANSPOSE1D: case NNI_NL_CONV_TRANSPOSE2D:
    case NNI_NL_CONV_TRANSPOSE3D: case NNI_NL_SIGMOID:
        g = 1.0;
        break;
    case NNI_NL_TANH:
        g = 5.0 / 3;
        break;
    case NNI_NL_RELU:
        g = sqrt(2.0);
        break;
    case NNI_NL_LEAKY_RELU:
        
#line 395 "book/ch46-init-impl.nw"
{
    const double slope = param != NULL ? *param : 0.01;
    if (!isfinite(slope))
        return nni__fail(NNI_EINVAL, "%s: negative_slope %g not a valid number",
                         who, slope);
    const double square = pow(slope, 2.0);
    if (isinf(square))
        return nni__fail(NNI_EINVAL, "%s: negative_slope %g is too large: its "
                         "square overflows a double (PyTorch: OverflowError "
                         "(34, 'Numerical result out of range'))", who, slope);
    g = sqrt(2.0 / (1.0 + square));
}
#line 360 "book/ch46-init-impl.nw"
        break;
    case NNI_NL_SELU:
        g = 3.0 / 4;
        break;
    default:
        return nni__fail(NNI_EINVAL, "%s: unknown nonlinearity %d", who,
                         (int)nl);
    }
    *gain = g;
    return NNI_OK;
}

nni_status nni_init_calculate_gain(nni_nonlinearity nl, const double *param,
                                   double *gain)
{
    return nni__init_gain(nl, param, gain, "nni_init_calculate_gain");
}
#line 416 "book/ch46-init-impl.nw"
static bool parse_number(const char *text, double *value)
{
    char *end;
    if (text[0] == '\0' || text[0] == ' ' || text[0] == '\t' || text[0] == '\n')
        return false;
    *value = nni__strtod(text, &end);
    return *end == '\0';
}

nni_status nni_init_calculate_gain_by_name(const char *nonlinearity,
                                           const char *param, double *gain)
{
    nni_nonlinearity nl;
    double slope;
    nni_status status = nni_nonlinearity_parse(nonlinearity, &nl);
    if (status != NNI_OK)
        return status;
    const char *who = "nni_init_calculate_gain_by_name";
    if (nl != NNI_NL_LEAKY_RELU || param == NULL || strcmp(param, "None") == 0)
        return nni__init_gain(nl, NULL, gain, who);
    if (!parse_number(param, &slope))
        return nni__fail(NNI_EINVAL, "%s: negative_slope %.100s not a valid "
                         "number", who, param);
    return nni__init_gain(nl, &slope, gain, who);
}
#line 455 "book/ch46-init-impl.nw"
nni_status nni__init_fans(size_t ndim, const size_t *shape, const char *who,
                          size_t *fan_in, size_t *fan_out)
{
    size_t receptive = 1, in, out;
    if (ndim < 2)
        return nni__fail(NNI_ESHAPE,
                         "%s: Fan in and fan out can not be computed for "
                         "tensor with fewer than 2 dimensions", who);
    for (size_t k = 2; k < ndim; k++)
        if (!nni__mul_size(receptive, shape[k], &receptive))
            return nni__fail(NNI_EOVERFLOW,
                             "%s: the receptive field size overflows", who);
    if (!nni__mul_size(shape[1], receptive, &in)
        || !nni__mul_size(shape[0], receptive, &out))
        return nni__fail(NNI_EOVERFLOW, "%s: fan_in or fan_out overflows", who);
    *fan_in = in;
    *fan_out = out;
    return NNI_OK;
}
#line 479 "book/ch46-init-impl.nw"
nni_status nni_init_fans_of_shape(size_t ndim, const size_t *shape,
                                  size_t *fan_in, size_t *fan_out)
{
    if ((ndim > 0 && shape == NULL) || fan_in == NULL || fan_out == NULL)
        return nni__fail(NNI_EINVAL,
                         "nni_init_fans_of_shape: shape or output is NULL");
    return nni__init_fans(ndim, shape, "nni_init_fans_of_shape", fan_in,
                          fan_out);
}

nni_status nni_init_fans(const nni_tensor *t, size_t *fan_in, size_t *fan_out)
{
    if (t == NULL || fan_in == NULL || fan_out == NULL)
        return nni__fail(NNI_EINVAL, "nni_init_fans: tensor or output is NULL");
    return nni__init_fans(t->ndim, t->shape, "nni_init_fans", fan_in, fan_out);
}

nni_status nni_init_fan(const nni_tensor *t, nni_fan_mode mode, size_t *fan)
{
    size_t in, out;
    if (t == NULL || fan == NULL)
        return nni__fail(NNI_EINVAL, "nni_init_fan: tensor or fan is NULL");
    if (nni_fan_mode_name(mode) == NULL)
        return nni__fail(NNI_EINVAL, "nni_init_fan: unknown mode %d",
                         (int)mode);
    nni_status status =
        nni__init_fans(t->ndim, t->shape, "nni_init_fan", &in, &out);
    if (status == NNI_OK)
        *fan = mode == NNI_FAN_IN ? in : out;
    return status;
}
#line 525 "book/ch46-init-impl.nw"
nni_status nni__init_check(const nni_torch_gen *gen, bool needs_gen,
                           const nni_tensor *t, const char *who)
{
    if (t == NULL)
        return nni__fail(NNI_EINVAL, "%s: tensor is NULL", who);
    if (!needs_gen)
        return NNI_OK;
    if (gen == NULL)
        return nni__fail(NNI_EINVAL, "%s: generator is NULL", who);
    if (gen->seeded != NNI__SEEDED)
        return nni__fail(NNI_EINVAL, "%s: generator is not seeded "
                         "(call nni_torch_manual_seed first)", who);
    return NNI_OK;
}
