/* test-support.h -- 各章的测试共用的小工具：运行套件、计数分配器
   （附录“各章的测试”） */
#ifndef NNI_TESTS_SUPPORT_H
#define NNI_TESTS_SUPPORT_H

#include <check.h>
#include <stdlib.h>

#include "nninit.h"
#include "test-report.h"

static inline int run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    nni_test_report_files(sr);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

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

static const nni_allocator counting_allocator = {
    counting_alloc, counting_free, NULL
};

#endif
