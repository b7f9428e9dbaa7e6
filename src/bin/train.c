#line 1229 "book/ch44-training-impl.nw"
/* train -- 在手写数字上训练深层多层感知机，与 PyTorch 逐步相同的设定 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "examples/train.h"

#line 1245 "book/ch44-training-impl.nw"
static const char train_usage[] =
    
#line 1251 "book/ch44-training-impl.nw"
"usage: train relu|tanh [--init I] [--std S] [--gain G] [--depth D]\n"
"             [--width W] [--epochs E] [--batch B] [--lr LR] [--seed S]\n"
"             [--dtype float64|float32] [--data FILE]\n"
"\n"
"Train Linear(64,W), act, [Linear(W,W), act] x (D-1), Linear(W,10) on the\n"
"8x8 handwritten digits (rows 0-1436 train, 1437-1796 test, pixels / 16)\n"
"with mean cross-entropy and plain SGD, exactly as PyTorch 1.13 does after\n"
"torch.manual_seed(S): every Linear built with PyTorch's default init, then\n"
"(unless --init default) the weight re-initialized and the bias zeroed;\n"
"every epoch torch.randperm(1437) and mini-batches in that order.\n"
"Prints 'epoch train_loss train_acc test_acc', one row per epoch from 0.\n"
"\n"
#line 1247 "book/ch44-training-impl.nw"
    
#line 1266 "book/ch44-training-impl.nw"
"  --init I    default (nn.Linear's own; the default), standard\n"
"              (U(-1/sqrt(fan_in), 1/sqrt(fan_in))), normal,\n"
"              xavier_uniform, xavier_normal, kaiming_uniform,\n"
"              kaiming_normal (fan_in, nonlinearity = act), orthogonal\n"
"  --std S     normal: N(0, S^2) (default 0.01)\n"
"  --gain G    xavier_*, orthogonal (default 1)\n"
"  --depth D   hidden layers, 1..10000 (default 10)\n"
"  --width W   1..100000 (default 128); at most 2^24 parameters\n"
"  --epochs E  0..100000 (default 5)\n"
"  --batch B   1..1437 (default 64)\n"
"  --lr LR     learning rate >= 0 (default 0.05)\n"
"  --seed S    0 <= S < 2^64 (default 0)\n"
"  --dtype T   float64 (default) or float32\n"
"  --data FILE the digits as CSV (default build/digits.csv)\n"
"\n"
"Exit status: 0 trained; 2 error (one line on stderr); 3 diverged (the\n"
"loss became infinite or NaN; the rows so far are printed).\n";
#line 1291 "book/ch44-training-impl.nw"
static int print_g17(double v)
{
    if (isnan(v))
        return printf(" nan");
    if (isinf(v))
        return printf(v > 0 ? " inf" : " -inf");
    return printf(" %.17g", v);
}

static bool print_epoch(const nni_app_epoch *row, void *ctx)
{
    bool *ok = ctx;
    if (row->epoch == 0)
        *ok = printf("epoch train_loss train_acc test_acc\n") > 0;
    *ok = *ok && printf("%zu", row->epoch) > 0 && print_g17(row->train_loss) > 0
          && print_g17(row->train_acc) > 0 && print_g17(row->test_acc) > 0
          && printf("\n") > 0 && fflush(stdout) == 0;
    return *ok;
}
#line 1317 "book/ch44-training-impl.nw"
int main(int argc, char **argv)
{
    nni_app_train_setup s;
    nni_app_digits d;
    const char *data = NULL;
    char err[NNI_APP_ERRSIZE] = "";
    bool printed = true;
    if (argc == 2 && strcmp(argv[1], "--version") == 0)
        return printf("train %s\n", nni_version()) > 0 && fflush(stdout) == 0
               ? 0 : nni_app_report("train", "cannot write the version");
    if (nni_app_wants_help(argc, argv))
        return fputs(train_usage, stdout) >= 0 && fflush(stdout) == 0
               ? 0 : nni_app_report("train", "cannot write the usage");
    if (!nni_app_train_parse(argc - 1, (const char *const *)(argv + 1), &s,
                             &data, err, sizeof err)
        || !nni_app_digits_read(&d, data, s.dtype, err, sizeof err))
        return nni_app_report("train", err);
    
#line 1339 "book/ch44-training-impl.nw"
const nni_app_train_hooks hooks = { NULL, print_epoch, &printed };
const nni_app_train_result r = nni_app_train(&s, &d, &hooks, err, sizeof err);
nni_app_digits_free(&d);
if (r == NNI_APP_TRAIN_STOPPED || !printed)
    return nni_app_report("train", "cannot write to the standard output");
if (r == NNI_APP_DIVERGED) {
    nni_app_report("train", err);
    return 3;
}
return r == NNI_APP_TRAINED ? 0 : nni_app_report("train", err);
#line 1335 "book/ch44-training-impl.nw"
}
