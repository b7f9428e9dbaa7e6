#line 713 "book/ch60-cli.nw"
/* cli/output.c -- 把张量写成文本或 .npy；-o 的规则见书中“输出”一节 */
#define _GNU_SOURCE     /* fopencookie，以及 POSIX 的 mkstemp 等 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

#line 737 "book/ch60-cli.nw"
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
#line 759 "book/ch60-cli.nw"
static bool write_to_stream(const nni_tensor *t, nni_app_format format, FILE *f,
                            const char *what, char *err, size_t errsize)
{
    errno = 0;
    if (!write_stream(t, format, f) || fflush(f) != 0) {
        snprintf(err, errsize, "cannot write to %s: %s", what,
                 errno != 0 ? strerror(errno) : "write error");
        return false;
    }
    return true;
}
#line 840 "book/ch60-cli.nw"
static bool same_file(const struct stat *st, int fd)
{
    struct stat s;
    return fstat(fd, &s) == 0 && s.st_dev == st->st_dev
           && s.st_ino == st->st_ino;
}

static bool cannot_write(const char *q, char *err, size_t errsize)
{
    snprintf(err, errsize, "cannot write '%s': %s", q,
             errno != 0 ? strerror(errno) : "write error");
    return false;
}
#line 1023 "book/ch60-cli.nw"
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
#line 1050 "book/ch60-cli.nw"
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
#line 1075 "book/ch60-cli.nw"
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
    
#line 1093 "book/ch60-cli.nw"
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
    cannot_write(q, err, errsize);
    unlink(temporary_name);
}
#line 1087 "book/ch60-cli.nw"
    guard_temporary(false);
    return ok;
}
#line 1001 "book/ch60-cli.nw"
static bool write_new_file(const nni_tensor *t, nni_app_format format,
                           const char *path, const char *q, char *err,
                           size_t errsize)
{
    struct stat lst;
    if (errno != ENOENT)
        return cannot_write(q, err, errsize);
    if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) {
        snprintf(err, errsize, "cannot write '%s': it is a symbolic link to a "
                 "file that does not exist", q);
        return false;
    }
    return write_via_temporary(t, format, path, q, err, errsize);
}
#line 910 "book/ch60-cli.nw"
static ssize_t count_bytes(void *cookie, const char *buf, size_t size)
{
    (void)buf;
    *(off_t *)cookie += (off_t)size;
    return (ssize_t)size;
}

static bool output_size(const nni_tensor *t, nni_app_format format, off_t *size)
{
    cookie_io_functions_t io = { NULL, count_bytes, NULL, NULL };
    *size = 0;
    FILE *f = fopencookie(size, "w", io);
    if (f == NULL)
        return false;
    bool ok = write_stream(t, format, f);
    return (fclose(f) == 0) && ok;
}
#line 933 "book/ch60-cli.nw"
static bool write_in_place(const nni_tensor *t, nni_app_format format,
                           const char *path, const char *q, char *err,
                           size_t errsize)
{
    struct stat st;
    off_t size;
    const int fd = open(path, O_WRONLY | O_NOCTTY);
    if (fd < 0)
        return cannot_write(q, err, errsize);
    if (fstat(fd, &st) != 0 || !output_size(t, format, &size)) {
        close(fd);
        return cannot_write(q, err, errsize);
    }
    
#line 955 "book/ch60-cli.nw"
const int reserve = size > st.st_size ? posix_fallocate(fd, 0, size) : 0;
if (reserve != 0) {
    if (ftruncate(fd, st.st_size) != 0) {
        /* 截不回去也没有更好的办法：报告预留失败本身 */
    }
    close(fd);
    errno = reserve;
    return cannot_write(q, err, errsize);
}
#line 947 "book/ch60-cli.nw"
    
#line 970 "book/ch60-cli.nw"
sigset_t block, saved;
sigemptyset(&block);
sigaddset(&block, SIGINT);
sigaddset(&block, SIGTERM);
sigaddset(&block, SIGHUP);
sigaddset(&block, SIGQUIT);
sigprocmask(SIG_BLOCK, &block, &saved);
errno = 0;
FILE *f = fdopen(fd, "wb");
bool ok = f != NULL && write_stream(t, format, f) && fflush(f) == 0
          && ftruncate(fd, size) == 0;
ok = (f != NULL ? fclose(f) == 0 : close(fd) == 0) && ok;
sigprocmask(SIG_SETMASK, &saved, NULL);
return ok || cannot_write(q, err, errsize);
#line 948 "book/ch60-cli.nw"
}
#line 887 "book/ch60-cli.nw"
static bool write_special(const nni_tensor *t, nni_app_format format,
                          const char *path, const char *q, char *err,
                          size_t errsize)
{
    const int fd = open(path, O_WRONLY | O_NOCTTY);
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (f == NULL) {
        if (fd >= 0)
            close(fd);
        return cannot_write(q, err, errsize);
    }
    bool ok = write_stream(t, format, f);
    ok = (fclose(f) == 0) && ok;
    return ok || cannot_write(q, err, errsize);
}
#line 858 "book/ch60-cli.nw"
static bool write_file(const nni_tensor *t, nni_app_format format,
                       const char *path, char *err, size_t errsize)
{
    char q[NNI_APP_QUOTE_MAX + 4];
    struct stat st;
    nni_app_quote(path, q);
    errno = 0;
    if (stat(path, &st) != 0)
        return write_new_file(t, format, path, q, err, errsize);
    if (same_file(&st, STDOUT_FILENO))
        return write_to_stream(t, format, stdout, "the standard output", err,
                               errsize);
    if (same_file(&st, STDERR_FILENO))
        return write_to_stream(t, format, stderr, "the standard error", err,
                               errsize);
    if (S_ISREG(st.st_mode))
        return write_in_place(t, format, path, q, err, errsize);
    if (S_ISDIR(st.st_mode)) {
        errno = EISDIR;
        return cannot_write(q, err, errsize);
    }
    return write_special(t, format, path, q, err, errsize);
}
#line 778 "book/ch60-cli.nw"
bool nni_app_write_tensor(const nni_tensor *t, nni_app_format format,
                          const char *path, char *err, size_t errsize)
{
    signal(SIGXFSZ, SIG_IGN);
    if (path != NULL)
        return write_file(t, format, path, err, errsize);
    return write_to_stream(t, format, stdout, "the standard output", err,
                           errsize);
}
