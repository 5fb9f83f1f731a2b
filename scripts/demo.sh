#!/usr/bin/env bash
# The main job on the embedded defaults. Grows as the pipeline does.
set -euo pipefail
build=${1:-build}
"$build/cli/liputan" --help
