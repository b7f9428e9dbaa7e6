#line 861 "book/app1-tests.nw"
/* check-print -- 张量打印的测试：与 PyTorch 1.13 的 repr() 逐字节比对 */
#include <check.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "base/strbuf.h"
#include "test-support.h"

#line 890 "book/app1-tests.nw"
static char *read_whole_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    long n;
    if (f == NULL)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0
        && fseek(f, 0, SEEK_SET) == 0
        && (text = malloc((size_t)n + 1)) != NULL) {
        if (fread(text, 1, (size_t)n, f) == (size_t)n) {
            text[n] = '\0';
        } else {
            free(text);
            text = NULL;
        }
    }
    fclose(f);
    return text;
}

static char *next_line(char **p)
{
    char *line = *p, *nl = strchr(line, '\n');
    if (nl != NULL) {
        *nl = '\0';
        *p = nl + 1;
    } else {
        *p = line + strlen(line);
    }
    return line;
}
#line 928 "book/app1-tests.nw"
static char *expect_key(char **p, const char *key)
{
    char *line = next_line(p);
    size_t n = strlen(key);
    ck_assert_msg(strncmp(line, key, n) == 0
                      && (line[n] == ' ' || line[n] == '\0'),
                  "golden file: expected '%s', found '%.40s'", key, line);
    return line + n;
}

static void store_bits(nni_tensor *t, size_t i, uint64_t bits)
{
    if (nni_tensor_dtype(t) == NNI_FLOAT32) {
        uint32_t b = (uint32_t)bits;
        memcpy((float *)nni_tensor_data(t) + i, &b, sizeof b);
    } else {
        memcpy((double *)nni_tensor_data(t) + i, &bits, sizeof bits);
    }
}
#line 954 "book/app1-tests.nw"
typedef struct golden_case {
    const char *name;
    nni_tensor *t;
    unsigned flags;
    char *expected;     /* malloc 得到 */
} golden_case;

static void read_case(char **p, golden_case *c)
{
    char *rest, *end;
    size_t ndim = 0, shape[NNI_MAX_DIMS];
    c->name = expect_key(p, "case") + 1;
    bool single = strcmp(expect_key(p, "dtype"), " float32") == 0;
    nni_dtype dtype = single ? NNI_FLOAT32 : NNI_FLOAT64;
    for (rest = expect_key(p, "shape"); *rest != '\0'; rest = end) {
        ck_assert_uint_lt(ndim, NNI_MAX_DIMS);
        shape[ndim++] = (size_t)strtoull(rest, &end, 10);
    }
    ck_assert_int_eq(nni_tensor_new(&c->t, dtype, ndim, shape), NNI_OK);
    bool grad = atoi(expect_key(p, "grad")) != 0;
    ck_assert_int_eq(nni_tensor_set_requires_grad(c->t, grad), NNI_OK);
    c->flags = atoi(expect_key(p, "param")) != 0 ? NNI_PRINT_PARAMETER : 0;
    uint64_t fill = strtoull(expect_key(p, "fill"), NULL, 16);
    for (size_t i = 0; i < nni_tensor_numel(c->t); i++)
        store_bits(c->t, i, fill);
    
#line 988 "book/app1-tests.nw"
char *line = next_line(p);
size_t count = (size_t)strtoull(line + strcspn(line, " "), NULL, 10);
if (strncmp(line, "values ", 7) == 0) {
    ck_assert_uint_eq(count, nni_tensor_numel(c->t));
    for (size_t i = 0; i < count; i++)
        store_bits(c->t, i, strtoull(*p, p, 16));
    if (count > 0)
        next_line(p);
} else {
    ck_assert_msg(strncmp(line, "sparse ", 7) == 0,
                  "golden file: bad line '%.40s'", line);
    for (size_t i = 0; i < count; i++) {
        size_t index = (size_t)strtoull(*p, p, 10);
        ck_assert_uint_lt(index, nni_tensor_numel(c->t));
        store_bits(c->t, index, strtoull(*p, p, 16));
        next_line(p);
    }
}
#line 980 "book/app1-tests.nw"
    
#line 1009 "book/app1-tests.nw"
size_t lines = (size_t)strtoull(expect_key(p, "repr"), NULL, 10);
size_t cap = 1, len = 0;
char *start = *p;
for (size_t i = 0; i < lines; i++)
    cap += strlen(next_line(p)) + 1;
c->expected = malloc(cap);
ck_assert_ptr_nonnull(c->expected);
for (size_t i = 0; i < lines; i++) {      /* next_line 把各行拆开了，再拼回去 */
    size_t n = strlen(start);
    memcpy(c->expected + len, start, n);
    len += n;
    if (i + 1 < lines)
        c->expected[len++] = '\n';
    start += n + 1;
}
c->expected[len] = '\0';
#line 981 "book/app1-tests.nw"
    ck_assert_str_eq(next_line(p), "end");
}
#line 1030 "book/app1-tests.nw"
static void report_difference(const char *name, const char *expected,
                              const char *got)
{
    for (size_t line = 1;; line++) {
        size_t ne = strcspn(expected, "\n"), ng = strcspn(got, "\n");
        if (ne != ng || memcmp(expected, got, ne) != 0
            || expected[ne] != got[ng]) {
            fprintf(stderr, "%s: line %zu differs\n", name, line);
            fprintf(stderr, "  PyTorch: %.*s%s\n", (int)ne, expected,
                    expected[ne] ? "" : " <end>");
            fprintf(stderr, "  ours:    %.*s%s\n", (int)ng, got,
                    got[ng] ? "" : " <end>");
            return;
        }
        if (expected[ne] == '\0')
            return;
        expected += ne + 1;
        got += ng + 1;
    }
}
#line 1056 "book/app1-tests.nw"
START_TEST(test_golden_reprs)
{
    char *text = read_whole_file("tests/golden/print/cases.txt");
    ck_assert_msg(text != NULL, "cannot read tests/golden/print/cases.txt "
                  "(run the tests from the top directory)");
    char *p = text;
    next_line(&p);                                  /* 注释行 */
    size_t total = (size_t)strtoull(expect_key(&p, "count"), NULL, 10),
           failed = 0;
    for (size_t i = 0; i < total; i++) {
        golden_case c;
        char *got;
        read_case(&p, &c);
        ck_assert_int_eq(nni_tensor_repr(&got, c.t, c.flags), NNI_OK);
        if (strcmp(got, c.expected) != 0) {
            report_difference(c.name, c.expected, got);
            failed++;
        }
        nni_free(got);
        nni_tensor_free(c.t);
        free(c.expected);
    }
    ck_assert_msg(*p == '\0', "golden file: text after the last case");
    ck_assert_msg(total > 500, "golden file: only %zu cases", total);
    ck_assert_msg(failed == 0,
                  "%zu of %zu tensors print differently from PyTorch "
                  "(first differing lines on stderr)", failed, total);
    free(text);
}
END_TEST
#line 1098 "book/app1-tests.nw"
static nni_tensor *ramp_tensor(nni_dtype dtype, size_t rows, size_t cols)
{
    const size_t shape[2] = { rows, cols };
    nni_tensor *t;
    ck_assert_int_eq(nni_tensor_new(&t, dtype, 2, shape), NNI_OK);
    for (size_t i = 0; i < rows * cols; i++) {
        const size_t index[2] = { i / cols, i % cols };
        ck_assert_int_eq(nni_tensor_set(t, index, 0.01 * (double)i - 1.0),
                         NNI_OK);
    }
    return t;
}

START_TEST(test_fprint)
{
    nni_tensor *t = ramp_tensor(NNI_FLOAT64, 3, 4);
    char *text, buf[512];
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(nni_tensor_repr(&text, t, NNI_PRINT_PARAMETER), NNI_OK);
    ck_assert_int_eq(nni_tensor_fprint(f, t, NNI_PRINT_PARAMETER), NNI_OK);
    rewind(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    ck_assert_uint_eq(n, strlen(text) + 1);
    ck_assert(strncmp(buf, text, strlen(text)) == 0 && buf[n - 1] == '\n');
    ck_assert(strncmp(text, "Parameter containing:\ntensor([[", 31) == 0);
    fclose(f);
    nni_free(text);
    nni_tensor_free(t);
}
END_TEST
#line 1140 "book/app1-tests.nw"
START_TEST(test_errors)
{
    nni_tensor *t = ramp_tensor(NNI_FLOAT32, 2, 2);
    char *text = (char *)&text;  /* 非空的垃圾值：失败时必须被置空 */
    ck_assert_int_eq(nni_tensor_repr(NULL, t, 0), NNI_EINVAL);
    ck_assert_int_eq(nni_tensor_repr(&text, NULL, 0), NNI_EINVAL);
    ck_assert_ptr_null(text);
    text = (char *)&text;
    ck_assert_int_eq(nni_tensor_repr(&text, t, 0x80), NNI_EINVAL);
    ck_assert_ptr_null(text);
    ck_assert_ptr_nonnull(strstr(nni_errmsg(), "unknown flags"));
    ck_assert_int_eq(nni_tensor_fprint(NULL, t, 0), NNI_EINVAL);
    ck_assert_int_eq(nni_tensor_fprint(stderr, NULL, 0), NNI_EINVAL);
    ck_assert_int_eq(nni_tensor_fprint(stderr, t, 2), NNI_EINVAL);

    FILE *readonly = fopen("tests/golden/print/cases.txt", "r");
    ck_assert_ptr_nonnull(readonly);
    ck_assert_int_eq(nni_tensor_fprint(readonly, t, 0), NNI_EIO);
    ck_assert_ptr_nonnull(strstr(nni_errmsg(), "writing"));
    fclose(readonly);
    
#line 1172 "book/app1-tests.nw"
FILE *full = fopen("/dev/full", "w");
ck_assert_ptr_nonnull(full);
ck_assert_int_eq(nni_tensor_fprint(full, t, 0), NNI_EIO);
fclose(full);
ck_assert_int_eq(nni_tensor_fprint(stderr, NULL, 0), NNI_EINVAL);
ck_assert_str_eq(nni_errmsg(), "nni_tensor_fprint: tensor is NULL");
#line 1161 "book/app1-tests.nw"
    nni_tensor_free(t);
}
END_TEST
#line 1191 "book/app1-tests.nw"
START_TEST(test_allocation_failures)
{
    nni_set_allocator(&counting_allocator);
    allocations_left = -1;
    nni_tensor *t = ramp_tensor(NNI_FLOAT32, 40, 30);
    ck_assert_int_eq(nni_tensor_set_requires_grad(t, true), NNI_OK);
    long baseline = live_blocks;
    char *good, *text;

    allocations = 0;
    ck_assert_int_eq(nni_tensor_repr(&good, t, NNI_PRINT_PARAMETER), NNI_OK);
    long needed = allocations;
    ck_assert_int_ge(needed, 3);
    for (long k = 0; k < needed; k++) {
        allocations_left = k;
        text = (char *)&text;
        ck_assert_int_eq(nni_tensor_repr(&text, t, NNI_PRINT_PARAMETER),
                         NNI_ENOMEM);
        ck_assert_ptr_null(text);
        ck_assert_int_eq(live_blocks, baseline + 1);   /* 只有 good */
    }
    allocations_left = -1;
    ck_assert_int_eq(nni_tensor_repr(&text, t, NNI_PRINT_PARAMETER), NNI_OK);
    ck_assert_str_eq(text, good);
    nni_free(text);
    nni_free(good);
    nni_tensor_free(t);
    ck_assert_int_eq(live_blocks, 0);
    nni_set_allocator(NULL);
}
END_TEST
#line 1238 "book/app1-tests.nw"
START_TEST(test_strbuf)
{
    nni__strbuf sb = NNI__STRBUF_INIT("test_strbuf");
    char *s;
    ck_assert_int_eq(nni__strbuf_finish(&sb, &s), NNI_OK);
    ck_assert_str_eq(s, "");
    nni_free(s);

    for (int i = 0; i < 100; i++)
        nni__strbuf_printf(&sb, "%d,", i % 10);
    ck_assert_uint_eq(sb.len, 200);
    ck_assert_uint_eq(nni__strbuf_last_line_len(&sb, 150), 50);
    nni__strbuf_free(&sb);

    nni__strbuf_puts(&sb, "x: ");
    nni__strbuf_puts_indented(&sb, "Seq(\n(0): A\n\nB)", 2);
    ck_assert_str_eq(sb.data, "x: Seq(\n  (0): A\n  \n  B)");
    ck_assert_uint_eq(nni__strbuf_last_line_len(&sb, 0), 4);
    ck_assert_uint_eq(nni__strbuf_last_line_len(&sb, sb.len), 0);
    nni__strbuf_free(&sb);
    
#line 1264 "book/app1-tests.nw"
nni_set_allocator(&counting_allocator);
allocations_left = 1;                       /* 第一次分配成功，第二次失败 */
nni__strbuf_repeat(&sb, 'a', 10);
nni__strbuf_repeat(&sb, 'b', 100);          /* 需要增长：失败 */
nni__strbuf_puts(&sb, "c");
ck_assert_uint_eq(sb.len, 10);
ck_assert_int_eq(sb.status, NNI_ENOMEM);
s = (char *)&s;
ck_assert_int_eq(nni__strbuf_finish(&sb, &s), NNI_ENOMEM);
ck_assert_ptr_null(s);
ck_assert_int_eq(live_blocks, 0);
allocations_left = -1;
nni_set_allocator(NULL);
#line 1259 "book/app1-tests.nw"
}
END_TEST

#line 876 "book/app1-tests.nw"
int main(void)
{
    Suite *s = suite_create("print");
    TCase *tc = tcase_create("core");
    
#line 1089 "book/app1-tests.nw"
tcase_add_test(tc, test_golden_reprs);
#line 1133 "book/app1-tests.nw"
tcase_add_test(tc, test_fprint);
#line 1181 "book/app1-tests.nw"
tcase_add_test(tc, test_errors);
#line 1225 "book/app1-tests.nw"
tcase_add_test(tc, test_allocation_failures);
#line 1280 "book/app1-tests.nw"
tcase_add_test(tc, test_strbuf);
#line 881 "book/app1-tests.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
