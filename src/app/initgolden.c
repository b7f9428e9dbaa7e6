#line 1073 "book/app2-golden.nw"
/* app/initgolden.c -- 重放初始化函数的黄金文件 */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "app/golden-file.h"
#include "app/initcall.h"
#include "app/initgolden.h"
#include "nninit.h"

typedef struct replay {
    nni_app_golden_file f;          /* 读行、当前用例与调用、报告问题 */
    nni_torch_gen gen;
    nni_app_init_golden_stats *stats;
} replay;

#line 1104 "book/app2-golden.nw"
typedef struct result {
    nni_status status;
    char message[512];
    size_t count;
    double *value;
    uint64_t *bits;
    bool tensor_untouched;
    bool refused;           /* 我们拒绝了 PyTorch 照样执行的调用（见下文） */
} result;

#define SENTINEL 1234.5

static bool result_alloc(result *res, size_t n)
{
    res->value = malloc((n > 0 ? n : 1) * sizeof *res->value);
    res->bits = malloc((n > 0 ? n : 1) * sizeof *res->bits);
    res->count = n;
    return res->value != NULL && res->bits != NULL;
}

static void result_free(result *res)
{
    free(res->value);
    free(res->bits);
}
#line 1134 "book/app2-golden.nw"
static bool result_from_tensor(result *res, const nni_tensor *t, size_t offset)
{
    const size_t n = nni_tensor_numel(t);
    for (size_t i = 0; i < n; i++) {
        if (nni_tensor_dtype(t) == NNI_FLOAT32) {
            const float v = ((const float *)nni_tensor_data_const(t))[i];
            uint32_t u;
            memcpy(&u, &v, sizeof u);
            res->value[offset + i] = (double)v;
            res->bits[offset + i] = u;
        } else {
            const double v = ((const double *)nni_tensor_data_const(t))[i];
            memcpy(&res->bits[offset + i], &v, sizeof v);
            res->value[offset + i] = v;
        }
    }
    return true;
}
#line 1168 "book/app2-golden.nw"
static void check_refusal(replay *r, const result *res, size_t expected)
{
    const bool constant = strstr(res->message, "too far in the tail") != NULL;
    size_t read = 0, nonfinite = 0, differ = 0;
    uint64_t first = 0;
    while (read < expected && nni_app_golden_next_line(&r->f)) {
        char *cursor = r->f.line, *tok;
        for (; read < expected && (tok = nni_app_golden_token(&cursor)) != NULL;
             read++) {
            const uint64_t want = strtoull(tok, NULL, 16);
            const uint64_t exp = strlen(tok) <= 8
                                 ? UINT64_C(0x7f800000)
                                 : UINT64_C(0x7ff0000000000000);
            nonfinite += (want & exp) == exp;
            differ += read > 0 && want != first;
            first = read == 0 ? want : first;
        }
    }
    if (constant ? differ != 0 : nonfinite == 0)
        nni_app_golden_problem(&r->f, "refused (%s), but the reference is %s",
                               res->message,
                               constant ? "not a constant" : "finite");
    r->stats->refused++;
}
#line 1195 "book/app2-golden.nw"
static void compare_values(replay *r, const result *res, size_t expected, bool exact,
                           bool decimal)
{
    size_t read = 0, differ = 0;
    if (res->refused) {
        check_refusal(r, res, expected);
        return;
    }
    if (res->status != NNI_OK)
        nni_app_golden_problem(&r->f, "failed: %s", res->message);
    else if (res->count != expected)
        nni_app_golden_problem(&r->f, "%zu values, the reference has %zu", res->count, expected);
    const bool ok = res->status == NNI_OK && res->count == expected;
    while (read < expected && nni_app_golden_next_line(&r->f)) {
        char *cursor = r->f.line, *end;
        for (; read < expected; read++) {
            const char *start = cursor + strspn(cursor, " ");
            uint64_t want = strtoull(start, &end, decimal ? 10 : 16);
            if (end == start)
                break;
            const bool narrow = end - start <= 8;   /* float32 的比特 */
            cursor = end;
            
#line 1233 "book/app2-golden.nw"
if (!ok)
    continue;
bool same;
if (exact) {
    same = res->bits[read] == want;
} else {
    double ref;
    if (narrow) {
        const uint32_t u = (uint32_t)want;
        float f;
        memcpy(&f, &u, sizeof f);
        ref = (double)f;
    } else {
        memcpy(&ref, &want, sizeof ref);
    }
    const double err = fabs(res->value[read] - ref);
    same = err <= (narrow ? 1e-6 : 1e-12);
    if (err > r->stats->max_error[!narrow])
        r->stats->max_error[!narrow] = err;
}
if (!same && differ++ == 0)
    nni_app_golden_problem(&r->f, "value %zu is %" PRIx64 " (%.9g) in C, %" PRIx64 " in the reference",
            read, res->bits[read], res->value[read], want);
#line 1218 "book/app2-golden.nw"
        }
    }
    if (exact)
        r->stats->exact += read;
    else
        r->stats->close += read;
    if (differ > 1 && r->f.log != NULL)
        fprintf(r->f.log, "  (%zu of %zu values differ)\n", differ, expected);
}
#line 1265 "book/app2-golden.nw"
static void compare_error(replay *r, const result *res, const char *expected)
{
    const char *colon = strstr(expected, ": ");
    const char *message = colon != NULL ? colon + 2 : expected;
    r->stats->errors++;
    if (res->status == NNI_OK) {
        nni_app_golden_problem(&r->f, "succeeded, the reference fails with '%s'", expected);
        return;
    }
    if (strncmp(expected, "RuntimeError", 12) != 0 && strstr(res->message, message) == NULL)
        nni_app_golden_problem(&r->f, "message '%s', the reference says '%s'", res->message, expected);
    if (!res->tensor_untouched)
        nni_app_golden_problem(&r->f, "the failed call modified the tensor");
}
#line 1286 "book/app2-golden.nw"
static nni_tensor *sentinel_tensor(nni_dtype dtype, size_t ndim, const size_t *shape)
{
    nni_tensor *t;
    if (nni_tensor_new(&t, dtype, ndim, shape) != NNI_OK)
        return NULL;
    for (size_t i = 0; i < nni_tensor_numel(t); i++) {
        if (dtype == NNI_FLOAT32)
            ((float *)nni_tensor_data(t))[i] = (float)SENTINEL;
        else
            ((double *)nni_tensor_data(t))[i] = SENTINEL;
    }
    return t;
}

static bool all_sentinel(const nni_tensor *t)
{
    for (size_t i = 0; i < nni_tensor_numel(t); i++) {
        double v = nni_tensor_dtype(t) == NNI_FLOAT32
                   ? (double)((const float *)nni_tensor_data_const(t))[i]
                   : ((const double *)nni_tensor_data_const(t))[i];
        if (v != SENTINEL)
            return false;
    }
    return true;
}
#line 1314 "book/app2-golden.nw"
static bool run_init(replay *r, char *cursor, result *res)
{
    char *name = strtok(cursor, " "), *dtype = strtok(NULL, " ");
    char *shape_text = strtok(NULL, " ");
    size_t ndim, shape[NNI_MAX_DIMS];
    nni_app_init_call call;
    if (name == NULL || dtype == NULL || shape_text == NULL
        || !nni_app_golden_shape(shape_text, &ndim, shape)) {
        nni_app_golden_problem(&r->f, "bad init line");
        return false;
    }
    if (!nni_app_init_begin(&call, name, res->message, sizeof res->message)) {
        nni_app_golden_problem(&r->f, "%s", res->message);
        return false;
    }
    
#line 1339 "book/app2-golden.nw"
bool args_ok = true;
for (char *kv; args_ok && (kv = strtok(NULL, " ")) != NULL;) {
    char *eq = strchr(kv, '=');
    if (eq == NULL) {
        nni_app_golden_problem(&r->f, "bad parameter '%s'", kv);
        return false;
    }
    *eq = '\0';
    args_ok = nni_app_init_set(&call, kv, eq + 1, res->message, sizeof res->message);
}
#line 1330 "book/app2-golden.nw"
    
#line 1352 "book/app2-golden.nw"
nni_dtype dt = strcmp(dtype, "float32") == 0 ? NNI_FLOAT32 : NNI_FLOAT64;
nni_tensor *t = sentinel_tensor(dt, ndim, shape);
if (t == NULL) {
    nni_app_golden_problem(&r->f, "cannot create the tensor: %s", nni_errmsg());
    return false;
}
res->status = args_ok ? nni_app_init_run(&call, &r->gen, t, res->message,
                                         sizeof res->message)
                      : NNI_EINVAL;
res->tensor_untouched = all_sentinel(t);
#line 1379 "book/app2-golden.nw"
const char *why = res->message;
res->refused = res->status == NNI_EINVAL
               && (strstr(why, "too far in the tail") != NULL
                   || strstr(why, "would overflow") != NULL
                   || strstr(why, "must be finite in") != NULL
                   || strstr(why, "can hold") != NULL);
if (res->refused) {
    if (strcmp(name, "trunc_normal") == 0)
        nni_torch_uniform_(&r->gen, t, 0.0, 1.0);
    else
        nni_torch_normal_(&r->gen, t, 0.0, 1.0);
}
#line 1363 "book/app2-golden.nw"
if (res->status == NNI_OK) {
    if (result_alloc(res, nni_tensor_numel(t)))
        result_from_tensor(res, t, 0);
    else
        nni_app_golden_problem(&r->f, "out of memory");
}
nni_tensor_free(t);
#line 1331 "book/app2-golden.nw"
    return true;
}
#line 1397 "book/app2-golden.nw"
static bool run_probe(replay *r, result *res)
{
    const size_t one = 1, two = 2;
    nni_tensor *a = NULL, *b = NULL;
    bool ok = nni_tensor_new(&a, NNI_FLOAT64, 1, &one) == NNI_OK
              && nni_tensor_new(&b, NNI_FLOAT32, 1, &two) == NNI_OK
              && nni_torch_normal_(&r->gen, a, 0.0, 1.0) == NNI_OK
              && nni_torch_uniform_(&r->gen, b, 0.0, 1.0) == NNI_OK
              && result_alloc(res, 3);
    if (ok) {
        result_from_tensor(res, a, 0);
        result_from_tensor(res, b, 1);
    } else {
        nni_app_golden_problem(&r->f, "probe failed: %s", nni_errmsg());
    }
    nni_tensor_free(a);
    nni_tensor_free(b);
    return ok;
}
#line 1421 "book/app2-golden.nw"
static bool run_gain(replay *r, char *cursor, result *res)
{
    const char *name = strtok(cursor, " "), *param = strtok(NULL, " ");
    double g = 0;
    if (name == NULL)
        name = "";
    if (!result_alloc(res, 1)) {
        nni_app_golden_problem(&r->f, "out of memory");
        return false;
    }
    res->status = nni_init_calculate_gain_by_name(name, param, &g);
    snprintf(res->message, sizeof res->message, "%s", nni_errmsg());
    res->value[0] = g;
    memcpy(&res->bits[0], &g, sizeof g);
    res->tensor_untouched = true;
    return true;
}

static bool run_fans(replay *r, const char *shape_text, result *res)
{
    size_t ndim, shape[NNI_MAX_DIMS], in = 0, out = 0;
    nni_tensor *t;
    if (!nni_app_golden_shape(shape_text, &ndim, shape)
        || nni_tensor_new(&t, NNI_FLOAT32, ndim, shape) != NNI_OK
        || !result_alloc(res, 2)) {
        nni_app_golden_problem(&r->f, "bad fans line");
        return false;
    }
    res->status = nni_init_fans(t, &in, &out);
    snprintf(res->message, sizeof res->message, "%s", nni_errmsg());
    res->bits[0] = in;
    res->bits[1] = out;
    res->tensor_untouched = true;
    nni_tensor_free(t);
    return true;
}
#line 1466 "book/app2-golden.nw"
size_t nni_app_init_golden_replay(FILE *in, const char *name, FILE *log,
                                  nni_app_init_golden_stats *stats)
{
    replay r;
    memset(&r, 0, sizeof r);
    memset(stats, 0, sizeof *stats);
    nni_app_golden_open(&r.f, in, name, log, &stats->problems);
    r.stats = stats;
    while (nni_app_golden_next_line(&r.f)) {
        if (strncmp(r.f.line, "case ", 5) == 0) {
            snprintf(r.f.case_name, sizeof r.f.case_name, "%.100s", r.f.line + 5);
            stats->cases++;
        } else if (strncmp(r.f.line, "torch ", 6) == 0) {
            nni_torch_manual_seed(&r.gen, strtoull(r.f.line + 6, NULL, 10));
        } else if (strcmp(r.f.line, "end") != 0) {
            
#line 1489 "book/app2-golden.nw"
result res;
memset(&res, 0, sizeof res);
bool called = false;
bool fans = false;
snprintf(r.f.call, sizeof r.f.call, "%.200s", r.f.line);
if (strncmp(r.f.line, "init ", 5) == 0)
    called = run_init(&r, r.f.line + 5, &res);
else if (strcmp(r.f.line, "probe") == 0)
    called = run_probe(&r, &res);
else if (strncmp(r.f.line, "gain ", 5) == 0)
    called = run_gain(&r, r.f.line + 5, &res);
else if (strncmp(r.f.line, "fans ", 5) == 0)
    called = fans = run_fans(&r, r.f.line + 5, &res);
else
    nni_app_golden_problem(&r.f, "cannot replay this line");
if (called) {
    stats->calls++;
    if (!nni_app_golden_next_line(&r.f))
        nni_app_golden_problem(&r.f, "the file ends before the result");
    else if (r.f.line[0] == '=' || r.f.line[0] == '~')
        compare_values(&r, &res, (size_t)strtoull(r.f.line + 2, NULL, 10),
                       r.f.line[0] == '=', fans);
    else if (r.f.line[0] == '!')
        compare_error(&r, &res, r.f.line + 2);
    else
        nni_app_golden_problem(&r.f, "expected '=', '~' or '!' after the call");
}
result_free(&res);
#line 1482 "book/app2-golden.nw"
        }
    }
    return stats->problems;
}
