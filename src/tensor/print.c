#line 344 "book/ch36-print.nw"
/* tensor/print.c -- 像 PyTorch 1.13 那样打印张量（torch/_tensor_str.py） */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/internal.h"
#include "base/strbuf.h"
#include "tensor/internal.h"
#include "tensor/print.h"

#line 367 "book/ch36-print.nw"
enum {
    PRECISION = 4,      /* 小数点后的位数（科学计数法中是尾数的） */
    THRESHOLD = 1000,   /* 元素多于这么多个时只显示摘要 */
    EDGEITEMS = 3,      /* 摘要时每一维首尾各显示几项 */
    LINEWIDTH = 80,     /* 目标行宽 */
    INDENT = 7          /* strlen("tensor(") */
};
#line 409 "book/ch36-print.nw"
typedef void (*value_visitor)(void *ctx, double value);
#line 463 "book/ch36-print.nw"
typedef struct formatter {
    bool int_mode;      /* 显示的有限非零值全是整数 */
    bool sci_mode;      /* 科学计数法 */
    size_t width;       /* 每个元素右对齐到这个宽度 */
} formatter;
#line 488 "book/ch36-print.nw"
enum { FORMATTED_MAX = 512 };
#line 524 "book/ch36-print.nw"
typedef struct value_range {
    size_t count;       /* 有限非零值的个数 */
    double min, max;    /* 它们绝对值的最小值与最大值 */
    bool all_integers;
} value_range;
#line 589 "book/ch36-print.nw"
typedef struct printer {
    const nni_tensor *t;
    const formatter *f;
    bool summarize;
} printer;
#line 759 "book/ch36-print.nw"
enum { SIZE_SUFFIX_MAX = 256 };
_Static_assert(6 + NNI_MAX_DIMS * 22 + 2 < SIZE_SUFFIX_MAX,
               "the size suffix must fit its buffer");
#line 390 "book/ch36-print.nw"
static size_t shown_count(size_t n, bool summarize)
{
    return summarize && n > 2 * EDGEITEMS ? 2 * EDGEITEMS : n;
}

static size_t shown_index(size_t n, bool summarize, size_t j)
{
    if (summarize && n > 2 * EDGEITEMS && j >= EDGEITEMS)
        return n - 2 * EDGEITEMS + j;
    return j;
}
#line 413 "book/ch36-print.nw"
static void visit_shown(const nni_tensor *t, bool summarize, size_t k,
                        size_t offset, value_visitor visit, void *ctx)
{
    if (k == t->ndim) {
        visit(ctx, nni__tensor_load(t, offset));
        return;
    }
    size_t n = t->shape[k];
    for (size_t j = 0; j < shown_count(n, summarize); j++) {
        size_t i = shown_index(n, summarize, j);
        visit_shown(t, summarize, k + 1, offset + i * t->stride[k], visit, ctx);
    }
}
#line 492 "book/ch36-print.nw"
static size_t format_plain(const formatter *f, double v, char *buf)
{
    int n;
    if (isnan(v))
        n = nni__snprintf(buf, FORMATTED_MAX, "nan");
    else if (f->sci_mode)
        n = nni__snprintf(buf, FORMATTED_MAX, "%.*e", (int)PRECISION, v);
    else if (f->int_mode)
        n = nni__snprintf(buf, FORMATTED_MAX, isinf(v) ? "%.0f" : "%.0f.", v);
    else
        n = nni__snprintf(buf, FORMATTED_MAX, "%.*f", (int)PRECISION, v);
    return n < 0 ? 0 : (size_t)n;
}
#line 510 "book/ch36-print.nw"
static void put_element(nni__strbuf *sb, const formatter *f, double v)
{
    char buf[FORMATTED_MAX];
    size_t n = format_plain(f, v, buf);
    if (n < f->width)
        nni__strbuf_repeat(sb, ' ', f->width - n);
    nni__strbuf_append(sb, buf, n);
}
#line 532 "book/ch36-print.nw"
static void widen_range(void *ctx, double v)
{
    value_range *r = ctx;
    if (!isfinite(v) || v == 0.0)
        return;
    double a = fabs(v);
    if (r->count == 0 || a < r->min)
        r->min = a;
    if (r->count == 0 || a > r->max)
        r->max = a;
    if (v != ceil(v))
        r->all_integers = false;
    r->count++;
}
#line 553 "book/ch36-print.nw"
static void widen_width(void *ctx, double v)
{
    formatter *f = ctx;
    char buf[FORMATTED_MAX];
    if (!isfinite(v) || v == 0.0)
        return;
    size_t n = format_plain(f, v, buf);
    if (n > f->width)
        f->width = n;
}
#line 568 "book/ch36-print.nw"
static formatter make_formatter(const nni_tensor *t, bool summarize)
{
    value_range r = { 0, 0.0, 0.0, true };
    formatter f = { true, false, 1 };
    visit_shown(t, summarize, 0, 0, widen_range, &r);
    if (r.count == 0)
        return f;
    f.int_mode = r.all_integers;
    f.sci_mode = r.max / r.min > 1000.0 || r.max > 1.0e8
                 || (!f.int_mode && r.min < 1.0e-4);
    visit_shown(t, summarize, 0, 0, widen_width, &f);
    return f;
}
#line 610 "book/ch36-print.nw"
static void put_vector(nni__strbuf *sb, const printer *p, size_t k,
                       size_t offset, size_t indent)
{
    size_t n = p->t->shape[k];
    bool cut = p->summarize && n > 2 * EDGEITEMS;
    size_t items = cut ? 2 * EDGEITEMS + 1 : n;     /* 截断时含省略号这一项 */
    size_t per_line = 1;
    if (indent < LINEWIDTH && (LINEWIDTH - indent) / (p->f->width + 2) > 1)
        per_line = (LINEWIDTH - indent) / (p->f->width + 2);
    nni__strbuf_puts(sb, "[");
    for (size_t i = 0; i < items; i++) {
        
#line 629 "book/ch36-print.nw"
if (i > 0 && i % per_line == 0) {
    nni__strbuf_puts(sb, ",\n");
    nni__strbuf_repeat(sb, ' ', indent + 1);
} else if (i > 0) {
    nni__strbuf_puts(sb, ", ");
}
#line 622 "book/ch36-print.nw"
        
#line 641 "book/ch36-print.nw"
if (cut && i == EDGEITEMS) {
    nni__strbuf_puts(sb, " ...");
} else {
    size_t index = cut && i > EDGEITEMS ? n - (items - i) : i;
    put_element(sb, p->f,
                nni__tensor_load(p->t, offset + index * p->t->stride[k]));
}
#line 623 "book/ch36-print.nw"
    }
    nni__strbuf_puts(sb, "]");
}
#line 657 "book/ch36-print.nw"
static void put_block(nni__strbuf *sb, const printer *p, size_t k,
                      size_t offset, size_t indent)
{
    if (k + 1 == p->t->ndim) {
        put_vector(sb, p, k, offset, indent);
        return;
    }
    size_t n = p->t->shape[k];
    bool cut = p->summarize && n > 2 * EDGEITEMS;
    size_t items = cut ? 2 * EDGEITEMS + 1 : n;
    nni__strbuf_puts(sb, "[");
    for (size_t i = 0; i < items; i++) {
        
#line 677 "book/ch36-print.nw"
if (i > 0) {
    nni__strbuf_puts(sb, ",");
    nni__strbuf_repeat(sb, '\n', p->t->ndim - k - 1);
    nni__strbuf_repeat(sb, ' ', indent + 1);
}
#line 670 "book/ch36-print.nw"
        
#line 685 "book/ch36-print.nw"
if (cut && i == EDGEITEMS) {
    nni__strbuf_puts(sb, "...");
} else {
    size_t index = cut && i > EDGEITEMS ? n - (items - i) : i;
    put_block(sb, p, k + 1, offset + index * p->t->stride[k], indent + 1);
}
#line 671 "book/ch36-print.nw"
    }
    nni__strbuf_puts(sb, "]");
}
#line 698 "book/ch36-print.nw"
static void put_body(nni__strbuf *sb, const nni_tensor *t)
{
    if (t->numel == 0) {
        nni__strbuf_puts(sb, "[]");
        return;
    }
    bool summarize = t->numel > THRESHOLD;
    formatter f = make_formatter(t, summarize);
    printer p = { t, &f, summarize };
    if (t->ndim == 0)
        put_element(sb, &f, nni__tensor_load(t, 0));
    else
        put_block(sb, &p, 0, 0, INDENT);
}
#line 737 "book/ch36-print.nw"
static void put_suffix(nni__strbuf *sb, size_t *line_len, const char *suffix)
{
    size_t n = strlen(suffix);
    if (*line_len + n + 2 > LINEWIDTH) {
        nni__strbuf_puts(sb, ",\n");
        nni__strbuf_repeat(sb, ' ', INDENT);
        *line_len = INDENT + n;
    } else {
        nni__strbuf_puts(sb, ", ");
        *line_len += n + 2;
    }
    nni__strbuf_puts(sb, suffix);
}
#line 765 "book/ch36-print.nw"
static void format_size_suffix(char *buf, const nni_tensor *t)
{
    size_t used = (size_t)nni__snprintf(buf, SIZE_SUFFIX_MAX, "size=(");
    for (size_t k = 0; k < t->ndim; k++)
        used += (size_t)nni__snprintf(buf + used, SIZE_SUFFIX_MAX - used,
                                      "%s%zu", k > 0 ? ", " : "", t->shape[k]);
    nni__snprintf(buf + used, SIZE_SUFFIX_MAX - used, ")");
}
#line 782 "book/ch36-print.nw"
static void put_repr(nni__strbuf *sb, const nni_tensor *t, unsigned flags)
{
    char suffix[SIZE_SUFFIX_MAX];
    if (flags & NNI_PRINT_PARAMETER)
        nni__strbuf_puts(sb, "Parameter containing:\n");
    size_t start = sb->len;
    nni__strbuf_puts(sb, "tensor(");
    put_body(sb, t);
    /* 最后一行的长度，加上 PyTorch 多算的 2 */
    size_t line_len = nni__strbuf_last_line_len(sb, start) + 2;
    
#line 801 "book/ch36-print.nw"
if (t->numel == 0 && t->ndim != 1) {
    format_size_suffix(suffix, t);
    put_suffix(sb, &line_len, suffix);
}
if (t->dtype != NNI_FLOAT32) {
    nni__snprintf(suffix, sizeof suffix, "dtype=torch.%s",
                  nni_dtype_name(t->dtype));
    put_suffix(sb, &line_len, suffix);
}
if (t->requires_grad)
    put_suffix(sb, &line_len, "requires_grad=True");
#line 793 "book/ch36-print.nw"
    nni__strbuf_puts(sb, ")");
}
#line 820 "book/ch36-print.nw"
static nni_status make_repr(char **out, const nni_tensor *t, unsigned flags,
                            const char *who)
{
    nni__strbuf sb = NNI__STRBUF_INIT(who);
    *out = NULL;
    if (t == NULL)
        return nni__fail(NNI_EINVAL, "%s: tensor is NULL", who);
    if ((flags & ~NNI_PRINT_PARAMETER) != 0)
        return nni__fail(NNI_EINVAL, "%s: unknown flags 0x%x", who, flags);
    put_repr(&sb, t, flags);
    return nni__strbuf_finish(&sb, out);
}

nni_status nni_tensor_repr(char **out, const nni_tensor *t, unsigned flags)
{
    if (out == NULL)
        return nni__fail(NNI_EINVAL, "nni_tensor_repr: out is NULL");
    return make_repr(out, t, flags, "nni_tensor_repr");
}
#line 848 "book/ch36-print.nw"
nni_status nni_tensor_fprint(FILE *stream, const nni_tensor *t, unsigned flags)
{
    char *text;
    if (stream == NULL)
        return nni__fail(NNI_EINVAL, "nni_tensor_fprint: stream is NULL");
    nni_status status = make_repr(&text, t, flags, "nni_tensor_fprint");
    if (status != NNI_OK)
        return status;
    bool failed = fputs(text, stream) == EOF || putc('\n', stream) == EOF
                  || fflush(stream) == EOF;
    nni_free(text);
    if (failed)
        return nni__fail(NNI_EIO,
                         "nni_tensor_fprint: writing to the stream failed");
    return NNI_OK;
}
