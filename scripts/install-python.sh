#!/usr/bin/env bash
# Makes the `herald` Python package built in build/python importable by the
# interpreter it was built for (HERALD_PYTHON in build/CMakeCache.txt;
# Debian's /usr/bin/python3 by default): a herald.pth file naming
# build/python goes into that interpreter's site-packages (as root: the
# system one, /usr/local/lib/python3.X/dist-packages; otherwise the user's).
# The package stays in the build tree (it reads its dictionaries from
# build/data and data/), so rebuilding updates it; remove the .pth file to
# undo. Run by scripts/setup.sh after the build. HERALD_PYTHON=/path/python
# picks another interpreter of the same version (a venv's, say).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${HERALD_PYTHON:-$(sed -n 's/^HERALD_PYTHON:FILEPATH=//p' build/CMakeCache.txt 2>/dev/null || true)}"
[ -n "$PY" ] || PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
if ! ls build/python/herald/_herald*.so >/dev/null 2>&1; then
  echo "install-python: build/python/herald has no _herald module; build the herald_python target" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  SITE="$("$PY" -c 'import site; print(site.getsitepackages()[0])')"
else
  SITE="$("$PY" -c 'import site; print(site.getusersitepackages())')"
fi
mkdir -p "$SITE"
echo "$(pwd)/build/python" > "$SITE/herald.pth"
"$PY" -c 'import herald' || { echo "install-python: $PY cannot import herald" >&2; exit 1; }
echo "install-python: $PY imports herald from $(pwd)/build/python ($SITE/herald.pth)" >&2
