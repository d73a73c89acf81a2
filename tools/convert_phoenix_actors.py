#!/usr/bin/env python3
"""Converts PETRARCH2's Phoenix actor dictionaries (MIT licence) into herald's
organisations format: a base layer of organisations, armed groups and IGOs
that herald's own entries win over (data/actors/README.md, "phoenix/").

usage: convert_phoenix_actors.py PHOENIX_DIR --countries build/data/countries.tsv
                                 [--herald data/actors] -o data/actors/phoenix/organisations.txt
                                 [--report FILE] [--check]

--check writes nothing: it exits 1 when the -o file differs from what the
conversion gives now (a test runs it), 77 when PHOENIX_DIR is absent.

Reads Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt and
the organisations of Phoenix.Countries.actors.txt (TABARI format: NAME_ [CODE
dates], "+" synonym lines, indented code lines). Keeps:

* names of bodies: a name with an organisation word (army, front, party,
  ministry, council, union, ...: ORG_WORDS) or an acronym in parentheses
  after one ("(ETA)"); names of people are dropped (lists of people go
  stale, and Phoenix's stop in 2014), and so are names with a personal title
  in them ("MOSCOW PARTY CHIEF BORIS N. YELTSIN");
* codes herald can use (GUIDE.md): a country and its first guide role (GOV
  MIL COP JUD LEG OPP REB SPY BUS MED CVL REF HLH EDU LAB CRM), Phoenix's own
  roles mapped: NGO, religious (REL MUS CHR CTH JEW BUD HIN), human rights,
  environment, agriculture -> CVL; unaligned armed forces (UAF), insurgents
  (INS) -> REB; party or elite alone -> the bare country; an IGO code -> the
  guide's six (IGOUNO, IGOWSTNAT, IGOEUREEC, IGOAFRAFU, IGOMEAARL, IGOOPC)
  where it names one of them, else Phoenix's IGO code cut to nine letters;
  regional and unknown codes (WEU, SAS, INT, MNC, NGO alone, ---) drop the
  role line, and an entry left with none is dropped;
* date ranges, as dated role lines (TABARI dates: YYMMDD, 00-30 = 20YY);
* no alias of an armed group or party made of three common English words
  or fewer ("National Front", "Islamic Army": several groups have them);
* no alias herald already has (data/actors/*.txt, people/*.txt, country
  names and demonyms), none shorter than three letters, no all-lower or
  one-word name but an acronym of four letters or more.

Names are written as news writes them: title case with small words in lower
case ("Islamic Army of Aden"), acronyms in capitals. Standard library only.
"""
import argparse
import collections
import io
import os
import re
import sys

FILES = ["Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt"]
ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "BUS", "MED", "CVL", "REF", "HLH", "EDU", "LAB", "CRM"}
ROLE_MAP = {"NGO": "CVL", "REL": "CVL", "MUS": "CVL", "CHR": "CVL", "CTH": "CVL", "JEW": "CVL", "BUD": "CVL",
            "HIN": "CVL", "HRI": "CVL", "ENV": "CVL", "AGR": "CVL", "UAF": "REB", "INS": "REB", "RAD": "CVL",
            "MNC": "BUS"}
BARE = {"PTY", "ELI", "IGO", "DEV", "SET", "PPL"}
GUIDE_IGOS = ["IGOUNO", "IGOWSTNAT", "IGOEUREEC", "IGOAFRAFU", "IGOMEAARL"]
ORG_WORDS = {
    "ARMY", "FRONT", "MOVEMENT", "PARTY", "BRIGADE", "BRIGADES", "ORGANIZATION", "ORGANISATION", "COUNCIL", "UNION",
    "ASSOCIATION", "COMMITTEE", "GROUP", "FORCES", "FORCE", "LEAGUE", "FUND", "BANK", "AGENCY", "COMMISSION", "COURT",
    "TRIBUNAL", "PROGRAM", "PROGRAMME", "NETWORK", "SOCIETY", "FOUNDATION", "INSTITUTE", "CENTER", "CENTRE",
    "CORPORATION", "ALLIANCE", "FEDERATION", "CONFERENCE", "MISSION", "OFFICE", "SECRETARIAT", "ASSEMBLY", "PANEL",
    "CELLS", "NUCLEI", "FACTION", "CONGRESS", "MUJAHIDEEN", "MUJAHIDIN", "BATTALION", "BATTALIONS", "REGIMENT",
    "COMMAND", "GUARD", "GUARDS", "MINISTRY", "PARLIAMENT", "WATCH", "INITIATIVE", "COMMUNITY", "COOPERATION",
    "ORGANIZATIONS", "COALITION", "MILITIA", "AUTHORITY", "BUREAU", "DEPARTMENT", "PACT", "COUNCILS", "UNIT",
    "UNITS", "COMPANY", "JAMAAT", "TANZEEM", "JAISH", "LASHKAR", "HARAKAT", "HIZB", "KATAIB", "SIPAH",
}
PERSON_WORDS = {"CHIEF", "SECRETARY", "LEADER", "PRESIDENT", "MINISTER", "CHAIRMAN", "SPOKESMAN", "HEAD",
                "DIRECTOR", "GENERAL", "AMBASSADOR", "ENVOY", "SHEIKH", "MULLAH", "KING", "PRINCE", "COMMANDER",
                "OFFICIAL", "OFFICIALS", "MEMBER", "MEMBERS", "SUPPORTERS", "REPRESENTATIVE", "DELEGATE",
                "MONITOR", "MONITORS", "PEACEKEEPER", "PEACEKEEPERS", "RESIDENT", "OBSERVER", "OBSERVERS"}
SMALL = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "de", "des", "du", "la", "le", "al",
         "el", "e", "i", "ul", "wa", "fi", "bin", "ibn", "y", "del", "da"}


def tabari_date(s):
    s = s.strip()
    if len(s) == 8:
        y, rest = int(s[:4]), s[4:]
    elif len(s) == 6:
        yy = int(s[:2])
        y, rest = (2000 + yy if yy <= 30 else 1900 + yy), s[2:]
    else:
        return None
    m, d = int(rest[:2]), int(rest[2:])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_code(text, countries):
    """'[PSEREBHMS 19870101-20040322]' -> (code, from, to) or None."""
    parts = text.strip().strip("[]").split()
    if not parts:
        return None
    raw = parts[0].upper()
    frm = to = None
    if len(parts) > 1:
        d = parts[1]
        if d.startswith(">"):
            frm = tabari_date(d[1:])
        elif d.startswith("<"):
            to = tabari_date(d[1:])
        elif "-" in d:
            a, b = d.split("-", 1)
            frm, to = tabari_date(a), tabari_date(b)
        if (frm is None and to is None) or (frm and to and to < frm):
            return None
    code = map_code(raw, countries)
    return (code, frm, to) if code else None


def map_code(raw, countries):
    if raw.startswith("IGO"):
        for g in GUIDE_IGOS:
            if raw.startswith(g):
                return g
        if raw.endswith("OPC"):
            return "IGOOPC"
        return raw[:9] if len(raw) >= 6 else None
    c = raw[:3]
    if c not in countries:
        return None
    rest = [raw[i:i + 3] for i in range(3, len(raw), 3)]
    for r in rest:
        if r in ROLES:
            return c + r
        if r in ROLE_MAP:
            return c + ROLE_MAP[r]
        if r in BARE:
            return c
    return c


def nice(word):
    w = word.lower()
    return "-".join(p[:1].upper() + p[1:] if p else p for p in w.split("-"))


def write_name(raw):
    """'ISLAMIC_ARMY_OF_ADEN_(IAA)_' -> ('Islamic Army of Aden', 'IAA')"""
    raw = raw.strip().rstrip("_").replace("_", " ")
    if raw.upper().startswith("THE "):
        raw = raw[4:]
    acro = None
    m = re.search(r"\(([A-Z0-9/.\-]{4,8})\)", raw)
    if m:
        acro = m.group(1)
    raw = re.sub(r"\(.*?\)", " ", raw)
    words = [w for w in raw.split() if w]
    if not words:
        return None, acro
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in SMALL:
            out.append(lw)
        elif "/" in w or (len(w) <= 2 and w.isalpha()) or (len(w) <= 4 and "." in w):
            out.append(w.upper())   # "UN", "US", "EC/UNFPA"
        elif lw.startswith("al-") and len(lw) > 3:
            out.append("al-" + nice(lw[3:]))
        else:
            out.append(nice(w))
    return " ".join(out), acro


def english_words(folder="/usr/share/wordnet"):
    """Lower-case words WordNet lists (index.noun/verb/adj/adv); empty without wordnet-base."""
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        path = os.path.join(folder, "index." + pos)
        if os.path.exists(path):
            with open(path, encoding="latin-1") as f:
                for line in f:
                    if not line.startswith(" "):
                        words.add(line.split(" ", 1)[0])
    return words


def generic(name, english):
    """'National Front', 'Islamic Army': three words or fewer, all common English words."""
    words = [w.lower().strip("'") for w in name.replace("-", " ").split()]
    return len(words) <= 3 and all(w in english or w in SMALL for w in words)


def body_name(raw):
    words = set(re.split(r"[ _\-()]+", raw.upper()))
    return bool(words & ORG_WORDS) and not (words & PERSON_WORDS)


def read_entries(path):
    """Yields (names, code lines, source line) per TABARI entry."""
    names, codes, line0 = [], [], 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            body = line.split("#", 1)[0].rstrip()
            if not body.strip():
                continue
            if body[0] in " \t":
                codes += re.findall(r"\[[^\]]*\]", body)
                continue
            if body.startswith("+"):
                names.append(body[1:].split("[")[0].strip())
                codes += re.findall(r"\[[^\]]*\]", body)
                continue
            if names:
                yield names, codes, line0
            names = [body.split("[")[0].strip()]
            codes = re.findall(r"\[[^\]]*\]", body)
            line0 = n
    if names:
        yield names, codes, line0


def herald_names(folder, countries_tsv):
    known = set()
    for root, _, files in os.walk(folder):
        if os.path.basename(root) == "phoenix":
            continue
        for fn in files:
            if not fn.endswith(".txt"):
                continue
            with open(os.path.join(root, fn), encoding="utf-8") as f:
                for line in f:
                    line = re.sub(r"(^|\s)#.*", "", line)
                    if not line.strip() or line[0] in " \t":
                        continue
                    for p in line.split("=>")[0].split("|"):
                        known.add(p.strip().lower())
    with open(countries_tsv, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("alpha3"):
                continue
            p = line.rstrip("\n").split("\t")
            for col in (p[2], p[3], p[4], p[5]):
                for v in col.split("|"):
                    known.add(v.strip().lower())
    return known


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("phoenix")
    ap.add_argument("--countries", required=True)
    ap.add_argument("--herald", default=os.path.join(os.path.dirname(__file__), "..", "data", "actors"))
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--report")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(a.phoenix):
        print(f"convert_phoenix_actors: no {a.phoenix}: skipped", file=sys.stderr)
        return 77 if a.check else 1

    countries = set()
    with open(a.countries, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and not line.startswith("alpha3"):
                countries.add(line.split("\t")[0])
    known = herald_names(a.herald, a.countries)
    english = english_words()
    stats = collections.Counter()
    seen_alias = set()
    out_entries = []
    for fn in FILES:
        path = os.path.join(a.phoenix, fn)
        for names, codes, line0 in read_entries(path):
            stats["entries read"] += 1
            roles = []
            for c in codes:
                r = parse_code(c, countries)
                if r and r not in roles:
                    roles.append(r)
            if not roles:
                stats["dropped: no usable code"] += 1
                continue
            aliases = []
            for raw in names:
                if not body_name(raw) and not re.search(r"\([A-Z0-9/.\-]{2,8}\)", raw):
                    continue
                name, acro = write_name(raw)
                for v in ([name] if body_name(raw) else []) + ([acro] if acro else []):
                    if not v or len(v) < 3 or v.lower() in known or v.lower() in seen_alias:
                        continue
                    if " " not in v and v.lower() in english:
                        continue   # "(NORTH)", "(COUNTRY)": a word, not an acronym
                    if " " not in v and v != v.upper():
                        continue   # one-word names: only acronyms
                    armed = any(r[0][3:] in ("REB", "OPP", "CRM") for r in roles)
                    if armed and v != v.upper() and generic(v, english):
                        stats["aliases dropped: common words only"] += 1
                        continue
                    aliases.append(v)
                    seen_alias.add(v.lower())
            if not aliases:
                stats["dropped: people, herald's names, or no body name"] += 1
                continue
            # Undated roles after dated ones: the first covering role wins.
            roles.sort(key=lambda r: r[1] is None and r[2] is None)
            if any(r[1] is None and r[2] is None for r in roles):
                roles = [r for r in roles if r[1] or r[2]] + [next(r for r in roles if not r[1] and not r[2])]
            out_entries.append((aliases, roles, f"{fn}:{line0}"))
            stats["kept"] += 1
            stats["kept from " + fn] += 1
            stats["kept with dates"] += any(r[1] or r[2] for r in roles)
    f = io.StringIO()
    if True:
        f.write("# GENERATED by tools/convert_phoenix_actors.py from PETRARCH2's Phoenix actor\n"
                "# dictionaries (https://github.com/openeventdata/petrarch2, data/dictionaries,\n"
                "# commit 676801cd9cb2924bbbad09f86d15c9323e7097bf; MIT licence, (c) 2014 Open Event\n"
                "# Data Alliance: see NOTICE). Do not edit: fix the tool or add an entry to\n"
                "# organisations.txt, which wins over this file. Regenerate with\n"
                "#   python3 tools/convert_phoenix_actors.py ../shared/peers/petrarch2/dictionaries \\\n"
                "#     --countries build/data/countries.tsv -o data/actors/phoenix/organisations.txt\n"
                f"# {stats['kept']} entries of {stats['entries read']} read.\n\n")
        for aliases, roles, where in out_entries:
            f.write(" | ".join(aliases) + f"   # {where}\n")
            for code, frm, to in roles:
                f.write(f"  {code} {frm or '-'} {to or '-'}\n")
    text = f.getvalue()
    if a.check:
        old = open(a.out, encoding="utf-8").read() if os.path.exists(a.out) else ""
        if old != text:
            print(f"convert_phoenix_actors: {a.out} is not what the conversion gives now: regenerate it "
                  "(command in its header)", file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as out:
        out.write(text)
    report = "\n".join(f"{k}: {v}" for k, v in sorted(stats.items()))
    if a.report:
        with open(a.report, "w", encoding="utf-8") as f:
            f.write(report + "\n")
    print(report, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
