#!/bin/sh
# Run every statistical suite against each of its mutants (deliberately wrong
# samplers, selected with NNI_MUTANT=k); every mutant must make the suite fail.
#   scripts/power.sh build/tests/check-stat-a build/tests/check-stat-b ...
#
# A suite reports its mutants itself (tests/stat-harness.h): with NNI_MUTANT=k
# it writes "mutant suite=S id=k expect=killed|may-survive name=..." to the
# NNI_STAT_LOG file (followed, for an equivalent mutant, by "instead TEXT":
# the unit test that catches it instead) and one "check ... name=C
# result=ok|FAIL" line per check; past its last mutant it exits with status 77.
# Prints one entry per mutant (suite, id, what is wrong, which checks killed
# it), then the equivalent mutants that survived, each with the unit test that
# catches it instead; exits non-zero when a mutant that should die survives.
set -u
tmp=$(mktemp)
equiv=$(mktemp)
trap 'rm -f "$tmp" "$equiv"' EXIT
total=0 killed=0 survived=0 equivalent=0 bad=0
for t in "$@"; do
    k=1
    while :; do
        : >"$tmp"
        NNI_MUTANT=$k NNI_STAT_LOG=$tmp CK_VERBOSITY=silent "$t" >/dev/null 2>&1
        status=$?
        [ $status -eq 77 ] && break
        suite=$(sed -n 's/^mutant suite=\([^ ]*\) .*/\1/p' "$tmp")
        suite=${suite:-$(basename "$t")}
        expect=$(sed -n 's/^mutant .* expect=\([^ ]*\) .*/\1/p' "$tmp")
        name=$(sed -n 's/^mutant .* name=//p' "$tmp")
        instead=$(sed -n 's/^instead //p' "$tmp")
        by=$(awk '$1 == "check" && / result=FAIL / {
                      for (i = 2; i <= NF; i++)
                          if ($i ~ /^name=/ && !seen[$i]++) printf "%s ", substr($i, 6)
                  }' "$tmp")
        total=$((total + 1))
        if [ $status -ne 0 ]; then
            killed=$((killed + 1))
            verdict="killed by: ${by:-a failing test (no statistical check)}"
        elif [ "$expect" = may-survive ]; then
            equivalent=$((equivalent + 1))
            verdict="survived (equivalent: allowed, see below)"
            printf '%-15s %3d  %s\n%21scaught instead by: %s\n' "$suite" "$k" "$name" "" \
                "${instead:-nothing at this n}" >>"$equiv"
        else
            survived=$((survived + 1))
            bad=1
            verdict="SURVIVED: no check fails"
        fi
        printf '%-15s %3d  %s\n%21s%s\n' "$suite" "$k" "$name" "" "$verdict"
        k=$((k + 1))
    done
done
if [ -s "$equiv" ]; then
    echo
    echo "equivalent mutants that survived (invisible to the distribution checks at this n):"
    cat "$equiv"
fi
printf '%d mutants: %d killed, %d equivalent and allowed to survive, %d survived\n' \
    "$total" "$killed" "$equivalent" "$survived"
[ $total -gt 0 ] || { echo "power: no mutants found" >&2; exit 1; }
exit $bad
