#!/bin/sh
# Fail when src/ or the tangled tests differ from a fresh tangle of book/.
#   scripts/check-tangle.sh book/a.nw book/b.nw ...
#
# 1. Tangle everything into a scratch directory (this also rejects stray
#    roots and undefined chunks, see tangle.sh).
# 2. Every tangled file must equal its copy in the working tree, and every
#    .c/.h file under src/ and tests/ must come from some root: a hand edit
#    or a hand-made file is reported by name.
# 3. In a git checkout whose book/ equals HEAD, the tangled files must also
#    equal HEAD: a commit that changed book/ but forgot src/ is caught even
#    after `make` has re-tangled the working tree.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

scripts/tangle.sh "$tmp" "$@"

status=0
for f in $(cd "$tmp" && find src tests -type f | sort); do
    if [ ! -f "$f" ]; then
        echo "error: $f is missing; run make to tangle it from book/" >&2
        status=1
    elif ! cmp -s "$tmp/$f" "$f"; then
        echo "error: $f differs from a fresh tangle of book/ (src/ is generated: edit book/*.nw, not $f)" >&2
        diff -u "$tmp/$f" "$f" | head -n 20 >&2 || true
        status=1
    fi
done
for f in $(find src tests -type f \( -name '*.c' -o -name '*.h' \) | sort); do
    if [ ! -f "$tmp/$f" ]; then
        echo "error: $f is not written by any root chunk of book/ (remove it, or add it to the book)" >&2
        status=1
    fi
done

if [ $status -eq 0 ] && git rev-parse --verify -q HEAD >/dev/null 2>&1 \
   && git diff --quiet HEAD -- book 2>/dev/null; then
    stale=$(git diff --name-only HEAD -- $(cd "$tmp" && find src tests -type f | sort) 2>/dev/null || true)
    untracked=$(git ls-files --others --exclude-standard -- src tests | grep -E '\.(c|h)$' || true)
    if [ -n "$stale$untracked" ]; then
        echo "error: book/ is committed but these tangled files are not (commit them with the book):" >&2
        printf '  %s\n' $stale $untracked >&2
        status=1
    fi
fi
[ $status -eq 0 ] && echo "tangle check: src/ and tests/ equal a fresh tangle of book/"
exit $status
