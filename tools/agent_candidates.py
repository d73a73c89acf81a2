#!/usr/bin/env python3
"""Candidate agent nouns for data/actors/agents.txt: WordNet hyponyms of
person and group synsets, counted in a news corpus, minus what agents.txt has.

usage: agent_candidates.py CORPUS.jsonl[.gz]... [--wordnet /usr/share/wordnet]
                           [--agents data/actors/agents.txt] [--min 5] [--depth 3]
                           [--roots ROOTS.tsv] [--examples N]

A reviewing aid, never a dictionary source by itself: it prints, per role
root, the hyponyms (lemma, plural), how often each occurs in the corpus
(lower-cased word match) and, with --examples, sentences to read before a
word goes into agents.txt by hand with its role. The roots (a WordNet lemma
and sense number per role, `ROLE lemma sense`) are in ROOTS.tsv; the default
list below follows ../shared/gold/GUIDE.md: CVL protesters, residents,
activists; EDU academics and students; HLH medical staff; LAB workers and
unions; CRM criminals; BUS business people and firms; MED journalists; LEG
legislators; JUD judges and lawyers; MIL soldiers; COP police; REF refugees.

Reads Debian wordnet-base's data.noun and index.noun (WordNet 3.0, the
WordNet licence). Standard library only.
"""
import argparse
import collections
import gzip
import json
import os
import re
import sys

DEFAULT_ROOTS = """
CVL protester 1
CVL demonstrator 1
CVL activist 1
CVL reformer 1
CVL dissenter 1
CVL inhabitant 1
CVL resident 1
CVL local 1
CVL citizen 1
CVL civilian 1
CVL villager 1
CVL survivor 1
CVL victim 1
CVL witness 1
CVL participant 1
CVL critic 2
CVL advocate 1
CVL campaigner 1
CVL volunteer 1
CVL parent 1
CVL clergyman 1
CVL religious person 1
CVL spiritual leader 1
CVL believer 1
CVL pilgrim 1
CVL passenger 1
CVL tourist 1
CVL voter 1
CVL mourner 1
EDU academician 1
EDU scholar 1
EDU scientist 1
EDU researcher 1
EDU educator 1
EDU student 1
EDU expert 1
HLH medical practitioner 1
HLH health professional 1
HLH nurse 1
LAB worker 1
LAB employee 1
LAB labor union 1
LAB striker 1
LAB laborer 1
CRM criminal 1
CRM attacker 1
CRM thief 1
CRM smuggler 1
CRM murderer 1
CRM kidnapper 1
BUS businessman 1
BUS executive 1
BUS capitalist 1
BUS merchant 1
BUS company 1
BUS firm 1
BUS employer 1
MED journalist 1
MED newspaper 1
MED broadcaster 1
LEG legislator 1
JUD judge 1
JUD lawyer 1
JUD prosecutor 1
MIL serviceman 1
MIL military officer 1
MIL soldier 1
COP policeman 1
COP lawman 1
REF refugee 1
REF migrant 1
REF exile 1
GOV official 1
GOV diplomat 1
GOV politician 1
OPP dissident 1
REB insurgent 1
REB terrorist 1
REB militant 1
REB guerrilla 1
"""


def read_wordnet(folder):
    """offset -> (words, hyponym offsets); lemma -> [offsets by sense]"""
    synsets = {}
    with open(os.path.join(folder, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split(" | ")[0].split()
            offset, n_words = head[0], int(head[3], 16)
            words = [head[4 + 2 * i].replace("_", " ").lower() for i in range(n_words)]
            k = 4 + 2 * n_words
            n_ptr = int(head[k])
            hypo = []
            for i in range(n_ptr):
                sym, target, pos = head[k + 1 + 4 * i], head[k + 2 + 4 * i], head[k + 3 + 4 * i]
                if sym in ("~", "~i") and pos == "n":
                    hypo.append(target)
            synsets[offset] = ([re.sub(r"\(\w+\)$", "", w) for w in words], hypo)
    senses = {}
    with open(os.path.join(folder, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            lemma = p[0].replace("_", " ")
            n_syn, n_ptr = int(p[2]), int(p[3])
            senses[lemma] = p[6 + n_ptr: 6 + n_ptr + n_syn]
    return synsets, senses


def closure(synsets, start, depth):
    out, frontier = {start}, [start]
    for _ in range(depth):
        nxt = []
        for s in frontier:
            for h in synsets[s][1]:
                if h not in out:
                    out.add(h)
                    nxt.append(h)
        frontier = nxt
    return out


def plural(w):
    if w.endswith("man"):
        return w[:-3] + "men"
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es"
    return w + "s"


def known_agents(path):
    known = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = re.sub(r"(^|\s)#.*", "", line).strip()
            if "=>" not in line:
                continue
            for p in line.split("=>")[0].split("|"):
                p = p.strip()
                known.add(p)
                known.add(plural(p))
    return known


def corpus_counts(paths, wanted, examples):
    counts = collections.Counter()
    shown = collections.defaultdict(list)
    longest = max((len(w.split()) for w in wanted), default=1)
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text") or ""
                for sent in re.split(r"(?<=[.!?])\s+", text):
                    toks = re.findall(r"[A-Za-z][A-Za-z'-]*", sent)
                    low = [t.lower() for t in toks]
                    for i in range(len(low)):
                        for n in range(1, longest + 1):
                            w = " ".join(low[i:i + n])
                            if w in wanted:
                                counts[w] += 1
                                if len(shown[w]) < examples:
                                    shown[w].append(sent[:200])
    return counts, shown


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--agents", default=os.path.join(os.path.dirname(__file__), "..", "data", "actors", "agents.txt"))
    ap.add_argument("--roots")
    ap.add_argument("--min", type=int, default=5, help="least corpus count shown")
    ap.add_argument("--depth", type=int, default=3, help="hyponym levels below each root")
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args()

    synsets, senses = read_wordnet(a.wordnet)
    roots_text = open(a.roots, encoding="utf-8").read() if a.roots else DEFAULT_ROOTS
    role_of = collections.defaultdict(set)   # word -> roles
    for line in roots_text.splitlines():
        p = line.split()
        if len(p) < 3:
            continue
        role, lemma, sense = p[0], " ".join(p[1:-1]), int(p[-1])
        offs = senses.get(lemma)
        if not offs or sense > len(offs):
            print(f"agent_candidates: no sense {sense} of '{lemma}' in WordNet", file=sys.stderr)
            continue
        for s in closure(synsets, offs[sense - 1], a.depth):
            for w in synsets[s][0]:
                # Only words whose most frequent sense is this kind of actor:
                # "service", "land", "help" are hyponyms of a rarer sense.
                first = senses.get(w, [None])[0]
                if re.fullmatch(r"[a-z][a-z' -]*", w) and first == s:
                    role_of[w].add(role)
    known = known_agents(a.agents)
    wanted = {}
    for w in role_of:
        if w in known:
            continue
        wanted[w] = w
        wanted[plural(w)] = w
    counts, shown = corpus_counts(a.corpus, set(wanted), a.examples)
    total = collections.Counter()
    for form, n in counts.items():
        total[wanted[form]] += n
    for w, n in sorted(total.items(), key=lambda x: -x[1]):
        if n < a.min:
            continue
        print(f"{n}\t{w}\t{','.join(sorted(role_of[w]))}")
        for form in (w, plural(w)):
            for s in shown.get(form, []):
                print(f"\t\t{s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
