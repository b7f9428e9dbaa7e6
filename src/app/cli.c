#line 890 "book/ch90-cli.nw"
/* app/cli.c -- nninit 的入口：子命令表、用法与错误报告 */
#include <stdio.h>
#include <string.h>

#include "app/cli.h"

#line 903 "book/ch90-cli.nw"
static const char usage[] =
    "usage: nninit sample uniform|normal --shape DIMS [options]\n"
    "\n"
    "Draw a tensor of random numbers exactly as PyTorch 1.13 (CPU) or\n"
    "NumPy 1.24 (legacy np.random) draws it for the same seed.\n"
    "\n"
    "  --shape DIMS        dimensions separated by 'x', e.g. 40x30 (required)\n"
    "  --dtype T           float32 (default with torch) or float64 (default with numpy)\n"
    "  --seed N            torch: 0 <= N < 2^64; numpy: 0 <= N < 2^32 (default 0)\n"
    "  --generator G       torch (default: torch.manual_seed + Tensor.uniform_/normal_)\n"
    "                      or numpy (np.random.seed + np.random.uniform/normal)\n"
    "  --a A --b B         uniform on [A, B) (default 0 and 1)\n"
    "  --mean M --std S    normal with mean M and standard deviation S (default 0, 1)\n"
    "  --format F          txt: one value per line in C order (default); npy: NumPy .npy\n"
    "  -o, --output FILE   write FILE (complete or not at all) instead of stdout\n"
    "\n"
    "Errors: exit status 2 and one line on stderr.\n";
#line 926 "book/ch90-cli.nw"
static bool run_sample(int argc, const char *const *argv, char *err, size_t errsize)
{
    nni_app_sample s;
    return nni_app_parse_sample(argc, argv, &s, err, errsize)
           && nni_app_run_sample(&s, err, errsize);
}

static const struct command {
    const char *name;
    bool (*run)(int argc, const char *const *argv, char *err, size_t errsize);
} commands[] = {
    { "sample", run_sample },
};
#line 945 "book/ch90-cli.nw"
static int fail(const char *message)
{
    char line[NNI_APP_ERRSIZE];
    snprintf(line, sizeof line, "%s", message);
    for (char *p = line; *p != '\0'; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7f)
            *p = '?';
    fprintf(stderr, "nninit: %s\n", line);
    return 2;
}
#line 958 "book/ch90-cli.nw"
static bool is_help(const char *arg)
{
    return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}

int nni_app_main(int argc, char **argv)
{
    char err[NNI_APP_ERRSIZE] = "";
    if (argc < 2)
        return fail("missing command (try 'nninit --help')");
    for (int i = 1; i < argc; i++)
        if (is_help(argv[i])) {
            fputs(usage, stdout);
            return fflush(stdout) == 0 ? 0 : 2;
        }
    for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
        if (strcmp(argv[1], commands[k].name) == 0)
            return commands[k].run(argc - 2, (const char *const *)(argv + 2), err,
                                   sizeof err) ? 0 : fail(err);
    char q[NNI_APP_QUOTE_MAX + 4];
    nni_app_quote(argv[1], q);
    snprintf(err, sizeof err, "unknown command '%s' (try 'nninit --help')", q);
    return fail(err);
}
