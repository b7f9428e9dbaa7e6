#!/bin/sh
# The library never exits, aborts, prints to the standard streams, reads the
# environment, uses hidden random state, allocates behind the replaceable
# allocator or depends on the caller's locale (book/appB-reliability.nw).
# This script lists the outside symbols (not nni_*) that each object of the
# library imports (nm -u) and fails when one of them is forbidden.  Writing
# to a FILE * that the caller passes (fwrite, fputs, putc, fflush) is
# allowed; only ALLOC_OBJ may call malloc/free, and only LOCALE_OBJ (which
# switches to the C locale around each call) may format or parse numbers
# with the locale-dependent printf/strtod families.
#   scripts/check-lib-symbols.sh ALLOC_OBJ LOCALE_OBJ OBJ...
set -eu
forbidden="exit _exit _Exit quick_exit atexit at_quick_exit abort __assert_fail
 printf vprintf __printf_chk __vprintf_chk puts putchar perror
 stdin stdout stderr system getenv secure_getenv rand srand random srandom
 malloc calloc realloc reallocarray free aligned_alloc posix_memalign strdup strndup
 setlocale"
localized="snprintf vsnprintf sprintf vsprintf fprintf vfprintf dprintf vdprintf
 asprintf vasprintf __snprintf_chk __vsnprintf_chk __sprintf_chk __vsprintf_chk
 __fprintf_chk __vfprintf_chk strtod strtof strtold atof sscanf vsscanf
 __isoc99_sscanf __isoc99_vsscanf __isoc23_sscanf __isoc23_strtod"
alloc_obj=$1
locale_obj=$2
shift 2
status=0
for o in "$@"; do
    syms=$(nm -u "$o" | awk '{print $NF}' | grep -v -e '^nni' -e '^_GLOBAL_OFFSET_TABLE_$' \
           | sort | tr '\n' ' ')
    echo "${o##*/obj/}:"
    echo "${syms:-(none)}" | fold -s -w 72 | sed 's/^/    /'
    for s in $syms; do
        for f in $forbidden; do
            [ "$s" = "$f" ] || continue
            [ "$o" = "$alloc_obj" ] && { [ "$s" = malloc ] || [ "$s" = free ]; } && continue
            echo "error: $o imports $s: the library must not exit, abort, print to" \
                 "the standard streams or allocate behind nni_set_allocator" >&2
            status=1
        done
        for f in $localized; do
            [ "$s" = "$f" ] && [ "$o" != "$locale_obj" ] || continue
            echo "error: $o imports $s: numbers are formatted and parsed only by" \
                 "nni__snprintf/nni__strtod (base/clocale.c), in the C locale" >&2
            status=1
        done
    done
done
exit $status
