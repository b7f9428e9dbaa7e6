#line 119 "book/ch60-cli.nw"
/* cli/parse.c -- nninit 的参数解析：严格的数值、形状与选项表 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

#line 133 "book/ch60-cli.nw"
bool nni_app_parse_u64(const char *s, uint64_t *out, const char **why)
{
    uint64_t v = 0;
    if (*s == '\0') {
        *why = "empty";
        return false;
    }
    for (const char *p = s; *p != '\0'; p++) {
        if (*p < '0' || *p > '9') {
            *why = "not a non-negative decimal integer";
            return false;
        }
        const unsigned d = (unsigned)(*p - '0');
        if (v > (UINT64_MAX - d) / 10) {
            *why = "too large (at most 18446744073709551615)";
            return false;
        }
        v = 10 * v + d;
    }
    *out = v;
    return true;
}
#line 165 "book/ch60-cli.nw"
static size_t skip_digits(const char **p)
{
    size_t n = strspn(*p, "0123456789");
    *p += n;
    return n;
}

bool nni_app_parse_finite(const char *s, double *out, const char **why)
{
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    size_t digits = skip_digits(&p);
    if (*p == '.') {
        p++;
        digits += skip_digits(&p);
    }
    bool ok = digits > 0;
    if (ok && (*p == 'e' || *p == 'E')) {
        p++;
        if (*p == '+' || *p == '-')
            p++;
        ok = skip_digits(&p) > 0;
    }
    if (!ok || *p != '\0') {
        *why = "not a decimal number";
        return false;
    }
    const double v = strtod(s, NULL);
    if (!isfinite(v)) {
        *why = "too large for a double";
        return false;
    }
    *out = v;
    return true;
}
#line 210 "book/ch60-cli.nw"
bool nni_app_parse_shape(const char *s, size_t *ndim,
                         size_t shape[NNI_MAX_DIMS], const char **why)
{
    size_t n = 0;
    uint64_t numel = 1;
    for (const char *p = s;;) {
        const size_t len = strspn(p, "0123456789");
        uint64_t dim = 0;
        
#line 238 "book/ch60-cli.nw"
if (len == 0 || (p[len] != '\0' && p[len] != 'x')) {
    *why = "expected decimal dimensions separated by 'x', like 40x30";
    return false;
}
if (p[len] == 'x' && p[len + 1] == '\0') {
    *why = "a dimension is missing after the last 'x'";
    return false;
}
if (n == NNI_MAX_DIMS) {
    *why = "too many dimensions (at most 8)";
    return false;
}
#line 219 "book/ch60-cli.nw"
        for (size_t i = 0; i < len && dim <= NNI_APP_MAX_NUMEL; i++)
            dim = 10 * dim + (uint64_t)(p[i] - '0');
        numel *= dim;
        if (dim > NNI_APP_MAX_NUMEL || numel > NNI_APP_MAX_NUMEL) {
            *why = "too many elements (at most 2^26 = 67108864)";
            return false;
        }
        shape[n++] = (size_t)dim;
        p += len;
        if (*p == '\0')
            break;
        p++;                            /* 'x'，上面已经检查过 */
    }
    *ndim = n;
    return true;
}
#line 263 "book/ch60-cli.nw"
void nni_app_quote(const char *s, char buf[NNI_APP_QUOTE_MAX + 4])
{
    size_t n = strlen(s), keep = n;
    if (n > NNI_APP_QUOTE_MAX) {
        keep = NNI_APP_QUOTE_MAX;
        while (keep > 0 && ((unsigned char)s[keep] & 0xc0) == 0x80)
            keep--;                     /* 不从 UTF-8 字符的中间截断 */
    }
    for (size_t i = 0; i < keep; i++) {
        const unsigned char c = (unsigned char)s[i];
        buf[i] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
    }
    strcpy(buf + keep, keep < n ? "..." : "");
}
#line 311 "book/ch60-cli.nw"
static nni_app_option *find_option(nni_app_option *options, size_t noptions,
                                   const char *arg, size_t namelen)
{
    for (size_t k = 0; k < noptions; k++) {
        const char *alias = options[k].alias;
        if ((strlen(options[k].name) == namelen
             && strncmp(options[k].name, arg, namelen) == 0)
            || (alias != NULL && strlen(alias) == namelen
                && strncmp(alias, arg, namelen) == 0))
            return &options[k];
    }
    return NULL;
}
#line 327 "book/ch60-cli.nw"
bool nni_app_parse_options(int argc, const char *const *argv,
                           nni_app_option *options, size_t noptions,
                           const char **positional, size_t max_positional,
                           size_t *npositional, char *err, size_t errsize)
{
    char q[NNI_APP_QUOTE_MAX + 4];
    *npositional = 0;
    for (size_t k = 0; k < noptions; k++)
        options[k].value = NULL;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        nni_app_quote(arg, q);
        if (arg[0] != '-') {
            
#line 350 "book/ch60-cli.nw"
if (*npositional == max_positional) {
    snprintf(err, errsize, "unexpected argument '%s'", q);
    return false;
}
positional[(*npositional)++] = arg;
#line 341 "book/ch60-cli.nw"
            continue;
        }
        
#line 358 "book/ch60-cli.nw"
const char *eq = strncmp(arg, "--", 2) == 0 ? strchr(arg, '=') : NULL;
const size_t namelen = eq != NULL ? (size_t)(eq - arg) : strlen(arg);
nni_app_option *opt = find_option(options, noptions, arg, namelen);
if (opt == NULL) {
    /* q 的前 40 个字节与 arg 一一对应，只显示名字部分 */
    const int shown =
        namelen <= NNI_APP_QUOTE_MAX ? (int)namelen : (int)strlen(q);
    snprintf(err, errsize, "unknown option '%.*s'", shown, q);
    return false;
}
if (opt->value != NULL) {
    snprintf(err, errsize, "option %s is given twice", opt->name);
    return false;
}
if (eq != NULL)
    opt->value = eq + 1;
else if (i + 1 < argc)
    opt->value = argv[++i];
else {
    snprintf(err, errsize, "option %s needs a value", opt->name);
    return false;
}
#line 344 "book/ch60-cli.nw"
    }
    return true;
}
#line 395 "book/ch60-cli.nw"
bool nni_app_option_size(const nni_app_option *o, size_t lo, size_t hi,
                         size_t *out, char *err, size_t errsize)
{
    uint64_t v = 0;
    const char *why = "out of range";
    char q[NNI_APP_QUOTE_MAX + 4];
    if (o->value == NULL)
        return true;
    if (nni_app_parse_u64(o->value, &v, &why) && v >= lo && v <= hi) {
        *out = (size_t)v;
        return true;
    }
    nni_app_quote(o->value, q);
    snprintf(err, errsize, "invalid value '%s' for %s: %s (%zu to %zu)", q,
             o->name, why, lo, hi);
    return false;
}

bool nni_app_option_real(const nni_app_option *o, bool nonneg, double *out,
                         char *err, size_t errsize)
{
    const char *why = "must not be negative";
    char q[NNI_APP_QUOTE_MAX + 4];
    double v;
    if (o->value == NULL)
        return true;
    if (nni_app_parse_finite(o->value, &v, &why) && (!nonneg || v >= 0.0)) {
        *out = v;
        return true;
    }
    nni_app_quote(o->value, q);
    snprintf(err, errsize, "invalid value '%s' for %s: %s", q, o->name, why);
    return false;
}
