#!/usr/bin/env bash
# Opens output/seeds.svg and output/index.html in headless Chromium and saves what a reader sees as
# docs/seeds.png and docs/report.png
# (installs Debian's chromium when missing). Run scripts/render-seeds.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
svg="$(pwd)/output/seeds.svg"
[ -f "$svg" ] || { echo "output/seeds.svg is missing: run scripts/render-seeds.sh first" >&2; exit 1; }
# The page size follows the SVG's own size (pt → px at 96 dpi).
read -r w h < <(python3 - "$svg" <<'PY'
import re, sys
head = open(sys.argv[1], encoding="utf-8").read(2000)
w, h = (float(x) for x in re.search(r'viewBox="0\.00 0\.00 ([\d.]+) ([\d.]+)"', head).groups())
print(int(w * 96 / 72) + 16, int(h * 96 / 72) + 16)
PY
)
mkdir -p docs
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$w,$h" \
  --screenshot="$(pwd)/docs/seeds.png" "file://$svg" 2>/dev/null
echo "wrote docs/seeds.png ($w×$h)"
# The report, as a reader sees it after clicking the top-ranked node (browser_check.py drives it).
if [ -f output/index.html ]; then
  python3 scripts/browser_check.py output/index.html --expect-diff --screenshot "$(pwd)/docs/report.png"
  echo "wrote docs/report.png"
fi
