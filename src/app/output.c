#line 631 "book/ch90-cli.nw"
/* app/output.c -- 把张量写成文本或 .npy，写文件时先写临时文件再改名 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/cli.h"

#line 648 "book/ch90-cli.nw"
static bool write_stream(const nni_tensor *t, nni_app_format format, FILE *f)
{
    if (format == NNI_APP_NPY)
        return nni_tensor_write_npy(t, f) == NNI_OK;
    const size_t n = nni_tensor_numel(t);
    if (nni_tensor_dtype(t) == NNI_FLOAT32) {
        const float *d = nni_tensor_data_const(t);
        for (size_t i = 0; i < n; i++)
            fprintf(f, "%.9g\n", (double)d[i]);
    } else {
        const double *d = nni_tensor_data_const(t);
        for (size_t i = 0; i < n; i++)
            fprintf(f, "%.17g\n", d[i]);
    }
    return !ferror(f);
}
#line 697 "book/ch90-cli.nw"
static bool write_file(const nni_tensor *t, nni_app_format format, const char *path,
                       char *err, size_t errsize)
{
    char q[NNI_APP_QUOTE_MAX + 4];
    nni_app_quote(path, q);
    const size_t len = strlen(path);
    char *tmp = malloc(len + sizeof ".tmp-XXXXXX");
    if (tmp == NULL) {
        snprintf(err, errsize, "out of memory");
        return false;
    }
    memcpy(tmp, path, len);
    memcpy(tmp + len, ".tmp-XXXXXX", sizeof ".tmp-XXXXXX");
    errno = 0;
    const int fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(err, errsize, "cannot create '%s': %s", q, strerror(errno));
        free(tmp);
        return false;
    }
    
#line 724 "book/ch90-cli.nw"
const mode_t mask = umask(0);
umask(mask);
bool ok = fchmod(fd, 0666 & ~mask) == 0;
FILE *f = ok ? fdopen(fd, "wb") : NULL;
if (f == NULL) {
    close(fd);
    ok = false;
} else {
    ok = write_stream(t, format, f);
    ok = (fclose(f) == 0) && ok;
}
if (ok && rename(tmp, path) != 0)
    ok = false;
if (!ok) {
    snprintf(err, errsize, "cannot write '%s': %s", q,
             errno != 0 ? strerror(errno) : "write error");
    unlink(tmp);
}
#line 718 "book/ch90-cli.nw"
    free(tmp);
    return ok;
}
#line 670 "book/ch90-cli.nw"
bool nni_app_write_tensor(const nni_tensor *t, nni_app_format format, const char *path,
                          char *err, size_t errsize)
{
    if (path != NULL)
        return write_file(t, format, path, err, errsize);
    errno = 0;
    if (!write_stream(t, format, stdout) || fflush(stdout) != 0) {
        snprintf(err, errsize, "cannot write to the standard output: %s",
                 errno != 0 ? strerror(errno) : "write error");
        return false;
    }
    return true;
}
