#line 1733 "book/appA5-stat-init.nw"
/* mutate -- make power 的库变异体：在源代码的副本里把一段代码换成错误的写法 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct source_mutant {
    const char *name;       /* 错在哪里 */
    const char *file;       /* 相对于源代码树的文件名 */
    const char *from;       /* 原来的代码，必须恰好出现一次 */
    const char *to;         /* 换成的代码 */
    const char *suite;      /* 必须因此失败的测试套件 */
} source_mutant;

static const source_mutant mutants[] = {
    
#line 1695 "book/appA5-stat-init.nw"
{ "trunc_normal_: float64 without the final clamp_", "src/init/trunc.c",
  "std * sqrt(2.),\n                                        mean, a, b);",
  "std * sqrt(2.),\n                                        mean, -HUGE_VAL, "
  "HUGE_VAL);", "check-init" },
{ "trunc_normal_: float32 without the final clamp_", "src/init/trunc.c",
  "(float)a, (float)b);", "-HUGE_VALF, HUGE_VALF);", "check-init" },
{ "var check: Var (x-mu)^2 taken as mu4, not mu4 - mu2^2", "src/stats/check.c",
  "double vy = mu[4] - mu[2] * mu[2];", "double vy = mu[4];", "check-stats" },
{ "m4 check: Var (x-mu)^4 taken as mu8, not mu8 - mu4^2", "src/stats/check.c",
  "double vy = mu[8] - mu[4] * mu[4];", "double vy = mu[8];", "check-stats" },
{ "reach check: p = alpha / n instead of 1 - alpha^(1/n)", "src/stats/check.c",
  "p = -expm1(log(in->o.alpha) / n);", "p = in->o.alpha / n;", "check-stats" },
{ "normal_: no check that the values stay finite", "src/random/torch.c",
  "if (!(fabs(m) + NNI__TORCH_ZMAX * s <= max))",
  "if (0 && !(fabs(m) + NNI__TORCH_ZMAX * s <= max))", "check-random" },
{ "nni_xoshiro_normal_: no check that the values stay finite",
  "src/random/xoshiro.c", "if (!(fabs(m) + NNI__TORCH_ZMAX * s <= max))",
  "if (0 && !(fabs(m) + NNI__TORCH_ZMAX * s <= max))", "check-kernels" },
{ "number formatting in the caller's locale", "src/base/clocale.c",
  "newlocale(LC_ALL_MASK, \"C\", (locale_t)0)", "(locale_t)0", "check-locale" },
{ "nni_tensor_fprint does not flush the stream", "src/tensor/print.c",
  "\n                  || fflush(stream) == EOF;", ";", "check-print" },
{ "nninit -o replaces an existing file by renaming", "src/cli/output.c",
  "return write_in_place(t, format, path, q, err, errsize);",
  "return write_via_temporary(t, format, path, q, err, errsize);",
  "check-hostile" },
#line 1748 "book/appA5-stat-init.nw"
};
#define N_MUTANTS (sizeof mutants / sizeof mutants[0])

#line 1758 "book/appA5-stat-init.nw"
static char *slurp_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    long n;
    if (f != NULL && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0
        && fseek(f, 0, SEEK_SET) == 0
        && (text = malloc((size_t)n + 1)) != NULL) {
        *len = fread(text, 1, (size_t)n, f);
        text[*len] = '\0';
    }
    if (f != NULL)
        fclose(f);
    return text;
}
#line 1776 "book/appA5-stat-init.nw"
static int apply(const source_mutant *m, const char *dir)
{
    char path[4096];
    size_t len = 0, count = 0;
    snprintf(path, sizeof path, "%s/%s", dir, m->file);
    char *text = slurp_file(path, &len), *at = NULL;
    for (char *p = text; p != NULL && (p = strstr(p, m->from)) != NULL; p++) {
        at = p;
        count++;
    }
    if (count != 1) {
        fprintf(stderr, "mutate: '%s' occurs %zu times in %s (want once)\n",
                m->from, count, path);
        free(text);
        return 1;
    }
    FILE *f = fopen(path, "wb");
    const size_t head = (size_t)(at - text);
    int ok = f != NULL && fwrite(text, 1, head, f) == head
             && fputs(m->to, f) >= 0 && fputs(at + strlen(m->from), f) >= 0;
    ok = f != NULL && fclose(f) == 0 && ok;
    free(text);
    return ok ? 0 : 1;
}
#line 1803 "book/appA5-stat-init.nw"
int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "list") == 0) {
        for (size_t k = 0; k < N_MUTANTS; k++)
            printf("%zu\t%s\t%s\n", k + 1, mutants[k].suite, mutants[k].name);
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "apply") == 0) {
        const unsigned long k = strtoul(argv[2], NULL, 10);
        if (k >= 1 && k <= N_MUTANTS)
            return apply(&mutants[k - 1], argv[3]);
    }
    fprintf(stderr, "usage: mutate list | mutate apply K DIR\n");
    return 2;
}
