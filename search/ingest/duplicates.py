"""Refuse a second article with an id already read."""

from __future__ import annotations

import os

from search.article import Article, Skipped
from search.ingest import reasons


def display_path(origin: str, line: int | None = None) -> str:
    """A place for messages: relative to the working folder when inside it."""
    shown = origin
    try:
        relative = os.path.relpath(origin)
    except ValueError:  # another drive, on Windows
        relative = origin
    if not relative.startswith(".."):
        shown = relative
    return f"{shown}:{line}" if line is not None else shown


class DuplicateFilter:
    """Remembers where each id was first read; later articles with it become ``Skipped``."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[str, int | None]] = {}

    def check(self, article: Article) -> Article | Skipped:
        """The article itself if its id is new, else a ``Skipped`` naming the first place."""
        first = self._first.get(article.id)
        if first is None:
            self._first[article.id] = (article.origin, article.line)
            return article
        return Skipped(
            origin=article.origin,
            reason=reasons.duplicate_id(display_path(*first)),
            line=article.line,
            size=article.size,
        )
