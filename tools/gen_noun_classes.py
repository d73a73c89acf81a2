#!/usr/bin/env python3
"""Generate noun_classes.tsv: which English nouns name an event, a person or a
group, from WordNet (Debian wordnet-base; standard library only).

  gen_noun_classes.py --wordnet /usr/share/wordnet --out build/data/noun_classes.tsv

Read by `herald coverage` (src/coverage/coverage_lexicon.h) to find event
nouns and actor-like person and group nouns that the dictionaries miss.

The test, on a noun's FIRST WordNet sense (senses are listed by frequency in
the sense-tagged corpora, so the first is the everyday reading):
  event   the sense lies under one of a few eventive synsets (attack,
          conflict, crime, military action and operation, meeting,
          discussion, protest, election, agreement, aggression, violence,
          disturbance, mishap, incident, trip, assistance, punishment, legal
          action, armistice: EVENT_ROOTS below): "meeting", "riot", "treaty",
          "truce";
          or the sense's lexicographer file is noun.act (04) or noun.event (11)
          -- the synsets under act/action and event -- and the noun is a
          nominalisation: WordNet links this very word of the synset
          ("+" derivationally related form) to a verb ("attack", "visit",
          "election", "war");
          or the file is noun.communication (10), noun.state (26),
          noun.process (22) or noun.phenomenon (19) and the word is such a
          nominalisation ("talks", "protest", "sanction", "statement",
          "threat": eventive readings of speech and states). Possessions
          ("share", "loan", "tax") are left out though they have verbs.
          Without the verb link or a root, act and event nouns are left out:
          "time", "case", "way".
          When the first sense gives no class, a second or third sense under
          the roots of force and meetings (LATER_SENSE_ROOTS) makes the noun
          an event ("summit", "seizure").
  person  the file is noun.person (18): "critic", "protester", "man".
  group   the file is noun.group (14) and the sense is a social group (a
          hyponym of social_group or people): "people", "police",
          "government", "crowd"; not "law", "data", "series".
Lemmas are written lower-cased; multi-word lemmas (with '_') are skipped, as
herald tokens are single words; hyphens are kept ("cease-fire"), and the
form without them is added unless WordNet lists it ("ceasefire").

Output (UTF-8, tab-separated): '#' comment lines, then `noun<TAB>class` sorted.
"""
import argparse
import os
import sys

ACT_EVENT = {4, 11}
NOMINAL = {10, 19, 22, 26}

# Synsets (first word, sense number) whose hyponyms are events even without a
# verb link: the act and event nouns of politics and conflict.
EVENT_ROOTS = [("attack", 1), ("conflict", 1), ("crime", 1), ("military_action", 1),
               ("operation", 5), ("meeting", 1), ("discussion", 2), ("protest", 1),
               ("election", 1), ("agreement", 1), ("aggression", 3), ("violence", 1),
               ("disturbance", 4), ("mishap", 2), ("incident", 1), ("trip", 1),
               ("assistance", 1), ("punishment", 1), ("legal_action", 1), ("armistice", 1)]
# The roots that make a noun an event by its second or third sense when the
# first gives no class ("summit": the peak first, the meeting third). Kept to
# force and meetings: broader roots bring in "policy", "case", "service".
LATER_SENSE_ROOTS = [("attack", 1), ("conflict", 1), ("crime", 1), ("military_action", 1),
                     ("operation", 5), ("meeting", 1), ("protest", 1), ("aggression", 3),
                     ("violence", 1), ("armistice", 1)]

# Group nouns must be social groups: "police", "troops", "crowd", "party";
# not collections ("law", "data", "series", "package").
SOCIAL_ROOTS = ["social_group", "people"]


def read_data(path):
    """offset -> (lexfile, [words], [(symbol, offset, pos, source_word)])"""
    synsets = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" | ", 1)[0].split()
            offset, lexfile = parts[0], int(parts[1])
            w_cnt = int(parts[3], 16)
            words = [parts[4 + 2 * i].lower() for i in range(w_cnt)]
            k = 4 + 2 * w_cnt
            p_cnt = int(parts[k])
            ptrs = []
            for i in range(p_cnt):
                sym, off, pos, st = parts[k + 1 + 4 * i: k + 5 + 4 * i]
                ptrs.append((sym, off, pos, int(st[:2], 16)))
            synsets[offset] = (lexfile, words, ptrs)
    return synsets


def read_index(path):
    """lemma -> [offsets, most frequent sense first]"""
    index = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, p_cnt = parts[0], int(parts[3])
            rest = parts[4 + p_cnt:]
            n = int(rest[0])
            index[lemma] = rest[2:2 + n]
    return index


def hyponym_closure(synsets, roots):
    seen = set()
    stack = list(roots)
    while stack:
        off = stack.pop()
        if off in seen:
            continue
        seen.add(off)
        for sym, target, pos, _ in synsets[off][2]:
            if pos == "n" and sym in ("~", "~i"):
                stack.append(target)
    return seen


def verb_linked(synset, word):
    """True when this word of the synset has a derivationally related verb."""
    _, words, ptrs = synset
    position = words.index(word) + 1 if word in words else -1
    return any(sym == "+" and pos == "v" and src in (0, position) for sym, _, pos, src in ptrs)


def sense_class(lemma, offset, synsets, eventive, social):
    """The class one sense gives the noun, or None."""
    synset = synsets[offset]
    lexfile = synset[0]
    if offset in eventive:
        return "event"
    if lexfile == 18:
        return "person"
    if lexfile == 14 and offset in social:
        return "group"
    if lexfile in ACT_EVENT and verb_linked(synset, lemma):
        return "event"
    if lexfile in NOMINAL and verb_linked(synset, lemma):
        return "event"
    return None


def classify(lemma, offsets, synsets, eventive, social, later):
    cls = sense_class(lemma, offsets[0], synsets, eventive, social)
    if cls is None and any(o in later for o in offsets[1:3]):
        cls = "event"   # "summit", "seizure": the political reading comes later
    return cls


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", required=True, help="folder with index.noun and data.noun")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    try:
        synsets = read_data(os.path.join(a.wordnet, "data.noun"))
        index = read_index(os.path.join(a.wordnet, "index.noun"))
    except OSError as e:
        sys.exit(f"gen_noun_classes.py: error: {e}")
    def synset_of(word, sense):
        offsets = index.get(word, [])
        if len(offsets) < sense:
            sys.exit(f"gen_noun_classes.py: error: WordNet has no {word}#{sense}")
        return offsets[sense - 1]

    eventive = hyponym_closure(synsets, [synset_of(w, n) for w, n in EVENT_ROOTS])
    later = hyponym_closure(synsets, [synset_of(w, n) for w, n in LATER_SENSE_ROOTS])
    social = hyponym_closure(synsets, [index[w][0] for w in SOCIAL_ROOTS])
    rows = []
    for lemma, offsets in index.items():
        if "_" in lemma or not offsets:
            continue
        cls = classify(lemma, offsets, synsets, eventive, social, later)
        if cls:
            rows.append((lemma, cls))
            joined = lemma.replace("-", "")
            if joined != lemma and joined not in index:
                rows.append((joined, cls))   # news writes "ceasefire" for WordNet's "cease-fire"
    rows = sorted(set(rows))
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("# noun_classes.tsv: generated by tools/gen_noun_classes.py from WordNet; do not edit\n")
        f.write("# noun<TAB>class (event | person | group), by the noun's first WordNet sense\n")
        for lemma, cls in rows:
            f.write(f"{lemma}\t{cls}\n")
    os.replace(tmp, a.out)


if __name__ == "__main__":
    main()
