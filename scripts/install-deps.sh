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
  hunspell-id                     # Indonesian root word list (LGPL-3), read at run time
  valgrind                        # instruction counts in bench/
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
