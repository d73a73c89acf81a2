"""python3 -m herald.dask on a LocalCluster of two worker processes writes
the PostgreSQL store one `herald code --db` run writes: after a clean run,
after a run during which a worker was killed with SIGKILL, and after a
rerun (which adds nothing).

The input is the first 300 articles of the Kremlin corpus: daily statements
about the same people, so events merge across articles (and one article is
a syndicated copy), which makes the store depend on the order of writes.

Needs ../shared (the corpus), a PostgreSQL server
(HERALD_TEST_PG_URL; scripts/start-postgres.sh prints one), psql and Dask
(python3-distributed); skips with the reason when one is missing.
"""

import os
import shutil
import signal
import subprocess
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

import herald

SOURCE = Path(os.environ.get("HERALD_SOURCE_DIR", Path(__file__).resolve().parents[2]))
BINARY = os.environ.get("HERALD_BINARY", str(SOURCE / "build" / "herald"))
SHARED = Path(os.environ.get("HERALD_SHARED_DIR", SOURCE.parent / "shared"))
NEWS = SHARED / "corpus" / "news" / "kremlin-zelenskyy-2021-2022.jsonl.gz"
ARTICLES = 300
PG_URL = os.environ.get("HERALD_TEST_PG_URL", "")

TABLES = ["articles", "article_bands", "events", "mentions", "actors", "places", "counts"]
CLOCK_COLUMNS = ["coded_at", "added_at"]   # when rows were written: the only columns allowed to differ

if not NEWS.exists():
    pytest.skip(f"{NEWS} is absent (../shared)", allow_module_level=True)
if not PG_URL:
    pytest.skip("HERALD_TEST_PG_URL is not set (scripts/start-postgres.sh prints one; .ci/run sets it)",
                allow_module_level=True)
if not shutil.which("psql"):
    pytest.skip("psql is not installed (apt package postgresql-client)", allow_module_level=True)
distributed = pytest.importorskip("distributed", reason="Dask is not installed (apt package python3-distributed)")
import herald.dask as hdask  # noqa: E402


def psql(sql):
    r = subprocess.run(["psql", PG_URL, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


def fresh_schema():
    """A new empty schema and the herald URL that writes into it."""
    name = "herald_dask_" + uuid.uuid4().hex[:10]
    psql(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in PG_URL else "?"
    return name, PG_URL + sep + "options=" + quote(f"-csearch_path={name}", safe="")


def dump(schema):
    """Every row of every table, as sorted JSON text, without the write times."""
    out = {}
    for t in TABLES:
        drop = " ".join(f"- '{c}'" for c in CLOCK_COLUMNS + ["tsv"])
        rows = psql(f"SELECT (to_jsonb(x) {drop})::text FROM {schema}.{t} x").splitlines()
        out[t] = sorted(rows)
    return out


def stored_articles(schema):
    return int(psql(f"SELECT count(*) FROM {schema}.articles"))


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    """The first ARTICLES records of the corpus, as one JSON-lines file."""
    import gzip
    path = tmp_path_factory.mktemp("dask") / "news.jsonl"
    with gzip.open(NEWS, "rt", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if i == ARTICLES:
                break
            out.write(line)
    return str(path)


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster
    c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(c)
    yield client
    client.close()
    c.close()


@pytest.fixture(scope="module")
def schemas():
    made = []
    yield made
    for s in made:
        psql(f"DROP SCHEMA IF EXISTS {s} CASCADE")


@pytest.fixture(scope="module")
def reference(schemas, news):
    """The store one `herald code --db` run writes."""
    name, url = fresh_schema()
    schemas.append(name)
    r = subprocess.run([BINARY, "code", news, "--db", url, "--batch", "5", "-q"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    d = dump(name)
    assert len(d["articles"]) == ARTICLES and len(d["events"]) > 100, "the reference run stored too little"
    merged = psql(f"SELECT count(*) FROM {name}.events WHERE num_articles > 1")
    assert int(merged) > 0, "no event merges across articles: the test could not see the order of writes"
    return d


def run_dask(client, url, news, **kw):
    return hdask.run([news], url, client, partition_size=20, batch_size=5, **kw)


def test_dask_run_equals_one_cli_run(cluster, schemas, reference, news):
    name, url = fresh_schema()
    schemas.append(name)
    totals = run_dask(cluster, url, news)
    assert totals["partitions"] >= 10
    assert totals["written"] == len(reference["articles"])
    assert dump(name) == reference
    # A rerun finds everything stored: nothing is written, nothing changes.
    again = run_dask(cluster, url, news)
    assert again["written"] == 0 and again["skipped"] == totals["written"]
    assert dump(name) == reference


def test_a_worker_killed_mid_run_loses_nothing_and_duplicates_nothing(cluster, schemas, reference, news):
    name, url = fresh_schema()
    schemas.append(name)
    pids = cluster.run(os.getpid)           # worker address -> process id
    assert len(pids) == 2
    total = len(reference["articles"])
    killed = {}

    def kill_a_writer():
        # Once some articles are stored, kill the worker that is writing.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            n = stored_articles(name) if _schema_ready(name) else 0
            if n >= total:
                return
            # Part of a partition stored (partitions of 20, transactions of 5).
            if n >= 20 and n % 20:
                for addr, keys in cluster.processing().items():
                    if any(str(k).startswith("herald-write") for k in keys) and addr in pids:
                        os.kill(pids[addr], signal.SIGKILL)
                        killed.update(addr=addr, stored=n)
                        return
            time.sleep(0.02)

    watcher = threading.Thread(target=kill_a_writer)
    watcher.start()
    run_dask(cluster, url, news)
    watcher.join()
    assert killed, "the run ended before a worker could be killed; give it more articles"
    print(f"killed the worker at {killed['addr']} while it wrote a partition, {killed['stored']} of {total} "
          "articles stored")
    assert killed["stored"] < total, "the kill came after the last write"
    assert dump(name) == reference, "after a killed worker, the store differs from one clean run"


def _schema_ready(schema):
    return psql(f"SELECT to_regclass('{schema}.articles') IS NOT NULL") .strip() == "t"
