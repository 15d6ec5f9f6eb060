#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh machine: the npm packages, and Debian's
# Chromium and Firefox ESR with their Russian locales (the extension's Russian UI needs
# chromium-l10n in Chromium and the firefox-esr-l10n-ru language pack in Firefox).
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

have_firefox() {
  if [ -n "${FIREFOX_PATH:-}" ]; then
    [ -x "$FIREFOX_PATH" ]
  else
    [ -x /usr/bin/firefox-esr ] &&
      [ -f /usr/lib/firefox-esr/browser/extensions/langpack-ru@firefox-esr.mozilla.org.xpi ]
  fi
}

missing=()
have_chromium || missing+=(chromium chromium-l10n)
have_firefox || missing+=(firefox-esr firefox-esr-l10n-ru)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing Debian's ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: browsers for the tests are missing. Install Debian's packages as root:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    echo "or set CHROMIUM_PATH to Chromium or Chrome and FIREFOX_PATH to Firefox." >&2
    exit 1
  fi
fi
