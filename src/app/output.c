#line 645 "book/ch90-cli.nw"
/* app/output.c -- 把张量写成文本或 .npy，写文件时先写临时文件再改名 */
#define _XOPEN_SOURCE 700       /* realpath, sigaction, mkstemp */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/cli.h"

#line 665 "book/ch90-cli.nw"
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
#line 802 "book/ch90-cli.nw"
static char temporary_name[PATH_MAX + 16];
static volatile sig_atomic_t temporary_exists;

static void remove_temporary_and_die(int sig)
{
    if (temporary_exists)
        unlink(temporary_name);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void guard_temporary(bool on)
{
    static const int signals[] = { SIGINT, SIGTERM, SIGHUP };
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on ? remove_temporary_and_die : SIG_DFL;
    sigemptyset(&sa.sa_mask);
    temporary_exists = on;
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
        sigaction(signals[i], &sa, NULL);
}

#line 831 "book/ch90-cli.nw"
static bool make_temporary(const char *target, int *fd)
{
    const char *slash = strrchr(target, '/');
    size_t dirlen = slash == NULL ? 0 : (size_t)(slash - target) + 1;
    if (dirlen + sizeof ".nninit-XXXXXX" > sizeof temporary_name) {
        errno = ENAMETOOLONG;
        return false;
    }
    memcpy(temporary_name, target, dirlen);
    memcpy(temporary_name + dirlen, ".nninit-XXXXXX", sizeof ".nninit-XXXXXX");
    guard_temporary(true);
    *fd = mkstemp(temporary_name);
    if (*fd < 0) {
        guard_temporary(false);
        return false;
    }
    return true;
}
#line 856 "book/ch90-cli.nw"
static bool write_via_temporary(const nni_tensor *t, nni_app_format format,
                                const char *target, const char *q,
                                char *err, size_t errsize)
{
    int fd;
    errno = 0;
    if (!make_temporary(target, &fd)) {
        snprintf(err, errsize, "cannot create a file next to '%s': %s", q,
                 strerror(errno));
        return false;
    }
    
#line 874 "book/ch90-cli.nw"
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
if (ok && rename(temporary_name, target) != 0)
    ok = false;
if (!ok) {
    snprintf(err, errsize, "cannot write '%s': %s", q,
             errno != 0 ? strerror(errno) : "write error");
    unlink(temporary_name);
}
#line 868 "book/ch90-cli.nw"
    guard_temporary(false);
    return ok;
}
#line 748 "book/ch90-cli.nw"
static char *resolve_target(const char *path, bool *regular, bool *dangling)
{
    struct stat st, lst;
    *dangling = false;
    *regular = true;
    if (stat(path, &st) == 0) {
        *regular = S_ISREG(st.st_mode);
        return realpath(path, NULL);
    }
    if (errno == ENOENT && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) {
        *dangling = true;
        return NULL;
    }
    return strdup(path);
}
#line 783 "book/ch90-cli.nw"
static bool write_directly(const nni_tensor *t, nni_app_format format, const char *path,
                           const char *q, char *err, size_t errsize)
{
    errno = 0;
    FILE *f = fopen(path, "wb");
    bool ok = f != NULL && write_stream(t, format, f);
    if (f != NULL)
        ok = (fclose(f) == 0) && ok;
    if (!ok)
        snprintf(err, errsize, "cannot write '%s': %s", q,
                 errno != 0 ? strerror(errno) : "write error");
    return ok;
}

#line 731 "book/ch90-cli.nw"
static bool write_file(const nni_tensor *t, nni_app_format format, const char *path,
                       char *err, size_t errsize)
{
    char q[NNI_APP_QUOTE_MAX + 4], *target = NULL;
    nni_app_quote(path, q);
    
#line 766 "book/ch90-cli.nw"
bool regular, dangling;
errno = 0;
target = resolve_target(path, &regular, &dangling);
if (target == NULL) {
    snprintf(err, errsize, "cannot write '%s': %s", q, dangling
             ? "it is a symbolic link to a file that does not exist"
             : errno != 0 ? strerror(errno) : "out of memory");
    return false;
}
if (!regular) {
    bool ok = write_directly(t, format, target, q, err, errsize);
    free(target);
    return ok;
}
#line 737 "book/ch90-cli.nw"
    bool ok = write_via_temporary(t, format, target, q, err, errsize);
    free(target);
    return ok;
}
#line 687 "book/ch90-cli.nw"
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
