"""Read a plain text article: one article per file.

The first non-empty line is the title; the rest of the file, without its
leading and trailing blank lines, is the text, verbatim (paragraph breaks stay
blank lines). The id is the file name without its extension. Source and date
are left for extraction to find.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

from search.article import Article, Skipped
from search.ingest import reasons
from search.ingest.encoding import BinaryContentError, decode_bytes
from search.ingest.hashing import content_hash


def id_from_path(path: Path) -> str:
    """The article id a one-article file stands for: its name without extension, NFC."""
    return unicodedata.normalize("NFC", path.stem)


def split_title(text: str) -> tuple[str, str]:
    """Split decoded text into ``(title, body)``.

    The title is the first non-blank line, stripped. The body is what follows,
    with blank lines removed at both ends only.
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.strip():
            title = line.strip()
            rest = lines[index + 1 :]
            break
    else:
        return "", ""
    while rest and not rest[0].strip():
        rest.pop(0)
    while rest and not rest[-1].strip():
        rest.pop()
    return title, "\n".join(rest)


def parse_text(path: Path, raw: bytes) -> Iterator[Article | Skipped]:
    """Turn the bytes of a text file into one ``Article`` (or a ``Skipped``)."""
    origin = str(path)
    size = len(raw)
    try:
        text = decode_bytes(raw)
    except BinaryContentError as error:
        yield Skipped(origin=origin, reason=error.reason, size=size)
        return
    if not text.strip():
        yield Skipped(origin=origin, reason=reasons.EMPTY_FILE, size=size)
        return
    title, body = split_title(text)
    if not body:
        yield Skipped(origin=origin, reason=reasons.TITLE_ONLY, size=size)
        return
    yield Article(
        id=id_from_path(path),
        text=body,
        title=title,
        origin=origin,
        line=None,
        content_hash=content_hash(raw),
        size=size,
    )
