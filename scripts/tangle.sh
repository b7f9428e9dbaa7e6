#!/bin/sh
# Tangle every root chunk of the book into OUTDIR.
#   scripts/tangle.sh OUTDIR book/a.nw book/b.nw ...
#
# * Every root must be an intended output file: src/...(.c|.h) or
#   tests/...(.c|.h).  Anything else (typically a misspelled chunk
#   definition, which noweb silently turns into a new root) is an error.
# * Each file is tangled into FILE.new first; only when notangle succeeded
#   and printed no diagnostic is it copied over FILE with cpif, so
#   (a) a failure leaves the previous FILE untouched and stops the build, and
#   (b) an unchanged FILE keeps its timestamp (nothing is recompiled).
# * .c files carry #line directives that point back into book/*.nw.
set -eu
out=$1; shift

roots=$(noroots "$@" | sed -e 's/^<<//' -e 's/>>$//')
bad=0
for r in $roots; do
    case $r in
        src/*.c|src/*.h|tests/*.c|tests/*.h) ;;
        *) echo "error: root chunk <<$r>> is not an output file (src/*.[ch] or tests/*.[ch]);" \
                "a misspelled chunk name?" >&2
           bad=1 ;;
    esac
done
[ $bad -eq 0 ] || exit 1

# noroots prints names with spaces too; the case above already refused them.
for r in $roots; do
    f=$out/$r
    mkdir -p "$(dirname "$f")"
    case $r in
        *.c) lflag=-L ;;
        *)   lflag= ;;
    esac
    if ! notangle -t8 $lflag -R"$r" "$@" >"$f.new" 2>"$f.err" || [ -s "$f.err" ]; then
        echo "error: notangle failed for $r:" >&2
        cat "$f.err" >&2
        rm -f "$f.new" "$f.err"
        exit 1
    fi
    rm -f "$f.err"
    cpif "$f" <"$f.new"
    rm -f "$f.new"
done
