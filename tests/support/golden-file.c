#line 113 "book/app2-golden.nw"
/* support/golden-file.c -- 读黄金文件的小工具 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "support/golden-file.h"
#include "nninit.h"

#line 136 "book/app2-golden.nw"
void nni_app_golden_open(nni_app_golden_file *f, FILE *in, const char *name,
                         FILE *log, size_t *problems)
{
    memset(f, 0, sizeof *f);
    f->in = in;
    f->log = log;
    f->name = name;
    f->problems = problems;
}

bool nni_app_golden_next_line(nni_app_golden_file *f)
{
    while (fgets(f->line, sizeof f->line, f->in) != NULL) {
        f->lineno++;
        f->line[strcspn(f->line, "\r\n")] = '\0';
        if (f->line[0] != '\0' && f->line[0] != '#')
            return true;
    }
    return false;
}
#line 161 "book/app2-golden.nw"
/* 从 *cursor 起取下一个以空格分隔的记号，就地以 '\0' 结尾；没有了返回 NULL。 */
char *nni_app_golden_token(char **cursor)
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
#line 179 "book/app2-golden.nw"
bool nni_app_golden_shape(const char *s, size_t *ndim, size_t *shape)
{
    *ndim = 0;
    if (strcmp(s, "scalar") == 0)
        return true;
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
#line 197 "book/app2-golden.nw"
void nni_app_golden_problem(nni_app_golden_file *f, const char *format, ...)
{
    (*f->problems)++;
    if (f->log == NULL)
        return;
    va_list args;
    va_start(args, format);
    fprintf(f->log, "%s:%lu: case %s: %s: ", f->name, f->lineno, f->case_name,
            f->call);
    vfprintf(f->log, format, args);
    fputc('\n', f->log);
    va_end(args);
}
