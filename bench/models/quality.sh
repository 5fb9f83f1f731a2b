#!/usr/bin/env bash
# Quality evaluation (not a test): liputan's defaults and autotune against the plain fastText CLI
# on public Indonesian datasets, when ../shared/data has them. Train on train, autotune on dev,
# report test macro-F1. fastText gets lower-cased whitespace tokens; liputan its own tokenizer.
#   bench/models/quality.sh BUILD_DIR [AUTOTUNE_SECONDS]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
seconds=${2:-60}
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
  fasttext supervised -input "$w/train.ft" -output "$w/ftauto" -autotune-validation "$w/dev.ft" \
    -autotune-duration "$seconds" -verbose 0 >/dev/null 2>&1
  fasttext predict "$w/ftauto.bin" "$w/test.ft" > "$w/ftauto.pred"
  ft_auto=$(python3 "$helper" macro-f1 "$w/test.ft" "$w/ftauto.pred")
  printf '%-16s %-36s %s\n' "$name" "liputan defaults" "$ours"
  printf '%-16s %-36s %s\n' "$name" "fasttext -epoch 25 -lr 0.5 -wordNgrams 2" "$ft_hand"
  printf '%-16s %-36s %s\n' "$name" "liputan autotune ${seconds}s (macro-F1)" "$ours_auto"
  printf '%-16s %-36s %s\n' "$name" "fasttext autotune ${seconds}s" "$ft_auto"
  grep -o '"best":{[^}]*}' "$w/auto.liputan/manifest.json" | head -1 >&2 || true
}

echo "dataset          system                               test-macro-F1 accuracy"
evaluate sib200-ind "$data/sib200-ind" train.tsv dev.tsv test.tsv text category
evaluate nusax-senti-ind "$data/nusax-senti-ind" train.csv valid.csv test.csv text label
