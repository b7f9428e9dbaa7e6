#!/bin/sh
# Fail when any word of the typeset book lies past the right edge of the text
# block (or is cut at the paper edge).
#   scripts/check-layout.sh build/book/book.pdf build/book/book.log [--report]
#
# The right edge comes from the LaTeX run itself: book.tex writes
# "NNI-TEXTBLOCK-RIGHT <x in bp>" to the log.  Word boxes come from
# `pdftotext -bbox` (poppler-utils).  A full-width CJK punctuation mark that
# ends a line is drawn half-width by xeCJK but reported with its full box, so
# a word that ends in one may reach one em past the edge; every other word
# may pass it by TOL bp (rounding of the boxes).  With --report the offending
# words are listed and the exit status is 0.
set -eu
pdf=$1 log=$2 mode=${3:-}
TOL=1.5
right=$(sed -n 's/^NNI-TEXTBLOCK-RIGHT \([0-9.]*\).*/\1/p' "$log" | head -n 1)
if [ -z "$right" ]; then
    echo "error: $log has no NNI-TEXTBLOCK-RIGHT line (book.tex writes it)" >&2
    exit 1
fi
pdftotext -bbox "$pdf" - | LC_ALL=C awk -v right="$right" -v tol="$TOL" -v mode="$mode" '
function attr(s, name,    i, t) {
    i = index(s, name "=\"")
    t = substr(s, i + length(name) + 2)
    return substr(t, 1, index(t, "\"") - 1) + 0
}
# true when the word ends in a full-width CJK punctuation mark (UTF-8: the
# CJK symbols block E3 80 xx and the full-width forms EF BC xx / EF BD xx)
function cjkpunct(w,    n, tail) {
    n = length(w)
    if (n < 3) return 0
    tail = substr(w, n - 2, 2)
    return tail == "\343\200" || tail == "\357\274" || tail == "\357\275" \
        || substr(w, n - 2) == "\342\200\235" || substr(w, n - 2) == "\342\200\231"
}
/<page / { page++; width = attr($0, "width") }
/<word / {
    x1 = attr($0, "xMax"); y0 = attr($0, "yMin"); y1 = attr($0, "yMax")
    w = $0; sub(/^[^>]*>/, "", w); sub(/<\/word>.*$/, "", w)
    allow = tol
    if (cjkpunct(w)) allow = (y1 - y0 > 12 ? y1 - y0 : 12) + tol
    if (x1 > width - 2 || x1 > right + allow) {
        bad++; pages[page] = 1
        if (shown < 40) { printf "  page %d: %.1f bp past the edge: %s\n", page, x1 - right, w; shown++ }
    }
}
END {
    n = 0; for (p in pages) n++
    if (bad == 0) { print "layout: no word past the right edge of the text block"; exit 0 }
    printf "layout: %d words past the right edge of the text block on %d pages\n", bad, n
    exit mode == "--report" ? 0 : 1
}' >&2
