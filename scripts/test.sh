#!/usr/bin/env bash
# Builds relgraph and runs its tests (installing Graphviz, and Chromium for the report's browser
# test, when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh --browser
# The browser test must run here (elsewhere it is skipped when Chromium is absent).
export RELGRAPH_REQUIRE_BROWSER=1
swift test "$@"
