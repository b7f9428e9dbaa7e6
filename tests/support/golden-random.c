#line 243 "book/app2-golden.nw"
/* support/golden-random.c -- 重放随机数的黄金文件 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "support/golden-file.h"
#include "support/golden-random.h"
#include "nninit.h"

#define REPLAY_MAX_KEYS 4096

typedef struct replay {
    nni_app_golden_file f;          /* 读行、当前用例与调用、报告问题 */
    enum { GEN_NONE, GEN_TORCH, GEN_NUMPY } kind;
    nni_torch_gen torch;
    nni_numpy_gen numpy;
    uint32_t key[REPLAY_MAX_KEYS];  /* numpy-array 行中的种子数组 */
    nni_app_golden_stats *stats;
} replay;

#line 276 "book/app2-golden.nw"
typedef struct result {
    nni_status status;
    nni_tensor *t;          /* 浮点结果（可以为 NULL） */
    uint64_t *got;          /* 结果的比特或整数值 */
    size_t count;
    bool hex;
    bool refused;           /* 我们以“结果会溢出”拒绝了这次调用 */
} result;

#define SENTINEL 1234.5

static bool new_tensor(result *res, const char *dtype, const char *shape_text)
{
    size_t ndim, shape[NNI_MAX_DIMS];
    nni_dtype dt = strcmp(dtype, "float32") == 0 ? NNI_FLOAT32 : NNI_FLOAT64;
    if (!nni_app_golden_shape(shape_text, &ndim, shape)
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
#line 317 "book/app2-golden.nw"
static bool refused(result *res)
{
    res->refused = res->status == NNI_EINVAL
                   && strstr(nni_errmsg(), "would overflow") != NULL;
    return res->refused;
}
#line 326 "book/app2-golden.nw"
static bool run_call(replay *r, result *res)
{
    char op[32] = "", a[4][64] = { "", "", "", "" };
    sscanf(r->f.line, "%31s %63s %63s %63s %63s", op, a[0], a[1], a[2], a[3]);
    snprintf(r->f.call, sizeof r->f.call, "%.200s", r->f.line);
    if (r->kind == GEN_TORCH) {
        
#line 342 "book/app2-golden.nw"
if (strcmp(op, "seed") == 0) {
    nni_torch_manual_seed(&r->torch, strtoull(a[0], NULL, 10));
    return false;
}
if (strcmp(op, "uniform") == 0 || strcmp(op, "normal") == 0) {
    if (!new_tensor(res, a[0], a[1])) {
        nni_app_golden_problem(&r->f, "bad tensor");
        return false;
    }
    double p1 = strtod(a[2], NULL), p2 = strtod(a[3], NULL);
    res->status = op[0] == 'u' ? nni_torch_uniform_(&r->torch, res->t, p1, p2)
                               : nni_torch_normal_(&r->torch, res->t, p1, p2);
    if (refused(res)) {                     /* 照 PyTorch 的样子取走随机数 */
        nni_tensor *scratch;
        if (nni_tensor_clone(&scratch, res->t) == NNI_OK)
            nni_torch_normal_(&r->torch, scratch, 0.0, 1.0);
        nni_tensor_free(scratch);
    }
    return true;
}
if (strcmp(op, "randperm") == 0) {
    size_t n = (size_t)strtoull(a[0], NULL, 10);
    size_t *perm = malloc((n > 0 ? n : 1) * sizeof *perm);
    res->got = malloc((n > 0 ? n : 1) * sizeof *res->got);
    if (perm == NULL || res->got == NULL) {
        free(perm);
        nni_app_golden_problem(&r->f, "out of memory");
        return false;
    }
    res->status = nni_torch_randperm(&r->torch, n, perm);
    for (size_t i = 0; i < n; i++)
        res->got[i] = perm[i];
    res->count = n;
    free(perm);
    return true;
}
#line 333 "book/app2-golden.nw"
    } else if (r->kind == GEN_NUMPY) {
        
#line 383 "book/app2-golden.nw"
if (strcmp(op, "seed") == 0) {
    nni_numpy_seed(&r->numpy, strtoull(a[0], NULL, 10));
    return false;
}
if (strcmp(op, "raw") == 0) {
    size_t n = (size_t)strtoull(a[0], NULL, 10);
    res->got = malloc((n > 0 ? n : 1) * sizeof *res->got);
    if (res->got == NULL) {
        nni_app_golden_problem(&r->f, "out of memory");
        return false;
    }
    for (size_t i = 0; i < n; i++)
        res->got[i] = nni_mt19937_next(&r->numpy.engine);
    res->count = n;
    return true;
}
#line 407 "book/app2-golden.nw"
static const char *const numpy_ops[] = {
    "random_sample", "uniform", "normal", "standard_normal"
};
for (int k = 0; k < 4; k++) {
    if (strcmp(op, numpy_ops[k]) != 0)
        continue;
    if (!new_tensor(res, "float64", a[0])) {
        nni_app_golden_problem(&r->f, "bad tensor");
        return false;
    }
    const double p1 = strtod(a[1], NULL), p2 = strtod(a[2], NULL);
    switch (k) {
    case 0: res->status = nni_numpy_random_sample(&r->numpy, res->t); break;
    case 1: res->status = nni_numpy_uniform(&r->numpy, res->t, p1, p2); break;
    case 2: res->status = nni_numpy_normal(&r->numpy, res->t, p1, p2); break;
    default: res->status = nni_numpy_standard_normal(&r->numpy, res->t); break;
    }
    if (refused(res)) {                     /* 照 NumPy 的样子取走随机数 */
        nni_tensor *scratch;
        if (nni_tensor_clone(&scratch, res->t) == NNI_OK)
            nni_numpy_normal(&r->numpy, scratch, 0.0, 1.0);
        nni_tensor_free(scratch);
    }
    return true;
}
#line 335 "book/app2-golden.nw"
    }
    nni_app_golden_problem(&r->f, "cannot replay this line");
    return false;
}
#line 442 "book/app2-golden.nw"
static void check_refusal(replay *r, const result *res, size_t expected)
{
    const bool f32 = nni_tensor_dtype(res->t) == NNI_FLOAT32;
    const uint64_t exponent = f32 ? UINT64_C(0x7f800000)
                                  : UINT64_C(0x7ff0000000000000);
    size_t read = 0, nonfinite = 0;
    while (read < expected && nni_app_golden_next_line(&r->f)) {
        char *cursor = r->f.line, *tok;
        for (; read < expected && (tok = nni_app_golden_token(&cursor)) != NULL;
             read++)
            nonfinite += (strtoull(tok, NULL, 16) & exponent) == exponent;
    }
    if (nonfinite == 0)
        nni_app_golden_problem(&r->f, "refused (%s), but all %zu reference "
                               "values are finite", nni_errmsg(), expected);
    r->stats->refused++;
}
#line 462 "book/app2-golden.nw"
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
            memcpy(&res->got[i], (const double *)nni_tensor_data(res->t) + i,
                   8);
        }
    }
}

static void compare_values(replay *r, result *res, size_t expected)
{
    if (res->refused) {
        check_refusal(r, res, expected);
        return;
    }
    if (res->status != NNI_OK)
        nni_app_golden_problem(&r->f, "failed: %s", nni_errmsg());
    else if (res->t != NULL)
        tensor_words(res);
    if (res->status == NNI_OK && res->count != expected)
        nni_app_golden_problem(&r->f, "%zu values, the reference has %zu",
                               res->count, expected);
    
#line 500 "book/app2-golden.nw"
size_t read = 0, differ = 0;
while (read < expected && nni_app_golden_next_line(&r->f)) {
    char *cursor = r->f.line, *tok;
    for (; read < expected && (tok = nni_app_golden_token(&cursor)) != NULL;
         read++) {
        uint64_t want = strtoull(tok, NULL, res->hex ? 16 : 10);
        if (res->status != NNI_OK || read >= res->count
            || res->got[read] == want)
            continue;
        if (differ++ == 0)
            nni_app_golden_problem(&r->f,
                                   "value %zu is %" PRIx64
                                   " in C, %s in the reference",
                                   read, res->got[read], tok);
    }
}
r->stats->values += read;
if (differ > 1 && r->f.log != NULL)
    fprintf(r->f.log, "  (%zu of %zu values differ)\n", differ, expected);
#line 496 "book/app2-golden.nw"
}
#line 525 "book/app2-golden.nw"
static void compare_error(replay *r, result *res, const char *message)
{
    if (res->status == NNI_OK) {
        nni_app_golden_problem(&r->f,
                               "succeeded, the reference fails with '%s'",
                               message);
        return;
    }
    if (strstr(nni_errmsg(), message) == NULL)
        nni_app_golden_problem(&r->f, "message '%s', the reference says '%s'",
                               nni_errmsg(), message);
    for (size_t i = 0; res->t != NULL && i < nni_tensor_numel(res->t); i++) {
        size_t idx[NNI_MAX_DIMS], rest = i;
        double v;
        for (size_t k = nni_tensor_ndim(res->t); k-- > 0;) {
            idx[k] = rest % nni_tensor_dim(res->t, k);
            rest /= nni_tensor_dim(res->t, k);
        }
        if (nni_tensor_get(res->t, idx, &v) != NNI_OK || v != SENTINEL) {
            nni_app_golden_problem(&r->f,
                                   "the failed call modified the tensor");
            break;
        }
    }
}
#line 555 "book/app2-golden.nw"
size_t nni_app_golden_replay(FILE *in, const char *name, FILE *log,
                             nni_app_golden_stats *stats)
{
    replay r;
    memset(&r, 0, sizeof r);
    memset(stats, 0, sizeof *stats);
    nni_app_golden_open(&r.f, in, name, log, &stats->problems);
    r.stats = stats;
    while (nni_app_golden_next_line(&r.f)) {
        
#line 571 "book/app2-golden.nw"
if (strncmp(r.f.line, "case ", 5) == 0) {
    snprintf(r.f.case_name, sizeof r.f.case_name, "%.100s", r.f.line + 5);
    r.kind = GEN_NONE;
    stats->cases++;
} else if (strncmp(r.f.line, "torch ", 6) == 0) {
    r.kind = GEN_TORCH;
    nni_torch_manual_seed(&r.torch, strtoull(r.f.line + 6, NULL, 10));
} else if (strncmp(r.f.line, "numpy ", 6) == 0) {
    r.kind = GEN_NUMPY;
    nni_numpy_seed(&r.numpy, strtoull(r.f.line + 6, NULL, 10));
} else if (strncmp(r.f.line, "numpy-array ", 12) == 0) {
    
#line 591 "book/app2-golden.nw"
size_t n = 0;
char *p = r.f.line + 12, *end;
while (n < REPLAY_MAX_KEYS
       && (r.key[n] = (uint32_t)strtoul(p, &end, 10), end != p)) {
    n++;
    p = end;
}
r.kind = GEN_NUMPY;
nni_numpy_seed_by_array(&r.numpy, r.key, n);
#line 583 "book/app2-golden.nw"
} else if (strcmp(r.f.line, "end") == 0) {
    r.kind = GEN_NONE;
} else {
    
#line 603 "book/app2-golden.nw"
result res = { NNI_OK, NULL, NULL, 0, false, false };
if (run_call(&r, &res)) {
    stats->calls++;
    if (!nni_app_golden_next_line(&r.f))
        nni_app_golden_problem(&r.f, "the file ends before the result");
    else if (strncmp(r.f.line, "= ", 2) == 0)
        compare_values(&r, &res, (size_t)strtoull(r.f.line + 2, NULL, 10));
    else if (strncmp(r.f.line, "! ", 2) == 0)
        compare_error(&r, &res, r.f.line + 2);
    else
        nni_app_golden_problem(&r.f, "expected '=' or '!' after the call");
}
nni_tensor_free(res.t);
free(res.got);
#line 587 "book/app2-golden.nw"
}
#line 565 "book/app2-golden.nw"
    }
    return stats->problems;
}
