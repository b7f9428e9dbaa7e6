#line 1282 "book/ch60-cli.nw"
/* cli/cli.c -- nninit 的入口：子命令表、用法与错误报告 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

#line 1408 "book/ch60-cli.nw"
static int fail(const char *message);

static int cannot_print(const char *what)
{
    char message[NNI_APP_ERRSIZE];
    snprintf(message, sizeof message, "cannot write %s to the standard "
             "output: %s", what, errno != 0 ? strerror(errno) : "write error");
    return fail(message);
}
#line 1299 "book/ch60-cli.nw"
static const char usage_head[] =
    
#line 1314 "book/ch60-cli.nw"
"usage: nninit sample INIT --shape DIMS [options]\n"
"       nninit gain NONLINEARITY [NEGATIVE_SLOPE]\n"
"       nninit fans --shape DIMS\n"
"\n"
"sample: fill a tensor exactly as PyTorch 1.13 (CPU) does for the same seed,\n"
"  torch.manual_seed(N); "
    "torch.nn.init.INIT_(torch.empty(DIMS, dtype=T), ...),\n"
"  or (uniform and normal only) as NumPy 1.24's legacy np.random does.\n"
"  INIT is one of these torch.nn.init functions; each option --NAME sets the\n"
"  argument NAME (--value sets val), with PyTorch's defaults:\n";

#line 1302 "book/ch60-cli.nw"
static const char usage_tail[] =
    
#line 1329 "book/ch60-cli.nw"
"\n"
"  --shape DIMS        dimensions separated by 'x', e.g. 40x30 (required)\n"
"  --dtype T           float32 (default with torch) or float64 "
    "(default with numpy)\n"
"  --seed N            torch: 0 <= N < 2^64; numpy: 0 <= N < 2^32 "
    "(default 0)\n"
"  --generator G       torch (default: torch.manual_seed + torch.nn.init) "
    "or, for\n"
"                      uniform and normal, numpy "
    "(np.random.seed + uniform/normal)\n"
"  --a A --b B         uniform: [A, B) (default 0, 1); "
    "trunc_normal: the cut-offs\n"
"                      (default -2, 2); "
    "kaiming_*: --a is the negative slope (0)\n"
"  --mean M --std S    normal, trunc_normal (default 0, 1); "
    "sparse: --std (0.01)\n"
"  --gain G            xavier_*, orthogonal (default 1)\n"
"  --mode M            kaiming_*: fan_in (default) or fan_out\n"
"  --nonlinearity NL   kaiming_*: default leaky_relu\n"
"  --sparsity P        sparse: fraction of zeros per column, "
    "0 <= P <= 1 (required)\n"
"  --groups G          dirac (default 1)\n"
"  --value V           constant (required)\n"
"  --format F          txt: one value per line in C order (default); "
    "npy: NumPy .npy\n"
"  -o, --output FILE   write FILE (complete or not at all) "
    "instead of stdout\n"
#line 1304 "book/ch60-cli.nw"
    
#line 1361 "book/ch60-cli.nw"
"\n"
"gain: torch.nn.init.calculate_gain(NONLINEARITY[, NEGATIVE_SLOPE]); "
    "NONLINEARITY is\n"
"  linear, conv1d, conv2d, conv3d, conv_transpose1d, conv_transpose2d,\n"
"  conv_transpose3d, sigmoid, tanh, relu, leaky_relu or selu.\n"
"fans: fan_in and fan_out of a weight of shape DIMS "
    "(at least 2 dimensions).\n"
"\n"
"examples:\n"
"  nninit sample xavier_uniform --shape 40x30 --seed 0\n"
"  nninit sample kaiming_normal --shape 64x32x3x3 --mode fan_out \\\n"
"         --nonlinearity relu --format npy -o w.npy\n"
"  nninit sample trunc_normal --shape 768 --std 0.02 --a -0.04 --b 0.04\n"
"  nninit sample normal --shape 3 --generator numpy --dtype float64\n"
"  nninit gain leaky_relu 0.2\n"
"  nninit fans --shape 64x32x3x3\n"
"\n"
"nninit --version prints the version.  Errors: exit status 2, one line\n"
"on stderr.  -o keeps an existing file's inode, owner and permissions,\n"
"writes devices, pipes and /dev/stdout in place, leaves no half file.\n";

#line 1387 "book/ch60-cli.nw"
static int print_usage(void)
{
    errno = 0;
    fputs(usage_head, stdout);
    for (size_t i = 0; nni_app_initializer_at(i) != NULL; i++)
        printf("    %s\n", nni_app_initializer_at(i)->signature);
    fputs(usage_tail, stdout);
    return fflush(stdout) == 0 ? 0 : cannot_print("the usage");
}

static int print_version(void)
{
    errno = 0;
    printf("nninit %s\n", nni_version());
    return fflush(stdout) == 0 ? 0 : cannot_print("the version");
}
#line 1423 "book/ch60-cli.nw"
static bool run_sample(int argc, const char *const *argv, char *err,
                       size_t errsize)
{
    nni_app_sample s;
    return nni_app_parse_sample(argc, argv, &s, err, errsize)
           && nni_app_run_sample(&s, err, errsize);
}

#line 194 "book/ch62-cli-init.nw"
static bool print_shortest(double x)
{
    char buf[40];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*g", p, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    return printf("%s\n", buf) > 0 && fflush(stdout) == 0;
}
#line 207 "book/ch62-cli-init.nw"
static bool run_gain(int argc, const char *const *argv, char *err,
                     size_t errsize)
{
    char q[NNI_APP_QUOTE_MAX + 4];
    nni_nonlinearity nl;
    double slope = 0.0, gain;
    const char *why;
    
#line 240 "book/ch62-cli-init.nw"
if (argc < 1) {
    snprintf(err, errsize,
             "missing the nonlinearity (for example: nninit gain relu)");
    return false;
}
nni_app_quote(argv[0], q);
if (argv[0][0] == '-') {
    snprintf(err, errsize, "unknown option '%s'", q);
    return false;
}
if (argc > 2) {
    nni_app_quote(argv[2], q);
    snprintf(err, errsize, "unexpected argument '%s'", q);
    return false;
}
#line 215 "book/ch62-cli-init.nw"
    if (nni_nonlinearity_parse(argv[0], &nl) != NNI_OK) {
        snprintf(err, errsize,
                 "unknown nonlinearity '%s' (Unsupported nonlinearity; "
                 "see nninit --help)", q);
        return false;
    }
    if (argc == 2 && !nni_app_parse_finite(argv[1], &slope, &why)) {
        nni_app_quote(argv[1], q);
        snprintf(err, errsize, "invalid negative slope '%s': %s", q, why);
        return false;
    }
    if (nni_init_calculate_gain(nl, argc == 2 ? &slope : NULL, &gain)
        != NNI_OK) {
        snprintf(err, errsize, "%s", nni_errmsg());
        return false;
    }
    if (!print_shortest(gain)) {
        snprintf(err, errsize, "cannot write to the standard output");
        return false;
    }
    return true;
}
#line 262 "book/ch62-cli-init.nw"
static bool parse_dims(const char *s, size_t *ndim, size_t *shape,
                       const char **why)
{
    char piece[32];
    *ndim = 0;
    for (;;) {
        const size_t len = strcspn(s, "x");
        uint64_t d;
        if (len == 0 || len >= sizeof piece || *ndim == NNI_MAX_DIMS) {
            *why = len >= sizeof piece ? "a dimension is too long"
                 : *ndim == NNI_MAX_DIMS ? "too many dimensions (at most 8)"
                 : "expected decimal dimensions separated by 'x', like 40x30";
            return false;
        }
        memcpy(piece, s, len);
        piece[len] = '\0';
        if (!nni_app_parse_u64(piece, &d, why) || d > SIZE_MAX) {
            *why = "expected decimal dimensions separated by 'x', like 40x30";
            return false;
        }
        shape[(*ndim)++] = (size_t)d;
        if (s[len] == '\0')
            return true;
        s += len + 1;
    }
}
#line 291 "book/ch62-cli-init.nw"
static bool run_fans(int argc, const char *const *argv, char *err,
                     size_t errsize)
{
    nni_app_option opt[1] = { { "--shape", NULL, NULL } };
    size_t npos, ndim, shape[NNI_MAX_DIMS], fan_in, fan_out;
    const char *pos, *why;
    char q[NNI_APP_QUOTE_MAX + 4];
    if (!nni_app_parse_options(argc, argv, opt, 1, &pos, 0, &npos, err,
                               errsize))
        return false;
    if (opt[0].value == NULL) {
        snprintf(err, errsize,
                 "missing option --shape (for example --shape 64x32x3x3)");
        return false;
    }
    if (!parse_dims(opt[0].value, &ndim, shape, &why)) {
        nni_app_quote(opt[0].value, q);
        snprintf(err, errsize, "invalid value '%s' for --shape: %s", q, why);
        return false;
    }
    if (nni_init_fans_of_shape(ndim, shape, &fan_in, &fan_out) != NNI_OK) {
        snprintf(err, errsize, "%s", nni_errmsg());
        return false;
    }
    if (printf("fan_in %zu\nfan_out %zu\n", fan_in, fan_out) < 0
        || fflush(stdout) != 0) {
        snprintf(err, errsize, "cannot write to the standard output");
        return false;
    }
    return true;
}

#line 1433 "book/ch60-cli.nw"
static const struct command {
    const char *name;
    bool (*run)(int argc, const char *const *argv, char *err, size_t errsize);
} commands[] = {
    { "sample", run_sample },
    
#line 325 "book/ch62-cli-init.nw"
{ "gain", run_gain },
{ "fans", run_fans },
#line 1439 "book/ch60-cli.nw"
};
#line 1475 "book/ch60-cli.nw"
static size_t utf8_length(const unsigned char *p)
{
    if (p[0] >= 0x20 && p[0] < 0x7f)
        return 1;
    size_t n = p[0] >= 0xc2 && p[0] <= 0xdf ? 2
             : p[0] >= 0xe0 && p[0] <= 0xef ? 3
             : p[0] >= 0xf0 && p[0] <= 0xf4 ? 4 : 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0)
        || (p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90))
        return 0;
    return n;
}
#line 1447 "book/ch60-cli.nw"
int nni_app_report(const char *program, const char *message)
{
    char line[NNI_APP_ERRSIZE];
    snprintf(line, sizeof line, "%s", message);
    for (unsigned char *p = (unsigned char *)line; *p != '\0';) {
        size_t n = utf8_length(p);
        if (n == 0)
            *p++ = '?';
        else
            p += n;
    }
    fprintf(stderr, "%s: %s\n", program, line);
    return 2;
}

static int fail(const char *message)
{
    return nni_app_report("nninit", message);
}
#line 1493 "book/ch60-cli.nw"
static bool is_help(const char *arg)
{
    return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}
#line 1505 "book/ch60-cli.nw"
static bool takes_value(const char *arg)
{
    if (arg[0] != '-' || (arg[1] >= '0' && arg[1] <= '9') || arg[1] == '.')
        return false;
    return strcmp(arg, "-o") == 0
           || (strncmp(arg, "--", 2) == 0 && strchr(arg, '=') == NULL);
}

bool nni_app_wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (is_help(argv[i]))
            return true;
        if (takes_value(argv[i]))
            i++;
    }
    return false;
}
#line 1526 "book/ch60-cli.nw"
int nni_app_main(int argc, char **argv)
{
    char err[NNI_APP_ERRSIZE] = "";
    if (argc < 2)
        return fail("missing command (try 'nninit --help')");
    if (argc == 2 && strcmp(argv[1], "--version") == 0)
        return print_version();
    if (nni_app_wants_help(argc, argv))
        return print_usage();
    for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
        if (strcmp(argv[1], commands[k].name) == 0)
            return commands[k].run(argc - 2, (const char *const *)(argv + 2),
                                   err, sizeof err) ? 0 : fail(err);
    char q[NNI_APP_QUOTE_MAX + 4];
    nni_app_quote(argv[1], q);
    snprintf(err, sizeof err, "unknown command '%s' (try 'nninit --help')", q);
    return fail(err);
}
