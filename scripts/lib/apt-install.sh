#!/bin/sh
# Installs Debian packages as root, or through sudo; exits 3 when neither is possible
# (the caller then says what to run). Used by the ensure-*.sh scripts.
set -e
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else exit 3; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq "$@" >/dev/null
