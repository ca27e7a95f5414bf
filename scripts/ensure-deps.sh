#!/usr/bin/env bash
# Installs what relgraph needs from Debian when it is missing: Graphviz's C library and headers
# (libgraphviz-dev, with its layout and SVG plugins in libgvc6), pkg-config, SQLite's library and
# headers (libsqlite3-dev) with its shell (sqlite3) for the article store, and a font that covers
# Arabic (DejaVu Sans); with --browser also Debian's chromium, for the test that drives the HTML
# report in a headless browser. Safe to run again: it does nothing when everything is there.
set -euo pipefail

need=()
if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists libgvc 2>/dev/null || need+=(libgraphviz-dev)
# The article store (relgraph add): GRDB builds against the system's SQLite (headers in
# libsqlite3-dev); the sqlite3 shell is there to query a store by hand (docs/store.md).
pkg-config --exists sqlite3 2>/dev/null || [ -f /usr/include/sqlite3.h ] || need+=(libsqlite3-dev)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)

if [ ${#need[@]} -gt 0 ]; then
  echo "relgraph: installing ${need[*]} …" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "relgraph: need root to install ${need[*]} (apt-get); run as root or install them first." >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The export and community tests read files back with networkx 3.4, the newest networkx and
# python-igraph, each from PyPI into its own folder under .pydeps/ (git-ignored; `pip install
# --target` needs no virtual environment and is allowed on Debian 12's system python).
if ! command -v python3 >/dev/null 2>&1; then
  ${SUDO:-} apt-get install -y -qq --no-install-recommends python3 python3-pip >/dev/null || true
elif ! python3 -m pip --version >/dev/null 2>&1; then
  ${SUDO:-} apt-get install -y -qq --no-install-recommends python3-pip >/dev/null || true
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
pydeps() {  # folder, check, packages…
  local dir="$root/.pydeps/$1" check="$2"; shift 2
  if ! PYTHONPATH="$dir" python3 -c "$check" >/dev/null 2>&1; then
    echo "relgraph: installing $* into .pydeps/$(basename "$dir") for the export tests …" >&2
    rm -rf "$dir"
    python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location --target "$dir" "$@" \
      || echo "relgraph: could not install $*; the export tests will fail" >&2
  fi
}
pydeps networkx-3.4 'import networkx; assert networkx.__version__.startswith("3.4")' 'networkx==3.4.2'
pydeps current 'import networkx, igraph' networkx igraph

# Graphviz finds its plugins through a config file written when libgvc6 is installed. Without it,
# every layout fails with "Layout type … not recognized". Regenerate it if it is missing.
libdir=$(pkg-config --variable=libdir libgvc 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)
if ! ls "$libdir"/graphviz/config* >/dev/null 2>&1; then
  if [ -x /usr/sbin/libgvc6-config-update ]; then
    ${SUDO:-} /usr/sbin/libgvc6-config-update -c
  fi
fi
