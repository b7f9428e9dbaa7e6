#line 1171 "book/ch60-cli.nw"
/* tensor/npy.c -- 把张量写成 NumPy 的 .npy 文件（1.0 版） */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/internal.h"
#include "tensor/internal.h"
#include "tensor/npy.h"

#line 1188 "book/ch60-cli.nw"
#define NPY_HEADER_MAX 512

static size_t npy_header(const nni_tensor *t, char *buf)
{
    size_t n = (size_t)nni__snprintf(buf, NPY_HEADER_MAX,
                                     "{'descr': '%s', 'fortran_order': False, "
                                     "'shape': (",
                                     t->dtype == NNI_FLOAT32 ? "<f4" : "<f8");
    for (size_t k = 0; k < t->ndim; k++)
        n += (size_t)nni__snprintf(buf + n, NPY_HEADER_MAX - n,
                                   k == 0 ? "%zu" : ", %zu", t->shape[k]);
    n += (size_t)nni__snprintf(buf + n, NPY_HEADER_MAX - n,
                               t->ndim == 1 ? ",), }" : "), }");
    if (t->ndim > 0)
        for (int d = nni__snprintf(NULL, 0, "%zu", t->shape[0]); d < 21; d++)
            buf[n++] = ' ';
    const size_t pad = 64 - (10 + n + 1) % 64;    /* 1 到 64 个空格 */
    memset(buf + n, ' ', pad);
    n += pad;
    buf[n++] = '\n';
    return n;
}
#line 1216 "book/ch60-cli.nw"
nni_status nni_tensor_write_npy(const nni_tensor *t, FILE *stream)
{
    if (t == NULL || stream == NULL)
        return nni__fail(NNI_EINVAL, "nni_tensor_write_npy: %s is NULL",
                         t == NULL ? "tensor" : "stream");
    char header[NPY_HEADER_MAX];
    const size_t hlen = npy_header(t, header);
    const unsigned char prefix[10] = { 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0,
                                       (unsigned char)(hlen & 0xff),
                                       (unsigned char)(hlen >> 8) };
    if (fwrite(prefix, 1, sizeof prefix, stream) != sizeof prefix
        || fwrite(header, 1, hlen, stream) != hlen)
        return nni__fail(NNI_EIO, "nni_tensor_write_npy: write failed");
    
#line 1237 "book/ch60-cli.nw"
unsigned char buf[4096];
const size_t size = nni_dtype_size(t->dtype);
size_t used = 0;
for (size_t i = 0; i <= t->numel; i++) {
    if (used + size > sizeof buf || (i == t->numel && used > 0)) {
        if (fwrite(buf, 1, used, stream) != used)
            return nni__fail(NNI_EIO, "nni_tensor_write_npy: write failed");
        used = 0;
    }
    if (i == t->numel)
        break;
    uint64_t bits = 0;
    if (t->dtype == NNI_FLOAT32) {
        uint32_t u;
        memcpy(&u, (const float *)t->data + i, sizeof u);
        bits = u;
    } else {
        memcpy(&bits, (const double *)t->data + i, sizeof bits);
    }
    for (size_t b = 0; b < size; b++)
        buf[used++] = (unsigned char)(bits >> (8 * b));
}
#line 1230 "book/ch60-cli.nw"
    if (fflush(stream) == EOF)
        return nni__fail(NNI_EIO, "nni_tensor_write_npy: write failed");
    return NNI_OK;
}
