#!/usr/bin/env bash
# The start command: install, then run the API and the console on the embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec pnpm start
