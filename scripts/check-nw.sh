#!/bin/sh
# Lint the book's sources before they are tangled and woven.
#   scripts/check-nw.sh book/a.nw book/b.nw ...
#
# The identifier index (and the links noweave puts on every use of an indexed
# name) is for the library: an `@ %def` line may only name identifiers with the
# library's prefixes nni_, NNI_ (public) or nni__, NNI__ (internal).  A static
# helper of one program (die, check, result, ...) indexed here would be linked
# from every other program's helper of the same name, and from every string
# and comment that contains the word.
set -eu
bad=$(awk '/^@ %def / {
          for (i = 3; i <= NF; i++)
              if ($i !~ /^(nni_|NNI_)/) printf "%s:%d: %s\n", FILENAME, FNR, $i
      }' "$@")
if [ -n "$bad" ]; then
    echo "error: @ %def names an identifier outside the library's nni_/NNI_ prefixes" >&2
    echo "(index only the library; leave static helpers of programs and tests out):" >&2
    echo "$bad" | head -n 20 >&2
    exit 1
fi
