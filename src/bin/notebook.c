#line 609 "book/app3-notebook.nw"
/* notebook -- 逐格重演《参数初始化》笔记本，
   输出与 PyTorch 1.13 + NumPy 1.24 相同 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "examples/notebook.h"
#include "nninit.h"

#line 641 "book/app3-notebook.nw"
static int parse_u64(const char *s, uint64_t max, uint64_t *value)
{
    char *end;
    if (s == NULL || *s < '0' || *s > '9')
        return 0;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno != 0 || *end != '\0' || v > max)
        return 0;
    *value = (uint64_t)v;
    return 1;
}
#line 678 "book/app3-notebook.nw"
static int usage(const char *what, const char *arg)
{
    fprintf(stderr, "notebook: %s: '%.60s' (usage: notebook [--seed N] "
            "[--cell N | --claims])\n", what, arg != NULL ? arg : "");
    return 2;
}

#line 622 "book/app3-notebook.nw"
int main(int argc, char **argv)
{
    uint64_t seed = 0, cell = 0;
    int mode = 0;
    
#line 656 "book/app3-notebook.nw"
for (int i = 1; i < argc; i++) {
    const char *arg = argv[i], *value = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(arg, "--seed") == 0) {
        if (!parse_u64(value, UINT64_MAX, &seed))
            return usage("--seed needs an integer in [0, 2^64)", value);
        i++;
    } else if (strcmp(arg, "--cell") == 0) {
        if (!parse_u64(value, 17, &cell) || cell == 0)
            return usage("--cell needs a cell number from 1 to 17", value);
        i++;
    } else if (strcmp(arg, "--claims") == 0) {
        mode = NOTEBOOK_CLAIMS;
    } else {
        return usage("unknown argument", arg);
    }
}
#line 627 "book/app3-notebook.nw"
    nni_status status =
        notebook_run(stdout, seed, mode != 0 ? mode : (int)cell);
    if (status != NNI_OK) {
        fprintf(stderr, "notebook: %s\n", nni_errmsg());
        return 1;
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
