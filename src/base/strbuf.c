#line 176 "book/ch36-print.nw"
/* base/strbuf.c -- 可增长的字符串缓冲区 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/internal.h"
#include "base/strbuf.h"

#line 197 "book/ch36-print.nw"
static bool reserve(nni__strbuf *sb, size_t extra)
{
    if (sb->status != NNI_OK)
        return false;
    if (extra > SIZE_MAX - 1 - sb->len) {
        sb->status = nni__fail(NNI_EOVERFLOW,
                               "string buffer: length overflows size_t");
        return false;
    }
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap)
        return true;
    size_t cap = sb->cap < 64 ? 64 : sb->cap;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : 2 * cap;
    
#line 218 "book/ch36-print.nw"
char *data = nni__alloc_for(sb->who, cap);
if (data == NULL) {
    sb->status = NNI_ENOMEM;
    return false;
}
if (sb->data != NULL)
    memcpy(data, sb->data, sb->len + 1);
else
    data[0] = '\0';
nni_free(sb->data);
sb->data = data;
sb->cap = cap;
#line 213 "book/ch36-print.nw"
    return true;
}
#line 236 "book/ch36-print.nw"
void nni__strbuf_append(nni__strbuf *sb, const char *s, size_t n)
{
    if (!reserve(sb, n))
        return;
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

void nni__strbuf_puts(nni__strbuf *sb, const char *s)
{
    nni__strbuf_append(sb, s, strlen(s));
}

void nni__strbuf_repeat(nni__strbuf *sb, char c, size_t n)
{
    if (!reserve(sb, n))
        return;
    memset(sb->data + sb->len, c, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}
#line 265 "book/ch36-print.nw"
void nni__strbuf_printf(nni__strbuf *sb, const char *format, ...)
{
    va_list args, again;
    if (sb->status != NNI_OK)
        return;
    va_start(args, format);
    va_copy(again, args);
    int n = nni__vsnprintf(NULL, 0, format, args);
    if (n < 0)
        sb->status = nni__fail(NNI_EINVAL,
                               "string buffer: bad format \"%s\"", format);
    else if (reserve(sb, (size_t)n)) {
        nni__vsnprintf(sb->data + sb->len, (size_t)n + 1, format, again);
        sb->len += (size_t)n;
    }
    va_end(again);
    va_end(args);
}
#line 288 "book/ch36-print.nw"
void nni__strbuf_puts_indented(nni__strbuf *sb, const char *s, size_t indent)
{
    for (const char *nl; (nl = strchr(s, '\n')) != NULL; s = nl + 1) {
        nni__strbuf_append(sb, s, (size_t)(nl - s) + 1);
        nni__strbuf_repeat(sb, ' ', indent);
    }
    nni__strbuf_puts(sb, s);
}
#line 299 "book/ch36-print.nw"
size_t nni__strbuf_last_line_len(const nni__strbuf *sb, size_t start)
{
    if (sb->data == NULL || start > sb->len)
        return 0;
    size_t i = sb->len;
    while (i > start && sb->data[i - 1] != '\n')
        i--;
    return sb->len - i;
}
#line 314 "book/ch36-print.nw"
nni_status nni__strbuf_finish(nni__strbuf *sb, char **out)
{
    nni__strbuf_append(sb, "", 0);
    if (sb->status != NNI_OK) {
        nni_status status = sb->status;
        nni__strbuf_free(sb);
        *out = NULL;
        return status;
    }
    *out = sb->data;
    sb->data = NULL;
    sb->len = sb->cap = 0;
    return NNI_OK;
}

void nni__strbuf_free(nni__strbuf *sb)
{
    nni_free(sb->data);
    sb->data = NULL;
    sb->len = sb->cap = 0;
    sb->status = NNI_OK;
}
