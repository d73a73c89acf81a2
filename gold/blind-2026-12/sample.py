#!/usr/bin/env python3
"""Draw the blind held-out sample (run once; deterministic).

usage: sample.py CORPUS_DIR GOLD_DIR OUT_IDS
For each source file (in the fixed order below) the record ids are sorted,
shuffled with one shared random.Random(20261207), and walked in that order:
ids in dev.jsonl/seed.jsonl are excluded, texts longer than 6,000 characters
are skipped (and counted), and the first N remaining are taken.
"""
import gzip, json, random, sys, os

QUOTA = [  # (file, N)
    ("wikipedia-current-events-2025-2026.jsonl.gz", 19),
    ("wikinews-2019-2021.jsonl.gz", 18),
    ("bbc-2026.jsonl.gz", 9),
    ("kremlin-zelenskyy-2021-2022.jsonl.gz", 7),
    ("reuters21578.jsonl.gz", 4),
    ("bbc-2004.jsonl.gz", 3),
]
MAXLEN = 6000

def main(corpus, gold, out):
    excl = set()
    for f in ("dev.jsonl", "seed.jsonl"):
        for line in open(os.path.join(gold, f), encoding="utf-8"):
            if line.strip():
                excl.add(json.loads(line)["id"])
    rng = random.Random(20261207)
    chosen = []
    for fname, n in QUOTA:
        recs = {}
        with gzip.open(os.path.join(corpus, fname), "rt", encoding="utf-8") as fh:
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
            if len((recs[i].get("text") or "")) > MAXLEN:
                skipped_long.append(i)
                continue
            taken.append(i)
        print(f"{fname}: took {len(taken)}, skipped {len(skipped_long)} long (>6000 chars), "
              f"{skipped_excl} in dev/seed", file=sys.stderr)
        for i in skipped_long:
            print(f"   skipped long: {i} ({len(recs[i]['text'])} chars)", file=sys.stderr)
        chosen += taken
    with open(out, "w") as f:
        for i in chosen:
            f.write(i + "\n")

if __name__ == "__main__":
    main(*sys.argv[1:4])
