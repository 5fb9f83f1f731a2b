#!/usr/bin/env bash
# Quality evaluation (not a test): liputan's defaults and autotune against the plain fastText CLI
# on public Indonesian datasets, when ../shared/data has them. Train on train, autotune on dev,
# report test macro-F1. fastText gets lower-cased whitespace tokens; liputan its own tokenizer.
# fastText's autotune runs with -thread FT_THREADS (default: the core count; its default of 12
# threads on this 2-core machine never finished), under `timeout` (3x the budget + 120 s) and a
# virtual-memory cap FT_MEMORY_GB (default 8); FT_MODELSIZE=256M adds -autotune-modelsize (off:
# with it, fastText quantizes every trial and finished no trial within a 60 s budget here).
#   bench/models/quality.sh BUILD_DIR [AUTOTUNE_SECONDS]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
seconds=${2:-60}
ft_modelsize=${FT_MODELSIZE:-}
ft_threads=${FT_THREADS:-$(nproc)}
ft_timeout=$(( seconds * 3 + 120 ))
ft_memory_kb=$(( ${FT_MEMORY_GB:-8} * 1024 * 1024 ))
here=$(cd "$(dirname "$0")" && pwd)
data=${LIPUTAN_DATA:-$here/../../../shared/data}
liputan="$build/cli/liputan"
helper="$here/fasttext_baseline.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v fasttext >/dev/null || { echo "quality: the fasttext CLI is not installed; skipped"; exit 0; }

macro_of() {  # liputan eval --json → macro-F1 and accuracy
  python3 -c 'import json,sys; j=json.load(sys.stdin)["label"]; print("%.4f %.4f" % (j["macro"]["f1"], j["accuracy"]))'
}

evaluate() {  # NAME DIR TRAIN DEV TEST TEXT_COL LABEL_COL
  local name=$1 dir=$2 train=$3 dev=$4 test=$5 text=$6 label=$7 w="$work/$1"
  if [ ! -f "$dir/$train" ]; then echo "quality: $dir not present; $name skipped"; return; fi
  mkdir -p "$w"
  for split in train dev test; do
    local file=$dir/${!split}
    python3 "$helper" to-fasttext "$file" "$text" "$label" "$w/$split.ft"
    python3 "$helper" to-jsonl "$file" "$text" "$label" "$w/$split.jsonl"
  done
  local t0 t1
  t0=$(date +%s.%N)
  "$liputan" train -i "$w/train.jsonl" --label-field label -o "$w/ours.liputan" --cv 0 2>/dev/null
  t1=$(date +%s.%N)
  local ours ours_auto ft_hand ft_auto
  ours=$("$liputan" eval -m "$w/ours.liputan" -i "$w/test.jsonl" --label-field label --json | macro_of)
  echo "$name liputan-defaults train_seconds $(echo "$t1 - $t0" | bc)" >&2
  "$liputan" train -i "$w/train.jsonl" --label-field label -o "$w/auto.liputan" --cv 0 \
    --autotune-validation "$w/dev.jsonl" --autotune-duration "$seconds" 2>/dev/null
  ours_auto=$("$liputan" eval -m "$w/auto.liputan" -i "$w/test.jsonl" --label-field label --json | macro_of)
  fasttext supervised -input "$w/train.ft" -output "$w/hand" -epoch 25 -lr 0.5 -wordNgrams 2 \
    -thread 1 -verbose 0 >/dev/null 2>&1
  fasttext predict "$w/hand.bin" "$w/test.ft" > "$w/hand.pred"
  ft_hand=$(python3 "$helper" macro-f1 "$w/test.ft" "$w/hand.pred")
  # fastText's autotune, bounded: unbounded it grew to 21 GB and ran 25 CPU-minutes on a 90 s
  # budget here. timeout and a virtual-memory cap guard it; a run that hits a guard is reported,
  # not scored. Wall time and peak memory go to stderr.
  local ft_status=0 ft_model ft_size=()
  [ -n "$ft_modelsize" ] && ft_size=(-autotune-modelsize "$ft_modelsize")
  ( ulimit -v "$ft_memory_kb"
    exec /usr/bin/time -f "%e %M" -o "$w/ftauto.time" timeout -k 10 "$ft_timeout" \
      fasttext supervised -input "$w/train.ft" -output "$w/ftauto" -autotune-validation "$w/dev.ft" \
      -autotune-duration "$seconds" "${ft_size[@]}" -thread "$ft_threads" -verbose 0 ) \
    > /dev/null 2> "$w/ftauto.err" || ft_status=$?
  ft_model=$(ls "$w"/ftauto.ftz "$w"/ftauto.bin 2> /dev/null | head -1 || true)
  if [ "$ft_status" -eq 0 ] && [ -n "$ft_model" ]; then
    fasttext predict "$ft_model" "$w/test.ft" > "$w/ftauto.pred"
    ft_auto=$(python3 "$helper" macro-f1 "$w/test.ft" "$w/ftauto.pred")
  else
    ft_auto="n/a (exit $ft_status: timeout ${ft_timeout}s or memory cap; $(tail -c 200 "$w/ftauto.err" | tr '\n' ' '))"
  fi
  echo "$name fasttext-autotune wall_seconds/peak_KB $(tail -1 "$w/ftauto.time" 2> /dev/null || echo '?')" \
    "model $(basename "${ft_model:-none}") $(du -h "${ft_model:-/dev/null}" 2> /dev/null | cut -f1)" >&2
  printf '%-16s %-36s %s\n' "$name" "liputan defaults" "$ours"
  printf '%-16s %-36s %s\n' "$name" "fasttext -epoch 25 -lr 0.5 -wordNgrams 2" "$ft_hand"
  printf '%-16s %-36s %s\n' "$name" "liputan autotune ${seconds}s (macro-F1)" "$ours_auto"
  printf '%-16s %-36s %s\n' "$name" "fasttext autotune ${seconds}s" "$ft_auto"
  grep -o '"best":{[^}]*}' "$w/auto.liputan/manifest.json" | head -1 >&2 || true
}

echo "dataset          system                               test-macro-F1 accuracy"
evaluate sib200-ind "$data/sib200-ind" train.tsv dev.tsv test.tsv text category
evaluate nusax-senti-ind "$data/nusax-senti-ind" train.csv valid.csv test.csv text label
