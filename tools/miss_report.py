#!/usr/bin/env python3
"""Why did herald miss the gold events it missed? A report by mechanism.

usage: miss_report.py GOLD.jsonl [--herald build/herald] [--list N] [--root RR]

Codes GOLD with `herald code` and `herald explain`, scores it as
../shared/tools/score-events does (root level), and for every required gold
event herald did not match finds the sentence its note quotes and sorts the
miss by first cause:

  coded-other   herald coded an event in that sentence, of another root or
                other countries
  pattern       a verb pattern matched there but gave no event (with why)
  no-pattern    no pattern matched, though actors of both gold countries are
                in the sentence
  no-source / no-target / no-actors
                no pattern matched and the gold source (target) country has
                no actor in the sentence
  no-sentence   the note could not be found in the article

This is a diagnostic for finding which mechanisms fail; it never feeds
dictionaries. Standard library only.
"""
import argparse
import collections
import importlib.machinery
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def load_scorer(path):
    loader = importlib.machinery.SourceFileLoader("score_events", path)
    spec = importlib.util.spec_from_loader("score_events", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def parse_explain(path):
    """doc id -> list of sentences {text, actors:[(text, code)], patterns:[...], events:[...]}"""
    docs = {}
    cur = None
    sent = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("=== "):
                cur = docs.setdefault(line.split()[1], [])
                sent = None
            elif re.match(r"^\[\d+\] ", line) and cur is not None:
                sent = {"text": line.split("] ", 1)[1], "actors": [], "patterns": [], "events": [], "why": ""}
                cur.append(sent)
            elif sent is None:
                continue
            elif line.startswith("  actor:"):
                m = re.match(r'  actor:\s+"(.*)" (\S+) \(', line)
                if m:
                    sent["actors"].append((m.group(1), m.group(2)))
            elif line.startswith("  pattern:"):
                sent["patterns"].append(line[len("  pattern: "):])
            elif line.startswith("  EVENT:"):
                sent["events"].append(line[len("  EVENT:   "):])
            elif line.startswith("  no event:"):
                sent["why"] = line[len("  no event: "):]
    return docs


def words(s):
    return re.findall(r"[A-Za-z0-9]+", s.lower())


def find_sentence(sentences, note):
    """The sentence sharing the longest run of words with the note's longest fragment."""
    best, best_score = None, 0
    frags = [f for f in re.split(r"\.\.\.|…|\(|\)", note) if len(words(f)) >= 2] or [note]
    for i, s in enumerate(sentences):
        sw = " " + " ".join(words(s["text"])) + " "
        score = 0
        for frag in frags:
            fw = words(frag)
            # longest window of the fragment found in the sentence
            for n in range(min(len(fw), 8), 1, -1):
                if any(" " + " ".join(fw[k:k + n]) + " " in sw for k in range(len(fw) - n + 1)):
                    score = max(score, n)
                    break
        if score > best_score:
            best, best_score = i, score
    return best if best_score >= 2 else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--herald", default=os.path.join(HERE, "..", "build", "herald"))
    ap.add_argument("--scorer", default=os.path.join(HERE, "..", "..", "shared", "tools", "score-events"))
    ap.add_argument("--list", type=int, default=0, help="list N misses per cause")
    ap.add_argument("--root", help="only gold events of this root (two digits)")
    ap.add_argument("--false", action="store_true", help="list false alarms instead")
    a = ap.parse_args()

    scorer = load_scorer(a.scorer)
    tmp = tempfile.mkdtemp()
    ev_path, ex_path = os.path.join(tmp, "ev.jsonl"), os.path.join(tmp, "ex.txt")
    subprocess.run([a.herald, "code", a.gold, "-o", ev_path], check=True, stderr=subprocess.DEVNULL)
    subprocess.run([a.herald, "explain", a.gold, "-o", ex_path], check=True, stderr=subprocess.DEVNULL)
    gold, _ = scorer.load_gold(a.gold)
    system, _ = scorer.load_events(ev_path, gold)
    explain = parse_explain(ex_path)
    notes = {}
    with open(a.gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                notes[str(d["id"])] = d

    causes = collections.Counter()
    listed = collections.defaultdict(list)
    for doc, gevs in gold.items():
        sevs = system.get(doc, [])
        _, _, _, pairs = scorer.match("root", sevs, gevs)
        hit = {gi for _, gi in pairs}
        sents = explain.get(doc, [])
        if a.false:
            hit_s = {si for si, _ in pairs}
            for si, s in enumerate(sevs):
                if si in hit_s or any(scorer.same("root", s, g) for g in gevs if g.get("optional")):
                    continue
                causes["false"] += 1
                listed["false"].append(f"{doc}: {s['source']} {s['code']} {s['target']}")
            continue
        for gi, g in enumerate(gevs):
            if gi in hit or g.get("optional"):
                continue
            if a.root and str(g["code"])[:2] != a.root:
                continue
            note = g.get("note", "")
            si = find_sentence(sents, note)
            gs, gt = (g.get("source") or "")[:3], (g.get("target") or "")[:3]
            head = f"{doc}: {g.get('source')} {g['code']} {g.get('target') or '-'} | {note[:110]}"
            if si is None:
                cause, detail = "no-sentence", ""
            else:
                s = sents[si]
                countries = {c[:3] for _, c in s["actors"]}
                actors = ", ".join(f"{t}={c}" for t, c in s["actors"])[:160]
                if s["events"]:
                    cause, detail = "coded-other", "; ".join(s["events"])[:160]
                elif s["patterns"]:
                    reasons = [p.split("-> ")[-1] for p in s["patterns"]]
                    cause = "pattern: " + reasons[0]
                    detail = " | ".join(s["patterns"])[:200]
                else:
                    have_s = not gs or gs in countries
                    have_t = not gt or gt in countries
                    cause = ("no-pattern" if have_s and have_t else
                             "no-actors" if not have_s and not have_t else
                             "no-source" if not have_s else "no-target")
                    detail = actors
                detail = f"[{si + 1}] {s['text'][:160]}\n      -> {detail}"
            causes[cause] += 1
            listed[cause].append(head + ("\n    " + detail if detail else ""))
    total = sum(causes.values())
    print(f"{total} {'false alarms' if a.false else 'missed required events'}")
    for c, n in causes.most_common():
        print(f"{n:5}  {100.0 * n / max(total, 1):5.1f}%  {c}")
    if a.list:
        for c, _ in causes.most_common():
            print(f"\n## {c}")
            for x in listed[c][: a.list]:
                print("  " + x)
    return 0


if __name__ == "__main__":
    sys.exit(main())
