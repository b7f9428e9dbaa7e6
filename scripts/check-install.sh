#!/bin/sh
# make check-install (book/appC-install.nw): install into a temporary DESTDIR,
# check the layout, the soname and the exported symbols, build
# tests/install-demo.c against the installed copy with pkg-config (shared,
# static and as C++), run it, check the installed tool and its man page, then
# uninstall and check that nothing is left; once more with other directories.
#   scripts/check-install.sh BUILD_DIR VERSION        (CC, CXX: the compilers)
set -eu
B=$1
V=$2
MAJOR=${V%%.*}
CC=${CC:-cc}
CXX=${CXX:-g++}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check-install: FAILED: $*" >&2; exit 1; }
[ -n "$V" ] || fail "no version (is src/base/version.h there?)"

# -------------------------------------------------- 1. what is installed
root=$tmp/root
make --no-print-directory -s install B="$B" DESTDIR="$root" PREFIX=/usr >/dev/null
for f in bin/nninit share/man/man1/nninit.1 include/nninit/nninit.h lib/libnninit.a \
         lib/libnninit.so.$V lib/pkgconfig/nninit.pc; do
    [ -f "$root/usr/$f" ] || fail "/usr/$f is not installed"
done
for h in $(sed -n 's/^#include "\(.*\)"$/\1/p' src/nninit.h); do
    cmp -s "src/$h" "$root/usr/include/nninit/$h" || fail "header $h is not installed"
done
[ "$(readlink "$root/usr/lib/libnninit.so.$MAJOR")" = "libnninit.so.$V" ] \
    || fail "libnninit.so.$MAJOR does not point to libnninit.so.$V"
[ "$(readlink "$root/usr/lib/libnninit.so")" = "libnninit.so.$MAJOR" ] \
    || fail "libnninit.so does not point to libnninit.so.$MAJOR"
soname=$(readelf -d "$root/usr/lib/libnninit.so.$V" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = "libnninit.so.$MAJOR" ] || fail "the soname is '$soname'"
[ -x "$root/usr/bin/nninit" ] && [ ! -x "$root/usr/include/nninit/nninit.h" ] \
    || fail "wrong permissions"
CC=$CC scripts/check-exports.sh "$root/usr/lib/libnninit.so.$V" "$root/usr/include/nninit"
# nothing else is installed: no file of the build's other archives (libcli.a,
# libexamples.a, libtestsupport.a), no header of src/cli, src/examples or
# tests/support
{ echo bin/nninit; echo share/man/man1/nninit.1; echo include/nninit/nninit.h
  sed -n 's/^#include "\(.*\)"$/include\/nninit\/\1/p' src/nninit.h
  for f in libnninit.a libnninit.so libnninit.so.$MAJOR libnninit.so.$V pkgconfig/nninit.pc; do
      echo "lib/$f"; done; } | sort >"$tmp/expected-files"
(cd "$root/usr" && find . \( -type f -o -type l \) | sed 's,^\./,,' | sort) >"$tmp/installed-files"
cmp -s "$tmp/expected-files" "$tmp/installed-files" \
    || { diff "$tmp/expected-files" "$tmp/installed-files" >&2 || :
         fail "other files are installed"; }
# test support (tests/support/ -> libtestsupport.a) never ships: no installed
# binary, and none of the programs that users run (nninit, deepnet, train,
# notebook), defines one of its global symbols
globals() { { nm --defined-only "$1" 2>/dev/null || nm -D --defined-only "$1"; } \
            | awk 'NF == 3 && $2 ~ /^[A-Z]$/ {print $3}' | sort -u; }
globals "$B/libtestsupport.a" >"$tmp/support-symbols"
[ -s "$tmp/support-symbols" ] || fail "no symbols in $B/libtestsupport.a"
for f in "$root/usr/bin/nninit" "$root/usr/lib/libnninit.a" "$root/usr/lib/libnninit.so.$V" \
         "$B/bin/deepnet" "$B/bin/train" "$B/bin/notebook"; do
    leak=$(globals "$f" | comm -12 - "$tmp/support-symbols" | head -n 3 | tr '\n' ' ')
    [ -z "$leak" ] || fail "${f##*/} contains test support: $leak"
done

# -------------------------------------------------- 2. pkg-config and the demo
export PKG_CONFIG_LIBDIR="$root/usr/lib/pkgconfig" PKG_CONFIG_PATH= \
       PKG_CONFIG_SYSROOT_DIR="$root" PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 \
       PKG_CONFIG_ALLOW_SYSTEM_LIBS=1
[ "$(pkg-config --modversion nninit)" = "$V" ] || fail "pkg-config --modversion"
cflags=$(pkg-config --cflags nninit)
libs=$(pkg-config --libs nninit)
static_libs=$(pkg-config --static --libs nninit)
case " $static_libs " in *" -lm "*) ;; *) fail "-lm is not in Libs.private";; esac
warn="-Wall -Wextra -Wpedantic -Werror"
# shellcheck disable=SC2086
$CC -std=c11 $warn $cflags tests/install-demo.c -o "$tmp/demo-shared" $libs
# shellcheck disable=SC2086
$CC -std=c11 $warn -static $cflags tests/install-demo.c -o "$tmp/demo-static" $static_libs
# shellcheck disable=SC2086
$CXX -std=c++11 $warn -x c++ $cflags tests/install-demo.c -x none -o "$tmp/demo-cxx" $libs
# every exported function, named from C++: a header without extern "C" makes
# the C++ compiler look for a mangled name, and this link fails
{ echo '#include <nninit.h>'; echo 'typedef void (*fn)(void);'
  echo 'static const fn all[] = {'
  nm -D --defined-only "$root/usr/lib/libnninit.so.$V" | awk '$2 == "T" {print $3}' \
      | sed 's/@.*//' | sort -u | sed 's/.*/    reinterpret_cast<fn>(\&&),/'
  echo '};'; echo 'int main() { return all[0] == 0; }'; } >"$tmp/all.cc"
# shellcheck disable=SC2086
$CXX -std=c++11 $warn $cflags "$tmp/all.cc" -o "$tmp/all-cxx" $libs \
    || fail "C++ cannot link every exported function (a header without extern \"C\"?)"
for p in demo-shared demo-cxx; do
    readelf -d "$tmp/$p" | grep -q "(NEEDED).*\[libnninit.so.$MAJOR\]" \
        || fail "$p does not need libnninit.so.$MAJOR"
    LD_LIBRARY_PATH="$root/usr/lib" ldd "$tmp/$p" | grep -q "$root/usr/lib/libnninit.so.$MAJOR" \
        || fail "$p does not load the installed libnninit.so.$MAJOR"
done
! readelf -d "$tmp/demo-static" 2>/dev/null | grep -q '(NEEDED)' || fail "demo-static is not static"
{ echo "nninit $V (header $V)"; cat tests/golden/install/demo.txt; } >"$tmp/expected"
for p in demo-shared demo-static demo-cxx; do
    LD_LIBRARY_PATH="$root/usr/lib" "$tmp/$p" >"$tmp/$p.out" || fail "$p failed"
    cmp -s "$tmp/expected" "$tmp/$p.out" || { diff "$tmp/expected" "$tmp/$p.out" >&2 || :; fail "$p printed something else"; }
done

# -------------------------------------------------- 3. the tool and its man page
[ "$("$root/usr/bin/nninit" --version)" = "nninit $V" ] || fail "nninit --version"
man=$root/usr/share/man/man1/nninit.1
groff -man -Tutf8 -ww -z "$man" 2>"$tmp/groff" && [ ! -s "$tmp/groff" ] \
    || { cat "$tmp/groff" >&2; fail "groff warns about the man page"; }
grep -q "^\.TH NNINIT 1 .*\"nninit $V\"" "$man" || fail "the man page is not for version $V"
sed 's/\\//g' "$man" >"$tmp/man.txt"
for o in $("$root/usr/bin/nninit" --help | grep -o -- '--[a-z][a-z_]*' | sort -u); do
    grep -q -- "$o" "$tmp/man.txt" || fail "the man page does not describe $o"
done

# -------------------------------------------------- 4. uninstall
make --no-print-directory -s uninstall B="$B" DESTDIR="$root" PREFIX=/usr >/dev/null
left=$(find "$root" \( -type f -o -type l \) -print)
[ -z "$left" ] || fail "left after make uninstall: $left"

# -------------------------------------------------- 5. other directories
alt=$tmp/alt
vars="PREFIX=/opt/nn LIBDIR=/opt/nn/lib64 INCLUDEDIR=/opt/inc BINDIR=/opt/tools MANDIR=/opt/man"
# shellcheck disable=SC2086
make --no-print-directory -s install B="$B" DESTDIR="$alt" $vars >/dev/null
for f in tools/nninit man/man1/nninit.1 inc/nninit/nninit.h nn/lib64/libnninit.so.$V \
         nn/lib64/pkgconfig/nninit.pc; do
    [ -e "$alt/opt/$f" ] || fail "/opt/$f is not installed"
done
grep -qx 'libdir=/opt/nn/lib64' "$alt/opt/nn/lib64/pkgconfig/nninit.pc" \
    && grep -qx 'includedir=/opt/inc' "$alt/opt/nn/lib64/pkgconfig/nninit.pc" \
    || fail "nninit.pc does not name LIBDIR and INCLUDEDIR"
# shellcheck disable=SC2086
make --no-print-directory -s uninstall B="$B" DESTDIR="$alt" $vars >/dev/null
left=$(find "$alt" \( -type f -o -type l \) -print)
[ -z "$left" ] || fail "left after make uninstall: $left"

echo "check-install: make install/uninstall (nothing else, no test support), soname" \
     "libnninit.so.$MAJOR, exports, pkg-config (shared, static, C++), nninit $V and its" \
     "man page: all fine"
