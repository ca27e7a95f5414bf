#!/usr/bin/env bash
# Renders a graph N times (default 1000) in one process under AddressSanitizer's LeakSanitizer,
# which intercepts every allocation, Graphviz's included. It exits non-zero and prints the
# allocation stacks if anything leaked. (valgrind 3.19 cannot read the DWARF 5 that Swift 6.3 emits.)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --sanitize=address --product relgraph --scratch-path .build-asan 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
bin="$(swift build --sanitize=address --scratch-path .build-asan --show-bin-path)/relgraph"
LSAN_OPTIONS="suppressions=$(pwd)/scripts/lsan.supp:print_suppressions=1" ASAN_OPTIONS=detect_leaks=1 "$bin" bench render --nodes "${NODES:-30}" --repeat "${1:-1000}"
echo "no leaks reported by LeakSanitizer"
