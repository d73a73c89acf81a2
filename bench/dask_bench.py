#!/usr/bin/env python3
"""python3 -m herald.dask on a LocalCluster: where the time goes.

    PYTHONPATH=build/python /usr/bin/python3 bench/dask_bench.py --db postgresql://... [--workers 2] [INPUT...]

Runs herald.dask.run over INPUT (default ../shared/corpus/news/
wikinews-2019-2021.jsonl.gz) into --db (it must be empty: a fresh
PostgreSQL database or schema, or a new SQLite path) and `herald code --db`
over the same input into --db-cli, then reports from Dask's task stream:

  code tasks   articles per second of task time: one worker thread's coding
               rate (reading excluded, the resume check and pickling included);
  write tasks  articles per second of the write chain: the store's rate, the
               ceiling of any cluster (partitions are written one at a time);
  overall      articles per second of wall time, against the CLI's.

docs/cluster.md turns these into the throughput N machines can expect.
"""
import argparse
import os
import subprocess
import time
from pathlib import Path

import herald
import herald.dask as hdask

ROOT = Path(__file__).resolve().parents[1]
HERALD = os.environ.get("HERALD_BINARY", str(ROOT / "build" / "herald"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--db", required=True, help="an empty store for the Dask run")
    ap.add_argument("--db-cli", help="an empty store for the CLI run (default: skip it)")
    ap.add_argument("--workers", type=int, default=herald._herald.machine_cores())
    ap.add_argument("--partition-size", type=int, default=200)
    a = ap.parse_args()
    inputs = a.inputs or [str(ROOT.parent / "shared" / "corpus" / "news" / "wikinews-2019-2021.jsonl.gz")]

    from distributed import Client, LocalCluster, get_task_stream
    cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    # Load the pipeline on every worker first: start-up is not throughput.
    client.run(lambda: hdask._worker_pipeline(()) and None)
    t = time.monotonic()
    with get_task_stream(client) as ts:
        totals = hdask.run(inputs, a.db, client, partition_size=a.partition_size)
    wall = time.monotonic() - t
    client.close()
    cluster.close()

    spent = {"code": 0.0, "write": 0.0}
    for task in ts.data:
        kind = "code" if task["key"].startswith("herald-code") else "write"
        for s in task["startstops"]:
            if s["action"] == "compute":
                spent[kind] += s["stop"] - s["start"]
    n, mb = totals["articles"], totals["bytes"] / 1e6
    print(f"# {n} articles, {mb:.2f} MB, {totals['events']} events, {totals['partitions']} partitions; "
          f"{a.workers} worker processes x 1 thread; load average {os.getloadavg()[0]:.2f}")
    print(f"code tasks   {spent['code']:7.2f} s of task time  {n / spent['code']:8.0f} articles/s per worker thread "
          f"({mb / spent['code']:.2f} MB/s)")
    print(f"write tasks  {spent['write']:7.2f} s of task time  {n / spent['write']:8.0f} articles/s (the write chain)")
    print(f"overall      {wall:7.2f} s wall           {n / wall:8.0f} articles/s ({mb / wall:.2f} MB/s)")
    if a.db_cli:
        t = time.monotonic()
        subprocess.run([HERALD, "code", *inputs, "--db", a.db_cli, "-q", "--jobs", "1"], check=True)
        w = time.monotonic() - t
        print(f"herald code --db --jobs 1: {w:7.2f} s wall, {n / w:8.0f} articles/s ({mb / w:.2f} MB/s)")


if __name__ == "__main__":
    main()
