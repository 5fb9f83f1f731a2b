#!/usr/bin/env bash
# Runs every end-to-end benchmark script (bench/<component>/run.sh BUILD_DIR) in turn.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
for script in "$here"/*/run.sh; do
  [ -x "$script" ] || continue
  echo "== $script" >&2
  "$script" "$build"
done
