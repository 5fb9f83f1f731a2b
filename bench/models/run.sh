#!/usr/bin/env bash
# Benchmarks of models/ and classify/ (issue 5): quality against the plain fastText CLI on public
# datasets (when ../shared/data has them) and classify throughput against `fasttext predict`.
#   bench/models/run.sh BUILD_DIR [AUTOTUNE_SECONDS] [RECORDS]
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
"$here/quality.sh" "$build" "${2:-60}"
"$here/throughput.sh" "$build" "${3:-1000000}"
