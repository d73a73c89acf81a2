"""Code articles on a Dask cluster into PostgreSQL (or SQLite).

    python3 -m herald.dask code INPUT... --scheduler tcp://host:8786 --db postgresql://user@host/herald
    python3 -m herald.dask code news/ --scheduler local --db postgresql://...   # a LocalCluster here

The client reads the inputs with herald's reader (the order, doc_ids and
rejects of ``herald code``) and cuts them into partitions of
``--partition-size`` articles (and at most 512 KB of text). Two Dask tasks per partition:

* ``code``: a worker codes the partition with the bindings (one Pipeline per
  worker process, loaded once), leaving out articles the store already holds
  with the same content (the resume key of ``herald code --db``: doc_id and
  content hash); the coded documents travel pickled (document_codec).
* ``write``: writes the partition into the store, ``--batch`` articles per
  transaction, again skipping what is stored. It depends on the previous
  partition's write, so partitions are written in input order: events merge
  exactly as in one ``herald code --db`` run, and the store ends the same.

Coding runs in parallel on every worker thread; writing is one chain, like
the CLI's single writer. A worker killed mid-partition loses its running
task and the results it held; Dask runs them again elsewhere. Committed
transactions stay, the retried write skips them (same resume key) and
writes the rest: nothing lost, nothing twice. Rerunning the whole command
after the client died skips every stored article in the same way.

The input travels from the client to the workers through Dask, one wave of
at most ``--wave-mb`` of article text at a time (each with Dask's progress
bar on a terminal): memory stays bounded, and the client holds every result
of the wave, so a killed worker makes Dask redo only the tasks whose results
it held (quick ones, for partitions already stored), never earlier waves.
docs/cluster.md has the multi-machine setup.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
import uuid
from typing import Iterable, Optional

import herald
from herald import _herald

# --- on the workers ---------------------------------------------------------

_lock = threading.Lock()
_pipeline: Optional[_herald.Pipeline] = None
_stores: dict = {}


def _worker_pipeline(data_dirs: tuple) -> _herald.Pipeline:
    """The worker process's pipeline, loaded on first use (~0.3 s) and shared by its threads."""
    global _pipeline
    with _lock:
        if _pipeline is None:
            _pipeline = _herald.Pipeline(list(data_dirs), False)
        return _pipeline


def _worker_store(db: str) -> _herald.Store:
    """One store connection per worker process and database."""
    with _lock:
        store = _stores.get(db)
        if store is None:
            store = _stores[db] = _herald.Store(db)
        return store


def code_partition(articles: list, db: str, data_dirs: tuple = ()) -> _herald.CodedBatch:
    """Codes the articles the store does not hold yet (same doc_id and content)."""
    store = _worker_store(db)
    todo = [a for a in articles if not store.has_article(a)]
    return _worker_pipeline(data_dirs).code_batch(todo)


def write_partition(coded: _herald.CodedBatch, db: str, batch_size: int, previous=None) -> dict:
    """Writes a coded partition in order, skipping stored articles; `previous` orders the chain."""
    written, skipped = _worker_store(db).write(coded, batch_size)
    return {"written": written, "skipped": skipped, "events": coded.events, "roots": dict(coded.roots),
            "rejects": list(coded.rejects)}


# --- on the client ----------------------------------------------------------

# Article text per partition at most: a partition travels in the task graph,
# and Dask warns about task arguments over 1 MB.
PARTITION_BYTES = 512_000


def _partitions(articles: Iterable, size: int, max_bytes: int = PARTITION_BYTES) -> Iterable[list]:
    """Consecutive articles, `size` at most and about max_bytes of text at most."""
    part: list = []
    part_bytes = 0
    for a in articles:
        if part and part_bytes + a.text_bytes > max_bytes:
            yield part
            part, part_bytes = [], 0
        part.append(a)
        part_bytes += a.text_bytes
        if len(part) >= size:
            yield part
            part, part_bytes = [], 0
    if part:
        yield part


def run(inputs: list, db: str, client, *, partition_size: int = 200, batch_size: int = 256,
        wave_mb: float = 64, progress: bool = False, data_dirs: tuple = (), log=None) -> dict:
    """Codes inputs on the cluster behind `client` into the store `db`; returns the totals.

    The store is opened (and migrated) here first, so workers never race to
    create it.
    """
    _herald.Store(db)   # creates or migrates the schema once, before the workers
    from distributed import progress as dask_progress

    run_id = uuid.uuid4().hex[:8]
    read_errors: list = []
    totals = {"partitions": 0, "articles": 0, "written": 0, "skipped": 0, "events": 0, "roots": {},
              "rejects": [], "bytes": 0}   # bytes: article text read, as the CLI counts it
    wave_budget = max(1, int(wave_mb * 1e6))
    parts = _partitions(herald.read_articles(*inputs, errors=read_errors), max(1, partition_size))
    done = False
    while not done:
        # One wave: partitions submitted until wave_mb of text is in flight.
        writes, futures, wave_bytes = [], [], 0
        # The previous wave is written: this one's first write needs no
        # predecessor, so a lost result never sends Dask back into it.
        previous = None
        for part in parts:
            k = totals["partitions"]
            totals["partitions"] += 1
            totals["articles"] += len(part)
            part_bytes = sum(a.text_bytes for a in part)
            totals["bytes"] += part_bytes
            wave_bytes += part_bytes
            coded = client.submit(code_partition, part, db, data_dirs, key=f"herald-code-{run_id}-{k}")
            previous = client.submit(write_partition, coded, db, batch_size, previous,
                                     key=f"herald-write-{run_id}-{k}")
            futures += [coded, previous]
            writes.append(previous)
            if wave_bytes >= wave_budget:
                break
        else:
            done = True
        if not writes:
            break
        if progress:
            dask_progress(futures)
        for w in writes:
            r = w.result()
            for key in ("written", "events"):
                totals[key] += r[key]
            for root, n in r["roots"].items():
                totals["roots"][root] = totals["roots"].get(root, 0) + n
            totals["rejects"] += r["rejects"]
        if log and not done:
            log(f"herald.dask: {totals['articles']} articles so far")
        del futures, writes
    # Read but neither written nor rejected: the store held them already.
    totals["skipped"] = totals["articles"] - totals["written"] - len(totals["rejects"])
    totals["rejects"] = read_errors + totals["rejects"]
    return totals


def _print_summary(t: dict, seconds: float, db: str) -> None:
    err = sys.stderr
    for line in t["rejects"][:50]:
        print(f"herald: rejected: {line}", file=err)
    if len(t["rejects"]) > 50:
        print("herald: (further rejects not shown)", file=err)
    print(f"herald: {t['partitions']} partition(s), {t['articles']} article(s) read, {t['written']} written, "
          f"{t['skipped']} already stored, {len(t['rejects'])} rejected", file=err)
    mb = t["bytes"] / 1e6
    print(f"herald: {t['events']} event(s) coded in {seconds:.2f} s ({t['articles'] / seconds if seconds else 0:.1f} "
          f"articles/s, {mb / seconds if seconds else 0:.2f} MB/s)", file=err)
    if t["roots"]:
        print("herald: events by root: " + " ".join(f"{r}={n}" for r, n in sorted(t["roots"].items())), file=err)
    print(f"herald: database written to {db}", file=err)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m herald.dask",
                                 description="Code articles on a Dask cluster into a herald store.")
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("code", help="code INPUT... into --db")
    c.add_argument("inputs", nargs="+", help="article files, JSON lines (gzip or not), directories")
    c.add_argument("--scheduler", required=True,
                   help="the Dask scheduler's address (tcp://host:8786), or 'local' for a LocalCluster here")
    c.add_argument("--db", required=True, help="postgresql://... (SQLite paths work on one machine)")
    c.add_argument("--partition-size", type=int, default=200,
                   help="articles per partition (default 200; at most 512 KB of text)")
    c.add_argument("--batch", type=int, default=256, help="articles per database transaction (default 256)")
    c.add_argument("--workers", type=int, default=0,
                   help="with --scheduler local: worker processes (default: the machine's cores)")
    c.add_argument("--threads-per-worker", type=int, default=1, help="with --scheduler local (default 1)")
    c.add_argument("--wave-mb", type=float, default=64, help="MB of article text submitted at a time (default 64)")
    c.add_argument("--data", action="append", default=[], help="extra dictionary folder, searched first")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    a = ap.parse_args(argv)

    from distributed import Client, LocalCluster

    cluster = None
    if a.scheduler == "local":
        n = a.workers or _herald.machine_cores()
        cluster = LocalCluster(n_workers=n, threads_per_worker=a.threads_per_worker, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(a.scheduler)
    start = time.monotonic()
    try:
        totals = run(a.inputs, a.db, client, partition_size=a.partition_size, batch_size=a.batch,
                     wave_mb=a.wave_mb, progress=not a.quiet and sys.stdout.isatty(), data_dirs=tuple(a.data),
                     log=None if a.quiet else lambda s: print(s, file=sys.stderr))
    except herald.HeraldError as e:
        print(f"herald: {e}", file=sys.stderr)
        return 2
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if not a.quiet:
        _print_summary(totals, time.monotonic() - start, a.db)
    return 0 if totals["articles"] > 0 else 1


if __name__ == "__main__":
    # Run the imported module's main, not this __main__ copy: Dask pickles
    # the task functions by reference (herald.dask.code_partition), which
    # workers import, rather than by value with this module's globals.
    from herald.dask import main as _main
    sys.exit(_main())
