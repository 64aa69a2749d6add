#!/bin/sh
# Browser tests drive Debian's Chromium through playwright-core (never a downloaded
# browser). Install it when missing and we may; otherwise say exactly what to do.
set -e
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
echo "Chromium is missing at $CHROMIUM; installing Debian's chromium package..." >&2
sh "$(dirname "$0")/lib/apt-install.sh" chromium fonts-liberation || {
  echo "Cannot install Chromium without root. Run: apt-get install -y chromium (or set CHROMIUM_PATH)" >&2
  exit 1
}
[ -x "$CHROMIUM" ] || { echo "Chromium still missing at $CHROMIUM after apt-get" >&2; exit 1; }
