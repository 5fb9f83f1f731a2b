#!/usr/bin/env bash
# Stemmer benchmark: lexicon load time and memory; words/s cold (no cache) and warm (cache
# filled) on one thread over the unique words of ../shared/data/tweets-id/tweets.tsv; callgrind
# instruction counts per word (repeatable, unlike wall time on a shared machine); accuracy against
# ../shared/data/ud-id-lemmas/ud_id_word_lemma.tsv with the most common error classes.
# The data is third-party and only used when present; each part says so when it is absent.
# usage: bench/stemmer/run.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
[[ "$build" = /* ]] || build="$root/$build"
data=${LIPUTAN_DATA:-$root/../shared/data}
bench="$build/bench/stemmer/stemmer_bench"
cmake --build "$build" --target stemmer_bench >/dev/null
tweets="$data/tweets-id/tweets.tsv"
lemmas="$data/ud-id-lemmas/ud_id_word_lemma.tsv"
args=()
if [ -f "$tweets" ]; then args+=(--words "$tweets"); else echo "tweets-id absent ($tweets): no throughput figures"; fi
if [ -f "$lemmas" ]; then args+=(--lemmas "$lemmas"); else echo "ud-id-lemmas absent ($lemmas): no accuracy figures"; fi
echo "== wall time (best of runs for load; one pass cold, ten passes warm)"
"$bench" "${args[@]}"
if command -v valgrind >/dev/null && [ -f "$tweets" ]; then
  echo "== callgrind instructions, first 5000 unique words"
  for mode in base cold warm; do
    out=$(mktemp)
    valgrind --tool=callgrind --callgrind-out-file="$out" "$bench" --words "$tweets" \
      --limit 5000 --only "$mode" >/dev/null 2>"$out.log" || true
    total=$(grep -m1 '^summary:' "$out" | awk '{print $2}')
    echo "$mode: $total instructions in total"
    rm -f "$out" "$out.log"
  done
  echo "per word: cold = (cold - base) / 5000; warm = (warm - base - cold pass) / 50000"
fi
