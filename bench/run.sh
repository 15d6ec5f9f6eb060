#!/usr/bin/env bash
# npm run bench: sets the machine up when needed and makes two builds, the production build
# for the sizes and the production build for the stand-ins for the browser figures. Then it
# runs every benchmark in headless Chromium, prints the report and writes it to BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

bash dev/setup.sh

echo "bench: production build"
npx wxt build >/dev/null 2>&1 || npx wxt build

echo "bench: production build for the stand-ins"
ZFA_LOCAL_STANDINS=1 npx wxt build >/dev/null 2>&1 || ZFA_LOCAL_STANDINS=1 npx wxt build

exec bash dev/loopback-only.sh node_modules/.bin/tsx bench/main.ts
