#!/usr/bin/env bash
# install_test.sh BUILD_DIR SOURCE_DIR: checks that an installed liputan is self-sufficient
# (tests/install/CMakeLists.txt). Stage 1 installs and moves the tree; stage 2 runs inside a private
# mount namespace where empty folders cover the source and build trees, so nothing compiled in
# that points there can be found.
set -euo pipefail

fail() { echo "install_test: FAIL: $*" >&2; exit 1; }

if [[ "${1:-}" == "--hidden" ]]; then
  shift
  prefix=$1 work=$2 src=$3 build=$4
  # The build tree first: it may lie inside the source tree, which then covers it too.
  for dir in "$build" "$src"; do mount -t tmpfs -o size=1m liputan-hidden "$dir"; done
  [[ ! -e "$src/CMakeLists.txt" && ! -e "$build/CMakeCache.txt" ]] || fail "trees still visible"
  cd "$work"
  liputan="$prefix/bin/liputan"

  "$liputan" --version | tee version.txt
  grep -q "0\.1\." version.txt || fail "--version does not print the version"

  # The default model, found beside the executable (no -m).
  "$liputan" classify -o labeled.jsonl tiny.jsonl
  [[ $(wc -l < labeled.jsonl) == 3 ]] || fail "classify did not write 3 records"
  grep -q '"sektor":\[{"label":"kesehatan"' labeled.jsonl || fail "no sektor prediction kesehatan"
  grep -q '"fungsi"' labeled.jsonl || fail "no fungsi predictions"

  # report.html with the installed chart bundles and category names.
  "$liputan" report --agencies agencies.csv -o report --formats html,md labeled.jsonl
  [[ -s report/report.html && -s report/report.md ]] || fail "report.html or report.md missing"
  grep -q "vega-lite" report/report.html || fail "report.html lacks the chart bundles"
  grep -q "Kesehatan" report/report.html || fail "report.html lacks the category names"

  # pkg-config against the moved prefix.
  export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
  flags=$(pkg-config --cflags --libs liputan)
  echo "pkg-config: $flags"
  [[ "$flags" == *"-I$prefix/lib/pkgconfig/../../include"* || "$flags" == *"-I$prefix/include"* ]] ||
    fail "pkg-config --cflags does not name the prefix's include/"
  [[ "$flags" == *-lliputan* ]] || fail "pkg-config --libs lacks -lliputan"
  [[ $(pkg-config --modversion liputan) == 0.1.* ]] || fail "pkg-config --modversion"
  # A program built with pkg-config alone.
  # shellcheck disable=SC2046  # the flags are words
  c++ -O1 embed-src/main.cc -o embed-pc -DEMBED_DATA_DIR="\"$prefix/share/liputan\"" \
    $(pkg-config --cflags --libs liputan) || fail "build with pkg-config"
  # pkg-config gives no run path: with LIPUTAN_SHARED the program finds libliputan.so the way a
  # user's would, through the loader's path (the static default does not need it).
  LD_LIBRARY_PATH="$prefix/lib" ./embed-pc tiny.jsonl > embed-pc.txt || fail "the pkg-config build fails"
  grep -q "^posts: 3$" embed-pc.txt || fail "the pkg-config build miscounts posts"

  # examples/embed, found through find_package(liputan).
  cmake -S embed-src -B embed-build -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
    > embed-configure.log || { cat embed-configure.log; fail "embed: cmake configure"; }
  cmake --build embed-build -j2 > embed-build.log || { cat embed-build.log; fail "embed: build"; }
  embed-build/embed tiny.jsonl > embed.txt || { cat embed.txt; fail "embed exits $?"; }
  cat embed.txt
  grep -q "^liputan 0\.1\.[0-9]* (library 0\.1\." embed.txt || fail "embed: version line"
  grep -q "^tokens: word:cek word:informasi mention:@dinkeskab .*hashtag:#sehatbersama" embed.txt ||
    fail "embed: tokens"
  grep -q "^stem: menemukan -> temu$" embed.txt || fail "embed: stem"
  grep -q "^classify 1: sektor=kesehatan " embed.txt || fail "embed: classify 1"
  grep -q "^classify 2: sektor=infrastruktur " embed.txt || fail "embed: classify 2"
  grep -q "^posts: 3$" embed.txt || fail "embed: post count"
  echo "install_test: OK"
  exit 0
fi

build=$(cd "$1" && pwd -P) src=$(cd "$2" && pwd -P)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/liputan-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
case "$tmp/" in "$src"/* | "$build"/*) fail "temporary folder $tmp is inside the trees" ;; esac

cmake --install "$build" --prefix "$tmp/stage" > "$tmp/install.log" ||
  { cat "$tmp/install.log"; fail "cmake --install"; }
mv "$tmp/stage" "$tmp/moved"  # nothing may depend on the prefix it was installed to
mkdir -p "$tmp/run/home"
cp -r "$src/examples/embed" "$tmp/run/embed-src"
cat > "$tmp/run/agencies.csv" <<'CSV'
handle,name,type,urusan,parent
DinkesKab,Dinas Kesehatan Kabupaten,pd,1.02,Kabupaten
DPUKab,Dinas Pekerjaan Umum Kabupaten,pd,1.03,Kabupaten
CSV
cat > "$tmp/run/tiny.jsonl" <<'JSONL'
{"id": "1", "created_at": "2024-03-01T01:00:00Z", "author_handle": "DinkesKab", "kind": "original", "text": "Jadwal imunisasi dan vaksinasi anak di puskesmas kecamatan"}
{"id": "2", "created_at": "2024-03-02T01:00:00Z", "author_handle": "DPUKab", "kind": "original", "text": "Perbaikan jalan dan jembatan desa dimulai minggu ini"}
{"id": "3", "created_at": "2024-03-03T01:00:00Z", "author_handle": "DinkesKab", "kind": "original", "text": "Layanan kesehatan gratis di rumah sakit umum daerah"}
JSONL

# A private mount namespace: as root directly, else as a mapped root in a user namespace.
unshare_args=(--mount)
[[ $(id -u) == 0 ]] || unshare_args+=(--map-root-user)
if ! unshare "${unshare_args[@]}" true 2> /dev/null; then
  echo "install_test: cannot make a mount namespace to hide the trees (unshare); skipped" >&2
  exit 77
fi
# A copy of this script runs there: the original is in the tree being hidden.
cp "$0" "$tmp/install_test.sh"
status=0
env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$tmp/run/home" LANG=C.UTF-8 \
  unshare "${unshare_args[@]}" bash "$tmp/install_test.sh" --hidden "$tmp/moved" "$tmp/run" \
  "$src" "$build" || status=$?
exit "$status"
