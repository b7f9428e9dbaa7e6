#line 1163 "book/app2-golden.nw"
/* support/golden-init.c -- 重放初始化函数的黄金文件 */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "support/golden-file.h"
#include "cli/initcall.h"
#include "support/golden-init.h"
#include "nninit.h"

#line 1199 "book/app2-golden.nw"
typedef struct result {
    nni_status status;
    char message[512];
    size_t count;
    double *value;
    uint64_t *bits;
    bool tensor_untouched;
    bool refused;           /* 我们拒绝了 PyTorch 照样执行的调用（见下文） */
    
#line 1391 "book/app2-golden.nw"
size_t m;               /* 正交初始化：行数与列数中大的那个 */
double tol;             /* “~”容许的绝对误差 2 (m + 1) u |gain| */
double tol64;           /* 同一矩阵在 float64 中的容差（u = 2^-53） */
bool float32;           /* 结果是 float32 张量 */
#line 1208 "book/app2-golden.nw"
} result;
#line 1411 "book/app2-golden.nw"
static double share(double err, double tol)
{
    return err == 0.0 ? 0.0 : tol > 0.0 ? err / tol : (double)INFINITY;
}

#line 1180 "book/app2-golden.nw"
typedef struct replay {
    nni_app_golden_file f;          /* 读行、当前用例与调用、报告问题 */
    nni_torch_gen gen;
    nni_app_init_golden_stats *stats;
    FILE *report;                   /* 每个按误差比较的调用一行；可以为 NULL */
    result last;                    /* 上一次调用的结果，qr64 块与它比较 */
} replay;

#line 1212 "book/app2-golden.nw"
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
#line 1232 "book/app2-golden.nw"
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
#line 1263 "book/app2-golden.nw"
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
#line 1290 "book/app2-golden.nw"
static void compare_values(replay *r, const result *res, size_t expected,
                           bool exact, bool decimal)
{
    size_t read = 0, differ = 0;
    double worst = 0.0;         /* 这次调用的最大误差（按误差比较时） */
    if (res->refused) {
        check_refusal(r, res, expected);
        return;
    }
    if (res->status != NNI_OK)
        nni_app_golden_problem(&r->f, "failed: %s", res->message);
    else if (res->count != expected)
        nni_app_golden_problem(&r->f, "%zu values, the reference has %zu",
                               res->count, expected);
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
            
#line 1334 "book/app2-golden.nw"
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
    same = err <= res->tol;
    worst = err > worst ? err : worst;
    if (err > r->stats->max_error[!narrow])
        r->stats->max_error[!narrow] = err;
    if (share(err, res->tol) > r->stats->max_share[!narrow])
        r->stats->max_share[!narrow] = share(err, res->tol);
}
if (!same && differ++ == 0)
    nni_app_golden_problem(&r->f,
                           "value %zu is %" PRIx64 " (%.9g) in C, %" PRIx64
                           " in the reference",
                           read, res->bits[read], res->value[read], want);
#line 1315 "book/app2-golden.nw"
        }
    }
    if (exact)
        r->stats->exact += read;
    else
        r->stats->close += read;
    if (!exact && ok && r->report != NULL)
        fprintf(r->report, "%-36s %5zu  %9.3g  %9.3g  %5.1f%%\n",
                r->f.case_name, res->m, worst, res->tol,
                100 * share(worst, res->tol));
    if (differ > 1 && r->f.log != NULL)
        fprintf(r->f.log, "  (%zu of %zu values differ)\n", differ, expected);
}
#line 1432 "book/app2-golden.nw"
static double ulp_of(float x)
{
    const float a = fabsf(x);
    return (double)nextafterf(a, INFINITY) - (double)a;
}

static void compare_qr64(replay *r, size_t expected)
{
    const result *res = &r->last;
    const bool ok = res->status == NNI_OK && res->m > 0 && res->float32
                    && res->count == expected;
    size_t read = 0, equal = 0, differ = 0;
    double worst = 0.0;                     /* 以参考值的 ulp 计 */
    if (!ok)
        nni_app_golden_problem(&r->f, "qr64 %zu: no float32 orthogonal_ "
                               "result of this size before it", expected);
    while (read < expected && nni_app_golden_next_line(&r->f)) {
        char *cursor = r->f.line, *tok;
        for (; read < expected && (tok = nni_app_golden_token(&cursor)) != NULL;
             read++) {
            if (!ok)
                continue;
            
#line 1462 "book/app2-golden.nw"
const uint32_t u = (uint32_t)strtoul(tok, NULL, 16);
float want;
memcpy(&want, &u, sizeof want);
const float got = (float)res->value[read];
const double gap = fabs((double)got - (double)want);
const double slack = (ulp_of(got) + ulp_of(want)) / 2 + res->tol64;
equal += got == want;
worst = fmax(worst, gap / ulp_of(want));
if (!(gap <= slack) && differ++ == 0)
    nni_app_golden_problem(&r->f, "value %zu is %.9g in C, the float64 QR "
                           "rounded is %.9g", read, (double)got, (double)want);
#line 1455 "book/app2-golden.nw"
        }
    }
    
#line 1476 "book/app2-golden.nw"
r->stats->qr64 += read;
r->stats->qr64_equal += equal;
if (ok && r->report != NULL)
    fprintf(r->report, "  float64 QR 舍入成 float32：%zu 个值中 %zu 个"
            "逐位相同，至多差 %.0f ulp\n", read, equal, worst);
#line 1458 "book/app2-golden.nw"
}
#line 1490 "book/app2-golden.nw"
static void compare_error(replay *r, const result *res, const char *expected)
{
    const char *colon = strstr(expected, ": ");
    const char *message = colon != NULL ? colon + 2 : expected;
    r->stats->errors++;
    if (res->status == NNI_OK) {
        nni_app_golden_problem(&r->f,
                               "succeeded, the reference fails with '%s'",
                               expected);
        return;
    }
    if (strncmp(expected, "RuntimeError", 12) != 0
        && strstr(res->message, message) == NULL)
        nni_app_golden_problem(&r->f, "message '%s', the reference says '%s'",
                               res->message, expected);
    if (!res->tensor_untouched)
        nni_app_golden_problem(&r->f, "the failed call modified the tensor");
}
#line 1515 "book/app2-golden.nw"
static nni_tensor *sentinel_tensor(nni_dtype dtype, size_t ndim,
                                   const size_t *shape)
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
#line 1544 "book/app2-golden.nw"
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
    
#line 1569 "book/app2-golden.nw"
bool args_ok = true;
for (char *kv; args_ok && (kv = strtok(NULL, " ")) != NULL;) {
    char *eq = strchr(kv, '=');
    if (eq == NULL) {
        nni_app_golden_problem(&r->f, "bad parameter '%s'", kv);
        return false;
    }
    *eq = '\0';
    args_ok =
        nni_app_init_set(&call, kv, eq + 1, res->message, sizeof res->message);
}
#line 1560 "book/app2-golden.nw"
    
#line 1583 "book/app2-golden.nw"
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
#line 1398 "book/app2-golden.nw"
res->float32 = dt == NNI_FLOAT32;
if (strcmp(name, "orthogonal") == 0 && nni_tensor_numel(t) > 0) {
    const size_t rows = shape[0], cols = nni_tensor_numel(t) / rows;
    res->m = rows > cols ? rows : cols;
    const double k = 2.0 * (double)(res->m + 1) * fabs(call.args.gain);
    res->tol64 = k * 0x1p-53;
    res->tol = res->float32 ? k * 0x1p-24 : res->tol64;
}
#line 1611 "book/app2-golden.nw"
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
#line 1595 "book/app2-golden.nw"
if (res->status == NNI_OK) {
    if (result_alloc(res, nni_tensor_numel(t)))
        result_from_tensor(res, t, 0);
    else
        nni_app_golden_problem(&r->f, "out of memory");
}
nni_tensor_free(t);
#line 1561 "book/app2-golden.nw"
    return true;
}
#line 1629 "book/app2-golden.nw"
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
#line 1653 "book/app2-golden.nw"
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
#line 1698 "book/app2-golden.nw"
size_t nni_app_init_golden_report(FILE *in, const char *name, FILE *log,
                                  FILE *report,
                                  nni_app_init_golden_stats *stats)
{
    replay r;
    memset(&r, 0, sizeof r);
    memset(stats, 0, sizeof *stats);
    nni_app_golden_open(&r.f, in, name, log, &stats->problems);
    r.stats = stats;
    r.report = report;
    while (nni_app_golden_next_line(&r.f)) {
        if (strncmp(r.f.line, "case ", 5) == 0) {
            snprintf(r.f.case_name, sizeof r.f.case_name, "%.100s",
                     r.f.line + 5);
            stats->cases++;
        } else if (strncmp(r.f.line, "torch ", 6) == 0) {
            nni_torch_manual_seed(&r.gen, strtoull(r.f.line + 6, NULL, 10));
        } else if (strncmp(r.f.line, "qr64 ", 5) == 0) {
            compare_qr64(&r, (size_t)strtoull(r.f.line + 5, NULL, 10));
        } else if (strcmp(r.f.line, "end") != 0) {
            
#line 1733 "book/app2-golden.nw"
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
result_free(&r.last);
r.last = res;
#line 1719 "book/app2-golden.nw"
        }
    }
    result_free(&r.last);
    return stats->problems;
}

size_t nni_app_init_golden_replay(FILE *in, const char *name, FILE *log,
                                  nni_app_init_golden_stats *stats)
{
    return nni_app_init_golden_report(in, name, log, NULL, stats);
}
