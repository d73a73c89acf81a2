#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build, and code the bundled
# sample articles. Leaves the tool at build/herald, the dashboard at
# build/web (served by `build/herald serve --db out/sample.db` at /), the
# Python package `herald` importable by python3 (build/python, through a
# .pth file), events in out/sample-events.jsonl and a database in
# out/sample.db.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target herald herald_web herald_python   # herald_web: the dashboard, build/web
scripts/install-python.sh
mkdir -p out
rm -f out/sample-events.jsonl
build/herald code samples/articles -o out/sample-events.jsonl --db out/sample.db
