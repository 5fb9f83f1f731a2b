#!/usr/bin/env bash
# Report benchmark (issue 7): N classify-shaped records (default 1,000,000) from 500 agencies plus
# citizens over one year, generated here (no third-party data). Times, in this one run and on the
# same file: `cat`, reading alone (PostReader → Post), reading + aggregating (ReportState::Add),
# and the whole `liputan report` (read, aggregate, compute every metric, render json,csv,md),
# with peak RSS, and where the time goes (report_bench phases: aggregate, BuildReport, each
# format). Then the same for N/4 records, to show how memory grows. Target: report under 2× the
# read. The timed report passes --formats json,csv,md explicitly: without it, html is added when
# the chart bundles are found (a source tree with node_modules), which is issue 8's renderer, timed
# on its own line for the first size.
# `liputan report` runs with --timings, whose line (wall and CPU per phase: read+aggregate on
# three threads, build on two, write with the tables beside report.json) is printed below it.
# With BASELINE_BUILD=DIR, another build's `liputan report` (an older commit's) runs right after
# ours on the same file, for a side-by-side comparison in one run.
# Usage: [BASELINE_BUILD=DIR] bench/report/run.sh BUILD_DIR [N] [AGENCIES]
set -euo pipefail
build=${1:-build}
n=${2:-1000000}
agencies=${3:-500}
bench="$build/bench/report/report_bench"
liputan="$build/cli/liputan"
for b in "$bench" "$liputan"; do
  [ -x "$b" ] || { echo "missing $b (build targets report_bench and liputan)" >&2; exit 66; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/liputan-report-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

measure() {  # label command...; prints wall seconds and peak RSS
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { cat "$work/err" >&2; exit 70; }
  read -r secs kb < "$work/time"
  printf '%-44s %7.2f s  peak %8d KB\n' "$label" "$secs" "$kb"
  echo "$secs" > "$work/last"
}

for count in "$n" $((n / 4)); do
  data="$work/labeled-$count.jsonl"
  "$bench" generate "$count" "$agencies" "$data" "$work/agencies.csv"
  echo "== $count records, $agencies agencies, $(( $(stat -c %s "$data") / 1000000 )) MB"
  cat "$data" > /dev/null
  measure "cat > /dev/null" sh -c 'cat "$1" > /dev/null' sh "$data"
  measure "read alone (PostReader)" "$bench" read "$data"
  read_secs=$(cat "$work/last")
  measure "read + aggregate (ReportState)" "$bench" aggregate "$work/agencies.csv" "$data"
  measure "liputan report --formats json,csv,md" "$liputan" report --agencies "$work/agencies.csv" \
    -o "$work/out-$count" --formats json,csv,md --timings "$data"
  report_secs=$(cat "$work/last")
  grep -- '--timings\|(CPU' "$work/err" | sed 's/^liputan report: /  /'
  awk -v r="$report_secs" -v b="$read_secs" 'BEGIN { printf "report / read = %.2f\n", (b > 0 ? r / b : 0) }'
  if [ -n "${BASELINE_BUILD:-}" ]; then
    measure "baseline liputan report --formats json,csv,md" "$BASELINE_BUILD/cli/liputan" report \
      --agencies "$work/agencies.csv" -o "$work/out-base-$count" --formats json,csv,md "$data"
    awk -v r="$(cat "$work/last")" -v b="$read_secs" \
      'BEGIN { printf "baseline report / read = %.2f\n", (b > 0 ? r / b : 0) }'
    diff -rq "$work/out-$count" "$work/out-base-$count" > /dev/null \
      && echo "  same files as the baseline" || echo "  files differ from the baseline"
    rm -rf "$work/out-base-$count"
  fi
  measure "liputan report --period year --formats json" "$liputan" report --agencies "$work/agencies.csv" \
    -o "$work/out-year-$count" --period year --formats json "$data"
  du -sh "$work/out-$count" | awk '{ print "report output (json,csv,md): " $1 }'
  echo "phases (report_bench phases, one process):"
  "$bench" phases "$work/agencies.csv" "$work/phases-$count" "$data" | sed 's/^/  /'
  rm -rf "$work/phases-$count" "$work/out-year-$count"
  if [ "$count" = "$n" ]; then
    measure "liputan report (default formats)" "$liputan" report --agencies "$work/agencies.csv" \
      -o "$work/out-default-$count" "$data"
    echo "  default formats wrote: $(ls "$work/out-default-$count" | tr '\n' ' ')"
    rm -rf "$work/out-default-$count"
  fi
  rm -f "$data"
done
