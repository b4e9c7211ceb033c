"""Bounds on what one article may cost: huge records are cut, huge files never loaded whole.

A news article runs to a few thousand characters (the longest of the 20,288
articles of the OrangeSum archive has 19,838). A file far beyond that is a dump,
a book or a mistake; indexed whole, a 50 MB text took 39 s and 1.2 GB of memory
to index, and would take much longer to extract. So an article's text and lede
are cut to ``MAX_TEXT_CHARS`` characters (its title to ``MAX_TITLE_CHARS``) at a
word boundary: the article stays searchable by its beginning, and the build
report says it was cut (a ``Truncated`` notice follows the article).

A text file is read no further than the bytes those characters can take; its
content hash still covers the whole file, so that an incremental update sees a
change anywhere in it.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from search.article import Article
from search.ingest import reasons

MAX_TEXT_CHARS = 1_000_000
MAX_TITLE_CHARS = 1_000
#: Bytes read from a one-article text file: room for ``MAX_TEXT_CHARS``
#: characters in any supported encoding (UTF-8 takes at most 4 bytes each).
TEXT_READ_LIMIT = 4 * MAX_TEXT_CHARS
_CHUNK = 1 << 20
#: How far back from the bound a word boundary is looked for.
_BOUNDARY_WINDOW = 1000
_SPACE = re.compile(r"\s")


@dataclass
class Truncated:
    """Notice that the article just before it was indexed cut to the bounds."""

    origin: str
    size: int  # bytes of the record: the whole file, or the JSON line
    line: int | None = None

    @property
    def reason(self) -> str:
        """What was cut, in French."""
        return reasons.truncated(self.size, MAX_TEXT_CHARS)

    def where(self) -> str:
        """``path`` or ``path:line``, as in ``Skipped.where``."""
        return f"{self.origin}:{self.line}" if self.line is not None else self.origin


def cut_text(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else its beginning up to a word boundary."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    tail = head[-_BOUNDARY_WINDOW:]
    spaces = [m.start() for m in _SPACE.finditer(tail)]
    if spaces:
        head = head[: len(head) - len(tail) + spaces[-1]]
    return head.rstrip()


def bound_article(article: Article, cut: bool = False) -> Truncated | None:
    """Cut the article's title, lede and text to the bounds, in place.

    Returns a notice when anything was cut, or when ``cut`` says the reader
    already stopped reading the file early.
    """
    fields = (article.title, article.lede, article.text)
    article.title = cut_text(article.title, MAX_TITLE_CHARS)
    article.lede = cut_text(article.lede, MAX_TEXT_CHARS)
    article.text = cut_text(article.text, MAX_TEXT_CHARS)
    if not cut and fields == (article.title, article.lede, article.text):
        return None
    return Truncated(origin=article.origin, size=article.size, line=article.line)


@dataclass
class FileHead:
    """The beginning of a file (all of it when small), its size and the hash of all of it."""

    data: bytes
    size: int
    digest: str

    @property
    def cut(self) -> bool:
        """True when ``data`` is not the whole file."""
        return len(self.data) < self.size


def _separators(data: bytes) -> tuple[tuple[bytes, ...], int]:
    """Line end and space as encoded in ``data``, and the code unit width."""
    if data.startswith(codecs.BOM_UTF16_LE):
        return (b"\n\x00", b" \x00"), 2
    if data.startswith(codecs.BOM_UTF16_BE):
        return (b"\x00\n", b"\x00 "), 2
    return (b"\n", b" "), 1


def _cut_between_characters(data: bytes) -> bytes:
    """``data`` cut after its last line end (or space), so that no character is split."""
    separators, width = _separators(data)
    for separator in separators:
        end = data.rfind(separator)
        while end > 0 and end % width:
            end = data.rfind(separator, 0, end)
        if end > 0:
            return data[: end + len(separator)]
    return data


def read_head(path: Path, limit: int) -> FileHead:
    """Read a file once, in chunks: its first ``limit`` bytes at most, size and SHA-256.

    When the file is longer, the head ends at a line end or a space, never
    inside a character. Raises ``OSError`` when the file cannot be read.
    """
    digest = hashlib.sha256()
    head = bytearray()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if len(head) < limit:
                head += chunk[: limit - len(head)]
    data = bytes(head)
    if size > len(data):
        data = _cut_between_characters(data)
    return FileHead(data=data, size=size, digest=digest.hexdigest())
