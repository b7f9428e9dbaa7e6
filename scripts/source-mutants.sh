#!/bin/sh
# The library mutants of book/appA5-stat-init.nw (tests/mutate.c): for each,
# copy the tree and the build directory B to B/mutants/K, apply the mutant
# there (one replacement in one source file), rebuild the suite that must
# catch it and nninit (only the mutated file is recompiled: the copied
# objects keep their timestamps), run the suite; it must fail.
#   scripts/source-mutants.sh B MUTATE [make variables...]
# Prints one line per mutant; exits non-zero when a mutant survives, no
# longer applies or does not build.
set -u
unset MAKEFLAGS MFLAGS MAKELEVEL      # a fresh make, with only the variables given
B=$1
mutate=$2
shift 2
here=$(pwd)
root=$B/mutants
rm -rf "$root"
mkdir -p "$root"
list=$root/list.txt
"$mutate" list >"$list" || exit 1
total=0 killed=0 bad=0
while IFS='	' read -r k suite name; do
    total=$((total + 1))
    dir=$root/$k
    mkdir -p "$dir/book" "$dir/$B" "$dir/tests"
    cp -a Makefile scripts src "$dir/"
    cp -a book/generated.mk "$dir/book/"
    cp -a tests/*.c tests/*.h tests/support "$dir/tests/"
    ln -s "$here/tests/golden" "$dir/tests/golden"
    ln -s "$here/data" "$dir/data"
    cp -a "$B/obj" "$dir/$B/"
    [ -d build/locale ] && { mkdir -p "$dir/build"; cp -a build/locale "$dir/build/"; }
    if ! "$mutate" apply "$k" "$dir" 2>"$dir/apply.log"; then
        verdict="DOES NOT APPLY: $(cat "$dir/apply.log")"
        bad=1
    elif ! make -C "$dir" --no-print-directory B="$B" WERROR= "$@" "$B/tests/$suite" \
             "$B/bin/nninit" \
             >"$dir/build.log" 2>&1; then
        verdict="DOES NOT BUILD (see $dir/build.log)"
        bad=1
    elif (cd "$dir" && CK_VERBOSITY=normal "$B/tests/$suite" >run.log 2>&1); then
        verdict="SURVIVED: $suite passes"
        bad=1
    else
        summary=$(grep -o '[0-9]*%: Checks: [0-9]*, Failures: [0-9]*, Errors: [0-9]*' \
                  "$dir/run.log" | tail -n 1)
        verdict="killed by $suite (${summary:-the suite failed})"
        killed=$((killed + 1))
    fi
    printf '%2d  %s\n    %s\n' "$k" "$name" "$verdict"
    rm -rf "$dir/src" "$dir/$B/obj"
done <"$list"
echo "$total library mutants: $killed killed"
[ "$total" -gt 0 ] || { echo "source-mutants: no mutants" >&2; exit 1; }
exit $bad
