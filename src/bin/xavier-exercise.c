#line 157 "book/ch22-xavier.nw"
/* xavier-exercise -- 笔记本的小练习：手写 Xavier 均匀初始化，与库逐位比较 */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"

#line 124 "book/ch22-xavier.nw"
/* 按 Xavier 的公式手写的均匀初始化；pytorch_order 为真时按 PyTorch 的运算顺序
   算边界，否则照抄笔记本的公式 sqrt(6 / (fan_in + fan_out))。 */
static void my_xavier_uniform(nni_torch_gen *gen, nni_tensor *w, double gain,
                              bool pytorch_order)
{
    size_t receptive = 1;
    for (size_t k = 2; k < nni_tensor_ndim(w); k++)
        receptive *= nni_tensor_dim(w, k);
    const double n = (double)(nni_tensor_dim(w, 1) * receptive
                              + nni_tensor_dim(w, 0) * receptive);
    const double a = pytorch_order ? sqrt(3.0) * (gain * sqrt(2.0 / n))
                                   : gain * sqrt(6.0 / n);
    
#line 141 "book/ch22-xavier.nw"
if (nni_tensor_dtype(w) == NNI_FLOAT32) {
    float *d = nni_tensor_data(w);
    for (size_t i = 0; i < nni_tensor_numel(w); i++)
        d[i] = nni_torch_uniform_float(gen, (float)-a, (float)a);
} else {
    double *d = nni_tensor_data(w);
    for (size_t i = 0; i < nni_tensor_numel(w); i++)
        d[i] = nni_torch_uniform_double(gen, -a, a);
}
#line 137 "book/ch22-xavier.nw"
}
#line 190 "book/ch22-xavier.nw"
static size_t count_equal(const nni_tensor *x, const nni_tensor *y)
{
    const size_t size = nni_dtype_size(nni_tensor_dtype(x));
    const unsigned char *a = nni_tensor_data_const(x),
                        *b = nni_tensor_data_const(y);
    size_t same = 0;
    for (size_t i = 0; i < nni_tensor_numel(x); i++)
        same += memcmp(a + i * size, b + i * size, size) == 0;
    return same;
}

static int compare_case(size_t ndim, const size_t *shape, nni_dtype dtype)
{
    nni_tensor *lib, *mine[2];
    nni_torch_gen gen;
    char shape_text[32];
    
#line 226 "book/ch22-xavier.nw"
if (nni_tensor_new(&lib, dtype, ndim, shape) != NNI_OK
    || nni_tensor_new(&mine[0], dtype, ndim, shape) != NNI_OK
    || nni_tensor_new(&mine[1], dtype, ndim, shape) != NNI_OK) {
    fprintf(stderr, "xavier-exercise: %s\n", nni_errmsg());
    exit(1);
}
nni_torch_manual_seed(&gen, 0);
if (nni_init_xavier_uniform_(&gen, lib, 1.0) != NNI_OK) {
    fprintf(stderr, "xavier-exercise: %s\n", nni_errmsg());
    exit(1);
}
for (int k = 0; k < 2; k++) {
    nni_torch_manual_seed(&gen, 0);
    my_xavier_uniform(&gen, mine[k], 1.0, k == 0);
}
size_t receptive = ndim > 2 ? shape[2] * shape[3] : 1;
const double n = (double)((shape[0] + shape[1]) * receptive);
const double bound[2] = { sqrt(3.0) * (1.0 * sqrt(2.0 / n)),
                          1.0 * sqrt(6.0 / n) };
#line 207 "book/ch22-xavier.nw"
    snprintf(shape_text, sizeof shape_text, "%zux%zu%s", shape[0], shape[1],
             ndim > 2 ? "x3x3" : "");
    int failures = 0;
    for (int k = 0; k < 2; k++) {
        size_t same = count_equal(lib, mine[k]);
        printf("%-13s %-8s %-20s %-21.17g %5zu / %zu\n", shape_text,
               nni_dtype_name(dtype),
               k == 0 ? "sqrt(3)*sqrt(2/n)" : "sqrt(6/n)", bound[k],
               same, nni_tensor_numel(lib));
        failures += k == 0 && same != nni_tensor_numel(lib);
    }
    nni_tensor_free(lib);
    nni_tensor_free(mine[0]);
    nni_tensor_free(mine[1]);
    return failures;
}

#line 169 "book/ch22-xavier.nw"
int main(void)
{
    const size_t shapes[3][4] = { { 40, 30 }, { 50, 10 }, { 64, 32, 3, 3 } };
    const size_t ndims[3] = { 2, 2, 4 };
    int failures = 0;
    printf("形状          类型     边界的算法           边界 a                "
           "与库相同的元素\n");
    for (int s = 0; s < 3; s++)
        for (int d = 0; d < 2; d++)
            failures += compare_case(ndims[s], shapes[s],
                                     d == 0 ? NNI_FLOAT32 : NNI_FLOAT64);
    return failures == 0 ? 0 : 1;
}
