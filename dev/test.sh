#!/usr/bin/env bash
# Every check of the project: types, lint, formatting, unit and integration tests, and the
# end-to-end tests in headless Chromium on the production build.
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

echo "test: production build for the stand-ins"
ZFA_LOCAL_STANDINS=1 npx wxt build >/dev/null 2>&1 || ZFA_LOCAL_STANDINS=1 npx wxt build

echo "test: end-to-end tests in Chromium"
export ZFA_SKIP_BUILD=1
bash dev/loopback-only.sh npx vitest run --config vitest.e2e.config.ts
