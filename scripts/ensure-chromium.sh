#!/bin/sh
# Browser tests drive Debian's Chromium through playwright-core (never a downloaded
# browser). Install it when missing and we may; otherwise say exactly what to do.
set -e
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
echo "Chromium is missing at $CHROMIUM; installing Debian's chromium package..." >&2
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Cannot install Chromium without root. Run: apt-get install -y chromium (or set CHROMIUM_PATH)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
[ -x "$CHROMIUM" ] || { echo "Chromium still missing at $CHROMIUM after apt-get" >&2; exit 1; }
