#!/usr/bin/env bash
# Installs every Debian package liputan needs to build, test, benchmark and run its demo.
# Idempotent: packages already present are skipped, so `make` can call it on every run cheaply.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ccache clang lld
  libicu-dev                      # Unicode: normalization, case folding, break iteration
  libfasttext-dev fasttext        # classifier library, and the CLI for baselines in bench/
  libeigen3-dev                   # statistics: share correction, correspondence analysis
  libboost-program-options-dev    # command-line options
  libgtest-dev libgmock-dev       # tests
  libbenchmark-dev                # micro-benchmarks
  libsimdjson-dev                 # fast JSON reading
  nlohmann-json3-dev              # JSON writing, manifests
  libtbb-dev                      # ordered parallel pipeline
  libarchive-dev                  # .gz/.zst/.bz2/.xz/.zip input
  libxlsxwriter-dev               # XLSX reports
  libxml2-dev libxml2-utils       # REFI-QDA and XLSX annotation files: reading XML; xmllint checks the .qde schema
  hunspell-id                     # Indonesian root word list (LGPL-3), read at run time
  valgrind                        # instruction counts in bench/
  chromium fonts-dejavu-core      # report/render: headless browser test of report.html
  pybind11-dev python3-pybind11 python3-dev   # python/: the `liputan` Python module
  python3-pytest python3-pandas python3-matplotlib python3-distributed  # its tests, notebook and Dask examples
)
# report/render: the HTML report inlines Vega bundles from npm (see package.json); Debian's npm if none.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# report/render: vega, vega-lite, vega-embed pinned by package-lock.json, into node_modules/.
# Idempotent: `npm ci` runs only when the lock changed since the last install (stamp file).
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stamp="$repo/node_modules/.liputan-lock.sha256"
lock_sum="$(sha256sum "$repo/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  echo "install-deps: npm ci (report chart bundles)" >&2
  (cd "$repo" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > "$stamp"
fi
