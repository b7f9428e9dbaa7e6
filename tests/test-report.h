/* test-report.h -- 每个套件把结果另存为 TAP 与 XML（附录“各章的测试”） */
#ifndef NNI_TESTS_REPORT_H
#define NNI_TESTS_REPORT_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef NNI_SUITE_FILE
#define NNI_SUITE_FILE "check"
#endif

static inline void nni_test_report_files(SRunner *sr)
{
    static char tap[4096], xml[4096];
    const char *dir = getenv("NNI_TEST_RESULTS");
    if (dir == NULL || dir[0] == '\0')
        return;
    snprintf(tap, sizeof tap, "%s/%s.tap", dir, NNI_SUITE_FILE);
    snprintf(xml, sizeof xml, "%s/%s.xml", dir, NNI_SUITE_FILE);
    srunner_set_tap(sr, tap);
    srunner_set_xml(sr, xml);
}

#endif
