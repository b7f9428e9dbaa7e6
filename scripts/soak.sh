#!/bin/sh
# Rerun the statistical suites R times with fresh random seeds and report how
# often each check failed, per check and law (the suites log law=uniform,
# normal, truncnorm or - for checks that are not about one law).
#   scripts/soak.sh R ALPHA suite...      (ALPHA empty: the suites' 1e-6)
#
# Each run gets a new base NNI_TEST_SEED read from /dev/urandom, so every test
# sees new samples.  The suites append one line per check to NNI_STAT_LOG
# (tests/stat-harness.h); the table at the end counts them per check.  With
# alpha = 1e-6 the expected number of failures is about 1e-6 per check run; a
# calibration run with ALPHA=0.01 should show about 1 % for the checks whose
# false-alarm rate is alpha by construction.  The last column compares each
# rate with alpha +- 3 binomial standard deviations: "within", "below" (a
# conservative check: deterministic, or a discrete bound) or "ABOVE" (a check
# that fails more often than it claims).  Failing runs are listed with
# the base that reproduces them (not in a calibration run, where most runs
# fail somewhere by design).  SOAK_BASE=sequential uses the bases 1..R instead
# of random ones (reproducible, for the book); SOAK_DIR (default build/soak)
# keeps the log; SOAK_REPORT_ONLY=1 only prints the table of an existing log.
set -u
R=$1
alpha=${2:-}
shift 2
dir=${SOAK_DIR:-build/soak}
mkdir -p "$dir"
log=$dir/checks.log
[ "${SOAK_REPORT_ONLY:-}" = 1 ] || : >"$log"
[ -n "$alpha" ] && export NNI_STAT_ALPHA="$alpha"
failed_runs=0
i=1
if [ "${SOAK_REPORT_ONLY:-}" = 1 ]; then      # only summarize an existing log
    i=$((R + 1))
    failed_runs=-1
fi
while [ "$i" -le "$R" ]; do
    for t in "$@"; do
        if [ "${SOAK_BASE:-random}" = sequential ]; then
            base=$i
        else
            base=$(od -An -N8 -tu8 /dev/urandom | tr -d ' ')
        fi
        if ! NNI_TEST_SEED=$base NNI_STAT_LOG=$log CK_VERBOSITY=silent "$t" >/dev/null 2>&1; then
            failed_runs=$((failed_runs + 1))
            [ -n "$alpha" ] || echo "round $i: $t failed; rerun with NNI_TEST_SEED=$base $t"
        fi
    done
    i=$((i + 1))
done
awk -v R="$R" -v alpha="${alpha:-1e-06}" -v runs_failed="$failed_runs" '
    $1 == "check" {
        for (i = 2; i <= NF; i++) {
            split($i, kv, "=")
            f[kv[1]] = substr($i, length(kv[1]) + 2)
        }
        if (f["mutant"] != 0) next
        c = f["name"]
        if (f["law"] != "" && f["law"] != "-") c = c "/" f["law"]
        if (!(c in runs)) order[++n] = c
        runs[c]++
        if (f["result"] == "FAIL") fails[c]++
        total++
        if (f["result"] == "FAIL") failures++
    }
    END {
        printf "soak: %d rounds, alpha = %s per check\n", R, alpha
        if (runs_failed >= 0)
            printf "%d check runs, %d failed; %d suite runs failed\n", total,
                   failures + 0, runs_failed
        else
            printf "%d check runs, %d failed\n", total, failures + 0
        printf "%-19s %7s %7s %9s %9s  %s\n", "check/law", "runs", "failed", "rate",
               "expected", "vs 3-sigma band"
        for (k = 1; k <= n; k++) {
            c = order[k]
            rate = (fails[c] + 0) / runs[c]
            band = 3 * sqrt(alpha * (1 - alpha) / runs[c])
            verdict = rate > alpha + band ? "ABOVE" : rate < alpha - band ? "below" : "within"
            printf "%-19s %7d %7d %9.3g %9.3g  %s\n", c, runs[c], fails[c] + 0,
                   rate, alpha, verdict
        }
    }' "$log" | tee "$dir/soak.txt"
