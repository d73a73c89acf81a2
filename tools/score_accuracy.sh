#!/usr/bin/env bash
# Scores build/herald on every gold set there is: the seed article, the dev
# set (../shared/gold) and the blind samples kept in gold/ (labels only; the
# text comes from ../shared/corpus/news): blind-2026-12, held out, and
# analysis-2026-12, whose misses are read. Prints the scorer's figures per
# set. The README's accuracy table quotes this.
#
#   tools/score_accuracy.sh [HERALD_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
herald=${1:-build/herald}
shared=../shared
score=$shared/tools/score-events
[ -x "$score" ] || { echo "score_accuracy: $score not found (../shared is needed)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() {   # NAME GOLD [INPUT]: codes INPUT (default GOLD) and scores it against GOLD
  "$herald" code "${3:-$2}" -o "$tmp/$1.jsonl" --articles "$tmp/$1-art.jsonl" 2>/dev/null
  echo "== $1 ($2)"
  "$score" "$2" "$tmp/$1.jsonl" --articles "$tmp/$1-art.jsonl"
}

# The seed's gold record carries no usable date: code the article file itself.
run seed "$shared/gold/seed.jsonl" "$shared/corpus/seed/"
run dev "$shared/gold/dev.jsonl"
for labels in gold/*/*.labels.jsonl; do
  [ -f "$labels" ] || continue
  name=$(basename "$labels" .labels.jsonl)
  python3 tools/make_gold.py "$labels" "$shared/corpus/news" "$tmp/$name-gold.jsonl" >/dev/null
  run "$name" "$tmp/$name-gold.jsonl"
done
