#!/usr/bin/env bash
# Builds relgraph and runs its tests (installing Graphviz when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift test "$@"
