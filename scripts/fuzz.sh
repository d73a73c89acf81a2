#!/usr/bin/env bash
# Builds herald's libFuzzer targets (fuzz/) with clang, ASan and UBSan in
# build-fuzz/, and runs each for a while under nice:
#   scripts/fuzz.sh                  every target, 600 s each
#   scripts/fuzz.sh 60 json_line     one target, 60 s
# New inputs go to build-fuzz/corpus/<name>/ (the seeds in fuzz/corpus/<name>/
# are read, never written); a crash is saved as build-fuzz/crashes/<name>-*
# and stops the script. Copy a fixed crash into fuzz/corpus/<name>/ so the
# replay test (ctest -R fuzz_) keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(json_line plain_article article_reader cleaner splitter actor_dictionary verb_dictionary tables
           gazetteer lexicon query_params code_request)
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHERALD_FUZZ=ON \
  -DHERALD_SANITIZE=ON -DHERALD_BUILD_TESTS=OFF -DHERALD_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j2 --target "${targets[@]/#/fuzz_}"
mkdir -p build-fuzz/crashes
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t"
  echo "fuzz.sh: $t for ${secs} s" >&2
  nice -n 19 "build-fuzz/fuzz/fuzz_$t" -max_total_time="$secs" -rss_limit_mb=4096 -max_len=65536 \
    -timeout=30 -artifact_prefix="build-fuzz/crashes/$t-" -print_final_stats=1 \
    "build-fuzz/corpus/$t" "fuzz/corpus/$t" 2>&1 | tail -n 12
done
