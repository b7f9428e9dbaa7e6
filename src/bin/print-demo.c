#line 874 "book/ch36-print.nw"
/* print-demo -- 像 PyTorch 那样打印几个张量 */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "nninit.h"

#line 896 "book/ch36-print.nw"
static void die(const char *what)
{
    fprintf(stderr, "print-demo: %s: %s\n", what, nni_errmsg());
    exit(1);
}

static nni_tensor *make(nni_dtype dtype, size_t ndim, const size_t *shape,
                        const double *values, double (*f)(size_t))
{
    nni_tensor *t;
    if (nni_tensor_new(&t, dtype, ndim, shape) != NNI_OK)
        die("nni_tensor_new");
    for (size_t i = 0; i < nni_tensor_numel(t); i++) {
        double v = values != NULL ? values[i] : f(i);
        if (dtype == NNI_FLOAT32)
            ((float *)nni_tensor_data(t))[i] = (float)v;
        else
            ((double *)nni_tensor_data(t))[i] = v;
    }
    return t;
}
#line 922 "book/ch36-print.nw"
static void show(const char *note, nni_tensor *t, bool requires_grad,
                 unsigned flags)
{
    printf("# %s\n", note);
    if (nni_tensor_set_requires_grad(t, requires_grad) != NNI_OK
        || nni_tensor_fprint(stdout, t, flags) != NNI_OK)
        die("nni_tensor_fprint");
    nni_tensor_free(t);
}
#line 937 "book/ch36-print.nw"
static double weights(size_t i)
{
    return 0.18 * sin(1.7 * (double)i + 0.3);
}

static double ramp(size_t i)
{
    return ((double)i - 2.5) * 0.37;
}

static double squares(size_t i)
{
    return (double)(i * i) - 4.0;
}

static double sevenths(size_t i)
{
    return (double)i / 7.0;
}

#line 885 "book/ch36-print.nw"
int main(void)
{
    
#line 961 "book/ch36-print.nw"
const size_t s23[] = { 2, 3 }, s5[] = { 5 }, s4[] = { 4 }, s3[] = { 3 };
const size_t s223[] = { 2, 2, 3 }, s4030[] = { 40, 30 }, s1001[] = { 1001 };
const size_t s03[] = { 0, 3 };
const double scalar[] = { 3.0 };
const double tiny[] = { 0.5, 2e-5, -1.25, 3.0 };
const double spread[] = { 1.0, 2.0, 2000.0 };
const double special[] = { (double)NAN, (double)INFINITY, -0.0, 1.5 };

show("2x3, fixed point", make(NNI_FLOAT32, 2, s23, NULL, ramp), false, 0);
show("0-d tensor", make(NNI_FLOAT32, 0, NULL, scalar, NULL), false, 0);
show("integer values", make(NNI_FLOAT32, 1, s5, NULL, squares), false, 0);
show("one value below 1e-4: scientific", make(NNI_FLOAT32, 1, s4, tiny, NULL),
     false, 0);
show("integers, max/min > 1000: scientific",
     make(NNI_FLOAT32, 1, s3, spread, NULL), false, 0);
show("nan, inf and -0", make(NNI_FLOAT32, 1, s4, special, NULL), false, 0);
show("3-d: a blank line between matrices",
     make(NNI_FLOAT32, 3, s223, NULL, ramp), false, 0);
show("1001 elements: summarized", make(NNI_FLOAT32, 1, s1001, NULL, sevenths),
     false, 0);
show("40x30 parameter", make(NNI_FLOAT32, 2, s4030, NULL, weights), true,
     NNI_PRINT_PARAMETER);
show("the same in float64", make(NNI_FLOAT64, 2, s4030, NULL, weights), true,
     NNI_PRINT_PARAMETER);
show("no elements", make(NNI_FLOAT64, 2, s03, NULL, NULL), true, 0);
#line 888 "book/ch36-print.nw"
    return 0;
}
