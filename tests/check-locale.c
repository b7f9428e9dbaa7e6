#line 446 "book/appB-reliability.nw"
/* check-locale -- 在逗号小数点的 locale 中，库写数、读数与 C locale 相同 */
#define _POSIX_C_SOURCE 200809L     /* setenv, open_memstream */
#include <check.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "test-support.h"

#ifndef NNI_LOCALE_DIR
#define NNI_LOCALE_DIR "build/locale"
#endif

#line 481 "book/appB-reliability.nw"
static void put_tensor(FILE *f, double scale)
{
    const size_t shape[2] = { 2, 3 };
    nni_tensor *t;
    char *text;
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT64, 2, shape), NNI_OK);
    for (size_t i = 0; i < 6; i++)
        ((double *)nni_tensor_data(t))[i] = scale * ((double)i - 2.5);
    ck_assert_int_eq(nni_tensor_repr(&text, t, NNI_PRINT_PARAMETER), NNI_OK);
    fprintf(f, "%s\n", text);
    ck_assert_int_eq(nni_tensor_fprint(f, t, 0), NNI_OK);
    nni_free(text);
    nni_tensor_free(t);
}
#line 498 "book/appB-reliability.nw"
static void put_laws_and_checks(FILE *f)
{
    nni_law law[3];
    char what[160];
    ck_assert_int_eq(nni_law_uniform(&law[0], -0.3, 0.7), NNI_OK);
    ck_assert_int_eq(nni_law_normal(&law[1], 1.5, 2.0), NNI_OK);
    ck_assert_int_eq(nni_law_truncnorm(&law[2], 0.1, 0.5, -0.5, 1.0), NNI_OK);
    for (int k = 0; k < 3; k++) {
        ck_assert_int_eq(nni_law_describe(&law[k], what, sizeof what), NNI_OK);
        fprintf(f, "%s\n", what);
    }
    double x[200];
    for (int i = 0; i < 200; i++)
        x[i] = -0.3 + (i * 37 % 200 + 0.5) / 200.0;
    nni_sample *s;
    nni_battery b;
    ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT64, x, 200), NNI_OK);
    ck_assert_int_eq(nni_check_battery(&b, s, &law[0], NULL), NNI_OK);
    for (size_t k = 0; k < b.count; k++)
        fprintf(f, "%s\n", b.result[k].line);
    nni_sample_free(s);
}
#line 523 "book/appB-reliability.nw"
static char *everything(const char *locale)
{
    char *text = NULL;
    size_t len = 0;
    ck_assert_msg(setlocale(LC_ALL, locale) != NULL, "cannot set locale %s",
                  locale);
    FILE *f = open_memstream(&text, &len);
    ck_assert_ptr_nonnull(f);
    put_tensor(f, 0.25);
    put_tensor(f, 1e-7);
    put_laws_and_checks(f);
    nni_module *lin;
    nni_torch_gen gen;
    nni_torch_manual_seed(&gen, 0);
    ck_assert_int_eq(nni_linear_new(&lin, 3, 2, true, NNI_FLOAT32, &gen),
                     NNI_OK);
    ck_assert_int_eq(nni_module_fprint(f, lin), NNI_OK);
    nni_tensor *bias = nni_module_param(lin, "bias");
    ck_assert_int_eq(nni_torch_uniform_(&gen, bias, 1.5, 0.25), NNI_EINVAL);
    fprintf(f, "%s\n", nni_errmsg());
    nni_module_free(lin);
    ck_assert_int_eq(fclose(f), 0);
    return text;
}
#line 554 "book/appB-reliability.nw"
START_TEST(test_comma_locale_changes_nothing)
{
    char probe[16];
    char *c_text = everything("C");
    ck_assert_ptr_nonnull(strstr(c_text, "0.6250"));
    ck_assert_int_eq(setenv("LOCPATH", NNI_LOCALE_DIR, 1), 0);
    ck_assert_msg(setlocale(LC_ALL, "de_DE.UTF-8") != NULL,
                  "no de_DE.UTF-8 locale in " NNI_LOCALE_DIR " (run make)");
    snprintf(probe, sizeof probe, "%.1f", 0.5);
    ck_assert_str_eq(probe, "0,5");
    char *de_text = everything("de_DE.UTF-8");
    size_t at = 0;                          /* 第一处不同所在的行的开头 */
    for (size_t i = 0; c_text[i] != '\0' && c_text[i] == de_text[i]; i++)
        if (c_text[i] == '\n')
            at = i + 1;
    ck_assert_msg(strcmp(de_text, c_text) == 0,
                  "in de_DE.UTF-8: '%.60s', in C: '%.60s'", de_text + at,
                  c_text + at);
    free(c_text);
    free(de_text);
}
END_TEST
#line 582 "book/appB-reliability.nw"
START_TEST(test_gain_by_name_reads_a_point)
{
    double g = 0.0, slope = 0.2, expected;
    ck_assert_int_eq(setenv("LOCPATH", NNI_LOCALE_DIR, 1), 0);
    ck_assert_ptr_nonnull(setlocale(LC_ALL, "de_DE.UTF-8"));
    ck_assert_int_eq(nni_init_calculate_gain(NNI_NL_LEAKY_RELU, &slope,
                                             &expected), NNI_OK);
    ck_assert_int_eq(nni_init_calculate_gain_by_name("leaky_relu", "0.2", &g),
                     NNI_OK);
    ck_assert(g == expected);
    ck_assert_int_eq(nni_init_calculate_gain_by_name("leaky_relu", "0,2", &g),
                     NNI_EINVAL);
    ck_assert(g == expected);
}
END_TEST

#line 465 "book/appB-reliability.nw"
int main(void)
{
    Suite *s = suite_create("locale");
    TCase *tc = tcase_create("de_DE");
    tcase_add_test(tc, test_comma_locale_changes_nothing);
    tcase_add_test(tc, test_gain_by_name_reads_a_point);
    suite_add_tcase(s, tc);
    return run_suite(s);
}
