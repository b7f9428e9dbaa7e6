/* base/alloc.h -- 可替换的内存分配器 */
#ifndef NNI_BASE_ALLOC_H
#define NNI_BASE_ALLOC_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nni_allocator {
    void *(*alloc)(size_t size, void *ctx);   /* 失败时返回 NULL */
    void (*free)(void *ptr, void *ctx);       /* ptr 可以是 NULL */
    void *ctx;
} nni_allocator;
void nni_set_allocator(const nni_allocator *allocator);
void nni_free(void *ptr);

#ifdef __cplusplus
}
#endif

#endif
