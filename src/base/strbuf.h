/* base/strbuf.h -- 可增长的字符串缓冲区（库内部使用，不属于公共接口） */
#ifndef NNI_BASE_STRBUF_H
#define NNI_BASE_STRBUF_H

#include <stddef.h>

#include "base/internal.h"

typedef struct nni__strbuf {
    char *data;         /* 以 NUL 结尾；还没有分配时为 NULL */
    size_t len;         /* 已写的字符数，不含 NUL */
    size_t cap;         /* data 的字节数 */
    nni_status status;  /* 第一次失败的状态码；失败之后的追加什么也不做 */
    const char *who;    /* 替哪个公共函数拼字符串：内存不足的消息用它 */
} nni__strbuf;

#define NNI__STRBUF_INIT(who) { NULL, 0, 0, NNI_OK, (who) }
void nni__strbuf_append(nni__strbuf *sb, const char *s, size_t n);
void nni__strbuf_puts(nni__strbuf *sb, const char *s);
void nni__strbuf_repeat(nni__strbuf *sb, char c, size_t n);
void nni__strbuf_printf(nni__strbuf *sb, const char *format, ...)
    NNI__PRINTF(2, 3);
void nni__strbuf_puts_indented(nni__strbuf *sb, const char *s, size_t indent);
size_t nni__strbuf_last_line_len(const nni__strbuf *sb, size_t start);
nni_status nni__strbuf_finish(nni__strbuf *sb, char **out);
void nni__strbuf_free(nni__strbuf *sb);

#endif
