#!/usr/bin/env python3
"""What the Python bindings cost on top of the C++ engine.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py [INPUT...]

Codes INPUT (default ../shared/corpus/news/wikinews-2019-2021.jsonl.gz) with
`herald code -o FILE --jobs 1` and from Python with Pipeline.code() per
article, code_many(jobs=1) and code_many(jobs=2); reports wall time, CPU
time (user + sys of the process, dictionaries' loading excluded for
Python, included for the CLI minus its measured start-up) and events. The
results are checked: every variant must give the CLI's events.
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import herald

ROOT = Path(__file__).resolve().parents[1]
HERALD = os.environ.get("HERALD_BINARY", str(ROOT / "build" / "herald"))


def cpu_self():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cli_run(inputs, out):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.monotonic()
    subprocess.run([HERALD, "code", *inputs, "-o", out, "--jobs", "1", "-q"], check=True)
    wall = time.monotonic() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main():
    inputs = sys.argv[1:] or [str(ROOT.parent / "shared" / "corpus" / "news" / "wikinews-2019-2021.jsonl.gz")]
    articles = list(herald.read_articles(*inputs))
    mb = sum(a.text_bytes for a in articles) / 1e6
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "events.jsonl")
        one = os.path.join(d, "one.jsonl")
        Path(one).write_text('{"id": "x", "text": "Talks went on."}\n')
        start_wall, start_cpu = cli_run([one], out)              # loading, one tiny article
        wall, cpu = cli_run(inputs, out)
        expected = [json.loads(line) for line in Path(out).read_text().splitlines()]
    rows = [("herald code --jobs 1 (CLI)", wall - start_wall, cpu - start_cpu, len(expected))]

    p = herald.Pipeline()

    def timed(name, fn):
        c, t = cpu_self(), time.monotonic()
        events = fn()
        rows.append((name, time.monotonic() - t, cpu_self() - c, len(events)))
        assert events == expected, f"{name}: not the CLI's events"

    timed("Pipeline.code() per article", lambda: [e for a in articles for e in p.code(a.text, a.date, a.doc_id,
                                                                                        title=a.title, url=a.url)])
    timed("Pipeline.code_many(jobs=1)", lambda: [e for evs in p.code_many(articles, jobs=1) for e in evs])
    timed("Pipeline.code_many(jobs=2)", lambda: [e for evs in p.code_many(articles, jobs=2) for e in evs])

    print(f"# {len(articles)} articles, {mb:.2f} MB of text, {len(expected)} events; "
          f"load average {os.getloadavg()[0]:.2f}; CLI start-up {start_wall:.2f} s wall, {start_cpu:.2f} s CPU (excluded)")
    print(f"{'variant':<32} {'wall_s':>8} {'cpu_s':>8} {'MB/s':>7} {'MB/cpu_s':>9} {'cpu vs CLI':>10}")
    base = rows[0][2]
    for name, w, c, n in rows:
        print(f"{name:<32} {w:8.2f} {c:8.2f} {mb / w:7.2f} {mb / c:9.2f} {c / base:9.2f}x")


if __name__ == "__main__":
    main()
