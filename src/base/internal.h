/* base/internal.h -- 库内部共用的声明，不属于公共接口 */
#ifndef NNI_BASE_INTERNAL_H
#define NNI_BASE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "base/alloc.h"
#include "base/status.h"

#if defined(__GNUC__) || defined(__clang__)
#define NNI__PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define NNI__PRINTF(fmt, args)
#endif

nni_status nni__fail(nni_status status, const char *format, ...) NNI__PRINTF(2, 3);

void *nni__alloc(size_t size);
void *nni__alloc_array(size_t count, size_t size);
void *nni__alloc_zeroed(size_t count, size_t size);
bool nni__mul_size(size_t a, size_t b, size_t *product);

#endif
