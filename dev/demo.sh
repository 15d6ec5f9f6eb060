#!/usr/bin/env bash
# Sets up the machine when needed, then runs the operator's job on the local stand-ins.
set -euo pipefail
cd "$(dirname "$0")/.."

bash dev/setup.sh
exec node_modules/.bin/tsx dev/demo.ts
