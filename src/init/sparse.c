#line 1514 "book/ch46-init-impl.nw"
/* init/sparse.c -- 稀疏初始化：每列用 randperm 选出 k 个零 */
#include <math.h>

#include "init/internal.h"

#line 1526 "book/ch46-init-impl.nw"
nni_status nni_init_sparse_(nni_torch_gen *gen, nni_tensor *t, double sparsity,
                            double std)
{
    const char *who = "nni_init_sparse_";
    nni_status status = nni__init_check(gen, true, t, who);
    if (status != NNI_OK)
        return status;
    
#line 1566 "book/ch46-init-impl.nw"
if (t->ndim != 2)
    return nni__fail(NNI_ESHAPE,
                     "%s: Only tensors with 2 dimensions are supported", who);
if (isnan(sparsity))
    return nni__fail(NNI_EINVAL, "%s: sparsity is NaN "
                     "(cannot convert float NaN to integer)", who);
if (sparsity < 0.0 || sparsity > 1.0)
    return nni__fail(NNI_EINVAL, "%s: sparsity %g is not in [0, 1]", who,
                     sparsity);
if (!(std >= 0.0) || isinf(std))
    return nni__fail(NNI_EINVAL,
                     "%s: normal expects std >= 0.0, but found std %g "
                     "(and it must be finite)", who, std);
#line 1534 "book/ch46-init-impl.nw"
    const size_t rows = t->shape[0], cols = t->shape[1];
    const size_t zeros = (size_t)ceil(sparsity * (double)rows);
    size_t *perm = NULL;
    if (cols > 0) {
        
#line 1555 "book/ch46-init-impl.nw"
perm = nni__alloc_array(rows, sizeof *perm);
if (perm == NULL)
    return NNI_ENOMEM;
#line 1539 "book/ch46-init-impl.nw"
    }
    status = nni__torch_normal(gen, t, 0.0, std, who);
    for (size_t c = 0; status == NNI_OK && c < cols; c++) {
        status = nni_torch_randperm(gen, rows, perm);
        for (size_t i = 0; status == NNI_OK && i < zeros; i++)
            nni__tensor_store(t, perm[i] * cols + c, 0.0);
    }
    nni_free(perm);
    return status;
}
