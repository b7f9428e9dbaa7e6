#line 396 "book/ch30-errors.nw"
/* base/alloc.c -- 可替换的内存分配器与溢出检查 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/internal.h"

#line 410 "book/ch30-errors.nw"
static void *default_alloc(size_t size, void *ctx)
{
    (void)ctx;
    return malloc(size);
}

static void default_free(void *ptr, void *ctx)
{
    (void)ctx;
    free(ptr);
}

static nni_allocator current = { default_alloc, default_free, NULL };
#line 426 "book/ch30-errors.nw"
void nni_set_allocator(const nni_allocator *allocator)
{
    if (allocator == NULL || allocator->alloc == NULL
        || allocator->free == NULL) {
        current.alloc = default_alloc;
        current.free = default_free;
        current.ctx = NULL;
    } else {
        current = *allocator;
    }
}

void nni_free(void *ptr)
{
    if (ptr != NULL)
        current.free(ptr, current.ctx);
}
#line 488 "book/ch30-errors.nw"
_Thread_local const char *nni__last_alloc_site;

void *nni__alloc_at(size_t size, const char *who, const char *site)
{
    nni__last_alloc_site = site;
    void *p = current.alloc(size == 0 ? 1 : size, current.ctx);
    if (p == NULL)
        nni__fail(NNI_ENOMEM, "%s: out of memory (%zu bytes)", who, size);
    return p;
}

void *nni__alloc_array_at(size_t count, size_t size, const char *who,
                          const char *site)
{
    size_t bytes;
    if (!nni__mul_size(count, size, &bytes)) {
        nni__fail(NNI_EOVERFLOW, "%s: allocation of %zu x %zu bytes "
                  "overflows size_t", who, count, size);
        return NULL;
    }
    return nni__alloc_at(bytes, who, site);
}

void *nni__alloc_zeroed_at(size_t count, size_t size, const char *who,
                           const char *site)
{
    void *p = nni__alloc_array_at(count, size, who, site);
    if (p != NULL)
        memset(p, 0, count * size);
    return p;
}
#line 539 "book/ch30-errors.nw"
bool nni__mul_size(size_t a, size_t b, size_t *product)
{
    if (a != 0 && b > SIZE_MAX / a)
        return false;
    *product = a * b;
    return true;
}
