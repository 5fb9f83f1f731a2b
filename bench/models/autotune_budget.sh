#!/usr/bin/env bash
# Default training on all cores and autotune within its budget (issue 18, item 7), on the public
# datasets in ../shared/data when present (a measurement, not a test). Per dataset:
#   - the defaults with --threads 1 (byte-identical to the one-thread default before) and with
#     the default --threads (every core): test macro-F1 and accuracy, wall seconds, whether the
#     two .bin files are identical;
#   - autotune at each budget (default "30 60 120" s), trials scored on the dev split (tweets:
#     on a stratified tenth of train): test macro-F1, wall seconds, trials, the options chosen.
# Every run includes the default 5-fold cross-validation (below 50,000 examples), as a user's
# `liputan train` does; the budget bounds search, final fit and cross-validation together.
# tweets-id-3500: 3,500 train + 875 test tweets drawn (seed 1) from ../shared/data/tweets-id,
# labelled by the source dataset each came from (5 labels): a timing set of the size issue 18
# timed, whose scores only show that the models agree.
# The load average is printed before and after: on a shared machine, say what else ran.
#   bench/models/autotune_budget.sh BUILD_DIR ["30 60 120"] [DATASETS]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
budgets=${2:-30 60 120}
only=${3:-sib200-ind nusax-senti-ind traffic-accident-tweets tweets-id-3500}
here=$(cd "$(dirname "$0")" && pwd)
data=${LIPUTAN_DATA:-$here/../../../shared/data}
liputan="$build/cli/liputan"
helper="$here/fasttext_baseline.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

score() {  # MODEL TEST.jsonl -> "macro-F1 accuracy"
  "$liputan" eval -m "$1" -i "$2" --label-field label --json |
    python3 -c 'import json,sys; j=json.load(sys.stdin)["label"]; print("%.4f %.4f" % (j["macro"]["f1"], j["accuracy"]))'
}

timed_train() {  # OUT_MODEL ARGS... -> wall seconds on stdout (a failure: its stderr on ours)
  local out=$1 t0 t1 status=0
  shift
  t0=$(date +%s.%N)
  "$liputan" train --label-field label -o "$out" "$@" 2> "$out.log" || status=$?
  t1=$(date +%s.%N)
  [ "$status" -eq 0 ] || { echo "autotune_budget: train exited $status:" >&2; tail -5 "$out.log" >&2; }
  printf '%.1f' "$(echo "$t1 - $t0" | bc)"
}

search_log() {  # MODEL -> "trials N (whole split M) best {...}"
  python3 - "$1/manifest.json" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))["label_sets"][0]
a = s["autotune"]
b = a["best"]
whole = sum(1 for t in a["trials"] if t["fraction"] == 1)
print("trials %d (%d on the whole split), search %.1fs + final %.1fs; best epoch %d lr %g dim %d "
      "wordNgrams %d subwords %s bucket %d, dev %.3f" % (
          len(a["trials"]), whole, a["search_seconds"], a["final_seconds"], b["epoch"], b["lr"],
          b["dim"], b["word_ngrams"], "%d-%d" % (b["minn"], b["maxn"]) if b["maxn"] else "off",
          b["bucket"], a["best_score"]))
EOF
}

prepare() {  # NAME DIR TRAIN DEV TEST TEXT LABEL: writes $work/NAME/{train,dev,test}.jsonl
  local name=$1 dir=$2 w="$work/$1"
  mkdir -p "$w"
  if [ "$name" = tweets-id-3500 ]; then
    python3 - "$dir/tweets.tsv" "$w" <<'EOF'
import json, random, sys
rows = []
with open(sys.argv[1], encoding="utf-8") as f:
    next(f)
    for line in f:
        p = line.rstrip("\n").split("\t")
        if len(p) >= 3:
            rows.append((p[0], p[2].replace("\\n", " ")))
random.seed(1)
random.shuffle(rows)
for split, part in (("train", rows[:3500]), ("test", rows[3500:4375])):
    with open(sys.argv[2] + "/" + split + ".jsonl", "w", encoding="utf-8") as out:
        for source, text in part:
            out.write(json.dumps({"text": text, "label": source}, ensure_ascii=False) + "\n")
EOF
    return
  fi
  local split file
  for split in train dev test; do
    case $split in train) file=$3 ;; dev) file=$4 ;; test) file=$5 ;; esac
    python3 "$helper" to-jsonl "$dir/$file" "$6" "$7" "$w/$split.jsonl"
  done
}

evaluate() {  # NAME DIR TRAIN DEV TEST TEXT LABEL
  local name=$1 dir=$2 w="$work/$1"
  case " $only " in *" $name "*) ;; *) return ;; esac
  if [ ! -f "$dir/$3" ]; then echo "autotune_budget: $dir/$3 not present; $name skipped"; return; fi
  prepare "$@"
  local n tune=()
  n=$(wc -l < "$w/train.jsonl")
  [ -f "$w/dev.jsonl" ] && tune=(--autotune-validation "$w/dev.jsonl")
  local s1 s2 same=differ
  s1=$(timed_train "$w/t1.liputan" -i "$w/train.jsonl" --threads 1)
  s2=$(timed_train "$w/all.liputan" -i "$w/train.jsonl")
  cmp -s "$w/t1.liputan/label.bin" "$w/all.liputan/label.bin" && same=identical
  printf '%-24s %-28s %-15s %6ss  (%s train examples)\n' "$name" "defaults --threads 1" \
    "$(score "$w/t1.liputan" "$w/test.jsonl")" "$s1" "$n"
  printf '%-24s %-28s %-15s %6ss  (.bin %s to --threads 1)\n' "$name" \
    "defaults --threads $(nproc) (default)" "$(score "$w/all.liputan" "$w/test.jsonl")" "$s2" "$same"
  local b s
  for b in $budgets; do
    s=$(timed_train "$w/auto$b.liputan" -i "$w/train.jsonl" "${tune[@]}" --autotune-duration "$b")
    [ -f "$w/auto$b.liputan/manifest.json" ] || continue
    printf '%-24s %-28s %-15s %6ss  %s\n' "$name" "autotune ${b}s" \
      "$(score "$w/auto$b.liputan" "$w/test.jsonl")" "$s" "$(search_log "$w/auto$b.liputan")"
  done
}

echo "autotune_budget: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "dataset                  system                       test-F1 acc     wall"
evaluate sib200-ind "$data/sib200-ind" train.tsv dev.tsv test.tsv text category
evaluate nusax-senti-ind "$data/nusax-senti-ind" train.csv valid.csv test.csv text label
evaluate traffic-accident-tweets "$data/traffic-accident-tweets" train.csv validation.csv test.csv \
  text label
evaluate tweets-id-3500 "$data/tweets-id" tweets.tsv - - - -
echo "autotune_budget: load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
