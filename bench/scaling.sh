#!/usr/bin/env bash
# Times `herald code` on the inputs issue 12 found quadratic, to show they
# are linear now (times go in docs, not in tests):
#   bench/scaling.sh duplicates [N...]   N identical bodies into --db (default 1000 2000 4000 10000)
#   bench/scaling.sh dense [MB...]       one dense article of MB megabytes (default 1 2 4)
#   bench/scaling.sh big                 one 50 MB article (--max-article-bytes 60000000), with peak memory
# Prints one line per run: what, size, wall seconds, CPU seconds (user + system:
# the figure to compare on a shared machine), peak resident MB.
set -euo pipefail
cd "$(dirname "$0")/.."
HERALD=${HERALD:-build/herald}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A made-up article of `bytes` bytes: dense, every paragraph different (the
# cleaner drops repeated paragraphs), dates, events and incidents in each.
article() {   # bytes out
  python3 - "$1" > "$2" <<'PY'
import sys
target = int(sys.argv[1])
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
out = ["date 2024-03-04 https://news.example/dense", "", "Dense", ""]
size, i = 0, 0
while size < target:
    # Most events name no day: each must be dated from the same incident
    # elsewhere in the article (the search that used to scan every event).
    d = f" on {days[i % 7]}" if i % 50 == 0 else ""
    p = (f"Vorland's army shelled Estmark's border post {i}{d}, officials said. "
         f"Police arrested {i % 50 + 2} protesters in the capital. "
         f"The minister visited Estmark and met the president of site {i}. "
         f"Rebels attacked convoy {i} near the river, killing {i % 9 + 2} soldiers. "
         f"The government condemned attack {i}.")
    out.append(p); out.append("")
    size += len(p) + 2; i += 1
sys.stdout.write("\n".join(out) + "\n")
PY
}

run() {   # what size input [extra args...]
  local what=$1 size=$2 input=$3; shift 3
  local out
  out=$( { /usr/bin/time -f '%e %M %U %S' "$HERALD" code "$input" -q "$@" >/dev/null; } 2>&1 | tail -1)
  awk -v w="$what" -v s="$size" '{printf "%-12s %-8s %8.2f s wall %8.2f s CPU %8.0f MB\n", w, s, $1, $3 + $4, $2/1024}' <<<"$out"
}

mode=${1:-duplicates}; shift || true
case "$mode" in
  duplicates)
    for n in "${@:-1000 2000 4000 10000}"; do
      for k in $n; do
        python3 - "$k" > "$tmp/dup.jsonl" <<'PY'
import json, sys
body = ("Vorland's army shelled Estmark's border posts overnight, officials in the capital said on Monday. "
        "The shelling damaged two bridges and a school near the river crossing, according to the governor. "
        "Estmark's foreign ministry summoned Vorland's envoy and demanded an explanation.")
for i in range(int(sys.argv[1])):
    print(json.dumps({"id": f"dup{i:06d}", "date": "2024-03-04", "url": f"https://h{i % 50}.example/{i}",
                      "title": "Shelling", "text": body}))
PY
        rm -f "$tmp/dup.db"*
        run duplicates "$k" "$tmp/dup.jsonl" --db "$tmp/dup.db"
      done
    done ;;
  dense)
    for mb in "${@:-1 2 4}"; do
      for m in $mb; do
        article $((m * 1000000)) "$tmp/dense.txt"
        run dense "${m}MB" "$tmp/dense.txt" -o /dev/null --max-article-bytes 100000000
      done
    done ;;
  big)
    article 50000000 "$tmp/big.txt"
    run big 50MB "$tmp/big.txt" -o /dev/null --max-article-bytes 60000000 ;;
  *) echo "usage: $0 duplicates|dense|big [sizes]" >&2; exit 2 ;;
esac
