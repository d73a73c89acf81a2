#!/usr/bin/env python3
"""Which verbs does herald leave uncoded where two actors stand in a sentence?

    python3 tools/uncovered_verbs.py ../shared/corpus/news --sample 4000 --top 300 \\
        [--exclude ../shared/gold/dev.jsonl] [--herald build/herald]

Draws a fixed random sample of corpus records (not the --exclude ids, not the
sport, business, tech and entertainment stories of bbc-2004), runs
`herald explain` on it, and counts, over the sentences where no verb pattern
matched but at least two actors of different codes were found, the lemmas of
their main verbs (VB* tokens that are not auxiliaries), with one example each.
The list is read by a person who adds the political verbs to the dictionaries
with their CAMEO code (data/verbs/22_idioms.txt says which came from here); it
never feeds a dictionary by itself. `herald coverage` (another branch) will do
this inside herald.
"""
import argparse
import collections
import glob
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile

AUX = {"be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
       "'s", "'re", "'m", "'ve", "'d", "get", "become", "seem", "remain"}
TOKEN = re.compile(r"(\S+)/(VB[DGNPZ]?)(?:=(\S+))?")


def sample_records(corpus, n, exclude, seed):
    recs = []
    for path in sorted(glob.glob(os.path.join(corpus, "*.jsonl.gz"))):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                i = r["id"]
                if i in exclude or re.match(r"bbc-2004/(sport|business|tech|entertainment)/", i):
                    continue
                recs.append(r)
    random.Random(seed).shuffle(recs)
    return recs[:n]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--sample", type=int, default=4000)
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--exclude", default="")
    ap.add_argument("--herald", default="build/herald")
    args = ap.parse_args()

    exclude = set()
    if args.exclude:
        with open(args.exclude, encoding="utf-8") as f:
            exclude = {json.loads(l)["id"] for l in f if l.strip()}
    recs = sample_records(args.corpus, args.sample, exclude, args.seed)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for r in recs:
            tmp.write(json.dumps(r) + "\n")
    out = subprocess.run([args.herald, "explain", tmp.name], capture_output=True, text=True).stdout
    os.unlink(tmp.name)

    counts = collections.Counter()
    example = {}
    sentences = 0
    for block in out.split("\n\n"):
        lines = block.strip().split("\n")
        if not lines or not lines[0].startswith("["):
            continue
        if not any(l.strip() == "no event: no verb pattern matched" for l in lines):
            continue
        actors = {l.split('" ', 1)[1].split()[0] for l in lines if l.strip().startswith("actor:") and '" ' in l}
        if len(actors) < 2:
            continue
        sentences += 1
        toks = next((l for l in lines if l.strip().startswith("tokens:")), "")
        seen = set()
        for word, tag, lemma in TOKEN.findall(toks):
            lem = (lemma or word).lower()
            if lem in AUX or lem in seen or not re.fullmatch(r"[a-z\-]+", lem):
                continue
            seen.add(lem)
            counts[lem] += 1
            example.setdefault(lem, lines[0][:200])
    print(f"# {len(recs)} records, {sentences} sentences with two actors and no pattern")
    for lem, c in counts.most_common(args.top):
        print(f"{c:5d}  {lem:<16} {example[lem]}")


if __name__ == "__main__":
    main()
