# For each configuration of tests/golden/deepnet/seeds.txt: the largest
# standard deviation over the seeds of log10 of the forward statistics
# (pre_std, act_std, act_rms) and of the backward ones (grad_rms, wgrad_rms)
# over the layers, and the largest distance |mean - log10 mf| between the
# seed mean and the mean-field prediction, both as factors 10^x - 1 in
# percent.
#   awk -f scripts/deepnet-spread.awk tests/golden/deepnet/seeds.txt
function pct(x) { return (10^x - 1) * 100 }
function flush() {
    if (name == "") return
    printf "%-34s %7.1f%% %7.1f%% %7.1f%% %7.1f%%\n", name, pct(fs), pct(fb), pct(bs), pct(bb)
}
BEGIN {
    printf "%-34s %17s %17s\n", "", "forward", "backward"
    printf "%-34s %8s %8s %8s %8s\n", "configuration (N/L/B)", "s", "|m-p|", "s", "|m-p|"
}
$1 == "config" {
    flush()
    name = $2 " " $3
    if ($3 == "normal") name = name " " $7
    if ($8 != 1) name = name " g=" substr($8, 1, 5)
    name = name " " $4 "/" $5 "/" $6
    fs = fb = bs = bb = 0
}
$1 == "stat" {
    bias = $4 - log($6) / log(10); if (bias < 0) bias = -bias
    if ($2 == "grad_rms" || $2 == "wgrad_rms") { if ($5 > bs) bs = $5; if (bias > bb) bb = bias }
    else { if ($5 > fs) fs = $5; if (bias > fb) fb = bias }
}
END { flush() }
