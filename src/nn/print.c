#line 997 "book/ch40-modules.nw"
/* nn/print.c -- 像 PyTorch 那样打印模块 */
#include <stdio.h>

#include "base/internal.h"
#include "base/strbuf.h"
#include "nn/internal.h"

#line 1009 "book/ch40-modules.nw"
static void module_repr(nni__strbuf *sb, const nni_module *m)
{
    nni__strbuf_puts(sb, m->type_name);
    nni__strbuf_puts(sb, "(");
    if (m->kind == NNI_LINEAR && m->n_children == 0) {
        nni__strbuf_printf(sb, "in_features=%zu, out_features=%zu, bias=%s",
                           m->in_features, m->out_features,
                           m->n_params > 1 ? "True" : "False");
    } else if (m->n_children > 0) {
        for (size_t i = 0; i < m->n_children; i++) {
            
#line 1031 "book/ch40-modules.nw"
nni__strbuf child = NNI__STRBUF_INIT(sb->who);
char *text = NULL;
module_repr(&child, m->children[i].module);
nni_status status = nni__strbuf_finish(&child, &text);
if (status != NNI_OK) {
    sb->status = status;
    return;
}
nni__strbuf_printf(sb, "\n  (%s): ", m->children[i].name);
nni__strbuf_puts_indented(sb, text, 2);
nni_free(text);
#line 1020 "book/ch40-modules.nw"
        }
        nni__strbuf_puts(sb, "\n");
    }
    nni__strbuf_puts(sb, ")");
}
#line 1045 "book/ch40-modules.nw"
static nni_status make_module_repr(char **out, const nni_module *m,
                                   const char *who)
{
    if (m == NULL)
        return nni__fail(NNI_EINVAL, "%s: module is NULL", who);
    nni__strbuf sb = NNI__STRBUF_INIT(who);
    module_repr(&sb, m);
    return nni__strbuf_finish(&sb, out);
}

nni_status nni_module_repr(char **out, const nni_module *m)
{
    if (out == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_repr: out is NULL");
    *out = NULL;
    return make_module_repr(out, m, "nni_module_repr");
}

nni_status nni_module_fprint(FILE *stream, const nni_module *m)
{
    char *text = NULL;
    if (stream == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_fprint: stream is NULL");
    nni_status status = make_module_repr(&text, m, "nni_module_fprint");
    if (status != NNI_OK)
        return status;
    int ok = fputs(text, stream) >= 0 && fputc('\n', stream) != EOF
             && fflush(stream) == 0;
    nni_free(text);
    return ok ? NNI_OK : nni__fail(NNI_EIO, "nni_module_fprint: write error");
}
