#!/usr/bin/env bash
# In-process classification in `liputan report -m` (issue 16, item 2): N generated records
# (report_bench generate, default 200,000) with their predictions removed, reported with -m by
# this build and by a baseline build (an older commit's) side by side, twice each, alternating,
# on the same file and model; then the same labeled records without -m. Prints wall seconds and
# peak RSS per run, the baseline/this ratio of the best runs, and whether the files are identical.
# Usage: [REPORT_BENCH=FILE] bench/report/in_process_run.sh BUILD_DIR BASELINE_BUILD_DIR [N] [MODEL]
set -euo pipefail
build=${1:?BUILD_DIR}
base=${2:?BASELINE_BUILD_DIR}
n=${3:-200000}
model=${4:-$base/models/default.liputan}
# The generator: REPORT_BENCH, else this build's or the baseline's report_bench.
bench=${REPORT_BENCH:-$build/bench/report/report_bench}
[ -x "$bench" ] || bench="$base/bench/report/report_bench"
[ -x "$bench" ] || { echo "missing report_bench (build target report_bench or set REPORT_BENCH)" >&2; exit 66; }
work=$(mktemp -d "${TMPDIR:-/tmp}/liputan-inproc-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$bench" generate "$n" 200 "$work/labeled.jsonl" "$work/agencies.csv" > /dev/null
# Raw posts: the model classifies every one (the generator's predictions would be kept).
python3 -c '
import json, sys
with open(sys.argv[1]) as i, open(sys.argv[2], "w") as o:
    for line in i:
        post = json.loads(line); post.pop("predictions", None); post.pop("token_count", None)
        o.write(json.dumps(post, ensure_ascii=False, separators=(",", ":")) + "\n")
' "$work/labeled.jsonl" "$work/raw.jsonl"
echo "== $n records, $(( $(stat -c %s "$work/raw.jsonl") / 1000000 )) MB raw; model $model"

run() {  # label liputan out input [options...]: prints wall seconds and peak RSS
  local label=$1 liputan=$2 out=$3 input=$4
  shift 4
  rm -rf "$out"
  /usr/bin/time -f "%e %M" -o "$work/time" "$liputan" report --agencies "$work/agencies.csv" \
    -o "$out" --formats json,csv,md "$@" "$input" 2> "$work/err" || { cat "$work/err" >&2; exit 70; }
  read -r secs kb < "$work/time"
  printf '%-34s %7.2f s  peak %8d KB\n' "$label" "$secs" "$kb"
  echo "$secs" >> "$work/$label.secs"
}

best() { sort -n "$work/$1.secs" | head -1; }

for what in "-m" "labeled"; do
  if [ "$what" = "-m" ]; then input="$work/raw.jsonl"; opts=(-m "$model"); else input="$work/labeled.jsonl"; opts=(); fi
  for round in 1 2; do
    run "baseline $what" "$base/cli/liputan" "$work/base" "$input" "${opts[@]}"
    run "this $what" "$build/cli/liputan" "$work/this" "$input" "${opts[@]}"
  done
  awk -v b="$(best "baseline $what")" -v t="$(best "this $what")" \
    'BEGIN { printf "best baseline / best this (%s) = %.2f\n", "'"$what"'", (t > 0 ? b / t : 0) }'
  diff -r "$work/base" "$work/this" > /dev/null && echo "  identical files" || echo "  FILES DIFFER"
done
