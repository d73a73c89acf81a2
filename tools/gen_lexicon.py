#!/usr/bin/env python3
"""Generate the tagger's lexicon and lemma tables (standard library only).

  gen_lexicon.py --words /usr/share/perl5/Lingua/EN/Tagger/words.yml \
                 --wordnet /usr/share/wordnet \
                 --out-lexicon build/data/lexicon.tsv --out-lemmas build/data/lemmas.tsv

lexicon.tsv (UTF-8, tab-separated, Penn Treebank tags):
  # comment lines
  @T <TAB> PREV <TAB> NEXT:prob,NEXT:prob,...   tag bigram P(next | prev), from tags.yml
                                                 (the sentence start uses PREV ".")
  word <TAB> TAG:count,TAG:count,...             one line per word form (case kept), counts x COUNT_SCALE
A tag is everything before the first ':' followed by a digit, so "," and ":"
appear unquoted (",:60476"). The tags.yml transitions are read from the folder of --words (or --tags).
Special word entries kept from Lingua: *NUM* (numbers), *ORD* (ordinals).

lemmas.tsv: form <TAB> lemma <TAB> pos   (pos: n, v, a, r), from WordNet's
*.exc exception lists ("struck strike" -> struck\tstrike\tv); the first lemma
of a line wins; identity lines ("series series") are kept: they stop suffix rules.
"""
import argparse
import os
import re
import sys

# Lingua::EN::Tagger's tag names -> Penn Treebank tags.
LINGUA_TO_PENN = {
    "det": "DT", "prps": "PRP$", "wps": "WP$", "ppc": ",", "pp": ".",
    "pps": ":", "ppl": "``", "ppr": "''", "ppd": "$", "lrb": "-LRB-",
    "rrb": "-RRB-",
}

# Counts are written multiplied by this, so that a candidate added with less
# than one sighting (add_base_verbs) stays an integer; the tagger reads only
# their ratios.
COUNT_SCALE = 10

# News-era corrections to the 1990s Wall Street Journal counts: word -> tags
# that replace the generated entry. Kept tiny and explained.
OVERRIDES = {
    "US": {"NNP": 100},        # the country, never the capitalised pronoun
    "UK": {"NNP": 100},
    "UN": {"NNP": 100},
    "EU": {"NNP": 100},
    "NATO": {"NNP": 100},
    "IDF": {"NNP": 100},
    "talks": {"NNS": 300, "VBZ": 7},   # "peace talks" dominates news use
    "cannot": {"MD": 100},
    "'ll": {"MD": 140},
    "Gaza": {"NNP": 100},
    "Hamas": {"NNP": 100},
    "Hezbollah": {"NNP": 100},
    "Taliban": {"NNP": 100},
    "Ukraine": {"NNP": 100},
    "Kyiv": {"NNP": 100},
}

ENTRY = re.compile(r'^("(?:[^"\\]|\\.)*"|[^:]+):\s*\{(.*)\}\s*$')


def penn(tag):
    return LINGUA_TO_PENN.get(tag, tag.upper())


def unquote(key):
    if len(key) >= 2 and key[0] == '"' and key[-1] == '"':
        key = key[1:-1]
        key = key.replace('\\"', '"').replace("\\\\", "\\")
    return key


def parse_yaml_map(path):
    """Parses Lingua's one-line-per-key flow YAML: key: { a: 1, b: 2 }."""
    out = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip()
            if not line or line.startswith("---") or line.startswith("#"):
                continue
            m = ENTRY.match(line)
            if not m:
                sys.exit(f"{path}:{lineno}: cannot parse: {line[:80]}")
            key = unquote(m.group(1).strip())
            values = {}
            for part in m.group(2).split(","):
                part = part.strip()
                if not part:
                    continue
                tag, _, val = part.rpartition(":")
                values[tag.strip()] = float(val)
            out[key] = values
    return out


def wordnet_verbs(wordnet_dir):
    """The verb lemmas of WordNet's index.verb."""
    verbs = set()
    with open(os.path.join(wordnet_dir, "index.verb"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith(" "):
                verbs.add(line.split(" ", 1)[0])
    return verbs


def add_participles(merged, verbs):
    """Rare -ed words the tagger's corpus saw only as nouns or adjectives
    ("abducted" NN:2, "tortured" JJ:1) that are the past of a WordNet verb get
    VBD and VBN too, so context can read "gunmen abducted 30 students" as a
    verb. Words seen often enough to be sure (more than 3 times) and short
    stems ("bed", "seed") keep their tags. Returns how many were given."""
    given = 0
    for word, counts in merged.items():
        if not re.fullmatch(r"[a-z]+ed", word) or any(t.startswith("VB") for t in counts):
            continue
        if sum(counts.values()) > 3:
            continue
        stems = [word[:-2], word[:-1]]
        if len(word) > 4 and word[-3] == word[-4]:
            stems.append(word[:-3])          # "gripped" -> "grip"
        if word.endswith("ied"):
            stems.append(word[:-3] + "y")     # "dignified" -> "dignify"
        if any(len(st) >= 4 and st in verbs for st in stems):
            counts["VBN"] = 1
            counts["VBD"] = 1
            given += 1
    return given


def add_base_verbs(merged, verbs):
    """Words the tagger's corpus never saw as verbs ("sack" NN:3, "annex",
    "blockade", "assault") that WordNet lists as verbs get VB with a tenth of
    one sighting (counts are written ten times over, COUNT_SCALE): too little
    to change what the bigram model reads on its own or its tag priors, but a
    candidate the tagger's context fixes can choose ("should sack the
    minister", "to blockade the port"). Short words (under 4 letters) keep
    their tags. Returns how many were given."""
    given = 0
    for word, counts in merged.items():
        if len(word) < 4 or not re.fullmatch(r"[a-z]+", word) or word not in verbs:
            continue
        if any(t.startswith("VB") for t in counts):
            continue
        counts["VB"] = 1 / COUNT_SCALE
        given += 1
    return given


def add_third_person(merged, verbs):
    """Plural nouns the tagger's corpus never saw as verbs ("sentences" NNS:9,
    "judges") whose singular WordNet lists as a verb get VBZ with a tenth of
    one sighting, as add_base_verbs does for the base form: a candidate for
    the context fixes ("A Dutch court sentences three men", "the court which
    judges him"). Returns how many were given."""
    given = 0
    for word, counts in merged.items():
        if len(word) < 5 or not re.fullmatch(r"[a-z]+s", word) or "NNS" not in counts:
            continue
        if any(t.startswith("VB") for t in counts):
            continue
        stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
        if not any(st in verbs for st in stems):
            continue
        counts["VBZ"] = 1 / COUNT_SCALE
        given += 1
    return given


def write_lexicon(words_path, tags_path, out_path, wordnet_dir=None):
    words = parse_yaml_map(words_path)
    trans = parse_yaml_map(tags_path)
    lines = ["# Generated by tools/gen_lexicon.py from Lingua::EN::Tagger; do not edit."]
    for prev in sorted(trans):
        row = ",".join(f"{penn(t)}:{p:.6g}" for t, p in sorted(trans[prev].items()))
        lines.append(f"@T\t{penn(prev)}\t{row}")
    merged = {}
    for word, tags in words.items():
        if "\t" in word or "\n" in word or not word:
            continue
        counts = {}
        for t, c in tags.items():
            counts[penn(t)] = counts.get(penn(t), 0) + int(c)
        merged[word] = counts
    if wordnet_dir:
        verbs = wordnet_verbs(wordnet_dir)
        add_participles(merged, verbs)
        add_base_verbs(merged, verbs)
        add_third_person(merged, verbs)
    for word, counts in OVERRIDES.items():
        merged[word] = dict(counts)
    for word in sorted(merged):
        row = ",".join(f"{t}:{round(c * COUNT_SCALE)}" for t, c in sorted(merged[word].items(), key=lambda x: -x[1]))
        lines.append(f"{word}\t{row}")
    write_atomic(out_path, lines)
    return len(merged)


def write_lemmas(wordnet_dir, out_path):
    lines = ["# Generated by tools/gen_lexicon.py from WordNet exception lists; do not edit."]
    seen = set()
    for fname, pos in (("verb.exc", "v"), ("noun.exc", "n"), ("adj.exc", "a"), ("adv.exc", "r")):
        path = os.path.join(wordnet_dir, fname)
        if not os.path.exists(path):
            sys.exit(f"missing WordNet exception list {path}")
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2 or (parts[0], pos) in seen:
                    continue
                form, lemma = parts[0].replace("_", " "), parts[1].replace("_", " ")
                seen.add((parts[0], pos))
                lines.append(f"{form}\t{lemma}\t{pos}")
    write_atomic(out_path, lines)
    return len(lines) - 1


def write_atomic(path, lines):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", required=True)
    ap.add_argument("--tags", help="tags.yml (default: beside --words)")
    ap.add_argument("--wordnet", required=True)
    ap.add_argument("--out-lexicon", required=True)
    ap.add_argument("--out-lemmas", required=True)
    args = ap.parse_args()
    tags = args.tags or os.path.join(os.path.dirname(args.words), "tags.yml")
    for p in (args.words, tags):
        if not os.path.exists(p):
            sys.exit(f"missing input {p} (install liblingua-en-tagger-perl)")
    n = write_lexicon(args.words, tags, args.out_lexicon, args.wordnet)
    m = write_lemmas(args.wordnet, args.out_lemmas)
    print(f"lexicon: {n} words -> {args.out_lexicon}; lemmas: {m} -> {args.out_lemmas}")


if __name__ == "__main__":
    main()
