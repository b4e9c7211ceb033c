"""A cache of extraction results keyed by content hash, so that an unchanged
article is never extracted twice, across incremental updates and full rebuilds.

It lives beside the index generations (``index/extraction-cache.sqlite``) and
is only a cache: deleting it costs time, never data.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path
from typing import Any

from search.article import Article, Quote

CACHE_FILE = "extraction-cache.sqlite"


def _payload(article: Article) -> str:
    return json.dumps(
        {
            "source": article.source,
            "date": article.date.isoformat() if article.date else None,
            "date_precision": article.date_precision,
            "byline": article.byline,
            "dateline": article.dateline,
            "speakers": article.speakers,
            "locations": article.locations,
            "quotes": [asdict(q) for q in article.quotes],
        },
        ensure_ascii=False,
    )


def _apply(article: Article, payload: dict[str, Any]) -> Article:
    article.source = payload["source"]
    article.date = dt.date.fromisoformat(payload["date"]) if payload["date"] else None
    article.date_precision = payload["date_precision"]
    article.byline = payload["byline"]
    article.dateline = payload["dateline"]
    article.speakers = payload["speakers"]
    article.locations = payload["locations"]
    article.quotes = [Quote(**q) for q in payload["quotes"]]
    return article


class ExtractionCache:
    """Extraction results by (content hash, extractor version)."""

    def __init__(self, path: Path | str, version: int) -> None:
        self.version = version
        self._db = sqlite3.connect(str(path))
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS extraction ("
            " content_hash TEXT PRIMARY KEY, version INTEGER NOT NULL, payload TEXT NOT NULL)"
        )
        self._pending: list[tuple[str, int, str]] = []

    def fill(self, article: Article) -> bool:
        """Fill ``article`` from the cache; False when it has to be extracted."""
        row = self._db.execute(
            "SELECT payload FROM extraction WHERE content_hash = ? AND version = ?",
            (article.content_hash, self.version),
        ).fetchone()
        if row is None:
            return False
        _apply(article, json.loads(row[0]))
        return True

    def store(self, article: Article) -> None:
        """Remember an extracted article (written on ``flush``)."""
        if article.content_hash:
            self._pending.append((article.content_hash, self.version, _payload(article)))
        if len(self._pending) >= 500:
            self.flush()

    def flush(self) -> None:
        """Write remembered results."""
        if self._pending:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)", self._pending)
            self._pending.clear()

    def close(self) -> None:
        """Flush and close."""
        self.flush()
        self._db.close()
