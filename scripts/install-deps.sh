#!/bin/sh
# Install the Debian packages this project needs, but only those that are
# missing.  Usage: scripts/install-deps.sh PACKAGE...
# Prints nothing when everything is already installed.
set -eu

missing=""
for p in "$@"; do
    s=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$s" = installed ] || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: apt-get is not available on this machine." >&2
    echo "Please install these packages (Debian 12 names) by other means:" >&2
    echo "   $missing" >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "error: missing packages and no root rights (run as root or with sudo):" >&2
    echo "   $missing" >&2
    exit 1
fi

echo "==> installing missing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q $missing
