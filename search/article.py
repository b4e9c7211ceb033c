"""The article record that flows from ingestion to the index.

Data flows one way: files -> ``Article`` -> extractors -> index document -> Whoosh.
Readers fill what the file states; extractors fill what the text reveals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

DATE_PRECISIONS = ("day", "month", "unknown")


@dataclass
class Quote:
    """One quotation: who said it, the words, and how it was reported."""

    speaker: str
    text: str
    kind: str  # "direct" or "indirect"
    verb: str = ""
    start: int = -1  # character offset in ``full_text(article)`` (search.extract.structure_types)
    speaker_kind: str = "person"  # "person" or "organisation"


@dataclass
class Article:
    """One news article, as read from a file and enriched by extraction.

    ``id`` is unique in an index. ``origin`` is the resolved path of the file the
    article came from and ``line`` its line number in a JSON lines file (None for
    a one-article file). ``content_hash`` identifies
    its raw content so that an unchanged article is never indexed twice.
    ``size`` is the number of raw bytes the article was read from.
    """

    id: str
    text: str
    title: str = ""
    lede: str = ""
    source: str | None = None
    date: dt.date | None = None
    date_precision: str = "unknown"
    byline: str = ""
    dateline: str = ""
    url: str = ""
    origin: str = ""
    line: int | None = None
    content_hash: str = ""
    size: int = 0
    speakers: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Skipped:
    """A record that could not be read, with a reason a user can act on (French)."""

    origin: str
    reason: str
    line: int | None = None
    size: int = 0

    def where(self) -> str:
        """The place of the problem as a user would look for it: ``path`` or ``path:line``."""
        return f"{self.origin}:{self.line}" if self.line is not None else self.origin
