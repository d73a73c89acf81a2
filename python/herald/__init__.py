"""herald: news articles in, CAMEO political events out.

    >>> import herald
    >>> p = herald.Pipeline()                       # loads the dictionaries once (~0.05 s)
    >>> events = p.code("Israeli jets struck Gaza on Tuesday.", date="2024-10-22")
    >>> events[0]["code"], events[0]["source"]["code"], events[0]["target"]["code"]
    ('195', 'ISR', 'PSE')

Each event is a dict in the shape of ``event.schema.json``: exactly the
record ``herald code -o`` writes for the same article (the same C++ writer
renders it). ``Pipeline.code_many`` codes many articles on several threads
(the GIL is released while they work) and yields each article's events in
input order. ``read_events`` loads a store (SQLite file or ``postgresql://``
URL) as a pandas DataFrame with the GDELT 2.0 event columns, as
``herald export --format gdelt`` writes them. ``python3 -m herald.dask``
codes on a Dask cluster (docs/cluster.md).
"""

from __future__ import annotations

import datetime as _dt
import io as _io
import json as _json
from typing import Iterable, Iterator, Optional, Union

from . import _herald
from ._herald import Article, HeraldError

__all__ = ["Pipeline", "Article", "HeraldError", "read_articles", "read_events", "gdelt_columns"]

ArticleLike = Union[str, dict, Article]


def _date_text(date) -> Optional[str]:
    if date is None:
        return None
    if isinstance(date, (_dt.date, _dt.datetime)):
        return date.strftime("%Y-%m-%d")
    return str(date)


def _looks_plain(text: str) -> bool:
    """True for herald's plain article format: a first line 'date YYYY-MM-DD [URL]'."""
    first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
    return first.startswith("date ") and len(first) >= 15 and first[5:9].isdigit()


def _article(item: ArticleLike, *, date=None, id=None, title=None, url=None) -> Article:
    """An Article as `herald code` would read it (same doc_id rules and checks)."""
    if isinstance(item, Article):
        return item
    if isinstance(item, dict):
        record = {k: item[k] for k in ("id", "date", "url", "title", "text") if k in item}
        if "date" in record:
            record["date"] = _date_text(record["date"])
        return _herald.parse_record(_json.dumps(record), "<python>", 0)
    if not isinstance(item, str):
        raise TypeError(f"an article is a str, a dict or a herald.Article, not {type(item).__name__}")
    if date is None and title is None and url is None and _looks_plain(item):
        return _herald.parse_plain(item, "<python>", id or "")
    record = {"text": item}
    if id is not None:
        record["id"] = str(id)
    if date is not None:
        record["date"] = _date_text(date)
    if title is not None:
        record["title"] = title
    if url is not None:
        record["url"] = url
    return _herald.parse_record(_json.dumps(record), "<python>", 0)


class Pipeline:
    """herald's coder, loaded once; one Pipeline may code on several threads at once.

    data: extra dictionary folders searched before the defaults (like
    ``herald code --data``). keep_negated: keep events the text says did
    not happen (they carry "negated": true).
    """

    def __init__(self, data: Optional[Iterable[str]] = None, keep_negated: bool = False):
        self._p = _herald.Pipeline(list(data or []), keep_negated)

    def code(self, text: str, date=None, id=None, *, title=None, url=None) -> list[dict]:
        """The events of one article, as dicts (event.schema.json).

        text is the article's body; date (``"YYYY-MM-DD"`` or a
        ``datetime.date``) anchors "on Tuesday"; id becomes ``doc_id`` (by
        default a hash of the URL or text, as the CLI does). Text in herald's
        plain article format (a first line ``date YYYY-MM-DD URL``, a blank
        line, the title, a blank line, the body) is read as such when no
        date, title or URL is given. Raises HeraldError for an article that
        cannot be coded (no text left after cleaning, a bad date).
        """
        article = _article(text, date=date, id=id, title=title, url=url)
        return [_json.loads(line) for line in self._p.code_lines(article)]

    def code_many(self, articles: Iterable[ArticleLike], jobs: Optional[int] = None,
                  skip_errors: bool = False) -> Iterator[list[dict]]:
        """Codes many articles on `jobs` threads (default: the machine's cores).

        Yields one list of event dicts per article, in input order. Items
        are texts, dicts with the JSON-lines fields (id, date, url, title,
        text) or herald.Article objects (read_articles). The threads run
        without the GIL; at most a few hundred articles are in flight. An
        article that cannot be coded raises HeraldError where it would be
        yielded, or yields [] with skip_errors=True.
        """
        coder = _herald.Coder(self._p, _herald.machine_cores() if jobs is None else max(1, int(jobs)))

        def unpack(done):
            for c in done:
                if c.error is not None:
                    if not skip_errors:
                        raise HeraldError(c.error)
                    yield []
                else:
                    yield [_json.loads(line) for line in c.lines]

        for item in articles:
            try:
                article = _article(item)
            except HeraldError:
                if not skip_errors:
                    raise
                # Keep the order: a reject yields [] after the articles before it.
                yield from unpack(coder.finish())
                yield []
                continue
            yield from unpack(coder.submit(article))
        yield from unpack(coder.finish())


def read_articles(*inputs: str, max_article_bytes: int = 4 << 20, errors: Optional[list] = None) -> Iterator[Article]:
    """The articles of files, directories and gzip files, as `herald code` reads them.

    Same order, doc_ids and checks as the CLI; a bad line or file is left
    out (its message appended to `errors` when a list is given).
    """
    stream = _herald.ArticleStream(list(inputs), max_article_bytes)
    while True:
        chunk = stream.next(256)
        if not chunk:
            return
        for item in chunk:
            if isinstance(item, str):
                if errors is not None:
                    errors.append(item)
            else:
                yield item


def gdelt_columns() -> list[str]:
    """The 61 GDELT 2.0 event column names, in GDELT's order."""
    return list(_herald.gdelt_columns())


# Columns kept as text: codes look like numbers ("042") or like pandas'
# missing-value words ("NA" is a FIPS code).
_TEXT_COLUMNS = [c for c in _herald.gdelt_columns()
                 if c.endswith(("Code", "Name", "FullName", "FeatureID")) or c == "SOURCEURL"]

_FILTERS = {"date_from", "date_to", "actor", "source", "target", "country", "root", "code",
            "quad_class", "bbox", "text", "doc_id"}


def read_events(db_url: str, **filters):
    """A store's events as a pandas DataFrame with the 61 GDELT 2.0 columns.

    db_url is an SQLite path or a postgresql:// URL. Filters, as for
    ``herald export``: date_from, date_to ("YYYY-MM-DD"), actor, source,
    target (CAMEO code prefixes), country (ISO alpha-3 of the place), root
    ("19"), code ("190"), quad_class (1-4), bbox ((min_lat, min_lon,
    max_lat, max_lon)), text (full-text words), doc_id. One row per merged
    event; events without a date are left out, as in GDELT's files. Codes
    stay strings ("042").
    """
    import pandas as pd

    unknown = set(filters) - _FILTERS
    if unknown:
        raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(_FILTERS))}")
    filters = {k: _date_text(v) if k.startswith("date_") else v for k, v in filters.items()}
    tsv, _written, _skipped = _herald.gdelt_tsv(str(db_url), filters)
    cols = gdelt_columns()
    if not tsv:
        return pd.DataFrame({c: pd.Series(dtype=str if c in _TEXT_COLUMNS else "float64") for c in cols})
    return pd.read_csv(_io.StringIO(tsv), sep="\t", header=None, names=cols, quoting=3,
                       dtype={c: str for c in _TEXT_COLUMNS}, keep_default_na=False, na_values=[""])
