#line 245 "book/ch30-errors.nw"
/* base/clocale.c -- 在 C locale 中格式化与解析数，不管调用者设置了什么 */
#define _POSIX_C_SOURCE 200809L     /* newlocale, uselocale, freelocale */
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/internal.h"

#line 262 "book/ch30-errors.nw"
typedef struct c_locale_scope {
    locale_t c, previous;
} c_locale_scope;

static c_locale_scope enter_c_locale(void)
{
    c_locale_scope scope;
    scope.c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    scope.previous = (locale_t)0;
    if (scope.c != (locale_t)0)
        scope.previous = uselocale(scope.c);
    return scope;
}

static void leave_c_locale(c_locale_scope scope)
{
    if (scope.c == (locale_t)0)
        return;
    uselocale(scope.previous);
    freelocale(scope.c);
}
#line 286 "book/ch30-errors.nw"
int nni__vsnprintf(char *buffer, size_t size, const char *format, va_list args)
{
    c_locale_scope scope = enter_c_locale();
    int n = vsnprintf(buffer, size, format, args);
    leave_c_locale(scope);
    return n;
}

int nni__snprintf(char *buffer, size_t size, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int n = nni__vsnprintf(buffer, size, format, args);
    va_end(args);
    return n;
}

double nni__strtod(const char *text, char **end)
{
    c_locale_scope scope = enter_c_locale();
    double v = strtod(text, end);
    leave_c_locale(scope);
    return v;
}
