#!/usr/bin/env bash
# Runs a command in a new network namespace that has only loopback, so that the browser and
# the stand-ins under test can reach nothing but 127.0.0.1. Where namespaces are not
# available (not root, or no unshare), the command runs as it is, and a line says so.
set -euo pipefail

if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare -n true 2>/dev/null; then
  exec unshare -n -- bash -c 'ip link set lo up && exec "$@"' bash "$@"
fi

echo "loopback-only: network namespaces unavailable; running with the normal network" >&2
exec "$@"
