#!/usr/bin/env bash
# Quick start, step 2: build everything and run every test (GoogleTest under
# CTest). Installs missing packages first so it also works on its own.
#
#   scripts/test.sh              Release build in build/, every test
#   scripts/test.sh --sanitize   AddressSanitizer + UBSan build in build-asan/
#                                (no benchmarks), every test; any report fails
#
# .ci/run runs both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs="$(nproc)"
if [ "${1:-}" = "--sanitize" ]; then
  # halt_on_error: a report fails its test; detect_leaks: LeakSanitizer too.
  export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=1:strict_string_checks=1"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
  # -O1 -g1: fast to build, fast enough to run, stack traces with lines.
  # The generated data and the dashboard are the Release build's when it has
  # them (.ci/run builds it first): the same files, made once.
  reuse=""
  [ -f build/data/gazetteer.tsv ] && reuse="-DHERALD_GENERATED_FROM=$(pwd)/build"
  # HERALD_UNITY: the libraries as unity batches too (built for the tests
  # only, so their speed does not matter; the build takes a third less).
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -g1" -DHERALD_UNITY=ON \
    -DHERALD_SANITIZE=ON -DHERALD_BUILD_BENCH=OFF -DHERALD_BUILD_PYTHON=OFF $reuse >/dev/null
  cmake --build build-asan -j"$jobs"
  ctest --test-dir build-asan --output-on-failure -j"$jobs" --timeout 900
  exit 0
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
