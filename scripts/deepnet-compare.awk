# deepnet's per-layer numbers next to PyTorch's seed statistics and the
# mean-field prediction, for the book (generated.mk).
#   awk -f scripts/deepnet-compare.awk -v config="tanh standard 500 5 500 1 1" \
#       -v name=standard -v layers=1,2,3 -v stats=act_std,grad_rms \
#       tests/golden/deepnet/seeds.txt deepnet-output.dat
# seeds.txt has, per configuration, "stat NAME LAYER MEAN SD MF" lines: MEAN
# and SD of log10 of the statistic over the seeds, MF the mean-field value.
# Prints, for each chosen layer and statistic: deepnet's value, PyTorch's
# geometric mean over the seeds (10^MEAN), the spread 10^SD - 1 in percent,
# z = (log10 value - MEAN) / SD, and the mean-field value.
BEGIN {
    nl = split(layers, L, ","); ns = split(stats, S, ",")
    for (i = 1; i <= nl; i++) want_layer[L[i]] = 1
}
FNR == NR {
    if ($1 == "seeds") seeds = $2
    if ($1 == "config") inside = (substr($0, 8) == config)
    if (inside && $1 == "stat") { k = $2 SUBSEP $3; m[k] = $4; sd[k] = $5; mf[k] = $6 }
    next
}
FNR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; done = 0; next }
NF == 0 { done = 1 }
done { next }
($1 in want_layer) {
    for (j = 1; j <= ns; j++) {
        k = S[j] SUBSEP $1
        if (!(k in m)) { print "deepnet-compare: no seed statistics for " config " " S[j] " layer " $1 > "/dev/stderr"; exit 1 }
        v = $(col[S[j]])
        row[$1, j] = sprintf("%5s  %-9s %10.4g %10.4g %6.1f%% %6.2f %10.4g", $1, S[j], v, 10^m[k], (10^sd[k] - 1) * 100, (log(v) / log(10) - m[k]) / sd[k], mf[k])
        have[$1] = 1
    }
}
END {
    if (FNR == NR) exit 1
    split(config, C, " ")
    printf "--init %s (%s, N=%s, L=%s, B=%s)\n", name, C[1], C[3], C[4], C[5]
    printf "%5s  %-9s %10s %10s %7s %6s %10s\n", "layer", "stat", "deepnet", "PyTorch", "spread", "z", "mf"
    for (i = 1; i <= nl; i++)
        for (j = 1; j <= ns; j++)
            if ((L[i], j) in row) print row[L[i], j]
}
