#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for SECONDS (default 600) with seed corpora
# from the project (seeds/, gold/, the knowledge base). Crashes are saved as Fuzz/crash-*; fix them
# and add a regression test. Usage: scripts/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
secs="${1:-600}"; shift || true
targets=("${@:-FuzzText FuzzReader FuzzOutput FuzzKnowledge}")
swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
bin="$(swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --show-bin-path)"
for t in ${targets[@]}; do
  corpus="Fuzz/corpus/$t"
  mkdir -p "$corpus"
  case "$t" in
    FuzzText) cp seeds/*.txt "$corpus"/ ;;
    FuzzReader) cp seeds/*.txt Tests/RelGraphCoreTests/Fixtures/articles/* Fuzz/seeds/FuzzOutput/* "$corpus"/; head -c 4000 Tests/RelGraphCoreTests/Fixtures/golden/seeds.snapshot.json > "$corpus/snapshot.json" ;;
    FuzzOutput) cp Fuzz/seeds/FuzzOutput/* "$corpus"/; head -c 8000 Tests/RelGraphCoreTests/Fixtures/golden/seeds.snapshot.json > "$corpus/snapshot.json" ;;
    FuzzKnowledge) cp Sources/RelGraphCore/Resources/kb/*.yaml "$corpus"/ ;;
  esac
  echo "== $t for ${secs}s"
  (cd Fuzz && "$bin/$t" -max_total_time="$secs" -max_len=8192 -rss_limit_mb=4096 -print_final_stats=1 "corpus/$t") 2>&1 | tail -12
done
