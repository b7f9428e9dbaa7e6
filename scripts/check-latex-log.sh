#!/bin/sh
# Fail when the LaTeX log reports undefined references or missing glyphs.
#   scripts/check-latex-log.sh build/book/book.log
set -eu
log=$1
bad=$(grep -E "Missing character|There were undefined references|Reference .* undefined|Citation .* undefined|There were multiply-defined labels" "$log" || true)
if [ -n "$bad" ]; then
    echo "error: $log reports problems:" >&2
    echo "$bad" | sort | uniq -c | head -n 30 >&2
    exit 1
fi
