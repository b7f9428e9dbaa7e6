#line 3517 "book/appP-performance.nw"
/* xoshiro-words -- 快速生成器的字写到标准输出，供 dieharder 读（附录“性能”）*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "nninit.h"

int main(int argc, char **argv)
{
    static uint32_t w[1 << 16];
    uint64_t seed = argc > 1 ? strtoull(argv[1], NULL, 0) : 1;
    nni_xoshiro_gen g;
    if (argc > 2 || nni_xoshiro_seed(&g, seed) != NNI_OK) {
        fprintf(stderr, "usage: xoshiro-words [SEED]\n");
        return 2;
    }
    for (;;) {
        nni_xoshiro_words(&g, w, sizeof w / sizeof w[0]);
        if (fwrite(w, sizeof w[0], sizeof w / sizeof w[0], stdout)
            != sizeof w / sizeof w[0])
            return 0;
    }
}
