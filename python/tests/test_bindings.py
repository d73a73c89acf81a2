"""The herald Python package: the same events as the CLI, in order, on any
number of threads; the store as a GDELT-style DataFrame.

Run by ctest (python.bindings) with PYTHONPATH=build/python, or by hand:
    PYTHONPATH=build/python /usr/bin/python3 -m pytest python/tests
"""

import io
import json
import os
import pickle
import subprocess
from pathlib import Path

import pytest

import herald

SOURCE = Path(os.environ.get("HERALD_SOURCE_DIR", Path(__file__).resolve().parents[2]))
BINARY = os.environ.get("HERALD_BINARY", str(SOURCE / "build" / "herald"))
SHARED = Path(os.environ.get("HERALD_SHARED_DIR", SOURCE.parent / "shared"))
SAMPLES = SOURCE / "samples" / "articles"
WIKINEWS = SHARED / "corpus" / "news" / "wikinews-2019-2021.jsonl.gz"


@pytest.fixture(scope="module")
def pipeline():
    return herald.Pipeline()


def cli(*args):
    r = subprocess.run([BINARY, *map(str, args)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


def cli_events(*inputs):
    return [json.loads(line) for line in cli("code", *inputs, "-o", "-", "-q", "--jobs", "1").splitlines() if line]


def test_code_many_gives_the_cli_records_in_order(pipeline):
    expected = cli_events(SAMPLES)
    assert len(expected) >= 5, "the samples must give events"
    articles = list(herald.read_articles(str(SAMPLES)))
    for jobs in (1, 3):
        got = [e for events in pipeline.code_many(articles, jobs=jobs) for e in events]
        assert got == expected, f"code_many(jobs={jobs}) differs from herald code -o"


def test_code_of_a_plain_article_file_equals_the_cli(pipeline):
    path = SAMPLES / "mideast_tour.txt"
    expected = [e for e in cli_events(SAMPLES) if e["doc_id"] == "mideast_tour"]
    assert expected
    assert pipeline.code(path.read_text(), id="mideast_tour") == expected


def test_code_takes_text_date_and_id(pipeline):
    text = ("Israeli warplanes struck targets in Gaza on Tuesday, the army said. "
            "Egypt condemned the strikes.")
    events = pipeline.code(text, date="2024-10-23", id="strikes-1")
    assert events, "no event coded"
    assert {e["doc_id"] for e in events} == {"strikes-1"}
    dated = [e for e in events if e["date_basis"] == "text"]
    assert dated and dated[0]["date"] == "2024-10-22", "'on Tuesday' resolves against the article's date"
    # The same article written as a JSON-lines record gives the same records.
    import datetime
    as_dict = {"id": "strikes-1", "date": datetime.date(2024, 10, 23), "text": text}
    assert next(pipeline.code_many([as_dict], jobs=1)) == events


def test_records_validate_against_the_event_schema(pipeline):
    schema_path = SHARED / "schema" / "event.schema.json"
    if not schema_path.exists():
        pytest.skip(f"{schema_path} is absent (../shared)")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_path.read_text())
    # herald's one documented exception: "date": null when no day is known.
    schema["properties"]["date"] = {"anyOf": [schema["properties"]["date"], {"type": "null"}]}
    validator = jsonschema.Draft202012Validator(schema)
    events = [e for evs in pipeline.code_many(herald.read_articles(str(SAMPLES))) for e in evs]
    assert events
    for e in events:
        errors = [err.message for err in validator.iter_errors(e)]
        assert not errors, (e["id"], errors)


def test_rejects_raise_or_are_skipped_in_place(pipeline):
    with pytest.raises(herald.HeraldError, match="empty_article"):
        pipeline.code("<p></p>")
    with pytest.raises(herald.HeraldError, match="bad_date"):
        pipeline.code("France criticised Germany.", date="2024-13-45")
    items = ["Egypt criticised Turkey over trade.", "<p></p>", {"text": "x", "date": "not a date"},
             "Japan criticised Brazil over trade."]
    got = list(pipeline.code_many(items, jobs=2, skip_errors=True))
    assert len(got) == 4
    assert got[1] == [] and got[2] == []
    assert got[0] == pipeline.code(items[0]) and got[3] == pipeline.code(items[3])
    with pytest.raises(herald.HeraldError):
        list(pipeline.code_many(items, jobs=2))
    with pytest.raises(TypeError):
        pipeline.code(42)


@pytest.mark.skipif(not WIKINEWS.exists(), reason="../shared/corpus/news is absent")
def test_code_many_on_real_news_equals_the_cli(pipeline, tmp_path):
    expected = cli_events(WIKINEWS)
    got = [e for evs in pipeline.code_many(herald.read_articles(str(WIKINEWS)), jobs=4) for e in evs]
    assert got == expected


def test_read_articles_keeps_the_cli_doc_ids_and_reports_rejects(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "a", "text": "One."}\n{bad\n{"text": "Two.", "url": "https://x.example/2"}\n')
    errors = []
    arts = list(herald.read_articles(str(f), errors=errors))
    assert [a.doc_id for a in arts][0] == "a"
    assert len(arts) == 2 and arts[1].line == 3 and arts[1].input == str(f)
    assert len(errors) == 1 and "malformed_json" in errors[0]
    assert pickle.loads(pickle.dumps(arts[1])).content_hash == arts[1].content_hash


def test_coded_batches_pickle_to_the_same_records(pipeline):
    p = herald._herald.Pipeline([], False)
    batch = p.code_batch(list(herald.read_articles(str(SAMPLES))))
    assert len(batch) >= 2 and batch.events > 0
    back = pickle.loads(pickle.dumps(batch))
    assert back.event_lines() == batch.event_lines()
    assert back.doc_ids == batch.doc_ids and back.roots == batch.roots


def test_read_events_is_the_gdelt_export_as_a_dataframe(tmp_path):
    pd = pytest.importorskip("pandas")
    db = tmp_path / "s.db"
    cli("code", SAMPLES, "--db", db)
    tsv = cli("export", "--db", db, "--format", "gdelt")
    cols = herald.gdelt_columns()
    assert len(cols) == 61 and cols[0] == "GLOBALEVENTID" and cols[-1] == "SOURCEURL"

    df = herald.read_events(str(db))
    assert list(df.columns) == cols
    assert len(df) == len(tsv.splitlines()) > 0
    # The README's recipe for GDELT files reads the same rows and values.
    ref = pd.read_csv(io.StringIO(tsv), sep="\t", header=None, names=cols,
                      dtype={c: str for c in cols if c.endswith(("Code", "Name", "FullName", "FeatureID"))
                             or c == "SOURCEURL"}, keep_default_na=False, na_values=[""])
    pd.testing.assert_frame_equal(df, ref)
    assert all(len(c) >= 3 for c in df["EventCode"]), "event codes stay strings: '042'"

    roots = df["EventRootCode"].value_counts()
    root = roots.index[0]
    only = herald.read_events(str(db), root=root)
    assert len(only) == roots.iloc[0] and set(only["EventRootCode"]) == {root}
    assert len(herald.read_events(str(db), date_from="2100-01-01")) == 0
    with pytest.raises(TypeError, match="unknown filter"):
        herald.read_events(str(db), colour="red")
    with pytest.raises(herald.HeraldError):
        herald.read_events(str(db), root="99")


def test_dask_partitions_keep_the_order_and_the_caps():
    import herald.dask as hdask
    arts = [herald.Article(f"a{i}", "x" * (100 + 400 * (i % 7))) for i in range(500)]
    parts = list(hdask._partitions(arts, 40, max_bytes=5000))
    assert [a.doc_id for p in parts for a in p] == [a.doc_id for a in arts]
    assert all(len(p) <= 40 for p in parts)
    assert all(sum(a.text_bytes for a in p) <= 5000 for p in parts)
    assert len(parts) > 500 * 1300 // 5000 - 2, "partitions are filled up to the caps"
    big = [herald.Article("big", "y" * 9000)]
    assert [len(p) for p in hdask._partitions(big, 40, max_bytes=5000)] == [1], "a large article is alone"


def test_python_m_herald_dask_writes_the_cli_store(tmp_path):
    """The command line (python3 -m herald.dask), on SQLite, one local worker."""
    pytest.importorskip("distributed", reason="Dask is not installed (apt package python3-distributed)")
    import sqlite3
    import sys
    ref, got = tmp_path / "cli.db", tmp_path / "dask.db"
    cli("code", SAMPLES, "--db", ref, "-q")
    r = subprocess.run([sys.executable, "-m", "herald.dask", "code", str(SAMPLES), "--scheduler", "local",
                        "--workers", "1", "--db", str(got), "--partition-size", "2"],
                       capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert r.returncode == 0, r.stderr
    assert "written" in r.stderr and "event(s) coded" in r.stderr, r.stderr

    # Leaves out the write times, and the SQLite keys (rowids: the order the rows arrived in).
    def rows(db, table):
        con = sqlite3.connect(db)
        skip = ("coded_at", "added_at", "article_rowid", "event_rowid")
        cols = [c[1] for c in con.execute(f"PRAGMA table_info({table})") if c[1] not in skip]
        out = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
        con.close()
        return out

    for table in ("articles", "events", "mentions", "actors", "places", "counts"):
        assert rows(got, table) == rows(ref, table), table
    assert rows(ref, "events"), "the samples must give events"
