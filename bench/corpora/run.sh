#!/usr/bin/env bash
# Reading benchmark for corpora/ (issue 4): generates a twarc2-shaped JSONL file of N records
# (default 1,000,000 flattened tweets, ~1.6 KB each), then reads it with `cat`, a bare simdjson
# pass, a simdjson parse per line, and PostReader (to Posts), all in this run, and prints wall
# time, MB/s, records/s and peak RSS. Also reads a file 4x smaller to show memory is flat in file
# size. Usage: bench/corpora/run.sh BUILD_DIR [N]
set -euo pipefail
build=${1:-build}
n=${2:-1000000}
gen="$build/bench/corpora/corpora_bench_generate"
read_bin="$build/bench/corpora/corpora_bench_read"
liputan="$build/cli/liputan"
for b in "$gen" "$read_bin"; do
  [ -x "$b" ] || { echo "missing $b (build target corpora_bench_generate/corpora_bench_read)" >&2; exit 66; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/liputan-corpora-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
big="$work/tweets.jsonl"
small="$work/tweets-quarter.jsonl"
"$gen" "$n" > "$big"
"$gen" $((n / 4)) > "$small"
size=$(stat -c %s "$big")
echo "file: $n twarc2 flattened records, $((size / 1000000)) MB ($big)"

# Runs a command under /usr/bin/time; prints "<label> <seconds> s <peak KB> KB".
measure() {
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { cat "$work/err" >&2; exit 70; }
  read -r secs kb < "$work/time"
  printf '%-34s %7.2f s %8.1f MB/s  peak %7d KB  %s\n' "$label" "$secs" \
    "$(awk -v b="$size" -v s="$secs" 'BEGIN { print (s > 0 ? b / s / 1e6 : 0) }')" "$kb" \
    "$(head -c 160 "$work/out" | tr '\n' ' ')"
}

cat "$big" > /dev/null  # warm the page cache so every reader starts equal
measure "cat > /dev/null" sh -c 'cat "$1" > /dev/null' sh "$big"
measure "bare simdjson (parse_many)" "$read_bin" simdjson "$big"
measure "simdjson per line (LineReader)" "$read_bin" lines "$big"
measure "PostReader → Post" "$read_bin" posts "$big"
measure "PostReader, --keep-duplicates" "$read_bin" posts "$big" --keep-duplicates
if [ -x "$liputan" ]; then
  measure "liputan corpus stats" "$liputan" corpus stats "$big"
fi
echo "memory flat in file size (same reader, a file 4x smaller):"
size=$(stat -c %s "$small")
measure "PostReader, N/4 records" "$read_bin" posts "$small"
measure "PostReader, N/4, --keep-duplicates" "$read_bin" posts "$small" --keep-duplicates
measure "bare simdjson, N/4 records" "$read_bin" simdjson "$small"

echo "twarc2 API pages (100 tweets per line, authors in includes), N/4 tweets:"
pages="$work/pages.jsonl"
"$gen" $((n / 4)) --pages > "$pages"
size=$(stat -c %s "$pages")
measure "bare simdjson, pages" "$read_bin" simdjson "$pages"
measure "simdjson per line, pages" "$read_bin" lines "$pages"
measure "PostReader, pages" "$read_bin" posts "$pages"

# Instruction counts repeat exactly, unlike wall times on a shared machine.
if command -v valgrind > /dev/null && [ "${CALLGRIND:-1}" = 1 ]; then
  echo "instructions (callgrind, whole process; 20000 flattened records, and 20000 tweets in pages):"
  "$gen" 20000 > "$work/cg.jsonl"
  "$gen" 20000 --pages > "$work/cg-pages.jsonl"
  for file in cg.jsonl cg-pages.jsonl; do
    for mode in lines simdjson posts; do
      valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$read_bin" "$mode" "$work/$file" \
        > /dev/null 2> "$work/cg.err"
      printf '  %-16s %-10s %s instructions\n' "$file" "$mode" \
        "$(grep -m1 -oP '(?<=refs:)\s*[0-9,]+' "$work/cg.err" | tr -d ' ')"
    done
  done
fi

if [ -r ../shared/data/twarc2-sample/ObservatoryTeam.jsonl ] || [ -r "$(dirname "$0")/../../../shared/data/twarc2-sample/ObservatoryTeam.jsonl" ]; then
  echo "(the real twarc2 sample in ../shared/data is only 3 pages; the generated file is what is timed)"
else
  echo "(../shared/data/twarc2-sample absent: nothing real to compare shapes with; generated data only)"
fi
