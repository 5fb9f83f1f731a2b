#!/usr/bin/env bash
# Benchmarks of models/ and classify/ (issue 5): quality against the plain fastText CLI on public
# datasets (when ../shared/data has them), classify throughput against `fasttext predict`,
# --threads 2 scaling beside two independent processes, and the classify --resume kill loop.
#   bench/models/run.sh BUILD_DIR [AUTOTUNE_SECONDS] [RECORDS]
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
"$here/quality.sh" "$build" "${2:-60}"
"$here/throughput.sh" "$build" "${3:-1000000}"
"$here/scaling.sh" "$build" 200000 3
"$here/resume_loop.sh" "$build" 50 20000
