#!/usr/bin/env bash
# Every check of the project: types, lint, formatting, unit and integration tests, web-ext lint
# of the Firefox build, the size budgets of the Chrome build, and the end-to-end tests in
# headless Chromium and Firefox on the production builds.
set -euo pipefail
cd "$(dirname "$0")/.."

bash dev/setup.sh

echo "test: typecheck"
npx tsc --noEmit

echo "test: eslint and prettier"
npx eslint .
npx prettier --check .

echo "test: unit and integration tests"
npx vitest run

echo "test: production builds for the stand-ins, Chrome and Firefox"
ZFA_LOCAL_STANDINS=1 npx wxt build >/dev/null 2>&1 || ZFA_LOCAL_STANDINS=1 npx wxt build
ZFA_LOCAL_STANDINS=1 npx wxt build -b firefox >/dev/null 2>&1 ||
  ZFA_LOCAL_STANDINS=1 npx wxt build -b firefox

echo "test: web-ext lint of the production Firefox build"
npx wxt build -b firefox >/dev/null 2>&1 || npx wxt build -b firefox
npx tsx dev/lint-firefox.ts .output/firefox-mv3

echo "test: size budgets of the production Chrome build (bench/budgets.ts)"
npx wxt build >/dev/null 2>&1 || npx wxt build
npx tsx bench/check-sizes.ts .output/chrome-mv3

echo "test: end-to-end tests in Chromium and Firefox"
export ZFA_SKIP_BUILD=1
bash dev/loopback-only.sh npx vitest run --config vitest.e2e.config.ts
