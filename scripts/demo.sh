#!/usr/bin/env bash
# The main job on the embedded defaults: generate the sample archives of the fictional regency's
# agencies, classify them with the default models (trained at build time from corpora/seed), and
# write the coverage-of-public-service report (HTML with charts, Markdown, CSV, JSON, XLSX, GEXF).
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
liputan="$build/cli/liputan"
model="$build/models/default.liputan"
out="$root/out/demo"
rm -rf "$out"
mkdir -p "$out"

echo "== liputan tokenize: a few authored tweets (tests/data/demo_tweets.txt)"
grep -v '^# ' "$root/tests/data/demo_tweets.txt" | head -n 3 | "$liputan" tokenize
echo
echo "== liputan samples: twarc2 archives of 9 fictional agencies over 12 months"
"$liputan" samples -o "$out/samples"
echo
echo "== liputan classify: both label sets (sektor, fungsi) with the default models"
"$liputan" classify -m "$model" -o "$out/classified.jsonl" "$out"/samples/*.jsonl
echo
echo "== liputan report: content, participation, integration, comparison"
"$liputan" report -m "$model" --agencies "$out/samples/agencies.csv" -o "$out/report" \
  --formats json,csv,md,html,xlsx,gexf,graphml "$out/classified.jsonl"
echo
sed -n '/^## Peringkat/,/^## Ringkasan/p' "$out/report/report.md" | head -n 14
echo
echo "The report: $out/report/report.html (open it in a browser; it works offline)"
echo "Also there: report.md, report.json, report.xlsx, network.gexf and the CSV tables."
