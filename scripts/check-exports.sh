#!/bin/sh
# The shared library exports exactly the public API (book/appC-install.nw):
# every name that `nm -D --defined-only` lists must be a function declared in
# the public headers (so no nni__ internal and nothing else), and every
# function that the headers declare must be exported.
#   scripts/check-exports.sh LIBRARY.so INCLUDE_DIR      (CC: the C compiler)
set -eu
so=$1
inc=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -D --defined-only "$so" | awk '{print $NF}' | sed 's/@.*//' | sort -u >"$tmp/exported"
# the functions the headers declare: after preprocessing, every nni_ name that
# is followed by an opening parenthesis, outside typedefs of function pointers
echo '#include <nninit.h>' | ${CC:-cc} -E -P -I"$inc" -x c - | grep -v '^typedef' \
    | grep -o 'nni_[a-z0-9_]*[[:space:]]*(' | sed 's/[[:space:]]*($//' \
    | sort -u >"$tmp/declared"

status=0
report() {
    if [ -s "$2" ]; then
        echo "error: $1:" >&2
        sed 's/^/    /' "$2" >&2
        status=1
    fi
}
grep -v '^nni_[a-z0-9]' "$tmp/exported" >"$tmp/foreign" || true
report "$so exports names outside the public nni_ API" "$tmp/foreign"
comm -23 "$tmp/exported" "$tmp/declared" | grep '^nni_[a-z0-9]' >"$tmp/undeclared" || true
report "$so exports nni_ names that no public header declares" "$tmp/undeclared"
comm -13 "$tmp/exported" "$tmp/declared" >"$tmp/missing"
report "public functions that $so does not export" "$tmp/missing"
[ -s "$tmp/declared" ] || { echo "error: no declarations found in $inc" >&2; status=1; }
[ $status -eq 0 ] && echo "exports: $(wc -l <"$tmp/exported") functions, exactly the" \
    "public API of $(basename "$inc")/nninit.h"
exit $status
