#!/usr/bin/env bash
# The main command: builds relgraph (installing Graphviz when missing) and renders the seed
# articles into output/: the graph (SVG) and its snapshot (JSON), and what changed between the
# 2020 article and the 2025 ones (output/diff.svg, output/diff.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release --product relgraph 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
bin=$(swift build -c release --show-bin-path)/relgraph
[ -x "$bin" ] || { echo "relgraph: the build failed; see the messages above." >&2; exit 1; }
mkdir -p output
"$bin" build seeds -o output/seeds.json
"$bin" render seeds -o output/seeds.svg --title "relgraph: seeds" --quiet
# The 2020 article against the 2025 ones.
"$bin" diff seeds --split-at 2021-01-01 -o output/diff.svg -o output/diff.md --quiet
echo "wrote output/seeds.svg, output/seeds.json, output/diff.svg and output/diff.md"
