#!/usr/bin/env bash
# herald code --jobs N against --jobs 1 on a whole input: wall time, CPU time
# (user + sys, from /usr/bin/time), the speed-up, and checks that the outputs
# are identical (the JSON lines byte for byte; the store table by table
# without its write times and rowid keys, and its exports).
#
#   bench/jobs_scaling.sh [INPUT...]         # default: ../shared/corpus/news
#   JOBS="1 2 4" DB=0 bench/jobs_scaling.sh   # job counts; DB=0 skips the SQLite store
#
# On a machine that runs other work, wall-clock ratios understate the gain:
# compare CPU time (the work done) with wall time (what this run got), and
# see `build/bench/herald_bench --benchmark_filter=Jobs` for the writer
# thread's share, which bounds the speed-up on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
HERALD=build/herald
[ $# -gt 0 ] || set -- ../shared/corpus/news
JOBS="${JOBS:-1 2}"
DB="${DB:-1}"
OUT="$(mktemp -d /tmp/herald-jobs.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg); input: $*"
printf "%-5s %9s %9s %9s %8s %10s %s\n" jobs wall_s cpu_s MB/s cpu/wall speedup outputs
base_wall=""
for j in $JOBS; do
  args=(code "$@" -o "$OUT/events-$j.jsonl" --jobs "$j")
  [ "$DB" = 0 ] || args+=(--db "$OUT/store-$j.db")
  /usr/bin/time -f "%e %U %S" -o "$OUT/time-$j" "$HERALD" "${args[@]}" 2> "$OUT/summary-$j"
  read -r wall user sys < "$OUT/time-$j"
  cpu=$(echo "$user + $sys" | bc)
  # herald's own figure: article text over its run time (start-up excluded).
  mb=$(sed -n 's/.*coded in .*, \([0-9.]*\) MB\/s.*/\1/p' "$OUT/summary-$j")
  [ -n "$base_wall" ] || base_wall=$wall
  same="-"
  if [ "$j" != "$(echo $JOBS | cut -d' ' -f1)" ]; then
    first=$(echo $JOBS | cut -d' ' -f1)
    cmp -s "$OUT/events-$first.jsonl" "$OUT/events-$j.jsonl" && same="jsonl=same" || same="jsonl=DIFFERENT"
    if [ "$DB" != 0 ]; then
      for t in articles article_bands events mentions actors places counts; do
        cols=$(sqlite3 "$OUT/store-$j.db" "SELECT group_concat(name, ',') FROM pragma_table_info('$t') WHERE name NOT IN ('coded_at', 'added_at', 'article_rowid', 'event_rowid')")
        a=$(sqlite3 "$OUT/store-$first.db" "SELECT $cols FROM $t ORDER BY 1" | md5sum)
        b=$(sqlite3 "$OUT/store-$j.db" "SELECT $cols FROM $t ORDER BY 1" | md5sum)
        [ "$a" = "$b" ] || same="$same $t=DIFFERENT"
      done
      "$HERALD" export --db "$OUT/store-$first.db" --format jsonl -o "$OUT/x1" 2>/dev/null
      "$HERALD" export --db "$OUT/store-$j.db" --format jsonl -o "$OUT/x2" 2>/dev/null
      cmp -s "$OUT/x1" "$OUT/x2" && same="$same store=same" || same="$same export=DIFFERENT"
    fi
  fi
  printf "%-5s %9.2f %9.2f %9.2f %8.2f %9.2fx %s\n" "$j" "$wall" "$cpu" "$mb" \
    "$(echo "$cpu / $wall" | bc -l)" "$(echo "$base_wall / $wall" | bc -l)" "$same"
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
