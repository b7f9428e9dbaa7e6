#line 1167 "book/appC-deepnet.nw"
/* deepnet -- 深层网络在初始化时：逐层的统计、奇异值、笔记本的网络、对称性 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "examples/deepnet.h"

#line 1184 "book/appC-deepnet.nw"
static const char deepnet_usage[] =
    "usage: deepnet tanh|relu|linear [--init I] [--std S] [--gain G]\n"
    "               [--width N] [--depth L] [--batch B] [--seed S]\n"
    "               [--hist BINS]\n"
    "       deepnet notebook [--batch B] [--seed S]\n"
    "       deepnet symmetry [--seed S]\n"
    "\n"
    "tanh, relu: a square network of L layers of N units at initialization,\n"
    "  inputs x ~ N(0,1) (B x N), loss sum_b sum_j r_j a^L_bj, r ~ N(0,1);\n"
    "  one row per layer: layer pre_std act_std grad_rms act_rms sat\n"
    "  wgrad_rms"
    " and the mean-field predictions mf_pre_std mf_act_std\n"
    "  mf_grad_rms"
    " mf_wgrad_rms.  --hist BINS (tanh) adds histograms of the\n"
    "  activations.\n"
    "linear: singular values of the product of the L weight matrices: depth\n"
    "  mean median frac_below_0.1 max min mean_s2 mean_s4 mf_mean_s2\n"
    "  mf_mean_s4;"
    " --hist BINS adds a histogram of log10 s on [-10, 1].\n"
    "notebook: the notebook's net1 in float32 under five initializations.\n"
    "symmetry: a constant initialization keeps the hidden units identical.\n"
    "\n"
    "  --init I     standard (U(-1/sqrt N, 1/sqrt N), biases 0), default\n"
    "               (nn.Linear's, biases too; the default), normal,\n"
    "               xavier_uniform, xavier_normal, kaiming_uniform,\n"
    "               kaiming_normal, orthogonal\n"
    "  --std S      normal: N(0, S^2) (required)\n"
    "  --gain G     xavier_*, orthogonal (default 1)\n"
    "  --width N    1..4096 (default 256; linear: at most 512)\n"
    "  --depth L    1..1000 (default 10)\n"
    "  --batch B    1..65536 (default 256; notebook: default 1000)\n"
    "  --seed S     torch.manual_seed(S), 0 <= S < 2^64 (default 0)\n"
    "\n"
    "Random numbers are drawn as PyTorch draws them after\n"
    "torch.manual_seed(S): x, then the weights layer by layer, then r.\n"
    "Errors: exit status 2 and one line on stderr.\n";
#line 1225 "book/appC-deepnet.nw"
typedef enum run_mode { RUN_NET, RUN_NOTEBOOK, RUN_SYMMETRY } run_mode;

typedef struct request {
    run_mode mode;
    nni_app_deep_config c;
    size_t hist;
} request;

enum { O_INIT, O_STD, O_GAIN, O_WIDTH, O_DEPTH, O_BATCH, O_SEED, O_HIST,
       O_COUNT };
#define DEEPNET_MAX_CELLS ((size_t)1 << 24)
#line 1243 "book/appC-deepnet.nw"
static bool parse_mode(const char *word, request *r, char *err, size_t size)
{
    char q[NNI_APP_QUOTE_MAX + 4];
    r->mode = RUN_NET;
    if (strcmp(word, "notebook") == 0)
        r->mode = RUN_NOTEBOOK;
    else if (strcmp(word, "symmetry") == 0)
        r->mode = RUN_SYMMETRY;
    else if (!nni_app_deep_parse_act(word, &r->c.act)) {
        nni_app_quote(word, q);
        snprintf(err, size, "unknown network '%s' (tanh, relu, linear, "
                 "notebook or symmetry)", q);
        return false;
    }
    return true;
}
#line 1266 "book/appC-deepnet.nw"
static bool option_applies(const request *r, int k)
{
    const nni_app_deep_init i = r->c.init;
    switch (k) {
    case O_SEED:  return true;
    case O_BATCH: return r->mode != RUN_SYMMETRY;
    case O_HIST:  return r->mode == RUN_NET && r->c.act != NNI_APP_DEEP_RELU;
    case O_STD:   return r->mode == RUN_NET && i == NNI_APP_DEEP_NORMAL;
    case O_GAIN:  return r->mode == RUN_NET && (i == NNI_APP_DEEP_XAVIER_UNIFORM
                      || i == NNI_APP_DEEP_XAVIER_NORMAL
                      || i == NNI_APP_DEEP_ORTHOGONAL);
    default:      return r->mode == RUN_NET;
    }
}
#line 1283 "book/appC-deepnet.nw"
static bool parse_init(const nni_app_option *o, request *r, char *err,
                       size_t size)
{
    char q[NNI_APP_QUOTE_MAX + 4];
    if (o->value == NULL || nni_app_deep_parse_init(o->value, &r->c.init))
        return true;
    nni_app_quote(o->value, q);
    snprintf(err, size, "unknown initialization '%s' for --init", q);
    return false;
}
#line 1296 "book/appC-deepnet.nw"
static bool parse_request(int argc, const char *const *argv, request *r,
                          char *err, size_t size)
{
    nni_app_option o[O_COUNT] = {
        { "--init", NULL, NULL }, { "--std", NULL, NULL },
        { "--gain", NULL, NULL }, { "--width", NULL, NULL },
        { "--depth", NULL, NULL }, { "--batch", NULL, NULL },
        { "--seed", NULL, NULL }, { "--hist", NULL, NULL }
    };
    const char *word = NULL;
    size_t npos = 0;
    nni_app_deep_defaults(&r->c);
    r->hist = 0;
    if (!nni_app_parse_options(argc, argv, o, O_COUNT, &word, 1, &npos, err,
                               size))
        return false;
    if (npos == 0) {
        snprintf(err, size, "missing the network: tanh, relu, linear, notebook "
                 "or symmetry (try 'deepnet --help')");
        return false;
    }
    
#line 1324 "book/appC-deepnet.nw"
if (!parse_mode(word, r, err, size) || !parse_init(&o[O_INIT], r, err, size))
    return false;
if (r->mode == RUN_NOTEBOOK)
    r->c.batch = 1000;
for (int k = 0; k < O_COUNT; k++)
    if (o[k].value != NULL && !option_applies(r, k)) {
        snprintf(err, size, "option %s does not apply to '%s%s%s'", o[k].name,
                 word, r->mode == RUN_NET ? " --init " : "",
                 r->mode == RUN_NET ? nni_app_deep_init_name(r->c.init) : "");
        return false;
    }
if (r->mode == RUN_NET && r->c.init == NNI_APP_DEEP_NORMAL
    && o[O_STD].value == NULL) {
    snprintf(err, size, "--init normal needs --std S");
    return false;
}
#line 1318 "book/appC-deepnet.nw"
    
#line 1347 "book/appC-deepnet.nw"
uint64_t seed = 0;
const char *why;
char q[NNI_APP_QUOTE_MAX + 4];
if (!nni_app_option_real(&o[O_STD], false, &r->c.std, err, size)
    || !nni_app_option_real(&o[O_GAIN], false, &r->c.gain, err, size)
    || !nni_app_option_size(&o[O_WIDTH], 1,
                            r->c.act == NNI_APP_DEEP_LINEAR ? 512 : 4096,
                            &r->c.width, err, size)
    || !nni_app_option_size(&o[O_DEPTH], 1, 1000, &r->c.depth, err, size)
    || !nni_app_option_size(&o[O_BATCH], 1, 65536, &r->c.batch, err, size)
    || !nni_app_option_size(&o[O_HIST], 1, 1000, &r->hist, err, size))
    return false;
#line 1370 "book/appC-deepnet.nw"
if (o[O_SEED].value != NULL
    && !nni_app_parse_u64(o[O_SEED].value, &seed, &why)) {
    nni_app_quote(o[O_SEED].value, q);
    snprintf(err, size, "invalid value '%s' for --seed: %s", q, why);
    return false;
}
r->c.seed = seed;
#line 1360 "book/appC-deepnet.nw"
const size_t max_per_layer = DEEPNET_MAX_CELLS / r->c.depth;
if (r->mode == RUN_NET && (r->c.batch * r->c.width > max_per_layer
                           || r->c.width * r->c.width > max_per_layer)) {
    snprintf(err, size, "the network is too large: batch x width x depth and "
             "width x width x depth must be at most %zu", DEEPNET_MAX_CELLS);
    return false;
}
#line 1319 "book/appC-deepnet.nw"
    return true;
}
#line 1385 "book/appC-deepnet.nw"
static void print_layers(const nni_app_deep_stats *s, size_t depth)
{
    printf("layer pre_std act_std grad_rms act_rms sat wgrad_rms mf_pre_std "
           "mf_act_std mf_grad_rms mf_wgrad_rms\n");
    for (size_t l = 0; l < depth; l++)
        printf("%zu %.10g %.10g %.10g %.10g %.10g %.10g %.10g %.10g %.10g "
               "%.10g\n", l + 1, s[l].pre_std, s[l].act_std, s[l].grad_rms,
               s[l].act_rms, s[l].sat, s[l].wgrad_rms, s[l].mf_pre_std,
               s[l].mf_act_std, s[l].mf_grad_rms, s[l].mf_wgrad_rms);
}
#line 1400 "book/appC-deepnet.nw"
static nni_status print_act_histograms(const nni_app_deep *d, size_t bins)
{
    const size_t depth = d->config.depth;
    double *density = malloc(depth * bins * sizeof *density);
    if (density == NULL)
        return NNI_ENOMEM;
    for (size_t l = 1; l <= depth; l++) {
        const nni_tensor *a = nni_app_deep_a(d, l);
        nni_app_deep_histogram(nni_tensor_data_const(a), nni_tensor_numel(a),
                               -1.0, 1.0, bins, density + (l - 1) * bins);
    }
    printf("\n\na");
    for (size_t l = 1; l <= depth; l++)
        printf(" layer%zu", l);
    for (size_t k = 0; k < bins; k++) {
        printf("\n%.6g", -1.0 + (2.0 * (double)k + 1.0) / (double)bins);
        for (size_t l = 0; l < depth; l++)
            printf(" %.6g", density[l * bins + k]);
    }
    printf("\n");
    free(density);
    return NNI_OK;
}
#line 1428 "book/appC-deepnet.nw"
static nni_status run_layers(const request *r)
{
    nni_app_deep d;
    nni_app_deep_stats *s = calloc(r->c.depth, sizeof *s);
    nni_status status = s != NULL ? nni_app_deep_new(&d, &r->c) : NNI_ENOMEM;
    if (status == NNI_OK) {
        status = nni_app_deep_run(&d);
        for (size_t l = 1; status == NNI_OK && l <= r->c.depth; l++)
            nni_app_deep_layer_stats(&d, l, &s[l - 1]);
        nni_app_deep_mean_field(&r->c, s);
        if (status == NNI_OK)
            print_layers(s, r->c.depth);
        if (status == NNI_OK && r->hist > 0)
            status = print_act_histograms(&d, r->hist);
        nni_app_deep_free(&d);
    }
    free(s);
    return status;
}
#line 1453 "book/appC-deepnet.nw"
static void print_log_histogram(double *sv, size_t n, size_t bins)
{
    double *density = malloc(bins * sizeof *density);
    for (size_t i = 0; i < n; i++)
        sv[i] = sv[i] > 0.0 ? log10(sv[i]) : -HUGE_VAL;
    if (density == NULL)
        return;
    nni_app_deep_histogram(sv, n, -10.0, 1.0, bins, density);
    printf("\n\nlog10_s density\n");
    for (size_t k = 0; k < bins; k++)
        printf("%.6g %.6g\n", -10.0 + 11.0 * ((double)k + 0.5) / (double)bins,
               density[k]);
    free(density);
}
#line 1470 "book/appC-deepnet.nw"
static nni_status run_linear(const request *r)
{
    nni_app_deep d;
    nni_app_deep_sv s;
    double *sv = malloc(r->c.width * sizeof *sv);
    nni_status status = sv != NULL ? nni_app_deep_new(&d, &r->c) : NNI_ENOMEM;
    if (status == NNI_OK) {
        status = nni_app_deep_singular_values(&d, sv);
        nni_app_deep_free(&d);
    }
    if (status == NNI_OK) {
        nni_app_deep_sv_summary(&r->c, sv, &s);
        printf("depth mean median frac_below_0.1 max min mean_s2 mean_s4 "
               "mf_mean_s2 mf_mean_s4\n%zu %.10g %.10g %.10g %.10g %.10g %.10g "
               "%.10g %.10g %.10g\n", r->c.depth, s.mean, s.median,
               s.frac_small, s.max, s.min, s.mean_s2, s.mean_s4, s.mf_mean_s2,
               s.mf_mean_s4);
        if (r->hist > 0)
            print_log_histogram(sv, r->c.width, r->hist);
    }
    free(sv);
    return status;
}
#line 1496 "book/appC-deepnet.nw"
static nni_status run_notebook(const request *r)
{
    double std[3], mf[3];
    nni_status status = NNI_OK;
    printf("variant s1_std s2_std s3_std mf_s1 mf_s2 mf_s3\n");
    for (int v = 0; status == NNI_OK && v < NNI_APP_NOTEBOOK_VARIANTS; v++) {
        status = nni_app_deep_notebook(r->c.seed, r->c.batch, v, std, mf);
        if (status == NNI_OK)
            printf("%-14s %.6g %.6g %.6g %.6g %.6g %.6g\n",
                   nni_app_deep_notebook_name(v), std[0], std[1], std[2], mf[0],
                   mf[1], mf[2]);
    }
    return status;
}
#line 1519 "book/appC-deepnet.nw"
int main(int argc, char **argv)
{
    char err[NNI_APP_ERRSIZE] = "";
    request r;
    if (argc == 2 && strcmp(argv[1], "--version") == 0)
        return printf("deepnet %s\n", nni_version()) > 0 && fflush(stdout) == 0
               ? 0 : nni_app_report("deepnet", "cannot write the version");
    if (nni_app_wants_help(argc, argv))
        return fputs(deepnet_usage, stdout) >= 0 && fflush(stdout) == 0
               ? 0 : nni_app_report("deepnet", "cannot write the usage");
    if (!parse_request(argc - 1, (const char *const *)(argv + 1), &r, err,
                       sizeof err))
        return nni_app_report("deepnet", err);
    
#line 1537 "book/appC-deepnet.nw"
nni_status status;
if (r.mode == RUN_NOTEBOOK)
    status = run_notebook(&r);
else if (r.mode == RUN_SYMMETRY)
    status = nni_app_deep_symmetry(stdout, r.c.seed);
else
    status = r.c.act == NNI_APP_DEEP_LINEAR ? run_linear(&r) : run_layers(&r);
if (status != NNI_OK)
    return nni_app_report("deepnet", nni_errmsg()[0] != '\0'
                                     ? nni_errmsg() : nni_strerror(status));
if (fflush(stdout) != 0 || ferror(stdout))
    return nni_app_report("deepnet", "cannot write the output");
return 0;
#line 1533 "book/appC-deepnet.nw"
}
