#!/usr/bin/env bash
# Measures the default model on the real dev set and writes models/default/real_validation.json,
# which the build attaches to the default bundle's manifest (so the report corrects shares with
# the confusion matrix of real posts and names the model's macro-F1 on them), then prints the
# table of docs/model-card.md: the keyword rules, the previous default (when given) and this one.
#   bench/models/govdev/measure_default.sh BUILD_DIR [SPLIT] [OLD_MODEL]
# SPLIT is test (the default: the held-out dev-test, run once at the end) or tune. Needs
# ../shared/data/gov-posts-dev (says so and stops when it is absent). Retrain first when the
# corpus or the recipe changed (cmake --build BUILD_DIR --target default_model), then run
# this, then build again: train attaches the scores only when they were measured on the very
# training data of the bundle.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
split=${2:-test}
old=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
model="$build/models/default.liputan"
[ -f "$model/manifest.json" ] || { echo "measure_default: no $model; build it first" >&2; exit 66; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
systems=("default=$model")
[ -n "$old" ] && systems=("previous=$old" "${systems[@]}")
python3 "$here/evaluate.py" --liputan "$build/cli/liputan" --split "$split" --rules --per-label \
  --confusion --json "$work/scores.json" "${systems[@]}"
python3 "$here/real_validation.py" "$work/scores.json" "$model/manifest.json" "$split" \
  > "$root/models/default/real_validation.json.tmp"
mv "$root/models/default/real_validation.json.tmp" "$root/models/default/real_validation.json"
echo "measure_default: wrote models/default/real_validation.json ($split split); rebuild to attach it" >&2
