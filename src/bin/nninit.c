#line 1549 "book/ch60-cli.nw"
/* nninit -- 命令行工具：按 PyTorch 或 NumPy 的方式取随机张量（见 cli/cli.c） */
#include "cli/cli.h"

int main(int argc, char **argv)
{
    return nni_app_main(argc, argv);
}
