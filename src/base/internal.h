/* base/internal.h -- 库内部共用的声明，不属于公共接口 */
#ifndef NNI_BASE_INTERNAL_H
#define NNI_BASE_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "base/alloc.h"
#include "base/status.h"

#if defined(__GNUC__) || defined(__clang__)
#define NNI__PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define NNI__PRINTF(fmt, args)
#endif

nni_status nni__fail(nni_status status, const char *format, ...)
    NNI__PRINTF(2, 3);

int nni__vsnprintf(char *buffer, size_t size, const char *format, va_list args);
int nni__snprintf(char *buffer, size_t size, const char *format, ...)
    NNI__PRINTF(3, 4);
double nni__strtod(const char *text, char **end);
void *nni__alloc_at(size_t size, const char *who, const char *site);
void *nni__alloc_array_at(size_t count, size_t size, const char *who,
                          const char *site);
void *nni__alloc_zeroed_at(size_t count, size_t size, const char *who,
                           const char *site);
#define nni__alloc(size) nni__alloc_at((size), __func__, NNI__SITE)
#define nni__alloc_array(count, size) \
    nni__alloc_array_at((count), (size), __func__, NNI__SITE)
#define nni__alloc_zeroed(count, size) \
    nni__alloc_zeroed_at((count), (size), __func__, NNI__SITE)
#define nni__alloc_for(who, size) nni__alloc_at((size), (who), NNI__SITE)
#define nni__alloc_array_for(who, count, size) \
    nni__alloc_array_at((count), (size), (who), NNI__SITE)
#define NNI__STR2(x) #x
#define NNI__STR(x) NNI__STR2(x)
#define NNI__SITE (__FILE__ ":" NNI__STR(__LINE__))
extern _Thread_local const char *nni__last_alloc_site;
bool nni__mul_size(size_t a, size_t b, size_t *product);

#endif
