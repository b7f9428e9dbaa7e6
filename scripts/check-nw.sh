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

# Code lines of at most 80 display columns: the woven book sets code in a
# footnotesize typewriter font, and a longer line runs past the right edge of
# the text block.  A CJK character counts as two columns, a tab goes to the
# next multiple of 8.  A chunk starts at a line `<<name>>=` and ends at a line
# `@`, `@ ...`, `@%...` or the next chunk definition.  (awk in the C locale,
# so that it sees bytes; the UTF-8 sequences are decoded by hand.)
long=$(LC_ALL=C awk '
BEGIN { for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i }
function wide(cp) {
    return (cp >= 4352 && cp <= 4447) || (cp >= 11904 && cp <= 42191 && cp != 12351) \
        || (cp >= 44032 && cp <= 55203) || (cp >= 63744 && cp <= 64255) \
        || (cp >= 65040 && cp <= 65049) || (cp >= 65072 && cp <= 65135) \
        || (cp >= 65280 && cp <= 65376) || (cp >= 65504 && cp <= 65510)
}
function width(s,    n, i, c, w) {
    w = 0; n = length(s)
    for (i = 1; i <= n; i++) {
        c = ord[substr(s, i, 1)]
        if (c == 9) w += 8 - w % 8
        else if (c < 128) w++
        else if (c < 192) continue
        else if (c < 224) { w++; i++ }
        else if (c < 240) {
            w += wide((c - 224) * 4096 + (ord[substr(s, i + 1, 1)] - 128) * 64 \
                      + ord[substr(s, i + 2, 1)] - 128) ? 2 : 1
            i += 2
        } else { w += 2; i += 3 }
    }
    return w
}
FNR == 1 { code = 0 }
/^<<.*>>=[ \t]*$/ { code = 1; next }
/^@$/ || /^@[ \t%]/ { code = 0; next }
code && length($0) > 80 && (w = width($0)) > 80 {
    printf "%s:%d: %d columns\n", FILENAME, FNR, w
}' "$@")
if [ -n "$long" ]; then
    echo "error: code lines wider than 80 columns (a CJK character counts as two);" >&2
    echo "break them (split a string literal into adjacent literals):" >&2
    echo "$long" | head -n 20 >&2
    exit 1
fi
