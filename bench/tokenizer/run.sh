#!/usr/bin/env bash
# End-to-end tokenizer benchmark (not a test). Single-threaded throughput of `liputan tokenize`
# (default pipeline and --preserve) beside two baselines in the same run: `cat` (the I/O floor)
# and a bare ICU word BreakIterator pass (tokenizer_icu_baseline). Wall time on a shared machine
# drifts, so it also counts instructions per line with callgrind over 10,000 lines (exact and
# repeatable), and peak memory at two input sizes (it must not grow with the input).
#
# Corpus: the texts of ../shared/data/tweets-id/tweets.tsv (real tweets, local only, never
# committed) replicated to >= 100 MB; when absent, our own tests/data/demo_tweets.txt replicated.
# usage: bench/tokenizer/run.sh [BUILD_DIR]   (env: LIPUTAN_TWEETS=path, BENCH_MB=100, RUNS=3)
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
liputan="$build/cli/liputan"
icu="$build/bench/tokenizer/tokenizer_icu_baseline"
tweets=${LIPUTAN_TWEETS:-$root/../shared/data/tweets-id/tweets.tsv}
target_mb=${BENCH_MB:-100}
runs=${RUNS:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/liputan-bench-tokenizer.XXXXXX")
trap 'rm -rf "$work"' EXIT
for exe in "$liputan" "$icu"; do
  [ -x "$exe" ] || { echo "missing $exe: build the targets liputan and tokenizer_icu_baseline" >&2; exit 66; }
done

if [ -f "$tweets" ]; then
  echo "corpus: texts of $tweets (real tweets, used locally only)"
  tail -n +2 "$tweets" | cut -f3 > "$work/seed.txt"
else
  echo "corpus: $tweets is absent; using our generated corpus tests/data/demo_tweets.txt instead"
  grep -v '^#' "$root/tests/data/demo_tweets.txt" > "$work/seed.txt"
fi
: > "$work/corpus.txt"
while [ "$(stat -c %s "$work/corpus.txt")" -lt $((target_mb * 1000000)) ]; do
  cat "$work/seed.txt" >> "$work/corpus.txt"
done
bytes=$(stat -c %s "$work/corpus.txt")
lines=$(wc -l < "$work/corpus.txt")
head -c $((bytes / 10)) "$work/corpus.txt" | head -n -1 > "$work/corpus-small.txt"
# 10,000 lines spread over the whole seed (every k-th line), so every source's shape is in it
awk -v n="$(wc -l < "$work/seed.txt")" 'BEGIN { k = int(n / 10000); if (k < 1) k = 1 }
  NR % k == 0 && c < 10000 { print; c++ }' "$work/seed.txt" > "$work/10k.txt"
echo "input: $bytes bytes, $lines lines (and a 1/10 slice for the memory check)"
echo

# Best of $runs runs of wall time and of CPU time (user + sys, which other load on a shared
# machine disturbs less), and the peak RSS: prints "wall cpu kilobytes".
measure() {
  local best="" best_cpu="" rss=0 t u s
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null
    read -r t u s rss < "$work/time"
    cpu=$(awk -v u="$u" -v s="$s" 'BEGIN{print u + s}')
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$t; fi
    if [ -z "$best_cpu" ] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN{exit !(a<b)}'; then best_cpu=$cpu; fi
  done
  echo "$best $best_cpu $rss"
}

declare -A secs cpus rss
run() {  # name, command...
  local name=$1; shift
  read -r secs[$name] cpus[$name] rss[$name] < <(measure "$@")
}
run cat cat "$work/corpus.txt"
run icu sh -c "'$icu' < '$work/corpus.txt'"
run default "$liputan" tokenize "$work/corpus.txt" -o /dev/null
run preserve "$liputan" tokenize --preserve "$work/corpus.txt" -o /dev/null

printf "%-20s %8s %8s %10s %8s %9s %9s %9s\n" "best of $runs runs" "wall s" "MB/s" "lines/s" "cpu s" "peak MB" \
  "wall/ICU" "cpu/ICU"
for name in cat icu default preserve; do
  awk -v n="$name" -v s="${secs[$name]}" -v c="${cpus[$name]}" -v b="$bytes" -v l="$lines" \
      -v r="${rss[$name]}" -v icu="${secs[icu]}" -v icu_cpu="${cpus[icu]}" 'BEGIN {
        s = (s < 0.01 ? 0.01 : s); c = (c < 0.01 ? 0.01 : c);
        printf "%-20s %8.2f %8.1f %10.0f %8.2f %9.1f %9.2f %9.2f\n", n, s, b / s / 1e6, l / s, c,
               r / 1024, s / icu, c / icu_cpu }'
done
read -r _ _ small_rss < <(RUNS=1 measure "$liputan" tokenize "$work/corpus-small.txt" -o /dev/null)
echo "peak memory of the default pipeline: $((small_rss / 1024)) MB on 1/10 of the input," \
     "$((rss[default] / 1024)) MB on all of it"
echo

# Instructions per line: callgrind over 10,000 lines, minus the same program on empty input
# (start-up: loading ICU data, lexicons and the root list), so only per-line work is compared.
instructions() {  # file, command... (reads the file on stdin)
  local input=$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" < "$input" > /dev/null 2> "$work/cg.log"
  awk '/^summary:/ {print $2}' "$work/cg.out"
}
: > "$work/empty.txt"
if command -v valgrind > /dev/null; then
  printf "%-26s %14s %14s %14s %14s\n" "callgrind, 10,000 lines" "total Ir" "start-up Ir" "Ir per line" "vs ICU"
  declare -A per_line
  for name in icu default preserve; do
    case $name in
      icu) cmd=("$icu") ;;
      default) cmd=("$liputan" tokenize) ;;
      preserve) cmd=("$liputan" tokenize --preserve) ;;
    esac
    total=$(instructions "$work/10k.txt" "${cmd[@]}")
    startup=$(instructions "$work/empty.txt" "${cmd[@]}")
    per_line[$name]=$(( (total - startup) / 10000 ))
    printf "%-26s %14d %14d %14d %14s\n" "$name" "$total" "$startup" "${per_line[$name]}" \
      "$(awk -v a="${per_line[$name]}" -v b="${per_line[icu]}" 'BEGIN{printf "%.2f", a / b}')"
  done
else
  echo "valgrind is not installed: no instruction counts"
fi
