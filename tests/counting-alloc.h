/* counting-alloc.h -- 测试用的计数分配器（第 3 章；各章的测试共用） */
#ifndef NNI_TESTS_COUNTING_ALLOC_H
#define NNI_TESTS_COUNTING_ALLOC_H

#include <stdlib.h>

#include "nninit.h"

static long live_blocks;        /* 尚未释放的块数 */
static long allocations;        /* 成功分配的次数 */
static long allocations_left;   /* 为 0 时下一次分配失败；负数表示不限 */

static void *counting_alloc(size_t size, void *ctx)
{
    (void)ctx;
    if (allocations_left == 0)
        return NULL;
    if (allocations_left > 0)
        allocations_left--;
    void *p = malloc(size);
    if (p != NULL) {
        allocations++;
        live_blocks++;
    }
    return p;
}

static void counting_free(void *ptr, void *ctx)
{
    (void)ctx;
    if (ptr != NULL)
        live_blocks--;
    free(ptr);
}

static const nni_allocator counting_allocator = { counting_alloc, counting_free, NULL };

#endif
