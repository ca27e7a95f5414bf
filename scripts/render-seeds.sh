#!/usr/bin/env bash
# The main command: builds relgraph (installing Graphviz when missing) and turns the seed articles
# into output/index.html, the one-page report (graph, centrality, changes between the 2020 article
# and the 2025 ones, unresolved mentions, diagnostics), plus the graph (seeds.svg), its snapshot
# (seeds.json) and the changes on their own (diff.svg, diff.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release --product relgraph 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
bin=$(swift build -c release --show-bin-path)/relgraph
[ -x "$bin" ] || { echo "relgraph: the build failed; see the messages above." >&2; exit 1; }
mkdir -p output
# Four seed articles carry no date; they were published in autumn 2025 (they call the US defence
# secretary «وزير الحرب», the title used from September 2025), so titles are resolved as of
# 2025-10-15. Without --as-of, undated articles are read as of today.
asof=(--as-of 2025-10-15)
"$bin" report seeds --split-at 2021-01-01 "${asof[@]}" --title "relgraph: seeds" -o output
"$bin" build seeds "${asof[@]}" -o output/seeds.json --quiet
"$bin" render seeds "${asof[@]}" -o output/seeds.svg --title "relgraph: seeds" --quiet
# The 2020 article against the 2025 ones.
"$bin" diff seeds "${asof[@]}" --split-at 2021-01-01 -o output/diff.svg -o output/diff.md --quiet
echo "open output/index.html (also written: output/seeds.svg, seeds.json, diff.svg, diff.md)"
