#!/usr/bin/env bash
# Quick start, step 2: build everything and run every test (GoogleTest under
# CTest). Installs missing packages first so it also works on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
