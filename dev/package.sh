#!/usr/bin/env bash
# Builds the store packages into .output/packages/: the Chrome zip, the Firefox zip, and the
# sources zip that addons.mozilla.org requires with a Firefox package whose code is bundled.
# Lints the Firefox build and prints each package's path and size.
set -euo pipefail
cd "$(dirname "$0")/.."

# Packages are production builds: they must not match the 127.0.0.1 stand-ins.
unset ZFA_LOCAL_STANDINS
rm -rf .output/packages

run_quietly() {
  local log
  log=$(mktemp)
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "package: '$*' failed; its output is above" >&2
    exit 1
  fi
  rm -f "$log"
}

echo "package: Chrome (wxt zip)"
run_quietly npx wxt zip

echo "package: Firefox and sources (wxt zip -b firefox)"
run_quietly npx wxt zip -b firefox

echo "package: web-ext lint of the Firefox build"
npx tsx dev/lint-firefox.ts .output/firefox-mv3

for file in .output/packages/*.zip; do
  printf '%s\t%.1f kB\n' "$file" "$(($(stat -c %s "$file") / 100))e-1"
done
