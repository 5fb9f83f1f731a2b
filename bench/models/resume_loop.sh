#!/usr/bin/env bash
# Kill-and-resume loop for `liputan classify --resume` (issue 9; not a test, a measurement).
# Each iteration classifies the same input with --resume, killing the run with SIGKILL or SIGINT
# (seeded choice) at a random moment within one uninterrupted run's duration, and re-runs it until
# it completes (after 8 kills it is left to finish); the final file is compared with an
# uninterrupted run byte for byte, and its record ids against the reference: lost = ids missing,
# duplicated = extra copies. Even iterations write JSONL, odd ones CSV (a third of the texts hold
# newlines, so CSV records span lines). The model is trained on the project's seed corpus.
#   bench/models/resume_loop.sh BUILD_DIR [ITERATIONS=50] [RECORDS=20000] [SEED=1]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
iterations=${2:-50}
n=${3:-20000}
RANDOM=${4:-1}
here=$(cd "$(dirname "$0")" && pwd)
liputan="$build/cli/liputan"
[ -x "$liputan" ] || { echo "resume_loop: build the liputan target first" >&2; exit 66; }
work=$(mktemp -d "${TMPDIR:-/tmp}/liputan-resume-loop.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$liputan" train -i "$here/../../corpora/seed/seed.tsv" --label-field sektor --label-field fungsi \
  --cv 0 --epoch 10 -o "$work/m.liputan" 2> /dev/null
python3 - "$n" "$work/in.jsonl" <<'EOF'
import json, random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
words = ("banjir warga mohon siaga jadwal vaksinasi puskesmas sekolah guru jalan rusak "
         "pajak kendaraan layanan izin usaha pasar harga beras bantuan sosial").split()
with open(path, "w", encoding="utf-8") as out:
    for i in range(n):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(4, 30)))
        if i % 3 == 0:
            text += ',\n"kutipan" baris dua'
        out.write(json.dumps({"id": str(1500000000000000000 + i), "author_handle": "dinas%d" % (i % 40),
                              "created_at": "2024-01-01T00:00:00Z", "kind": "original",
                              "text": text}, ensure_ascii=False) + "\n")
EOF

args=(--threads 2 --batch-size 256 --checkpoint-seconds 0.05)
declare -A ref_ms
for format in jsonl csv; do
  start=$(date +%s%N)
  "$liputan" classify -m "$work/m.liputan" -o "$work/ref.$format" --format "$format" "${args[@]}" \
    "$work/in.jsonl" 2> /dev/null
  ref_ms[$format]=$(( ($(date +%s%N) - start) / 1000000 ))
done
echo "input: $n records; uninterrupted run: ${ref_ms[jsonl]} ms (jsonl), ${ref_ms[csv]} ms (csv)"

# Prints "lost duplicated" of FILE against REF (record ids; CSV read with its quoting).
count() {
  python3 - "$1" "$2" "$3" <<'EOF'
import collections, csv, json, sys
fmt, ref, got = sys.argv[1:4]
def ids(path):
    with open(path, encoding="utf-8", newline="") as f:
        if fmt == "csv":
            return [row["id"] for row in csv.DictReader(f)]
        return [json.loads(line)["id"] for line in f if line.strip()]
want, have = ids(ref), collections.Counter(ids(got))
print(sum(1 for i in want if have[i] == 0), sum(max(have[i] - 1, 0) for i in set(want)))
EOF
}

total_kills=0 total_runs=0 total_lost=0 total_dup=0 identical=0 late=0
for ((it = 0; it < iterations; ++it)); do
  format=$([ $((it % 2)) -eq 0 ] && echo jsonl || echo csv)
  out="$work/out.$format"
  rm -f "$out"
  kills=0
  while :; do
    "$liputan" classify -m "$work/m.liputan" -o "$out" --format "$format" --resume "${args[@]}" \
      "$work/in.jsonl" 2> /dev/null &
    pid=$!
    total_runs=$((total_runs + 1))
    if [ "$kills" -lt 8 ]; then
      sleep "$(awk -v r=$RANDOM -v ms="${ref_ms[$format]}" 'BEGIN { printf "%.3f", r / 32768 * ms / 1000 }')"
      kill -s "$([ $((RANDOM % 2)) -eq 0 ] && echo KILL || echo INT)" "$pid" 2> /dev/null || true
    fi
    if { wait "$pid"; } 2> /dev/null; then break; fi  # (quiet: no "Killed" notice)
    kills=$((kills + 1))
    # A signal after the final rename (while the process exits) leaves the finished output,
    # which the comparison below checks; any earlier one leaves none.
    [ ! -e "$out" ] || { late=$((late + 1)); break; }
  done
  read -r lost dup < <(count "$format" "$work/ref.$format" "$out")
  same=no
  cmp -s "$out" "$work/ref.$format" && same=yes && identical=$((identical + 1))
  leftovers=$(find "$work" -name 'out.*.partial*' -o -name 'out.*.tmp.*' | wc -l)
  printf 'iteration %2d %-5s kills %d lost %d duplicated %d identical %s leftovers %d\n' \
    "$it" "$format" "$kills" "$lost" "$dup" "$same" "$leftovers"
  total_kills=$((total_kills + kills)) total_lost=$((total_lost + lost)) total_dup=$((total_dup + dup))
done
echo "resume loop: $iterations iterations, $total_runs runs, $total_kills kills (SIGKILL/SIGINT," \
  "$late of them after the final rename); lost $total_lost, duplicated $total_dup," \
  "byte-identical $identical/$iterations"
[ "$total_lost" -eq 0 ] && [ "$total_dup" -eq 0 ] && [ "$identical" -eq "$iterations" ]
