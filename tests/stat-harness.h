/* stat-harness.h -- 统计测试套件的支架（由 book/appA-stats.nw 生成，
   请勿手工编辑） */
#ifndef NNI_TESTS_STAT_HARNESS_H
#define NNI_TESTS_STAT_HARNESS_H

#include <check.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "test-report.h"

static inline uint64_t nni_test_fnv1a64(const char *s)
{
    uint64_t h = UINT64_C(0xcbf29ce484222325);
    for (; *s != '\0'; s++) {
        h ^= (unsigned char)*s;
        h *= UINT64_C(0x100000001b3);
    }
    return h;
}

static inline uint64_t nni_test_seed_from(uint64_t base, const char *name,
                                          uint64_t index)
{
    return nni_test_fnv1a64(name) ^ (base * UINT64_C(0x9E3779B97F4A7C15))
           ^ index;
}
#define NNI_TEST_SEED_DEFAULT UINT64_C(20240607)

typedef struct nni_test_env {
    bool ready;
    uint64_t base;          /* NNI_TEST_SEED */
    double alpha;           /* NNI_STAT_ALPHA */
    int mutant;             /* NNI_MUTANT */
    const char *log;        /* NNI_STAT_LOG，可为 NULL */
    const char *suite;      /* 套件名，由 nni_stat_main 设置 */
} nni_test_env;
static inline bool nni_test_parse_base(const char *text, uint64_t *base)
{
    if (text == NULL || text[0] == '\0') {
        *base = NNI_TEST_SEED_DEFAULT;
        return true;
    }
    if (strcmp(text, "random") == 0) {
        FILE *f = fopen("/dev/urandom", "rb");
        bool ok = f != NULL && fread(base, sizeof *base, 1, f) == 1;
        if (f != NULL)
            fclose(f);
        return ok;
    }
    char *end;
    unsigned long long v = strtoull(text, &end, 0);
    *base = (uint64_t)v;
    return end != text && *end == '\0' && text[0] != '-';
}
static inline nni_test_env *nni_test_env_get(void)
{
    static nni_test_env env;
    if (env.ready)
        return &env;
    const char *seed = getenv("NNI_TEST_SEED"),
               *alpha = getenv("NNI_STAT_ALPHA");
    const char *mutant = getenv("NNI_MUTANT");
    char *end = NULL;
    if (!nni_test_parse_base(seed, &env.base)) {
        fprintf(stderr, "NNI_TEST_SEED=%s: want a number or 'random'\n", seed);
        exit(2);
    }
    env.alpha = alpha != NULL && alpha[0] != '\0' ? strtod(alpha, &end) : 1e-6;
    if (end != NULL
        && (*end != '\0' || !(env.alpha > 0.0 && env.alpha < 1.0))) {
        fprintf(stderr, "NNI_STAT_ALPHA=%s: want a number in (0, 1)\n", alpha);
        exit(2);
    }
    env.mutant = mutant != NULL ? atoi(mutant) : 0;
    env.log = getenv("NNI_STAT_LOG");
    env.suite = "?";
    env.ready = true;
    return &env;
}
typedef struct nni_stat_test {
    const char *name;       /* 测试函数的名字 */
    int iter;               /* 循环测试的序号 */
    uint64_t seed;
    int mutant;             /* 0：真实的代码 */
    nni_check_options opt;
} nni_stat_test;

static inline nni_stat_test nni_stat_begin(const char *name, int iter)
{
    const nni_test_env *env = nni_test_env_get();
    nni_stat_test t;
    t.name = name;
    t.iter = iter;
    t.seed = nni_test_seed_from(env->base, name, (uint64_t)iter);
    t.mutant = env->mutant;
    nni_check_options_default(&t.opt);
    t.opt.alpha = env->alpha;
    return t;
}

#define NNI_STAT_BEGIN() nni_stat_begin(__func__, _i)
static inline void nni_stat_log(const nni_stat_test *t,
                                const nni_check_result *r, const nni_law *law)
{
    static const char *const kinds[] = { "uniform", "normal", "truncnorm" };
    const nni_test_env *env = nni_test_env_get();
    if (env->log == NULL || env->log[0] == '\0')
        return;
    FILE *f = fopen(env->log, "a");
    if (f == NULL)
        return;
    fprintf(f, "check suite=%s mutant=%d test=%s iter=%d seed=0x%016" PRIx64
            " name=%s law=%s result=%s stat=%.9g lo=%.9g hi=%.9g\n", env->suite,
            t->mutant, t->name, t->iter, t->seed, r->name,
            law != NULL && (unsigned)law->kind < 3 ? kinds[law->kind] : "-",
            r->passed ? "ok" : "FAIL", r->statistic, r->lo, r->hi);
    fclose(f);
}
static inline void nni_stat_header(const nni_stat_test *t, const char *what,
                                   const nni_sample *s, char *msg, size_t size)
{
    snprintf(msg, size,
             "%s %s n=%zu seed=0x%016" PRIx64 " (test %s[%d]; rerun with "
             "NNI_TEST_SEED=%" PRIu64 "%s%.0d)",
             what, nni_dtype_name(nni_sample_dtype(s)), nni_sample_size(s),
             t->seed, t->name, t->iter, nni_test_env_get()->base,
             t->mutant ? " NNI_MUTANT=" : "", t->mutant);
}
static inline size_t nni_stat_battery(const nni_stat_test *t,
                                      const nni_sample *s, const nni_law *law,
                                      char *msg, size_t size)
{
    char what[160];
    nni_battery b;
    nni_law_describe(law, what, sizeof what);
    nni_stat_header(t, what, s, msg, size);
    if (nni_check_battery(&b, s, law, &t->opt) != NNI_OK) {
        size_t used = strlen(msg);
        snprintf(msg + used, size - used, ": nni_check_battery: %s",
                 nni_errmsg());
        return 1;
    }
    for (size_t k = 0; k < b.count; k++)
        nni_stat_log(t, &b.result[k], law);
    size_t used = strlen(msg);
    snprintf(msg + used, size - used, ": %zu of %zu checks failed at alpha=%g:",
             b.failed, b.count, t->opt.alpha);
    for (size_t k = 0; k < b.count; k++)
        if (!b.result[k].passed) {
            used = strlen(msg);
            snprintf(msg + used, size - used, "\n  %s", b.result[k].line);
        }
    return b.failed;
}

#define NNI_ASSERT_BATTERY(t, sample, law)                                     \
    do {                                                                       \
        char nni__msg[8192];                                                   \
        size_t nni__failed =                                                   \
            nni_stat_battery((t), (sample), (law), nni__msg, sizeof nni__msg); \
        ck_assert_msg(nni__failed == 0, "%s", nni__msg);                       \
    } while (0)
static inline bool nni_stat_check(const nni_stat_test *t, const char *what,
                                  const nni_sample *s,
                                  const nni_check_result *r, char *msg,
                                  size_t size)
{
    nni_stat_log(t, r, NULL);
    nni_stat_header(t, what, s, msg, size);
    size_t used = strlen(msg);
    snprintf(msg + used, size - used, ":\n  %s", r->line);
    return r->passed;
}

#define NNI_ASSERT_CHECK(t, what, sample, result)                              \
    do {                                                                       \
        char nni__msg[2048];                                                   \
        bool nni__ok = nni_stat_check((t), (what), (sample), (result),         \
                                      nni__msg, sizeof nni__msg);              \
        ck_assert_msg(nni__ok, "%s", nni__msg);                                \
    } while (0)
typedef struct nni_mutant {
    const char *name;       /* 错在哪里 */
    bool may_survive;       /* 等价变异体：允许存活 */
    const char *instead;    /* 等价变异体由哪个单元测试抓住；NULL：没有 */
} nni_mutant;
static inline int nni_stat_main(Suite *suite, const char *suite_name,
                                const nni_mutant *mutants, size_t count)
{
    nni_test_env *env = nni_test_env_get();
    env->suite = suite_name;
    SRunner *sr = srunner_create(suite);
    if (env->mutant < 0 || (size_t)env->mutant > count) {
        printf("%s: no mutant %d (the suite has %zu)\n", suite_name,
               env->mutant, count);
        srunner_free(sr);
        return 77;
    }
    if (env->mutant > 0) {
        const nni_mutant *m = &mutants[env->mutant - 1];
        printf("%s: mutant %d: %s\n", suite_name, env->mutant, m->name);
        FILE *f =
            env->log != NULL && env->log[0] != '\0' ? fopen(env->log, "a") : NULL;
        if (f != NULL) {
            fprintf(f, "mutant suite=%s id=%d expect=%s name=%s\n", suite_name,
                    env->mutant, m->may_survive ? "may-survive" : "killed",
                    m->name);
            if (m->may_survive && m->instead != NULL)
                fprintf(f, "instead %s\n", m->instead);
            fclose(f);
        }
    }
    printf("%s: seed base NNI_TEST_SEED=%" PRIu64 ", alpha %g\n", suite_name,
           env->base, env->alpha);
    check_set_max_msg_size(16384);
    nni_test_report_files(sr);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif
