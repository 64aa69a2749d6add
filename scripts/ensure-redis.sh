#!/bin/sh
# The collaboration tests start a real redis-server (Debian's package) to run two server
# instances that share rooms. Install it when missing and we may; otherwise say what to do
# (those tests then skip, saying why).
set -e
command -v redis-server >/dev/null 2>&1 && exit 0
echo "redis-server is missing; installing Debian's redis-server package..." >&2
sh "$(dirname "$0")/lib/apt-install.sh" --no-install-recommends redis-server || {
  echo "Cannot install redis-server (no root, or apt-get failed). Run: apt-get install -y redis-server" >&2
  exit 0
}
command -v redis-server >/dev/null 2>&1 || { echo "redis-server still missing after apt-get" >&2; exit 1; }
