"""The notation of the hand-coded label files (gold/*/labels_src.py).

    from labels_lib import A, E, C, R, O, write
    A(id, article_date, [E(src, tgt, code, date, geo, R or O, note), ...], [C(...), ...])
    write()    # the labels as JSON lines on stdout

E(src, tgt, code, date, geo, optional, note): one event, optional True (O)
or False (R). C(type, number, who, according_to, geo): one count.
No article text is stored in a label file: notes hold short fragments only.
"""
import json
import sys

R, O = False, True  # required / optional

ART = []


def E(src, tgt, code, date, geo, opt, note):
    return {"source": src, "target": tgt, "code": code, "date": date,
            "geo_country": geo, "optional": opt, "note": note}


def C(typ, n, who, acc=None, geo=None):
    return {"type": typ, "number": n, "who": who, "according_to": acc, "geo_country": geo}


def A(id_, date, events, counts=()):
    ART.append({"id": id_, "date": date, "events": list(events), "counts": list(counts)})


def write(out=sys.stdout):
    for a in ART:
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
