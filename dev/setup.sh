#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh machine: the npm packages and Debian's
# Chromium with its locales (the extension's Russian UI needs chromium-l10n).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --engine-strict --no-audit --no-fund
fi

have_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ]
  else
    [ -x /usr/bin/chromium ] && [ -f /usr/lib/chromium/locales/ru.pak ]
  fi
}

if ! have_chromium; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing Debian's chromium and chromium-l10n with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-l10n >/dev/null
  else
    echo "setup: no usable Chromium. Install Debian's packages as root:" >&2
    echo "  apt-get install chromium chromium-l10n" >&2
    echo "or set CHROMIUM_PATH to a Chromium or Chrome executable." >&2
    exit 1
  fi
fi
