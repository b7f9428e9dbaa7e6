#line 547 "book/ch32-tensor.nw"
/* tensor-layout -- 打印一个 2x3x4 张量的形状、步长与内存布局 */
#include <stdio.h>
#include <string.h>

#include "nninit.h"

#line 584 "book/ch32-tensor.nw"
static void print_summary(const nni_tensor *t)
{
    size_t n = nni_tensor_ndim(t);
    printf("dtype   = %s\n", nni_dtype_name(nni_tensor_dtype(t)));
    printf("shape   = (");
    for (size_t k = 0; k < n; k++)
        printf("%s%zu", k ? ", " : "", nni_tensor_dim(t, k));
    printf(")\nstrides = (");
    for (size_t k = 0; k < n; k++)
        printf("%s%zu", k ? ", " : "", nni_tensor_stride(t, k));
    printf(")\nnumel   = %zu\n\n", nni_tensor_numel(t));
}

#line 555 "book/ch32-tensor.nw"
int main(int argc, char **argv)
{
    const size_t shape[3] = { 2, 3, 4 };
    int table_only = argc > 1 && strcmp(argv[1], "--table") == 0;
    nni_tensor *t;

    if (nni_tensor_new(&t, NNI_FLOAT32, 3, shape) != NNI_OK) {
        fprintf(stderr, "tensor-layout: %s\n", nni_errmsg());
        return 1;
    }
    
#line 575 "book/ch32-tensor.nw"
for (size_t i = 0; i < 2; i++)
    for (size_t j = 0; j < 3; j++)
        for (size_t k = 0; k < 4; k++) {
            size_t index[3] = { i, j, k };
            nni_tensor_set(t, index, (double)(100 * i + 10 * j + k));
        }
#line 566 "book/ch32-tensor.nw"
    if (!table_only)
        print_summary(t);
    
#line 602 "book/ch32-tensor.nw"
const float *data = nni_tensor_data_const(t);
printf("# offset i j k  value\n");
for (size_t o = 0; o < nni_tensor_numel(t); o++) {
    size_t rest = o, idx[3];
    for (size_t k = 0; k < 3; k++) {
        idx[k] = rest / nni_tensor_stride(t, k);
        rest %= nni_tensor_stride(t, k);
    }
    printf("%6zu  %zu %zu %zu  %5.0f\n", o, idx[0], idx[1], idx[2],
           (double)data[o]);
}
#line 569 "book/ch32-tensor.nw"
    nni_tensor_free(t);
    return 0;
}
