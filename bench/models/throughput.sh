#!/usr/bin/env bash
# Classify throughput (not a test): `liputan classify --threads 1` end to end (parse twarc2 JSONL,
# tokenize, predict, write JSONL) over N twarc2-shaped records, beside `fasttext predict`
# (single-threaded) on the same texts pre-tokenized by liputan, with the same model; then
# instructions from callgrind over 10,000 records for both, and --threads 2 scaling.
#   bench/models/throughput.sh BUILD_DIR [N]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
n=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
data=${LIPUTAN_DATA:-$here/../../../shared/data}
liputan="$build/cli/liputan"
gen="$build/bench/corpora/corpora_bench_generate"
[ -x "$gen" ] || { echo "throughput: build target corpora_bench_generate first" >&2; exit 66; }
command -v fasttext >/dev/null || { echo "throughput: fasttext CLI not installed; skipped"; exit 0; }
work=$(mktemp -d "${TMPDIR:-/tmp}/liputan-models-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The model: our defaults trained on sib200-ind when present, else on the project's seed corpus.
if [ -f "$data/sib200-ind/train.tsv" ]; then
  python3 "$here/fasttext_baseline.py" to-jsonl "$data/sib200-ind/train.tsv" text category "$work/train.jsonl"
  "$liputan" train -i "$work/train.jsonl" --label-field label -o "$work/m.liputan" --cv 0 2>/dev/null
  echo "model: liputan defaults trained on sib200-ind ($(du -h "$work/m.liputan/label.bin" | cut -f1))"
else
  echo "throughput: $data/sib200-ind not present; training on the seed corpus instead"
  "$liputan" train -i "$here/../../corpora/seed/seed.tsv" --label-field sektor -o "$work/m.liputan" --cv 0 2>/dev/null
fi
model_bin=$(ls "$work"/m.liputan/*.bin | head -1)

"$gen" "$n" > "$work/tweets.jsonl"
head -n 10000 "$work/tweets.jsonl" > "$work/tweets10k.jsonl"
# The same texts, tokenized once by liputan (what fastText gets pre-tokenized).
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line).get("text", "")
    print(" ".join(t.split()))' "$work/tweets.jsonl" > "$work/texts.txt"
"$liputan" tokenize "$work/texts.txt" > "$work/tokens.txt"
head -n 10000 "$work/tokens.txt" > "$work/tokens10k.txt"
: > "$work/empty.jsonl"
: > "$work/empty.txt"
echo "records: $n twarc2 flattened tweets, $(( $(stat -c %s "$work/tweets.jsonl") / 1000000 )) MB"

timed() {  # LABEL CMD... → seconds
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 70; }
  read -r secs kb < "$work/time"
  printf '%-44s %8.2f s  %10.0f records/s  peak %7d KB\n' "$label" "$secs" \
    "$(awk -v n="$n" -v s="$secs" 'BEGIN { print (s > 0 ? n / s : 0) }')" "$kb" >&2
  echo "$secs"
}

cat "$work/tweets.jsonl" "$work/tokens.txt" > /dev/null
ft=$(timed "fasttext predict (pre-tokenized)" fasttext predict "$model_bin" "$work/tokens.txt")
ours1=$(timed "liputan classify --threads 1 (end to end)" "$liputan" classify -m "$work/m.liputan" --threads 1 "$work/tweets.jsonl")
ours2=$(timed "liputan classify --threads 2 (end to end)" "$liputan" classify -m "$work/m.liputan" --threads 2 "$work/tweets.jsonl")
echo "time ratio liputan(1 thread)/fasttext predict: $(awk -v a="$ours1" -v b="$ft" 'BEGIN { printf "%.2f", a / b }')"
echo "scaling 1 → 2 threads: $(awk -v a="$ours1" -v b="$ours2" 'BEGIN { printf "%.2fx", a / b }')"

instructions() {  # CMD... → total instructions under callgrind
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" > /dev/null 2> "$work/cg.err" || { cat "$work/cg.err" >&2; exit 70; }
  grep -E '^(summary|totals):' "$work/cg.out" | head -1 | awk '{ print $2 }'
}
if command -v valgrind >/dev/null; then
  ft0=$(instructions fasttext predict "$model_bin" "$work/empty.txt")
  ft10=$(instructions fasttext predict "$model_bin" "$work/tokens10k.txt")
  ours0=$(instructions "$liputan" classify -m "$work/m.liputan" --threads 1 "$work/empty.jsonl")
  ours10=$(instructions "$liputan" classify -m "$work/m.liputan" --threads 1 "$work/tweets10k.jsonl")
  awk -v a0="$ours0" -v a="$ours10" -v b0="$ft0" -v b="$ft10" 'BEGIN {
    printf "callgrind, 10,000 records: fasttext predict %.0f instr/record (%.0f incl. model load)\n", (b - b0) / 10000, b / 10000
    printf "callgrind, 10,000 records: liputan classify %.0f instr/record (%.0f incl. model load)\n", (a - a0) / 10000, a / 10000
    printf "instruction ratio per record (load excluded): %.2f; including load: %.2f\n", (a - a0) / (b - b0), a / b }'
else
  echo "valgrind not installed: no instruction counts"
fi
