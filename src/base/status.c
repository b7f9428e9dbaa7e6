#line 167 "book/ch30-errors.nw"
/* base/status.c -- 状态码与错误信息 */
#include <stdarg.h>
#include <stdio.h>

#include "base/internal.h"
#include "base/status.h"
#include "base/version.h"

static _Thread_local char errmsg_buffer[256];

#line 103 "book/ch30-errors.nw"
const char *nni_version(void)
{
    return NNI_VERSION_STRING;
}
#line 181 "book/ch30-errors.nw"
const char *nni_strerror(nni_status status)
{
    switch (status) {
    case NNI_OK:        return "success";
    case NNI_EINVAL:    return "invalid argument";
    case NNI_ENOMEM:    return "out of memory";
    case NNI_ESHAPE:    return "shape mismatch";
    case NNI_EDTYPE:    return "unsupported or mismatched dtype";
    case NNI_ERANGE:    return "index out of range";
    case NNI_EOVERFLOW: return "size overflow";
    case NNI_EIO:       return "input/output error";
    }
    return "unknown status";
}

const char *nni_errmsg(void)
{
    return errmsg_buffer;
}
#line 209 "book/ch30-errors.nw"
nni_status nni__fail(nni_status status, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    nni__vsnprintf(errmsg_buffer, sizeof errmsg_buffer, format, args);
    va_end(args);
    return status;
}
