#line 2318 "book/appB-reliability.nw"
/* fuzz-cli -- libFuzzer 目标：nninit 的参数解析、.npy 写出与张量打印
   （make fuzz） */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

#line 1932 "book/appB-reliability.nw"
#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "fuzz-cli: invariant broken at %s:%d: %s\n",       \
                    __FILE__, __LINE__, #cond);                                \
            abort();                                                           \
        }                                                                      \
    } while (0)

static bool printable_line(const char *s)
{
    for (; *s != '\0'; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            return false;
    return true;
}
#line 1957 "book/appB-reliability.nw"
static void check_u64(const char *arg)
{
    uint64_t v = 12345;
    const char *why = NULL;
    const size_t len = strlen(arg);
    const bool digits = len > 0 && strspn(arg, "0123456789") == len;
    errno = 0;
    const unsigned long long ref = digits ? strtoull(arg, NULL, 10) : 0;
    const bool fits = digits && errno != ERANGE;
    const bool ok = nni_app_parse_u64(arg, &v, &why);
    CHECK(ok == fits);
    CHECK(ok ? v == ref : (v == 12345 && why != NULL));
}
#line 1976 "book/appB-reliability.nw"
static void check_finite(const char *arg)
{
    double v = 12345.0;
    const char *why = NULL;
    if (nni_app_parse_finite(arg, &v, &why)) {
        const double ref = strtod(arg, NULL);
        CHECK(strspn(arg, "0123456789+-.eE") == strlen(arg));
        CHECK(isfinite(v) && v == ref && signbit(v) == signbit(ref));
    } else {
        CHECK(v == 12345.0 && why != NULL);
    }
}
#line 1995 "book/appB-reliability.nw"
static void check_shape(const char *arg)
{
    size_t ndim = 99, shape[NNI_MAX_DIMS];
    const char *why = NULL;
    if (!nni_app_parse_shape(arg, &ndim, shape, &why)) {
        CHECK(ndim == 99 && why != NULL);
        return;
    }
    CHECK(ndim >= 1 && ndim <= NNI_MAX_DIMS);
    size_t numel = 1;
    for (size_t k = 0; k < ndim; k++) {
        CHECK(shape[k] <= NNI_APP_MAX_NUMEL);
        numel *= shape[k];
        CHECK(numel <= NNI_APP_MAX_NUMEL);
    }
    
#line 2015 "book/appB-reliability.nw"
char written[NNI_MAX_DIMS * 21 + 1];
size_t n = 0;
for (size_t k = 0; k < ndim; k++)
    n += (size_t)snprintf(written + n, sizeof written - n,
                          k == 0 ? "%zu" : "x%zu", shape[k]);
char *canon = malloc(strlen(arg) + 1), *c = canon;
CHECK(canon != NULL);
for (const char *p = arg; *p != '\0';) {
    while (p[0] == '0' && p[1] >= '0' && p[1] <= '9')
        p++;                                /* 去掉前导零，但保留最后一个数字 */
    while (*p != '\0' && *p != 'x')
        *c++ = *p++;
    if (*p == 'x')
        *c++ = *p++;
}
*c = '\0';
CHECK(strcmp(written, canon) == 0);
free(canon);
#line 2011 "book/appB-reliability.nw"
}
#line 2039 "book/appB-reliability.nw"
static void check_quote(const char *arg)
{
    char q[NNI_APP_QUOTE_MAX + 4];
    nni_app_quote(arg, q);
    const size_t n = strlen(q), len = strlen(arg);
    CHECK(n <= NNI_APP_QUOTE_MAX + 3 && printable_line(q));
    if (len <= NNI_APP_QUOTE_MAX)
        CHECK(n == len);
    else
        CHECK(n >= 3 && strcmp(q + n - 3, "...") == 0);
}
#line 2060 "book/appB-reliability.nw"
static size_t npy_dict(const nni_tensor *t, char *dict, size_t size)
{
    const size_t ndim = nni_tensor_ndim(t);
    size_t n =
        (size_t)snprintf(dict, size,
                         "{'descr': '%s', 'fortran_order': False, "
                         "'shape': (",
                         nni_tensor_dtype(t) == NNI_FLOAT32 ? "<f4" : "<f8");
    for (size_t k = 0; k < ndim; k++)
        n += (size_t)snprintf(dict + n, size - n, k == 0 ? "%zu" : ", %zu",
                              nni_tensor_dim(t, k));
    n += (size_t)snprintf(dict + n, size - n, ndim == 1 ? ",), }" : "), }");
    if (ndim > 0)
        n += (size_t)(21 - snprintf(NULL, 0, "%zu", nni_tensor_dim(t, 0)));
    return n;       /* 字典加上 NumPy 为改写形状预留的空格 */
}
#line 2079 "book/appB-reliability.nw"
static void check_npy_layout(const nni_tensor *t, const unsigned char *b,
                             size_t len)
{
    char dict[512];
    const size_t numel = nni_tensor_numel(t);
    const size_t size = nni_dtype_size(nni_tensor_dtype(t));
    const size_t n = npy_dict(t, dict, sizeof dict);
    const size_t pad = 64 - (10 + n + 1) % 64;
    CHECK(len >= 10 && memcmp(b, "\x93NUMPY\x01\x00", 8) == 0);
    const size_t hlen = (size_t)b[8] | (size_t)b[9] << 8;
    CHECK(hlen == n + pad + 1 && (10 + hlen) % 64 == 0);
    CHECK(len == 10 + hlen + numel * size);
    CHECK(memcmp(b + 10, dict, strlen(dict)) == 0);
    for (size_t i = 10 + strlen(dict); i < 10 + hlen - 1; i++)
        CHECK(b[i] == ' ');
    CHECK(b[10 + hlen - 1] == '\n');
    
#line 2100 "book/appB-reliability.nw"
const unsigned char *data = b + 10 + hlen;
for (size_t i = 0; i < numel; i++) {
    uint64_t bits = 0;
    if (size == 4) {
        uint32_t u;
        memcpy(&u, (const float *)nni_tensor_data_const(t) + i, sizeof u);
        bits = u;
    } else {
        memcpy(&bits, (const double *)nni_tensor_data_const(t) + i,
               sizeof bits);
    }
    for (size_t k = 0; k < size; k++)
        CHECK(data[i * size + k] == (unsigned char)(bits >> (8 * k)));
}
#line 2096 "book/appB-reliability.nw"
}
#line 2117 "book/appB-reliability.nw"
static void check_npy(const nni_tensor *t)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK(f != NULL);
    CHECK(nni_tensor_write_npy(t, f) == NNI_OK);
    CHECK(fclose(f) == 0);
    check_npy_layout(t, (const unsigned char *)buf, len);
    free(buf);
}
#line 2135 "book/appB-reliability.nw"
static void check_repr(const nni_tensor *t, unsigned flags)
{
    char *s = NULL, *buf = NULL;
    size_t len = 0;
    CHECK(nni_tensor_repr(&s, t, flags) == NNI_OK && s != NULL);
    const char *start =
        flags != 0 ? "Parameter containing:\ntensor(" : "tensor(";
    const size_t n = strlen(s);
    CHECK(strncmp(s, start, strlen(start)) == 0 && s[n - 1] == ')');
    for (size_t i = 0; i < n; i++)
        CHECK(s[i] == '\n' || (s[i] >= 0x20 && s[i] < 0x7f));
    FILE *f = open_memstream(&buf, &len);
    CHECK(f != NULL);
    CHECK(nni_tensor_fprint(f, t, flags) == NNI_OK);
    CHECK(fclose(f) == 0);
    CHECK(len == n + 1 && memcmp(buf, s, n) == 0 && buf[n] == '\n');
    nni_free(s);
    free(buf);
}
#line 2172 "book/appB-reliability.nw"
static void fuzz_tensor(const uint8_t *data, size_t size)
{
    if (size < 2 || size < 2 + (size_t)data[1] % (NNI_MAX_DIMS + 1))
        return;
    const unsigned flags = data[0];
    const size_t ndim = data[1] % (NNI_MAX_DIMS + 1);
    
#line 2194 "book/appB-reliability.nw"
size_t shape[NNI_MAX_DIMS], span = 1;
bool overflow = false, empty = false;
for (size_t k = 0; k < ndim; k++) {
    const uint8_t b = data[2 + k];
    shape[k] = b >= 0xf0 ? SIZE_MAX >> (b & 0x0f) : (size_t)(b % 13);
    empty = empty || shape[k] == 0;
    overflow = __builtin_mul_overflow(span, shape[k] == 0 ? 1 : shape[k], &span)
               || overflow;
}
const size_t numel = empty ? 0 : span;
if (!empty && (overflow || numel > 4096))
    return;
#line 2179 "book/appB-reliability.nw"
    const nni_dtype dtype = (flags & 1) != 0 ? NNI_FLOAT64 : NNI_FLOAT32;
    nni_tensor *t = NULL;
    const nni_status status = nni_tensor_new(&t, dtype, ndim, shape);
    CHECK(status == (overflow ? NNI_EOVERFLOW : NNI_OK));
    if (overflow)
        return;
    
#line 2209 "book/appB-reliability.nw"
const uint8_t *bytes = data + 2 + ndim;
const size_t nbytes = size - 2 - ndim;
unsigned char *storage = nni_tensor_data(t);
for (size_t i = 0; nbytes > 0 && i < numel * nni_dtype_size(dtype); i++)
    storage[i] = bytes[i % nbytes];
#line 2186 "book/appB-reliability.nw"
    CHECK(nni_tensor_set_requires_grad(t, (flags & 2) != 0) == NNI_OK);
    check_npy(t);
    check_repr(t, (flags & 4) != 0 ? NNI_PRINT_PARAMETER : 0);
    nni_tensor_free(t);
}
#line 2259 "book/appB-reliability.nw"
static void check_sample(int argc, const char *const *argv)
{
    nni_app_sample s;
    char err[NNI_APP_ERRSIZE] = "";
    if (!nni_app_parse_sample(argc, argv, &s, err, sizeof err)) {
        CHECK(err[0] != '\0' && printable_line(err));
        return;
    }
    CHECK(s.ndim >= 1 && s.ndim <= NNI_MAX_DIMS);
    CHECK(s.dtype == NNI_FLOAT32 || s.dtype == NNI_FLOAT64);
    CHECK(s.output == NULL || s.output[0] != '\0');
    size_t numel = 1;
    for (size_t k = 0; k < s.ndim; k++)
        numel *= s.shape[k];                /* 解析保证不超过 2^26 */
    if (numel > 4096)
        return;
    nni_tensor *t = NULL;
    const nni_status status = nni_tensor_new(&t, s.dtype, s.ndim, s.shape);
    CHECK(status == NNI_OK
          || (status == NNI_EOVERFLOW && t == NULL && numel == 0));
    if (t != NULL)
        check_npy(t);
    s.output = NULL;
    if (!nni_app_run_sample(&s, err, sizeof err))
        CHECK(err[0] != '\0' && printable_line(err));
    else
        CHECK(status == NNI_OK);
    nni_tensor_free(t);
}
#line 2223 "book/appB-reliability.nw"
static void fuzz_command_line(const uint8_t *data, size_t size)
{
    char *buf = malloc(size + 1);
    const char **argv = malloc((size + 1) * sizeof *argv);
    CHECK(buf != NULL && argv != NULL);
    memcpy(buf, data, size);
    buf[size] = '\0';
    int argc = 0;
    for (size_t i = 0, start = 0; i <= size; i++)
        if (i == size || buf[i] == '\0' || buf[i] == '\n') {
            buf[i] = '\0';
            argv[argc++] = buf + start;
            start = i + 1;
        }
    for (int i = 0; i < argc; i++) {
        check_u64(argv[i]);
        check_finite(argv[i]);
        check_shape(argv[i]);
        check_quote(argv[i]);
    }
    check_sample(argc, argv);
    free(argv);
    free(buf);
}
#line 2296 "book/appB-reliability.nw"
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    CHECK(freopen("/dev/null", "w", stdout) != NULL);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 0 && data[0] == 'T')
        fuzz_tensor(data + 1, size - 1);
    else
        fuzz_command_line(data, size);
    return 0;
}
