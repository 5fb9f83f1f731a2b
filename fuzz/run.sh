#!/usr/bin/env bash
# fuzz/run.sh BUILD_DIR [SECONDS]: runs every libFuzzer target of BUILD_DIR (a clang build with
# -DLIPUTAN_FUZZ=ON -DLIPUTAN_SANITIZE=ON; `make fuzz` makes one) for SECONDS each (default 60),
# starting from seeds made from our fixtures. The corpus grows in BUILD_DIR/fuzz-work/<target>/
# and is reused by the next run; a crash input is saved as BUILD_DIR/fuzz-work/<target>-crash-*
# and the script exits 1 (copy it to tests/data/badinput/fuzz/<target>/ as a regression input).
# FUZZ_TARGETS="a b" limits the run to those targets.
set -euo pipefail
build=$(cd "${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS]}" && pwd)
seconds=${2:-60}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$build/fuzz-work
mkdir -p "$work"

# seed FILE PREFIX_BYTE_OCTAL TARGET: the file's first 64 KiB behind one control byte.
seed() {
  local dir=$work/seeds/$3
  mkdir -p "$dir"
  { printf "\\$2"; head -c 65536 "$1"; } > "$dir/$(basename "$1")-$2"
}

make_seeds() {
  rm -rf "$work/seeds"
  local tmp
  tmp=$(mktemp -d)
  # tokenizer: the case table's inputs and the demo tweets, under several option sets
  cut -f3 "$src/tests/data/tokenizer_cases.tsv" | grep -v '^#' > "$tmp/cases.txt" || true
  local i=0
  while IFS= read -r line && [ $i -lt 200 ]; do
    printf '%s' "$line" > "$tmp/line$i"
    seed "$tmp/line$i" "$(printf '%03o' $((i % 64)))" tokenizer_options_fuzz
    i=$((i + 1))
  done < <(cat "$tmp/cases.txt" "$src/tests/data/demo_tweets.txt")
  printf '{"drop_punctuation":false,"drop_stopwords":true,"invalid_utf8":"reject","preserve":false,"split_clitics":true,"stem":false}' > "$tmp/options.json"
  seed "$tmp/options.json" 377 tokenizer_options_fuzz
  # labeled data: handwritten seed tweets (TSV with sektor/fungsi), CSV exports, fastText and JSONL lines
  seed "$src/tools/seed/handwritten.tsv" 023 labeled_reader_fuzz
  seed "$src/tools/seed/handwritten.tsv" 020 labeled_reader_fuzz
  for f in "$src"/tests/data/corpora/*.csv; do seed "$f" 002 labeled_reader_fuzz; done
  printf '__label__infra jalan rusak\n__label__kes __label__infra imunisasi di jalan\n' > "$tmp/train.txt"
  seed "$tmp/train.txt" 000 labeled_reader_fuzz
  seed "$tmp/train.txt" 011 labeled_reader_fuzz
  printf '{"text":"jalan rusak","sektor":"infrastruktur","fungsi":["info_layanan","aduan"]}\n{"text":"x","sektor":""}\n' > "$tmp/l.jsonl"
  seed "$tmp/l.jsonl" 024 labeled_reader_fuzz
  # model bundles and report states come from the built liputan, when it is there
  local liputan=$build/cli/liputan
  if [ -x "$liputan" ]; then
    "$liputan" train -i "$tmp/train.txt" -o "$tmp/m.liputan" --cv 0 --bucket 100 --dim 4 --epoch 1 >/dev/null 2>&1 &&
      { seed "$tmp/m.liputan/manifest.json" 001 model_bundle_fuzz; seed "$tmp/m.liputan/label.bin" 000 model_bundle_fuzz; }
    "$liputan" train -i "$tmp/train.txt" -o "$tmp/q.liputan" --cv 0 --bucket 100 --dim 4 --epoch 1 --quantize >/dev/null 2>&1 &&
      seed "$tmp/q.liputan/label.ftz" 002 model_bundle_fuzz
    "$liputan" report --agencies "$src/tests/data/report/agencies.csv" --emit-state "$tmp/state.json" \
      "$src/tests/data/report/labeled.jsonl" >/dev/null 2>&1 &&
      { seed "$tmp/state.json" 000 report_state_fuzz; seed "$tmp/state.json" 002 report_state_fuzz; }
  else
    echo "fuzz/run.sh: no $liputan: model and state seeds skipped" >&2
  fi
  seed "$src/tests/data/report/agencies.csv" 001 report_state_fuzz
  rm -rf "$tmp"
}

make_seeds
status=0
targets=()
all_targets="tokenizer_options_fuzz labeled_reader_fuzz model_bundle_fuzz report_state_fuzz corpora_fuzz"
for t in ${FUZZ_TARGETS:-$all_targets}; do
  bin=$(find "$build" -type f -name "$t" -perm -u+x | head -1)
  if [ -z "$bin" ]; then echo "fuzz/run.sh: $t not built, skipped" >&2; continue; fi
  targets+=("$t=$bin")
done

run_one() {
  local t=${1%%=*} bin=${1#*=}
  local corpus=$work/$t
  mkdir -p "$corpus"
  local seeds=$work/seeds/$t
  [ "$t" = corpora_fuzz ] && seeds=$src/tests/data/corpora
  local regress=$src/tests/data/badinput/fuzz/$t
  local dirs=("$corpus")
  [ -d "$seeds" ] && dirs+=("$seeds")
  [ -d "$regress" ] && dirs+=("$regress")
  echo "== $t: ${seconds}s" >&2
  "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=30 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$work/$t-" "${dirs[@]}" > "$work/$t.log" 2>&1
}

for entry in "${targets[@]}"; do
  if ! run_one "$entry"; then
    status=1
    echo "fuzz/run.sh: ${entry%%=*} FAILED; see $work/${entry%%=*}.log" >&2
    grep -m5 -E "ERROR|SUMMARY|Test unit written" "$work/${entry%%=*}.log" >&2 || true
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/${entry%%=*}.log" | tr '\n' ' ' >&2
    echo >&2
  fi
done
exit $status
