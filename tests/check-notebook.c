#line 698 "book/app3-notebook.nw"
/* check-notebook -- C 版笔记本的转录与 PyTorch 逐字相同 */
#include <check.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "examples/notebook.h"
#include "nninit.h"
#include "test-support.h"

#line 725 "book/app3-notebook.nw"
static char *slurp(FILE *f)
{
    long size;
    ck_assert(fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0);
    rewind(f);
    char *text = malloc((size_t)size + 1);
    ck_assert_ptr_nonnull(text);
    ck_assert_uint_eq(fread(text, 1, (size_t)size, f), (size_t)size);
    text[size] = '\0';
    return text;
}

static char *run_to_string(uint64_t seed, int only_cell)
{
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(notebook_run(f, seed, only_cell), NNI_OK);
    char *text = slurp(f);
    fclose(f);
    return text;
}
#line 752 "book/app3-notebook.nw"
static void assert_same_text(const char *what, const char *got,
                             const char *expected)
{
    size_t i = 0, line = 1, start = 0;
    while (got[i] != '\0' && got[i] == expected[i]) {
        if (got[i] == '\n') {
            line++;
            start = i + 1;
        }
        i++;
    }
    ck_assert_msg(got[i] == expected[i],
                  "%s differs at line %zu:\n  C:       %.*s\n"
                  "  PyTorch: %.*s",
                  what, line, (int)strcspn(got + start, "\n"), got + start,
                  (int)strcspn(expected + start, "\n"), expected + start);
}
#line 775 "book/app3-notebook.nw"
START_TEST(test_transcripts_match_pytorch)
{
    FILE *list = fopen("tests/golden/notebook/seeds.txt", "r");
    ck_assert_msg(list != NULL, "cannot open tests/golden/notebook/seeds.txt");
    uint64_t seed;
    int n = 0;
    while (fscanf(list, "%" SCNu64, &seed) == 1) {
        char path[128], what[64];
        snprintf(path, sizeof path,
                 "tests/golden/notebook/seed-%" PRIu64 ".txt", seed);
        snprintf(what, sizeof what, "transcript for seed %" PRIu64, seed);
        FILE *f = fopen(path, "r");
        ck_assert_msg(f != NULL, "cannot open %s", path);
        char *expected = slurp(f), *got = run_to_string(seed, 0);
        fclose(f);
        assert_same_text(what, got, expected);
        free(expected);
        free(got);
        n++;
    }
    fclose(list);
    ck_assert_int_ge(n, 20);
}
END_TEST
#line 804 "book/app3-notebook.nw"
START_TEST(test_single_cells)
{
    static const int counts[] = { 4, 6, 10, 11, 14, 16, 17 };
    char *all = run_to_string(3, 0);
    for (size_t k = 0; k < sizeof counts / sizeof counts[0]; k++) {
        char head[16], what[32];
        snprintf(head, sizeof head, "In [%d]:\n", counts[k]);
        const char *begin = strstr(all, head);
        ck_assert_ptr_nonnull(begin);
        begin += strlen(head);
        size_t len = strcspn(begin, "I");       /* 到下一个 "In [" 为止 */
        while (begin[len] != '\0' && strncmp(begin + len, "In [", 4) != 0)
            len += 1 + strcspn(begin + len + 1, "I");
        char *one = run_to_string(3, counts[k]);
        snprintf(what, sizeof what, "cell %d alone", counts[k]);
        ck_assert_uint_eq(strlen(one), len);
        ck_assert_msg(strncmp(one, begin, len) == 0,
                      "%s differs from the transcript", what);
        free(one);
    }
    free(all);
}
END_TEST

#line 712 "book/app3-notebook.nw"
int main(void)
{
    Suite *s = suite_create("notebook");
    TCase *tc = tcase_create("transcripts");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_transcripts_match_pytorch);
    tcase_add_test(tc, test_single_cells);
    suite_add_tcase(s, tc);
    return run_suite(s);
}
