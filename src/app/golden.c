#line 1415 "book/ch40-random.nw"
/* app/golden.c -- 重放随机数的黄金文件 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "app/golden.h"
#include "nninit.h"

#define REPLAY_LINE 16384
#define REPLAY_MAX_KEYS 4096

typedef struct replay {
    FILE *in, *log;
    const char *name;
    unsigned long lineno;
    char line[REPLAY_LINE];
    char case_name[128];
    char call[256];                 /* 当前调用的那一行，用于消息 */
    enum { GEN_NONE, GEN_TORCH, GEN_NUMPY } kind;
    nni_torch_gen torch;
    nni_numpy_gen numpy;
    uint32_t key[REPLAY_MAX_KEYS];  /* numpy-array 行中的种子数组 */
    nni_app_golden_stats *stats;
} replay;

#line 1451 "book/ch40-random.nw"
static bool next_line(replay *r)
{
    while (fgets(r->line, sizeof r->line, r->in) != NULL) {
        r->lineno++;
        r->line[strcspn(r->line, "\r\n")] = '\0';
        if (r->line[0] != '\0' && r->line[0] != '#')
            return true;
    }
    return false;
}

/* 从 *cursor 起取下一个以空格分隔的记号，就地以 '\0' 结尾；没有了返回 NULL。 */
static char *next_token(char **cursor)
{
    char *s = *cursor + strspn(*cursor, " ");
    if (*s == '\0')
        return NULL;
    char *end = s + strcspn(s, " ");
    if (*end != '\0')
        *end++ = '\0';
    *cursor = end;
    return s;
}

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
static void problem(replay *r, const char *format, ...)
{
    r->stats->problems++;
    if (r->log == NULL)
        return;
    va_list args;
    va_start(args, format);
    fprintf(r->log, "%s:%lu: case %s: %s: ", r->name, r->lineno, r->case_name, r->call);
    vfprintf(r->log, format, args);
    fputc('\n', r->log);
    va_end(args);
}
#line 1497 "book/ch40-random.nw"
typedef struct result {
    nni_status status;
    nni_tensor *t;          /* 浮点结果（可以为 NULL） */
    uint64_t *got;          /* 结果的比特或整数值 */
    size_t count;
    bool hex;
} result;

#define SENTINEL 1234.5

static bool parse_shape(const char *s, size_t *ndim, size_t *shape)
{
    *ndim = 0;
    for (;;) {
        char *end;
        if (*ndim == NNI_MAX_DIMS || *s < '0' || *s > '9')
            return false;
        shape[(*ndim)++] = (size_t)strtoull(s, &end, 10);
        if (*end != 'x')
            return *end == '\0';
        s = end + 1;
    }
}

static bool new_tensor(result *res, const char *dtype, const char *shape_text)
{
    size_t ndim, shape[NNI_MAX_DIMS];
    nni_dtype dt = strcmp(dtype, "float32") == 0 ? NNI_FLOAT32 : NNI_FLOAT64;
    if (!parse_shape(shape_text, &ndim, shape)
        || nni_tensor_new(&res->t, dt, ndim, shape) != NNI_OK)
        return false;
    for (size_t i = 0; i < nni_tensor_numel(res->t); i++) {
        if (dt == NNI_FLOAT32)
            ((float *)nni_tensor_data(res->t))[i] = (float)SENTINEL;
        else
            ((double *)nni_tensor_data(res->t))[i] = SENTINEL;
    }
    return true;
}
#line 1542 "book/ch40-random.nw"
static bool run_call(replay *r, result *res)
{
    char op[32] = "", a[4][64] = { "", "", "", "" };
    sscanf(r->line, "%31s %63s %63s %63s %63s", op, a[0], a[1], a[2], a[3]);
    snprintf(r->call, sizeof r->call, "%.200s", r->line);
    if (r->kind == GEN_TORCH) {
        
#line 1558 "book/ch40-random.nw"
if (strcmp(op, "seed") == 0) {
    nni_torch_manual_seed(&r->torch, strtoull(a[0], NULL, 10));
    return false;
}
if (strcmp(op, "uniform") == 0 || strcmp(op, "normal") == 0) {
    if (!new_tensor(res, a[0], a[1])) {
        problem(r, "bad tensor");
        return false;
    }
    double p1 = strtod(a[2], NULL), p2 = strtod(a[3], NULL);
    res->status = op[0] == 'u' ? nni_torch_uniform_(&r->torch, res->t, p1, p2)
                               : nni_torch_normal_(&r->torch, res->t, p1, p2);
    return true;
}
if (strcmp(op, "randperm") == 0) {
    size_t n = (size_t)strtoull(a[0], NULL, 10);
    size_t *perm = malloc((n > 0 ? n : 1) * sizeof *perm);
    res->got = malloc((n > 0 ? n : 1) * sizeof *res->got);
    if (perm == NULL || res->got == NULL) {
        free(perm);
        problem(r, "out of memory");
        return false;
    }
    res->status = nni_torch_randperm(&r->torch, n, perm);
    for (size_t i = 0; i < n; i++)
        res->got[i] = perm[i];
    res->count = n;
    free(perm);
    return true;
}
#line 1549 "book/ch40-random.nw"
    } else if (r->kind == GEN_NUMPY) {
        
#line 1593 "book/ch40-random.nw"
if (strcmp(op, "seed") == 0) {
    nni_numpy_seed(&r->numpy, strtoull(a[0], NULL, 10));
    return false;
}
if (strcmp(op, "raw") == 0) {
    size_t n = (size_t)strtoull(a[0], NULL, 10);
    res->got = malloc((n > 0 ? n : 1) * sizeof *res->got);
    if (res->got == NULL) {
        problem(r, "out of memory");
        return false;
    }
    for (size_t i = 0; i < n; i++)
        res->got[i] = nni_mt19937_next(&r->numpy.engine);
    res->count = n;
    return true;
}
static const char *const numpy_ops[] = {
    "random_sample", "uniform", "normal", "standard_normal"
};
for (int k = 0; k < 4; k++) {
    if (strcmp(op, numpy_ops[k]) != 0)
        continue;
    if (!new_tensor(res, "float64", a[0])) {
        problem(r, "bad tensor");
        return false;
    }
    const double p1 = strtod(a[1], NULL), p2 = strtod(a[2], NULL);
    switch (k) {
    case 0: res->status = nni_numpy_random_sample(&r->numpy, res->t); break;
    case 1: res->status = nni_numpy_uniform(&r->numpy, res->t, p1, p2); break;
    case 2: res->status = nni_numpy_normal(&r->numpy, res->t, p1, p2); break;
    default: res->status = nni_numpy_standard_normal(&r->numpy, res->t); break;
    }
    return true;
}
#line 1551 "book/ch40-random.nw"
    }
    problem(r, "cannot replay this line");
    return false;
}
#line 1635 "book/ch40-random.nw"
static void tensor_words(result *res)
{
    size_t n = nni_tensor_numel(res->t);
    res->got = malloc((n > 0 ? n : 1) * sizeof *res->got);
    if (res->got == NULL)
        return;
    res->count = n;
    res->hex = true;
    for (size_t i = 0; i < n; i++) {
        if (nni_tensor_dtype(res->t) == NNI_FLOAT32) {
            uint32_t u;
            memcpy(&u, (const float *)nni_tensor_data(res->t) + i, sizeof u);
            res->got[i] = u;
        } else {
            memcpy(&res->got[i], (const double *)nni_tensor_data(res->t) + i, 8);
        }
    }
}

static void compare_values(replay *r, result *res, size_t expected)
{
    if (res->status != NNI_OK)
        problem(r, "failed: %s", nni_errmsg());
    else if (res->t != NULL)
        tensor_words(res);
    if (res->status == NNI_OK && res->count != expected)
        problem(r, "%zu values, the reference has %zu", res->count, expected);
    
#line 1667 "book/ch40-random.nw"
size_t read = 0, differ = 0;
while (read < expected && next_line(r)) {
    char *cursor = r->line, *tok;
    for (; read < expected && (tok = next_token(&cursor)) != NULL; read++) {
        uint64_t want = strtoull(tok, NULL, res->hex ? 16 : 10);
        if (res->status != NNI_OK || read >= res->count || res->got[read] == want)
            continue;
        if (differ++ == 0)
            problem(r, "value %zu is %" PRIx64 " in C, %s in the reference",
                    read, res->got[read], tok);
    }
}
r->stats->values += read;
if (differ > 1 && r->log != NULL)
    fprintf(r->log, "  (%zu of %zu values differ)\n", differ, expected);
#line 1663 "book/ch40-random.nw"
}
#line 1688 "book/ch40-random.nw"
static void compare_error(replay *r, result *res, const char *message)
{
    if (res->status == NNI_OK) {
        problem(r, "succeeded, the reference fails with '%s'", message);
        return;
    }
    if (strstr(nni_errmsg(), message) == NULL)
        problem(r, "message '%s', the reference says '%s'", nni_errmsg(), message);
    for (size_t i = 0; res->t != NULL && i < nni_tensor_numel(res->t); i++) {
        size_t idx[NNI_MAX_DIMS], rest = i;
        double v;
        for (size_t k = nni_tensor_ndim(res->t); k-- > 0;) {
            idx[k] = rest % nni_tensor_dim(res->t, k);
            rest /= nni_tensor_dim(res->t, k);
        }
        if (nni_tensor_get(res->t, idx, &v) != NNI_OK || v != SENTINEL) {
            problem(r, "the failed call modified the tensor");
            break;
        }
    }
}
#line 1714 "book/ch40-random.nw"
size_t nni_app_golden_replay(FILE *in, const char *name, FILE *log,
                             nni_app_golden_stats *stats)
{
    replay r;
    memset(&r, 0, sizeof r);
    memset(stats, 0, sizeof *stats);
    r.in = in;
    r.log = log;
    r.name = name;
    r.stats = stats;
    while (next_line(&r)) {
        
#line 1732 "book/ch40-random.nw"
if (strncmp(r.line, "case ", 5) == 0) {
    snprintf(r.case_name, sizeof r.case_name, "%.100s", r.line + 5);
    r.kind = GEN_NONE;
    stats->cases++;
} else if (strncmp(r.line, "torch ", 6) == 0) {
    r.kind = GEN_TORCH;
    nni_torch_manual_seed(&r.torch, strtoull(r.line + 6, NULL, 10));
} else if (strncmp(r.line, "numpy ", 6) == 0) {
    r.kind = GEN_NUMPY;
    nni_numpy_seed(&r.numpy, strtoull(r.line + 6, NULL, 10));
} else if (strncmp(r.line, "numpy-array ", 12) == 0) {
    
#line 1752 "book/ch40-random.nw"
size_t n = 0;
char *p = r.line + 12, *end;
while (n < REPLAY_MAX_KEYS && (r.key[n] = (uint32_t)strtoul(p, &end, 10), end != p)) {
    n++;
    p = end;
}
r.kind = GEN_NUMPY;
nni_numpy_seed_by_array(&r.numpy, r.key, n);
#line 1744 "book/ch40-random.nw"
} else if (strcmp(r.line, "end") == 0) {
    r.kind = GEN_NONE;
} else {
    
#line 1763 "book/ch40-random.nw"
result res = { NNI_OK, NULL, NULL, 0, false };
if (run_call(&r, &res)) {
    stats->calls++;
    if (!next_line(&r))
        problem(&r, "the file ends before the result");
    else if (strncmp(r.line, "= ", 2) == 0)
        compare_values(&r, &res, (size_t)strtoull(r.line + 2, NULL, 10));
    else if (strncmp(r.line, "! ", 2) == 0)
        compare_error(&r, &res, r.line + 2);
    else
        problem(&r, "expected '=' or '!' after the call");
}
nni_tensor_free(res.t);
free(res.got);
#line 1748 "book/ch40-random.nw"
}
#line 1726 "book/ch40-random.nw"
    }
    return stats->problems;
}
