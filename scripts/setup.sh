#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: pnpm (the version in package.json) and the
# workspace's dependencies. Sourced by start.sh and test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION…"
  # corepack fails against a registry mirror without signatures; a global npm install works.
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
fi
pnpm install --frozen-lockfile --reporter=append-only
