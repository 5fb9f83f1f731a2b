#!/usr/bin/env bash
# Ablations of the default model's recipe on the real dev set's tune split (not the test split:
# everything is chosen here). Each variant composes the corpus (corpora/seed/compose_corpus.py)
# with a seed.tsv share, trains on its train split with the recipe plus the variant's options,
# and is scored by evaluate.py beside the keyword rules. Needs ../shared/data/gov-posts-dev
# (says so and stops when it is absent).
#   bench/models/govdev/ablation.sh BUILD_DIR [SPLIT] [VARIANT...]
# A VARIANT is NAME:SEED_SHARE:OPTIONS, e.g. "cues:0.25:--features=cues --epoch=25"; the option
# +cue-copies adds cue-only copies of the training posts (cue_copies.py).
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
split=${2:-tune}
shift $(( $# > 2 ? 2 : $# ))
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(
  "words:0.25:--features=none"
  "cues:0.25:--features=cues"
  "cues+entities:0.25:--features=cues,entities"
  "cues+surface:0.25:--features=cues,surface"
  "all:0.25:--features=cues,entities,surface"
  "all-noseed:0:--features=cues,entities,surface"
)
recipe=()
while IFS= read -r line; do
  case "$line" in ''|'#'*|--cv=*|--features=*) ;; *) recipe+=("$line") ;; esac
done < "$root/models/default/recipe.args"
models=()
for v in "${variants[@]}"; do
  IFS=: read -r name share opts <<< "$v"
  corpus="$work/corpus-$share.tsv"
  [ -f "$corpus" ] || python3 "$root/corpora/seed/compose_corpus.py" --seed-share "$share" --output "$corpus" 2>/dev/null
  awk -F'\t' 'NR==1 || $2=="train"' "$corpus" > "$work/train-$share.tsv"
  train="$work/train-$share.tsv"
  case " $opts " in *" +cue-copies "*)  # not a liputan option: augment the data (cue_copies.py)
    opts=${opts/+cue-copies/}
    [ -f "$work/train-$share-cues.tsv" ] || python3 "$here/cue_copies.py" "$train" "$work/train-$share-cues.tsv" 2>/dev/null
    train="$work/train-$share-cues.tsv" ;;
  esac
  args=()  # the recipe less the options the variant sets itself
  for r in "${recipe[@]}"; do
    case " $opts" in *" ${r%%=*}="*) ;; *) args+=("$r") ;; esac
  done
  # shellcheck disable=SC2086
  "$build/cli/liputan" train -i "$train" -o "$work/$name.liputan" "${args[@]}" $opts --cv=0 2>/dev/null
  models+=("$name=$work/$name.liputan")
done
python3 "$here/evaluate.py" --liputan "$build/cli/liputan" --split "$split" --rules "${models[@]}"
