#!/usr/bin/env bash
# The main job on the embedded defaults. Grows as the pipeline does: for now, `liputan tokenize`
# over our authored sample of agency and citizen tweets (tests/data/demo_tweets.txt).
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
sample="$root/tests/data/demo_tweets.txt"
liputan="$build/cli/liputan"
"$liputan" --version
echo
echo "== liputan tokenize tests/data/demo_tweets.txt (default pipeline: normalised, slang expanded)"
grep -v '^# ' "$sample" | "$liputan" tokenize
echo
echo "== the same with --split-clitics --drop-stopwords --stem (what a classifier might see)"
grep -v '^# ' "$sample" | head -n 5 | "$liputan" tokenize --split-clitics --drop-stopwords --stem
echo
echo "== --format explain for one tweet"
grep -v '^# ' "$sample" | sed -n 2p | "$liputan" tokenize --format explain --split-clitics
