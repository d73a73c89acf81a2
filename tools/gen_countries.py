#!/usr/bin/env python3
"""Generate build/data/countries.tsv (the format of src/core/country_table.h).

Inputs (standard library only; every input must exist, else exit 1):
  --iso    Debian iso-codes  /usr/share/iso-codes/json/iso_3166-1.json
  --world  npm world-countries 5.1.0  node_modules/world-countries/countries.json
  --extra  data/actors/country_extras.txt (hand-written aliases, demonyms,
           capitals and FIPS codes; format documented in data/actors/README.md)
  --out    the TSV to write

Names come from world-countries (common and official names, alternative
spellings) and iso-codes (name, common name); demonyms from world-countries
with regular English plurals added; capitals from world-countries. Filters keep
the table safe for dictionary matching: two- and three-letter codes ("GB",
"IR") are dropped unless country_extras.txt adds them, as are names with a
comma ("Iran, Islamic Republic of"), non-Latin scripts, names that do not start
with a capital letter, and the capitals of non-sovereign territories. A name
claimed by two countries goes to the one country_extras.txt gives it to, else
to the independent one, else to neither (listed on stderr).
"""

import argparse
import json
import os
import sys

# world-countries spells Kosovo's code UNK; herald (like GDELT and the gold) uses XKX.
RENAME = {"UNK": "XKX"}
FIELDS = ("name", "demonym", "capital", "fips", "primary",
          "-name", "-demonym", "-capital")


def fail(message):
    print(f"gen_countries.py: error: {message}", file=sys.stderr)
    sys.exit(1)


def load_json(path, what):
    if not os.path.isfile(path):
        fail(f"{what} not found: {path}")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        fail(f"cannot read {what} {path}: {e}")


def load_extras(path):
    """Returns {alpha3: {field: [values]}} from country_extras.txt."""
    if not os.path.isfile(path):
        fail(f"country extras not found: {path}")
    extras = {}
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 2)
            if len(parts) != 3:
                fail(f"{path}:{lineno}: expected 'CODE FIELD value | value ...'")
            code, field, rest = parts
            if len(code) != 3 or not code.isupper():
                fail(f"{path}:{lineno}: '{code}' is not an ISO alpha-3 code")
            if field not in FIELDS:
                fail(f"{path}:{lineno}: unknown field '{field}' (one of {', '.join(FIELDS)})")
            values = [v.strip() for v in rest.split("|") if v.strip()]
            if not values:
                fail(f"{path}:{lineno}: no values")
            extras.setdefault(code, {}).setdefault(field, []).extend(values)
    return extras


def is_latin(s):
    for ch in s:
        if ch.isalpha() and ord(ch) > 0x24F and ch not in "ʻʼ":
            return False
    return True


def usable_name(s):
    if not s or "," in s or not is_latin(s):
        return False
    if not s[0].isupper():
        return False
    letters = s.replace(".", "")
    if letters.isupper() and len(letters) <= 3:   # codes: GB, IR, USA
        return False
    return True


def plural(demonym):
    """Regular English plural of a nationality noun ("Israeli" -> "Israelis")."""
    last = demonym.split()[-1]
    if last.endswith(("ese", "sh", "ch", "ss", "x", "s", "z")):
        return None        # Chinese, British, French, Swiss: no plural form
    return demonym + "s"


def dedupe(values):
    seen, out = set(), []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iso", required=True)
    ap.add_argument("--world", required=True)
    ap.add_argument("--extra", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    iso = load_json(args.iso, "iso-codes iso_3166-1.json").get("3166-1")
    if not iso:
        fail(f"{args.iso} has no '3166-1' list")
    world = load_json(args.world, "world-countries countries.json")
    extras = load_extras(args.extra)

    rows = {}
    for c in iso:
        rows[c["alpha_3"]] = {
            "alpha2": c["alpha_2"], "name": c.get("common_name", c["name"]),
            "names": [c.get("common_name", ""), c["name"], c.get("official_name", "")],
            "demonyms": [], "capitals": [], "lat": "", "lon": "",
            "independent": True,
        }
    for c in world:
        a3 = RENAME.get(c["cca3"], c["cca3"])
        row = rows.setdefault(a3, {"alpha2": c["cca2"], "name": c["name"]["common"], "names": [],
                                   "demonyms": [], "capitals": [], "lat": "", "lon": "",
                                   "independent": True})
        row["name"] = c["name"]["common"]
        row["names"] = [c["name"]["common"], c["name"]["official"]] + c.get("altSpellings", []) + row["names"]
        eng = (c.get("demonyms") or {}).get("eng") or {}
        row["demonyms"] = [d for d in (eng.get("m"), eng.get("f")) if d]
        row["independent"] = bool(c.get("independent")) or a3 == "XKX"
        if row["independent"]:
            row["capitals"] = list(c.get("capital") or [])
        if c.get("latlng") and len(c["latlng"]) == 2:
            row["lat"], row["lon"] = str(c["latlng"][0]), str(c["latlng"][1])

    for code in extras:
        if code not in rows:
            fail(f"{args.extra}: unknown country code {code}")

    # Filter generated values, then add plurals.
    for row in rows.values():
        row["names"] = dedupe(n.strip() for n in row["names"] if usable_name(n.strip()))
        row["demonyms"] = dedupe(d for d in row["demonyms"] if usable_name(d))
        row["demonyms"] = dedupe(row["demonyms"] + [p for p in map(plural, row["demonyms"]) if p])
        row["capitals"] = dedupe(c for c in row["capitals"] if usable_name(c) and c not in row["names"])
        row["fips"] = ""

    # Hand-written extras win; a name they give to one country leaves every other.
    claimed = {"names": {}, "demonyms": {}, "capitals": {}}
    for code, ex in extras.items():
        row = rows[code]
        for field, key in (("name", "names"), ("demonym", "demonyms"), ("capital", "capitals")):
            for v in ex.get(field, []):
                claimed[key][v] = code
            row[key] = dedupe(row[key] + ex.get(field, []))
            removed = set(ex.get("-" + field, []))
            row[key] = [v for v in row[key] if v not in removed]
        if "primary" in ex:
            row["name"] = ex["primary"][0]
        if "fips" in ex:
            row["fips"] = ex["fips"][0]
    for key, owners in claimed.items():
        for value, owner in owners.items():
            for code, row in rows.items():
                if code != owner and value in row[key]:
                    row[key].remove(value)

    # Remaining collisions: the independent country keeps the value.
    for key in ("names", "demonyms", "capitals"):
        holders = {}
        for code, row in rows.items():
            for v in row[key]:
                holders.setdefault(v, []).append(code)
        for value, codes in sorted(holders.items()):
            if len(codes) < 2:
                continue
            sovereign = [c for c in codes if rows[c]["independent"]]
            keep = sovereign[0] if len(sovereign) == 1 else None
            for c in codes:
                if c != keep:
                    rows[c][key].remove(value)
            print(f"gen_countries.py: note: {key[:-1]} '{value}' shared by {', '.join(codes)}: "
                  f"{'kept for ' + keep if keep else 'dropped'}", file=sys.stderr)

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by tools/gen_countries.py from Debian iso-codes, npm world-countries 5.1.0\n")
        out.write("# and data/actors/country_extras.txt. Do not edit: edit the extras and rebuild.\n")
        out.write("alpha3\talpha2\tname\tnames\tdemonyms\tcapitals\tlat\tlon\tfips\n")
        for code in sorted(rows):
            row = rows[code]
            names = dedupe([row["name"]] + row["names"])
            for field in [row["name"]] + names + row["demonyms"] + row["capitals"]:
                if "\t" in field or "|" in field:
                    fail(f"{code}: value '{field}' holds a tab or '|'")
            out.write("\t".join([code, row["alpha2"], row["name"], "|".join(names),
                                 "|".join(row["demonyms"]), "|".join(row["capitals"]),
                                 row["lat"], row["lon"], row["fips"]]) + "\n")
    os.replace(tmp, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
