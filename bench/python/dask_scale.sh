#!/usr/bin/env bash
# Dask scale-out (issue 17): N generated records (default 1,000,000, 500 agencies; no third-party
# data) in 8 shards, reported by examples/dask_report.py on a local cluster of 1 and then 2 worker
# processes (each worker reads and classifies its shards with the default model, then returns its
# state; the client merges), side by side in this one run; then checks that both reports are the
# same bytes. `liputan report` on the same shards is timed as well, but it keeps the generated
# records' own predictions (no classification), so it is a floor, not the same work.
#   bench/python/dask_scale.sh BUILD_DIR [N]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
n=${2:-1000000}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/liputan-dask.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
"$build/bench/report/report_bench" generate "$n" 500 all.jsonl agencies.csv
split -n l/8 -d --additional-suffix=.jsonl all.jsonl shard-
rm all.jsonl
export PYTHONPATH="$build/python"
for w in 1 2; do
  /usr/bin/time -f "dask, $w worker(s): wall %e s" /usr/bin/python3 "$root/examples/dask_report.py" \
    --workers "$w" --agencies agencies.csv -o "out-$w" shard-*.jsonl > "log-$w" 2>&1
  tail -1 "log-$w"
done
/usr/bin/time -f "liputan report, one process, predictions as given: wall %e s" \
  "$build/cli/liputan" report --agencies agencies.csv -o out-cli --formats json,md shard-*.jsonl \
  > log-cli 2>&1
tail -1 log-cli
cmp out-1/report.json out-2/report.json && echo "1 and 2 workers: report.json identical"
