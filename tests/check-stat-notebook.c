#line 1865 "book/appA5-stat-init.nw"
/* check-stat-notebook -- 笔记本每个循环之后每一层的权重，
   以及 n = 131072 的同一条路径 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "nninit.h"
#include "examples/notebook.h"
#include "stat-harness.h"

#line 2107 "book/appA5-stat-init.nw"
enum test_id { T_NB_CLAIMS, T_NB_NORMAL, T_NB_UNIFORM, T_NB_XAVIER };
#define ON(t) (1u << (t))

enum mutant_id {
    M_NONE, M_NB_VARIANCE, M_NB_A_PLUS_BU, M_NB_XAVIER_SQRT3,
    M_NB_STD_5PCT_SMALL,
    M_NB_SHORT_SMALL, M_NB_STD_5PCT, M_NB_SHORT, M_COUNT
};

static const nni_mutant mutants[M_COUNT - 1] = {
    [M_NB_VARIANCE - 1] =
        { "cells 7, 12: normal(0, sqrt(0.5)): the comment's variance",
          false, NULL },
    [M_NB_A_PLUS_BU - 1] = { "cell 5: uniform(3, 3 + 5)", false, NULL },
    [M_NB_XAVIER_SQRT3 - 1] = { "cell 16: Xavier bound sqrt(3/(n_in + n_out))",
                                false, NULL },
    [M_NB_STD_5PCT_SMALL - 1] =
        { "cells 7, 12: std 0.525, 5 % too wide (small layers)",
          true, "test_numpy_normal_512x256 (n = 131072)" },
    [M_NB_SHORT_SMALL - 1] =
        { "cell 5: uniform(3, 4.98), 1 % short (small layers)",
          true, "test_numpy_uniform_512x256 (n = 131072)" },
    [M_NB_STD_5PCT - 1] = { "normal(0, 0.525) at n = 131072", false, NULL },
    [M_NB_SHORT - 1] = { "uniform(3, 4.98) at n = 131072", false, NULL },
};

static const unsigned targets[M_COUNT - 1] = {
    [M_NB_VARIANCE - 1] = ON(T_NB_CLAIMS) | ON(T_NB_NORMAL),
    [M_NB_A_PLUS_BU - 1] = ON(T_NB_CLAIMS) | ON(T_NB_UNIFORM),
    [M_NB_XAVIER_SQRT3 - 1] = ON(T_NB_CLAIMS) | ON(T_NB_XAVIER),
    [M_NB_STD_5PCT_SMALL - 1] = ON(T_NB_CLAIMS),
    [M_NB_SHORT_SMALL - 1] = ON(T_NB_CLAIMS),
    [M_NB_STD_5PCT - 1] = ON(T_NB_NORMAL), [M_NB_SHORT - 1] = ON(T_NB_UNIFORM),
};

static bool skip(const nni_stat_test *t, enum test_id id)
{
    return t->mutant > 0 && (targets[t->mutant - 1] & ON(id)) == 0;
}
#line 1896 "book/appA5-stat-init.nw"
static void claimed_law(int cell, const nni_tensor *w, nni_law *law)
{
    nni_status status;
    if (cell == 5) {
        status = nni_law_uniform(law, 3.0, 5.0);
    } else if (cell == 16) {
        double b =
            sqrt(6.0 / (double)(nni_tensor_dim(w, 0) + nni_tensor_dim(w, 1)));
        status = nni_law_uniform(law, -b, b);
    } else {
        status = nni_law_normal(law, 0.0, 0.5);
    }
    ck_assert_int_eq(status, NNI_OK);
}
#line 1918 "book/appA5-stat-init.nw"
typedef struct claims {
    const nni_stat_test *t;
    nni_numpy_gen numpy;    /* 变异体自己抽样用 */
    size_t layers, failed;
    char msg[8192];
} claims;

static nni_tensor *mutant_weight(claims *c, int cell, const nni_tensor *w);

static void check_layer(claims *c, int cell, const char *path,
                        const nni_module *layer)
{
    const nni_tensor *w = nni_module_param(layer, "weight");
    nni_tensor *wrong = mutant_weight(c, cell, w);
    nni_sample *s;
    nni_law law;
    char msg[7936];
    claimed_law(cell, w, &law);
    ck_assert_int_eq(nni_sample_from_tensor(&s, wrong != NULL ? wrong : w),
                     NNI_OK);
    if (nni_stat_battery(c->t, s, &law, msg, sizeof msg) > 0
        && c->failed++ == 0)
        snprintf(c->msg, sizeof c->msg, "after cell %d, %s: %s", cell, path,
                 msg);
    c->layers++;
    nni_sample_free(s);
    nni_tensor_free(wrong);
}
#line 1949 "book/appA5-stat-init.nw"
static nni_status after_cell(int cell, const nni_module *net1,
                             const nni_module *net2, void *ctx)
{
    claims *c = ctx;
    char path[64];
    if (cell == 5 || cell == 16)
        check_layer(c, cell, "net1[0]", nni_module_child(net1, 0));
    if (cell == 7)
        for (size_t i = 0; i < nni_module_len(net1); i++)
            if (nni_module_kind_of(nni_module_child(net1, i)) == NNI_LINEAR) {
                snprintf(path, sizeof path, "net1[%zu]", i);
                check_layer(c, cell, path, nni_module_child(net1, i));
            }
    if (cell == 12)
        for (const nni_module *m = net2; m != NULL;
             m = nni_module_next(net2, m))
            if (nni_module_kind_of(m) == NNI_LINEAR)
                check_layer(c, cell, "a linear layer of net2", m);
    return NNI_OK;
}
#line 2149 "book/appA5-stat-init.nw"
static nni_tensor *mutant_weight(claims *c, int cell, const nni_tensor *w)
{
    const int m = c->t->mutant;
    const size_t shape[2] = { nni_tensor_dim(w, 0), nni_tensor_dim(w, 1) };
    const bool normal_cell = cell == 7 || cell == 12;
    double b;
    nni_tensor *t;
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT64, 2, shape), NNI_OK);
    if (normal_cell && (m == M_NB_VARIANCE || m == M_NB_STD_5PCT_SMALL)) {
        const double std = m == M_NB_VARIANCE ? sqrt(0.5) : 0.525;
        ck_assert_int_eq(nni_numpy_normal(&c->numpy, t, 0.0, std), NNI_OK);
    } else if (cell == 5 && (m == M_NB_A_PLUS_BU || m == M_NB_SHORT_SMALL)) {
        ck_assert_int_eq(nni_numpy_uniform(&c->numpy, t, 3.0,
                                           m == M_NB_A_PLUS_BU ? 8.0 : 4.98),
                         NNI_OK);
    } else if (cell == 16 && m == M_NB_XAVIER_SQRT3) {
        b = sqrt(3.0 / (double)(shape[0] + shape[1]));
        ck_assert_int_eq(nni_numpy_uniform(&c->numpy, t, -b, b), NNI_OK);
    } else {
        nni_tensor_free(t);
        t = NULL;
    }
    return t;
}
#line 1975 "book/appA5-stat-init.nw"
START_TEST(test_notebook_claims)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_NB_CLAIMS))
        return;
    claims c = { .t = &t };
    ck_assert_int_eq(nni_numpy_seed(&c.numpy, t.seed % ((uint64_t)1 << 32)),
                     NNI_OK);
    ck_assert_int_eq(notebook_visit(t.seed, NULL, &c), NNI_EINVAL);
    ck_assert_int_eq(notebook_visit(t.seed, after_cell, &c), NNI_OK);
    ck_assert_uint_eq(c.layers, 8);
    ck_assert_msg(c.failed == 0, "%zu of %zu layers failed; the first: %s",
                  c.failed, c.layers, c.msg);
}
END_TEST
#line 2006 "book/appA5-stat-init.nw"
static nni_module *replaced_layer(const nni_stat_test *t, nni_torch_gen *g,
                                  bool normal, double p1, double p2)
{
    const size_t shape[2] = { 512, 256 };
    nni_numpy_gen np;
    nni_module *layer;
    nni_tensor *fresh;
    ck_assert_int_eq(nni_torch_manual_seed(g, t->seed), NNI_OK);
    ck_assert_int_eq(nni_numpy_seed(&np, t->seed % ((uint64_t)1 << 32)),
                     NNI_OK);
    ck_assert_int_eq(nni_linear_new(&layer, 256, 512, true, NNI_FLOAT32, g),
                     NNI_OK);
    ck_assert_int_eq(nni_tensor_new(&fresh, NNI_FLOAT64, 2, shape), NNI_OK);
    ck_assert_int_eq(normal ? nni_numpy_normal(&np, fresh, p1, p2)
                            : nni_numpy_uniform(&np, fresh, p1, p2), NNI_OK);
    ck_assert_int_eq(nni_module_set_param(layer, "weight", fresh), NNI_OK);
    return layer;
}

static void check_weight(const nni_stat_test *t, const nni_module *layer,
                         const nni_law *law)
{
    const nni_tensor *w = nni_module_param(layer, "weight");
    nni_sample *s;
    ck_assert_int_eq(nni_sample_from_tensor(&s, w), NNI_OK);
    NNI_ASSERT_BATTERY(t, s, law);
    nni_sample_free(s);
}
#line 2037 "book/appA5-stat-init.nw"
START_TEST(test_numpy_normal_512x256)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_NB_NORMAL))
        return;
    const double std = t.mutant == M_NB_VARIANCE ? sqrt(0.5)
                     : t.mutant == M_NB_STD_5PCT ? 0.525 : 0.5;
    nni_torch_gen g;
    nni_law law;
    nni_module *layer = replaced_layer(&t, &g, true, 0.0, std);
    ck_assert_int_eq(nni_law_normal(&law, 0.0, 0.5), NNI_OK);
    check_weight(&t, layer, &law);
    nni_module_free(layer);
}
END_TEST

START_TEST(test_numpy_uniform_512x256)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_NB_UNIFORM))
        return;
    const double b = t.mutant == M_NB_A_PLUS_BU ? 8.0
                   : t.mutant == M_NB_SHORT ? 4.98 : 5.0;
    nni_torch_gen g;
    nni_law law;
    nni_module *layer = replaced_layer(&t, &g, false, 3.0, b);
    ck_assert_int_eq(nni_law_uniform(&law, 3.0, 5.0), NNI_OK);
    check_weight(&t, layer, &law);
    nni_module_free(layer);
}
END_TEST
#line 2071 "book/appA5-stat-init.nw"
START_TEST(test_xavier_float64_512x256)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_NB_XAVIER))
        return;
    nni_torch_gen g;
    nni_law law;
    nni_module *layer = replaced_layer(&t, &g, true, 0.0, 0.5);
    nni_tensor *w = nni_module_param(layer, "weight");
    const double b = sqrt(6.0 / 768.0), wrong = sqrt(3.0 / 768.0);
    const bool mutant = t.mutant == M_NB_XAVIER_SQRT3;
    ck_assert_int_eq(mutant ? nni_torch_uniform_(&g, w, -wrong, wrong)
                            : nni_init_xavier_uniform_(&g, w, 1.0), NNI_OK);
    ck_assert_int_eq(nni_law_uniform(&law, -b, b), NNI_OK);
    check_weight(&t, layer, &law);
    nni_module_free(layer);
}
END_TEST

#line 1881 "book/appA5-stat-init.nw"
int main(void)
{
    Suite *s = suite_create("stat-notebook");
    TCase *tc = tcase_create("stat");
    tcase_set_timeout(tc, 60);
    
#line 1993 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_notebook_claims, 0, 4);
#line 2092 "book/appA5-stat-init.nw"
tcase_add_loop_test(tc, test_numpy_normal_512x256, 0, 1);
tcase_add_loop_test(tc, test_numpy_uniform_512x256, 0, 1);
tcase_add_loop_test(tc, test_xavier_float64_512x256, 0, 1);
#line 1887 "book/appA5-stat-init.nw"
    suite_add_tcase(s, tc);
    return nni_stat_main(s, "stat-notebook", mutants, M_COUNT - 1);
}
