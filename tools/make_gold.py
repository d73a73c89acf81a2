#!/usr/bin/env python3
"""Rebuild a full gold file from text-free labels plus the local corpus.

usage: make_gold.py LABELS.jsonl CORPUS_DIR OUT.jsonl

LABELS.jsonl: one article a line: {"id", "date", "events", "counts"} (no text).
CORPUS_DIR:   folder holding the corpus *.jsonl.gz (or *.jsonl) files, each line
              {"id", "date", "url", "title", "text"}.
OUT.jsonl:    written as {"id", "date", "url", "title", "text", "events", "counts"},
              the layout of shared/gold/dev.jsonl, in the labels' order, so that
              `score-events OUT.jsonl EVENTS.jsonl` can score an engine on it.
Exits non-zero if a labelled id is missing from the corpus or its corpus date
disagrees with the label's date. Standard library only.
"""
import gzip
import json
import os
import sys


def open_any(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    labels_path, corpus_dir, out_path = argv[1:4]
    labels = []
    with open(labels_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                labels.append(json.loads(line))
    wanted = {lab["id"] for lab in labels}
    found = {}
    files = sorted(n for n in os.listdir(corpus_dir) if n.endswith((".jsonl.gz", ".jsonl")))
    for name in files:
        with open_any(os.path.join(corpus_dir, name)) as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                if rec.get("id") in wanted and rec["id"] not in found:
                    found[rec["id"]] = rec
    missing = [i for i in wanted if i not in found]
    if missing:
        sys.stderr.write(f"error: {len(missing)} labelled ids not in corpus: {sorted(missing)[:5]}\n")
        return 1
    bad = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for lab in labels:
            rec = found[lab["id"]]
            cdate = (rec.get("date") or None) and rec["date"][:10]
            if cdate != lab.get("date"):
                sys.stderr.write(f"error: date mismatch for {lab['id']}: corpus {cdate}, label {lab.get('date')}\n")
                bad += 1
            doc = {"id": lab["id"], "date": lab.get("date"), "url": rec.get("url"),
                   "title": rec.get("title"), "text": rec.get("text"),
                   "events": lab.get("events", []), "counts": lab.get("counts", [])}
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_req = sum(1 for lab in labels for e in lab.get("events", []) if not e.get("optional"))
    n_opt = sum(1 for lab in labels for e in lab.get("events", []) if e.get("optional"))
    sys.stderr.write(f"wrote {out_path}: {len(labels)} articles, {n_req} required + {n_opt} optional events\n")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
