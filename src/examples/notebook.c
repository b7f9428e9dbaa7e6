#line 59 "book/app3-notebook.nw"
/* examples/notebook.c -- 逐格重演《参数初始化》笔记本 */
#include <stdio.h>
#include <string.h>

#include "examples/notebook.h"
#include "nninit.h"

struct notebook {
    nni_torch_gen torch;    /* torch 的全局生成器 */
    nni_numpy_gen numpy;    /* NumPy 的全局 RandomState */
    nni_module *net1;       /* 第 2 格建立的 Sequential */
    nni_module *net2;       /* 第 9 格建立的 sim_net */
    nni_tensor *w1, *b1;    /* 第 3 格取出的参数（借用，不归笔记本所有） */
    FILE *out;              /* 当前单元格的输出；NULL 表示不打印 */
};

#line 89 "book/app3-notebook.nw"
static nni_status print_param(const struct notebook *nb, const nni_tensor *t)
{
    return nb->out ? nni_tensor_fprint(nb->out, t, NNI_PRINT_PARAMETER)
                   : NNI_OK;
}

static nni_status print_module(const struct notebook *nb, const nni_module *m)
{
    return nb->out ? nni_module_fprint(nb->out, m) : NNI_OK;
}
#line 126 "book/app3-notebook.nw"
static nni_status add_linear(nni_module *seq, size_t in, size_t out,
                             nni_torch_gen *g)
{
    nni_module *layer;
    nni_status status = nni_linear_new(&layer, in, out, true, NNI_FLOAT32, g);
    if (status == NNI_OK
        && (status = nni_module_add(seq, NULL, layer)) != NNI_OK)
        nni_module_free(layer);
    return status;
}

static nni_status add_relu(nni_module *seq)
{
    nni_module *layer;
    nni_status status = nni_relu_new(&layer);
    if (status == NNI_OK
        && (status = nni_module_add(seq, NULL, layer)) != NNI_OK)
        nni_module_free(layer);
    return status;
}
#line 198 "book/app3-notebook.nw"
static nni_status replace_weight(struct notebook *nb, nni_module *layer,
                                 int normal, double p1, double p2)
{
    const nni_tensor *old = nni_module_param(layer, "weight");
    size_t shape[NNI_MAX_DIMS];
    nni_tensor *fresh;
    for (size_t k = 0; k < nni_tensor_ndim(old); k++)
        shape[k] = nni_tensor_dim(old, k);
    nni_status status =
        nni_tensor_new(&fresh, NNI_FLOAT64, nni_tensor_ndim(old), shape);
    if (status != NNI_OK)
        return status;
    status = normal ? nni_numpy_normal(&nb->numpy, fresh, p1, p2)
                    : nni_numpy_uniform(&nb->numpy, fresh, p1, p2);
    if (status == NNI_OK)
        status = nni_module_set_param(layer, "weight", fresh);
    if (status != NNI_OK)
        nni_tensor_free(fresh);
    return status;
}
#line 295 "book/app3-notebook.nw"
static nni_status replace_with_randn(nni_module *linear, nni_torch_gen *g)
{
    const size_t shape[2] = { 40, 30 };
    nni_tensor *t;
    nni_status status = nni_tensor_new(&t, NNI_FLOAT32, 2, shape);
    if (status == NNI_OK)
        status = nni_torch_normal_(g, t, 0.0, 1.0);
    if (status == NNI_OK)
        status = nni_module_set_param(linear, "weight", t);
    if (status != NNI_OK)
        nni_tensor_free(t);
    return status;
}
#line 313 "book/app3-notebook.nw"
static nni_status sim_net_forward(nni_module *self, const nni_tensor *x,
                                  nni_tensor **y, void *ctx)
{
    static const char *const names[3] = { "l1", "l2", "l3" };
    nni_tensor *h = NULL;
    (void)ctx;
    for (int k = 0; k < 3; k++) {
        nni_module *sub;
        nni_tensor *next;
        nni_status status = nni_module_get(self, names[k], &sub);
        if (status == NNI_OK)
            status = nni_module_forward(sub, k == 0 ? x : h, &next);
        nni_tensor_free(h);
        if (status != NNI_OK)
            return status;
        h = next;
    }
    *y = h;
    return NNI_OK;
}

#line 254 "book/app3-notebook.nw"
static nni_status sim_net_new(nni_module **out, nni_torch_gen *g)
{
    static const char *const names[3] = { "l1", "l2", "l3" };
    static const size_t width[4] = { 30, 40, 50, 10 };
    nni_module *net, *seq;
    nni_status status = nni_custom_new(&net, "sim_net", sim_net_forward, NULL);
    for (int k = 0; status == NNI_OK && k < 3; k++) {
        status = nni_sequential_new(&seq);
        if (status != NNI_OK)
            break;
        
#line 274 "book/app3-notebook.nw"
status = add_linear(seq, width[k], width[k + 1], g);
if (status == NNI_OK)
    status = add_relu(seq);
if (status == NNI_OK)
    status = nni_module_add(net, names[k], seq);
if (status != NNI_OK)
    nni_module_free(seq);
#line 265 "book/app3-notebook.nw"
        if (status == NNI_OK && k == 0)
            status = replace_with_randn(nni_module_child(seq, 0), g);
    }
    
#line 284 "book/app3-notebook.nw"
if (status != NNI_OK) {
    nni_module_free(net);
    net = NULL;
}
*out = net;
#line 269 "book/app3-notebook.nw"
    return status;
}
#line 148 "book/ch12-notebook.nw"
static nni_status cell_7(struct notebook *nb)
{
    for (size_t i = 0; i < nni_module_len(nb->net1); i++) {
        nni_module *layer = nni_module_child(nb->net1, i);
        if (nni_module_kind_of(layer) == NNI_LINEAR) {
            nni_status status = replace_weight(nb, layer, 1, 0.0, 0.5);
            if (status != NNI_OK)
                return status;
        }
    }
    return NNI_OK;
}
#line 264 "book/ch12-notebook.nw"
static nni_status cell_12(struct notebook *nb)
{
    for (nni_module *m = nb->net2; m != NULL; m = nni_module_next(nb->net2, m))
        if (nni_module_kind_of(m) == NNI_LINEAR) {
            nni_status status = replace_weight(nb, m, 1, 0.0, 0.5);
            if (status != NNI_OK)
                return status;
        }
    return NNI_OK;
}
#line 110 "book/app3-notebook.nw"
static nni_status cell_1(struct notebook *nb, uint64_t seed)
{
    nni_status status = nni_torch_manual_seed(&nb->torch, seed);
    if (status == NNI_OK)
        status = nni_numpy_seed(&nb->numpy, seed % ((uint64_t)1 << 32));
    return status;
}
#line 152 "book/app3-notebook.nw"
static nni_status cell_2(struct notebook *nb)
{
    nni_status status = nni_sequential_new(&nb->net1);
    if (status == NNI_OK) status = add_linear(nb->net1, 30, 40, &nb->torch);
    if (status == NNI_OK) status = add_relu(nb->net1);
    if (status == NNI_OK) status = add_linear(nb->net1, 40, 50, &nb->torch);
    if (status == NNI_OK) status = add_relu(nb->net1);
    if (status == NNI_OK) status = add_linear(nb->net1, 50, 10, &nb->torch);
    return status;
}
#line 170 "book/app3-notebook.nw"
static nni_status cell_3(struct notebook *nb)
{
    nni_module *first;
    nni_status status = nni_module_at(nb->net1, 0, &first);
    if (status != NNI_OK)
        return status;
    nb->w1 = nni_module_param(first, "weight");
    nb->b1 = nni_module_param(first, "bias");
    return NNI_OK;
}

static nni_status cell_4(struct notebook *nb)
{
    return print_param(nb, nb->w1);
}
#line 225 "book/app3-notebook.nw"
static nni_status cell_5(struct notebook *nb)
{
    nb->w1 = nb->b1 = NULL;
    return replace_weight(nb, nni_module_child(nb->net1, 0), 0, 3.0, 5.0);
}

static nni_status cell_6(struct notebook *nb)
{
    return print_param(nb, nni_module_param(nni_module_child(nb->net1, 0),
                                            "weight"));
}
#line 338 "book/app3-notebook.nw"
static nni_status cell_8(struct notebook *nb)
{
    (void)nb;               /* 定义类：C 中是上面的 sim_net_new，这里无事可做 */
    return NNI_OK;
}

static nni_status cell_9(struct notebook *nb)
{
    return sim_net_new(&nb->net2, &nb->torch);
}
#line 356 "book/app3-notebook.nw"
static nni_status cell_10(struct notebook *nb)
{
    nni_status status = NNI_OK;
    for (size_t i = 0; status == NNI_OK && i < nni_module_len(nb->net2); i++)
        status = print_module(nb, nni_module_child(nb->net2, i));
    return status;
}
#line 366 "book/app3-notebook.nw"
static nni_status cell_11(struct notebook *nb)
{
    nni_status status = NNI_OK;
    for (nni_module *m = nb->net2; status == NNI_OK && m != NULL;
         m = nni_module_next(nb->net2, m))
        status = print_module(nb, m);
    return status;
}
#line 381 "book/app3-notebook.nw"
static nni_status cell_13(struct notebook *nb)
{
    (void)nb;  /* from torch.nn import init：C 中已经包含在 nninit.h 里 */
    return NNI_OK;
}

static nni_status cell_14(struct notebook *nb)
{
    return print_param(nb, nni_module_param(nni_module_child(nb->net1, 0),
                                            "weight"));
}
#line 399 "book/app3-notebook.nw"
static nni_status cell_16(struct notebook *nb)
{
    nni_tensor *w = nni_module_param(nni_module_child(nb->net1, 0), "weight");
    nni_status status = nni_init_xavier_uniform_(&nb->torch, w, 1.0);
    if (status == NNI_OK && nb->out != NULL)
        fprintf(nb->out, "Out[16]:\n");
    if (status == NNI_OK)
        status = print_param(nb, w);
    return status;
}

static nni_status cell_17(struct notebook *nb)
{
    return print_param(nb, nni_module_param(nni_module_child(nb->net1, 0),
                                            "weight"));
}
#line 547 "book/app3-notebook.nw"
static const struct cell {
    int count;
    nni_status (*run)(struct notebook *nb);
} cells[] = {
    { 2, cell_2 }, { 3, cell_3 }, { 4, cell_4 }, { 5, cell_5 }, { 6, cell_6 },
    { 7, cell_7 }, { 8, cell_8 }, { 9, cell_9 }, { 10, cell_10 },
    { 11, cell_11 }, { 12, cell_12 }, { 13, cell_13 }, { 14, cell_14 },
    { 16, cell_16 }, { 17, cell_17 },
};
#line 425 "book/app3-notebook.nw"
static void mean_and_variance(const nni_tensor *t, double *mean, double *var)
{
    size_t n = nni_tensor_numel(t);
    const void *data = nni_tensor_data_const(t);
    double sum = 0.0, sq = 0.0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n; i++) {
            double v = nni_tensor_dtype(t) == NNI_FLOAT32
                           ? (double)((const float *)data)[i]
                           : ((const double *)data)[i];
            if (pass == 0)
                sum += v;
            else
                sq += (v - sum / (double)n) * (v - sum / (double)n);
        }
    *mean = sum / (double)n;
    *var = sq / (double)n;
}
#line 449 "book/app3-notebook.nw"
static void report_layer(FILE *out, const char *path, const nni_module *layer,
                         double expected_mean, double expected_var)
{
    const nni_tensor *w = nni_module_param(layer, "weight");
    double mean, var;
    mean_and_variance(w, &mean, &var);
    fprintf(out,
            "  %-12s %2zux%-2zu %s  mean % .4f (text: % .4f)  "
            "var %.4f (text: %.4f)\n",
            path, nni_tensor_dim(w, 0), nni_tensor_dim(w, 1),
            nni_dtype_name(nni_tensor_dtype(w)), mean, expected_mean, var,
            expected_var);
}
#line 470 "book/app3-notebook.nw"
static void print_wrapped(FILE *out, const char *text, int indent, int width)
{
    while (*text != '\0') {
        int len = (int)strlen(text), cut = len;
        if (indent + len > width) {
            cut = width - indent;
            while (cut > 0 && text[cut] != ' ')
                cut--;
            if (cut == 0)
                cut = width - indent;
        }
        fprintf(out, "%*s%.*s\n", indent, "", cut, text);
        text += cut;
        while (*text == ' ')
            text++;
    }
}

static nni_status try_forward(const struct notebook *nb, FILE *out)
{
    const size_t shape[2] = { 4, 30 };
    nni_tensor *x, *y;
    nni_status status = nni_tensor_new(&x, NNI_FLOAT32, 2, shape);
    if (status != NNI_OK)
        return status;
    status = nni_module_forward(nb->net1, x, &y);
    if (status == NNI_OK) {
        fprintf(out, "  forward of a float32 batch: ok\n");
        nni_tensor_free(y);
    } else {
        fprintf(out, "  forward of a float32 batch: %s\n",
                nni_strerror(status));
        print_wrapped(out, nni_errmsg(), 4, 76);
    }
    nni_tensor_free(x);
    return status == NNI_EDTYPE ? NNI_OK : status;
}
#line 510 "book/app3-notebook.nw"
static nni_status report_claims(struct notebook *nb, int count, FILE *out)
{
    nni_module *net = count == 12 ? nb->net2 : nb->net1;
    if (count != 5 && count != 7 && count != 12 && count != 16)
        return NNI_OK;
    fprintf(out, "after cell %d:\n", count);
    if (count == 5 || count == 16) {
        report_layer(out, "net1[0]", nni_module_child(net, 0),
                     count == 5 ? 4.0 : 0.0,
                     count == 5 ? 1.0 / 3.0 : 2.0 / 70.0);
        return NNI_OK;
    }
    
#line 528 "book/app3-notebook.nw"
for (size_t i = 0; i < nni_module_len(net); i++) {
    const nni_module *child = nni_module_child(net, i);
    char path[32];
    if (count == 7 && nni_module_kind_of(child) == NNI_LINEAR) {
        snprintf(path, sizeof path, "net1[%zu]", i);
        report_layer(out, path, child, 0.0, 0.25);
    } else if (count == 12) {
        snprintf(path, sizeof path, "net2.%s[0]",
                 nni_module_child_name(net, i));
        report_layer(out, path, nni_module_child(child, 0), 0.0, 0.25);
    }
}
#line 523 "book/app3-notebook.nw"
    return count == 7 ? try_forward(nb, out) : NNI_OK;
}
#line 565 "book/app3-notebook.nw"
static nni_status run_cells(FILE *out, uint64_t seed, int only_cell,
                            notebook_visit_fn visit, void *ctx)
{
    struct notebook nb = { .out = NULL };
    int transcript = out != NULL && only_cell == 0;
    if (transcript)
        fprintf(out, "In [1]:\n");
    nni_status status = cell_1(&nb, seed);
    for (size_t i = 0; status == NNI_OK && i < sizeof cells / sizeof cells[0];
         i++) {
        nb.out = transcript || only_cell == cells[i].count ? out : NULL;
        if (transcript)
            fprintf(out, "In [%d]:\n", cells[i].count);
        status = cells[i].run(&nb);
        if (status == NNI_OK && out != NULL && only_cell == NOTEBOOK_CLAIMS)
            status = report_claims(&nb, cells[i].count, out);
        if (status == NNI_OK && visit != NULL)
            status = visit(cells[i].count, nb.net1, nb.net2, ctx);
    }
    nni_module_free(nb.net1);
    nni_module_free(nb.net2);
    return status;
}

nni_status notebook_run(FILE *out, uint64_t seed, int only_cell)
{
    return out == NULL ? NNI_EINVAL
                       : run_cells(out, seed, only_cell, NULL, NULL);
}

nni_status notebook_visit(uint64_t seed, notebook_visit_fn visit, void *ctx)
{
    return visit == NULL ? NNI_EINVAL : run_cells(NULL, seed, 0, visit, ctx);
}
