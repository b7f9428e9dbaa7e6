#line 22 "book/app1-tests.nw"
/* check-tensor -- 张量的单元测试 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "test-support.h"

#line 107 "book/app1-tests.nw"
START_TEST(test_shape_and_strides)
{
    for (size_t d = 1; d <= NNI_MAX_DIMS; d++) {
        size_t shape[NNI_MAX_DIMS], numel = 1;
        for (size_t k = 0; k < d; k++) {
            shape[k] = k + 2;
            numel *= shape[k];
        }
        nni_tensor *t;
        ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT64, d, shape), NNI_OK);
        ck_assert_uint_eq(nni_tensor_ndim(t), d);
        ck_assert_uint_eq(nni_tensor_numel(t), numel);
        for (size_t k = 0; k < d; k++) {
            size_t expected = 1;
            for (size_t j = k + 1; j < d; j++)
                expected *= shape[j];
            ck_assert_uint_eq(nni_tensor_dim(t, k), shape[k]);
            ck_assert_uint_eq(nni_tensor_stride(t, k), expected);
        }
        ck_assert_uint_eq(nni_tensor_dim(t, d), 0);
        nni_tensor_free(t);
    }
}
END_TEST
#line 141 "book/app1-tests.nw"
START_TEST(test_scalar_empty_and_zeros)
{
    nni_tensor *t;
    double v = -1;
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 0, NULL), NNI_OK);
    ck_assert_uint_eq(nni_tensor_numel(t), 1);
    ck_assert_int_eq(nni_tensor_get(t, NULL, &v), NNI_OK);
    ck_assert(v == 0.0);
    nni_tensor_free(t);

    const size_t empty[2] = { 0, 3 };
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 2, empty), NNI_OK);
    ck_assert_uint_eq(nni_tensor_numel(t), 0);
    ck_assert_uint_eq(nni_tensor_stride(t, 0), 3);
    ck_assert_uint_eq(nni_tensor_stride(t, 1), 1);
    nni_tensor_free(t);

    const size_t shape[2] = { 5, 7 };
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT64, 2, shape), NNI_OK);
    const double *d = nni_tensor_data_const(t);
    for (size_t i = 0; i < 35; i++)
        ck_assert(d[i] == 0.0);
    nni_tensor_free(t);
}
END_TEST
#line 176 "book/app1-tests.nw"
START_TEST(test_get_set)
{
    const size_t shape[3] = { 2, 3, 4 };
    const size_t index[3] = { 1, 2, 3 };
    nni_tensor *t;
    double v;
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 3, shape), NNI_OK);
    ck_assert_int_eq(nni_tensor_set(t, index, 0.1), NNI_OK);
    ck_assert_int_eq(nni_tensor_get(t, index, &v), NNI_OK);
    ck_assert(v == (double)0.1f);
    ck_assert(((const float *)nni_tensor_data_const(t))[1 * 12 + 2 * 4 + 3]
              == 0.1f);
    for (size_t i = 0; i < 23; i++)
        ck_assert(((const float *)nni_tensor_data_const(t))[i] == 0.0f);
    nni_tensor_free(t);
}
END_TEST
#line 202 "book/app1-tests.nw"
START_TEST(test_clone_and_convert)
{
    const size_t shape[2] = { 2, 2 };
    const size_t i11[2] = { 1, 1 };
    nni_tensor *a, *b, *c;
    double v;
    ck_assert_int_eq(nni_tensor_new(&a, NNI_FLOAT64, 2, shape), NNI_OK);
    ck_assert_int_eq(nni_tensor_set(a, i11, 1.0 / 3.0), NNI_OK);
    ck_assert_int_eq(nni_tensor_set_requires_grad(a, true), NNI_OK);
    ck_assert(nni_tensor_requires_grad(a));
    ck_assert_int_eq(nni_tensor_clone(&b, a), NNI_OK);
    ck_assert(!nni_tensor_requires_grad(b));
    ck_assert_int_eq(nni_tensor_set(a, i11, 7.0), NNI_OK);
    ck_assert_int_eq(nni_tensor_get(b, i11, &v), NNI_OK);
    ck_assert(v == 1.0 / 3.0);
    ck_assert_int_eq(nni_tensor_to(&c, b, NNI_FLOAT32), NNI_OK);
    ck_assert_int_eq(nni_tensor_dtype(c), NNI_FLOAT32);
    ck_assert_int_eq(nni_tensor_get(c, i11, &v), NNI_OK);
    ck_assert(v == (double)(float)(1.0 / 3.0));
    nni_tensor_free(a);
    nni_tensor_free(b);
    nni_tensor_free(c);
}
END_TEST
#line 237 "book/app1-tests.nw"
START_TEST(test_errors)
{
    nni_tensor *t = (nni_tensor *)&t;       /* 非空的垃圾值：失败时必须被置空 */
    const size_t shape[2] = { 2, 3 };
    const size_t bad_index[2] = { 1, 3 };
    double v = 42.0;

    ck_assert_int_eq(nni_tensor_new(NULL, NNI_FLOAT32, 2, shape), NNI_EINVAL);
    ck_assert_int_eq(nni_tensor_new(&t, (nni_dtype)7, 2, shape), NNI_EINVAL);
    ck_assert_ptr_null(t);
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, NNI_MAX_DIMS + 1, shape),
                     NNI_EINVAL);
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 2, NULL), NNI_EINVAL);
    ck_assert(strlen(nni_errmsg()) > 0);

    const size_t huge[2] = { (size_t)1 << (sizeof(size_t) * 4),
                             (size_t)1 << (sizeof(size_t) * 4) };
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 2, huge), NNI_EOVERFLOW);
    const size_t bytes[1] = { SIZE_MAX / 4 + 1 };
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT64, 1, bytes), NNI_EOVERFLOW);
    ck_assert_ptr_null(t);

    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 2, shape), NNI_OK);
    ck_assert_int_eq(nni_tensor_get(t, bad_index, &v), NNI_ERANGE);
    ck_assert(v == 42.0);
    ck_assert_ptr_nonnull(strstr(nni_errmsg(), "out of range"));
    ck_assert_int_eq(nni_tensor_set(t, bad_index, 1.0), NNI_ERANGE);
    ck_assert_int_eq(nni_tensor_get(t, NULL, &v), NNI_EINVAL);
    ck_assert_int_eq(nni_tensor_get(NULL, bad_index, &v), NNI_EINVAL);
    
#line 280 "book/app1-tests.nw"
const size_t at[2] = { 1, 2 };
ck_assert_int_eq(nni_tensor_set(t, at, 1e300), NNI_EINVAL);
ck_assert_ptr_nonnull(strstr(nni_errmsg(), "without overflow"));
ck_assert_int_eq(nni_tensor_set(t, at, -3.5e38), NNI_EINVAL);
ck_assert_int_eq(nni_tensor_set(t, at, (double)INFINITY), NNI_OK);
ck_assert_int_eq(nni_tensor_set(t, at, 0.0), NNI_OK);
nni_tensor *copy = (nni_tensor *)&copy;
ck_assert_int_eq(nni_tensor_clone(NULL, t), NNI_EINVAL);
ck_assert_str_eq(nni_errmsg(), "nni_tensor_clone: out is NULL");
ck_assert_int_eq(nni_tensor_to(&copy, t, (nni_dtype)9), NNI_EINVAL);
ck_assert_ptr_null(copy);
ck_assert_ptr_nonnull(strstr(nni_errmsg(), "nni_tensor_to:"));
ck_assert_int_eq(nni_tensor_to(&copy, t, NNI_FLOAT64), NNI_OK);
ck_assert_int_eq(nni_tensor_set(copy, at, 1e300), NNI_OK);
nni_tensor_free(copy);
#line 267 "book/app1-tests.nw"
    for (size_t i = 0; i < 6; i++)
        ck_assert(((const float *)nni_tensor_data_const(t))[i] == 0.0f);
    nni_tensor_free(t);
    nni_tensor_free(NULL);
    ck_assert_str_eq(nni_strerror(NNI_ERANGE), "index out of range");
}
END_TEST
#line 372 "book/app1-tests.nw"
START_TEST(test_allocation_failures)
{
    const size_t shape[2] = { 3, 4 };
    nni_tensor *t;
    nni_set_allocator(&counting_allocator);

    allocations_left = -1;
    ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 2, shape), NNI_OK);
    ck_assert_int_eq(live_blocks, 2);
    nni_tensor_free(t);
    ck_assert_int_eq(live_blocks, 0);

    for (long k = 0; k < 2; k++) {
        allocations_left = k;
        ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 2, shape), NNI_ENOMEM);
        ck_assert_ptr_null(t);
        ck_assert_int_eq(live_blocks, 0);
    }
    nni_set_allocator(NULL);
}
END_TEST

#line 34 "book/app1-tests.nw"
int main(void)
{
    Suite *s = suite_create("tensor");
    TCase *tc = tcase_create("core");
    
#line 134 "book/app1-tests.nw"
tcase_add_test(tc, test_shape_and_strides);
#line 169 "book/app1-tests.nw"
tcase_add_test(tc, test_scalar_empty_and_zeros);
#line 196 "book/app1-tests.nw"
tcase_add_test(tc, test_get_set);
#line 229 "book/app1-tests.nw"
tcase_add_test(tc, test_clone_and_convert);
#line 298 "book/app1-tests.nw"
tcase_add_test(tc, test_errors);
#line 396 "book/app1-tests.nw"
tcase_add_test(tc, test_allocation_failures);
#line 39 "book/app1-tests.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
