#!/usr/bin/env python3
"""Counts the English word literals left in the C++ of herald's stages.

usage: count_word_literals.py [--words] src/counts src/dates src/geo ...

For each folder, over its .h and .cpp files, outside comments and #include
lines: every string literal, the "word literals" among them (lower case,
starting with a letter or an apostrophe: "killed", "'s", "a.m."; not tags
such as "NNS", punctuation or messages with capitals), and the == / !=
comparisons with a word literal (w == "of"). Issue 9 moved vocabulary to
data/words/; what is left should be grammar the rules are about
(data/words/README.md). --words lists each file's word literals.
"""
import argparse
import collections
import pathlib
import re

LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')
WORD = re.compile(r'"[a-z\'][a-z0-9\'.\- ]*"')
COMPARISON = re.compile(r'[=!]=\s*"[a-z\'][a-z0-9\'.\- ]*"')


def code_lines(path):
    """The lines of a file without #include lines and // comments."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("#include"):
            continue
        # Blank the literals' insides so a "//" inside one is no comment.
        blanked = LITERAL.sub(lambda m: '"' + "x" * (len(m.group()) - 2) + '"', line)
        cut = blanked.find("//")
        yield line[:cut] if cut >= 0 else line


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--words", action="store_true", help="list each file's word literals")
    args = ap.parse_args()
    for folder in args.folders:
        literals = words = comparisons = 0
        for path in sorted(pathlib.Path(folder).glob("*")):
            if path.suffix not in (".h", ".cpp"):
                continue
            seen = collections.Counter()
            for line in code_lines(path):
                found = LITERAL.findall(line)
                literals += len(found)
                for lit in found:
                    if WORD.fullmatch(lit):
                        words += 1
                        seen[lit.strip('"')] += 1
                comparisons += len(COMPARISON.findall(line))
            if args.words and seen:
                print(f"  {path.name}: " + " ".join(sorted(seen)))
        print(f"{folder}: {literals} literals, {words} word literals, {comparisons} == / != word comparisons")


if __name__ == "__main__":
    main()
