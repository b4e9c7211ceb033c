"""A search as a file: CSV and JSON exports of all hits, and an Atom feed for alerts.

Exports carry every hit up to ``EXPORT_LIMIT``; the feed carries the newest
``FEED_SIZE``. CSV cells that a spreadsheet would run as a formula are
neutralised.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from search.article import Article
from search.articles import article_to_dict

EXPORT_LIMIT = 10_000
FEED_SIZE = 50
CSV_COLUMNS = ("id", "title", "date", "date_precision", "source", "speakers", "locations", "byline", "url")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A CSV cell that spreadsheets show as text, never evaluate (no formula injection)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def to_csv(articles: Sequence[Article]) -> str:
    """One row per article; multi-valued fields joined with `` ; ``."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for article in articles:
        data = article_to_dict(article)
        row = []
        for column in CSV_COLUMNS:
            value = data[column]
            if isinstance(value, list):
                value = " ; ".join(value)
            row.append(safe_cell("" if value is None else str(value)))
        writer.writerow(row)
    return out.getvalue()


def to_json(query: str, total: int, articles: Sequence[Article]) -> str:
    """The query, the total and every exported article with its extracted fields."""
    return json.dumps(
        {
            "query": query,
            "total": total,
            "exported": len(articles),
            "articles": [article_to_dict(a) for a in articles],
        },
        ensure_ascii=False,
        indent=1,
    )
