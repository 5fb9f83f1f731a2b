#!/usr/bin/env bash
# The report state's serialisation, before and after a change, side by side in one run (issue 16):
# N classify-shaped records from AGENCIES agencies (report_bench generate), then for each of two
# `liputan` executables, alternately on the same files: the whole `report` (json,csv,md), `report
# --emit-state` of the whole input, --emit-state of each of 4 shards, and `report --merge` of the 4
# partial states (json,csv,md and --emit-state). Wall, CPU (user+sys) and peak RSS of each, the
# ratio after/before, and whether every file written (reports and states) is byte-identical.
# Usage: bench/report/state_run.sh BUILD_DIR BEFORE_LIPUTAN [N] [AGENCIES]
set -euo pipefail
build=${1:?usage: state_run.sh BUILD_DIR BEFORE_LIPUTAN [N] [AGENCIES]}
before=${2:?usage: state_run.sh BUILD_DIR BEFORE_LIPUTAN [N] [AGENCIES]}
n=${3:-200000}
agencies=${4:-500}
after="$build/cli/liputan"
bench="$build/bench/report/report_bench"
for b in "$bench" "$after" "$before"; do
  [ -x "$b" ] || { echo "missing $b" >&2; exit 66; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/liputan-state-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$bench" generate "$n" "$agencies" "$work/data.jsonl" "$work/agencies.csv"
split -n l/4 -d "$work/data.jsonl" "$work/shard."
echo "== $n records, $agencies agencies, $(( $(stat -c %s "$work/data.jsonl") / 1000000 )) MB"
printf '%-22s %-7s %8s %8s %10s\n' step build "wall s" "CPU s" "peak KB"

measure() {  # step side command...: one row, and "wall cpu kb" in $work/m.<step>.<side>
  local step=$1 side=$2
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" \
    || { cat "$work/err" >&2; exit 70; }
  read -r wall user sys kb < "$work/time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '%-22s %-7s %8.2f %8.2f %10d\n' "$step" "$side" "$wall" "$cpu" "$kb"
  echo "$wall $cpu $kb" > "$work/m.$step.$side"
}

ratio() {  # step: after/before of wall, CPU, peak RSS
  read -r wb cb kb < "$work/m.$1.before"
  read -r wa ca ka < "$work/m.$1.after"
  awk -v s="$1" -v wb="$wb" -v wa="$wa" -v cb="$cb" -v ca="$ca" -v kb="$kb" -v ka="$ka" \
    'BEGIN { printf "%-22s ratio   %8.2f %8.2f %10.2f\n", s, wa / wb, (cb > 0 ? ca / cb : 0), ka / kb }'
}

for side in before after; do mkdir -p "$work/$side"; done
for step in report emit-state shards merge; do
  for side in before after; do
    l=$([ "$side" = before ] && echo "$before" || echo "$after")
    o="$work/$side"
    case $step in
      report) measure report "$side" "$l" report --agencies "$work/agencies.csv" -o "$o/report" \
                --formats json,csv,md "$work/data.jsonl" ;;
      emit-state) measure emit-state "$side" "$l" report --agencies "$work/agencies.csv" \
                --emit-state "$o/state.json" "$work/data.jsonl" ;;
      shards) # the four map tasks one after another: the sum of wall and CPU, the largest RSS
        : > "$work/shards.$side"
        for s in "$work"/shard.0?; do
          measure "shard" "$side" "$l" report --agencies "$work/agencies.csv" \
            --emit-state "$o/$(basename "$s").state" "$s" > /dev/null
          cat "$work/m.shard.$side" >> "$work/shards.$side"
        done
        awk '{ w += $1; c += $2; if ($3 > k) k = $3 } END { print w, c, k }' "$work/shards.$side" \
          > "$work/m.shards.$side"
        read -r w c k < "$work/m.shards.$side"
        printf '%-22s %-7s %8.2f %8.2f %10d\n' "emit-state x4 shards" "$side" "$w" "$c" "$k" ;;
      merge) measure merge "$side" "$l" report --agencies "$work/agencies.csv" --merge \
                -o "$o/merged" --formats json,csv,md --emit-state "$o/merged.json" \
                "$o"/shard.0?.state ;;
    esac
  done
  ratio "$step"
done
diff -r "$work/before" "$work/after" > /dev/null && echo "every file byte-identical (reports and states)" \
  || { echo "files differ:"; diff -rq "$work/before" "$work/after" | head; }
cmp -s "$work/after/merged.json" "$work/after/state.json" && echo "merged state = one-pass state" \
  || echo "merged state differs from the one-pass state"
