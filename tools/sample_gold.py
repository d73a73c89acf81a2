#!/usr/bin/env python3
"""Draw a sample of corpus articles to code by hand (deterministic).

usage: sample_gold.py CORPUS_DIR GOLD_DIR OUT_IDS --seed N --quota FILE:N ...
                      [--exclude IDS_FILE ...] [--max-chars 6000]

For each source file (in the order of the --quota arguments) the record ids
are sorted, shuffled with one shared random.Random(seed), and walked in that
order: ids in GOLD_DIR's dev.jsonl and seed.jsonl, and in every --exclude
file (one id a line), are left out, texts longer than --max-chars are skipped
(and listed on stderr), and the first N remaining are taken.

The samples in gold/ were drawn with it; each README gives its command.
"""
import argparse
import gzip
import json
import os
import random
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--quota", nargs="+", required=True, help="FILE:N, in draw order")
    ap.add_argument("--exclude", nargs="*", default=[], help="files of ids already coded")
    ap.add_argument("--max-chars", type=int, default=6000)
    args = ap.parse_args()

    excl = set()
    for f in ("dev.jsonl", "seed.jsonl"):
        for line in open(os.path.join(args.gold, f), encoding="utf-8"):
            if line.strip():
                excl.add(json.loads(line)["id"])
    for f in args.exclude:
        excl.update(line.strip() for line in open(f, encoding="utf-8") if line.strip())
    rng = random.Random(args.seed)
    chosen = []
    for q in args.quota:
        fname, n = q.rsplit(":", 1)
        n = int(n)
        recs = {}
        with gzip.open(os.path.join(args.corpus, fname), "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                recs[d["id"]] = d
        ids = sorted(recs)
        rng.shuffle(ids)
        taken, skipped_long, skipped_excl = [], [], 0
        for i in ids:
            if len(taken) == n:
                break
            if i in excl:
                skipped_excl += 1
                continue
            if len(recs[i].get("text") or "") > args.max_chars:
                skipped_long.append(i)
                continue
            taken.append(i)
        print(f"{fname}: took {len(taken)}, skipped {len(skipped_long)} long (>{args.max_chars} chars), "
              f"{skipped_excl} already coded", file=sys.stderr)
        for i in skipped_long:
            print(f"   skipped long: {i} ({len(recs[i]['text'])} chars)", file=sys.stderr)
        chosen += taken
    with open(args.out, "w") as f:
        for i in chosen:
            f.write(i + "\n")


if __name__ == "__main__":
    main()
