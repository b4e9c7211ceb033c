"""Turn an ``Article`` into the document Whoosh indexes, and a stored document back."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from typing import Any

from search.article import Article, Quote
from search.schema import VALUE_SEPARATOR


def _join(values: list[str]) -> str:
    """Join facet values for a comma-separated KEYWORD field (commas inside a value are dropped)."""
    return VALUE_SEPARATOR.join(v.replace(VALUE_SEPARATOR, " ").strip() for v in values if v.strip())


def date_keys(date: dt.date | None, precision: str) -> dict[str, str]:
    """The ISO prefixes an article's date is filed under: year, month and day as far as known."""
    if date is None or precision == "unknown":
        return {}
    keys = {"year": f"{date:%Y}", "month": f"{date:%Y-%m}"}
    if precision == "day":
        keys["day"] = f"{date:%Y-%m-%d}"
    return keys


#: Sort key given to undated articles: after every dated one, in both orders.
UNDATED_RANK = 10**9


def to_index_document(article: Article) -> dict[str, Any]:
    """Build the field dictionary for ``IndexWriter.add_document`` from an article."""
    doc: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "lede": article.lede,
        "text": article.text,
        "exact": "\n".join(part for part in (article.title, article.lede, article.text) if part),
        "date_precision": article.date_precision if article.date else "unknown",
        "speakers": _join(article.speakers),
        "locations": _join(article.locations),
        "quotes": "\n".join(f"{q.speaker} : {q.text}" for q in article.quotes),
        "source_text": article.source or "",
        "speakers_text": "\n".join(article.speakers),
        "locations_text": "\n".join(article.locations),
        "quotes_json": json.dumps([asdict(q) for q in article.quotes], ensure_ascii=False),
        "byline": article.byline,
        "dateline": article.dateline,
        "url": article.url,
        "origin": article.origin,
        "line": article.line,
        "content_hash": article.content_hash,
    }
    ordinal = article.date.toordinal() if article.date else None
    doc["newest_first"] = -ordinal if ordinal else UNDATED_RANK
    doc["oldest_first"] = ordinal if ordinal else UNDATED_RANK
    if article.source:
        doc["source"] = article.source
    if article.date:
        doc["date"] = dt.datetime.combine(article.date, dt.time())
        doc.update(date_keys(article.date, article.date_precision))
    return doc


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(VALUE_SEPARATOR) if v]


def from_stored_fields(stored: dict[str, Any]) -> Article:
    """Rebuild an ``Article`` from a document's stored fields."""
    date = stored.get("date")
    return Article(
        id=stored["id"],
        title=stored.get("title", ""),
        lede=stored.get("lede", ""),
        text=stored.get("text", ""),
        source=stored.get("source"),
        date=date.date() if date else None,
        date_precision=stored.get("date_precision", "unknown"),
        byline=stored.get("byline", ""),
        dateline=stored.get("dateline", ""),
        url=stored.get("url", ""),
        origin=stored.get("origin", ""),
        line=stored.get("line"),
        content_hash=stored.get("content_hash", ""),
        speakers=_split(stored.get("speakers")),
        locations=_split(stored.get("locations")),
        quotes=[Quote(**q) for q in json.loads(stored.get("quotes_json") or "[]")],
    )
