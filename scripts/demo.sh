#!/usr/bin/env bash
# The main job on the embedded defaults: generate the sample archives of the fictional regency's
# agencies, classify them with the default models (trained at build time from corpora/seed), and
# write the coverage-of-public-service report (HTML with charts, Markdown, CSV, JSON, XLSX, GEXF).
#
# usage: scripts/demo.sh [--out DIR] [BUILD_DIR]
#   --out DIR  where to write (default: out/demo in the source tree); emptied first. CTest runs
#              the whole script this way on every `make test` (tests/cli/demo_test.sh): it takes
#              a few seconds once the build is done, so it needs no shortened mode.
#
# No pipeline here stops reading early: under pipefail a `... | head` fails with SIGPIPE (exit
# 141) once the report is longer than a pipe buffer, which made `make demo` fail (issue 18).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=build
out="$root/out/demo"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out=${2:?--out needs a directory}; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "demo.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
    *) build=$1 ;;
  esac
  shift
done
liputan="$build/cli/liputan"
model="$build/models/default.liputan"
rm -rf "$out"
mkdir -p "$out"

echo "== liputan tokenize: a few authored tweets (tests/data/demo_tweets.txt)"
# The first three lines that are not comments; awk reads to the end instead of closing the pipe.
awk '!/^# / && shown++ < 3' "$root/tests/data/demo_tweets.txt" | "$liputan" tokenize
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
# The ranking table: from its heading to the summary's heading (inclusive), at most 14 lines.
awk '/^## Peringkat/ { on = 1 } on && shown++ < 14 { print } /^## Ringkasan/ { on = 0 }' \
  "$out/report/report.md"
echo
echo "The report: $out/report/report.html (open it in a browser; it works offline)"
echo "Also there: report.md, report.json, report.xlsx, network.gexf and the CSV tables."
