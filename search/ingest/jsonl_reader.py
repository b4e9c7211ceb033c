"""Read JSON lines: one article per line, as a JSON object.

Known fields: ``id``, ``title``, ``date``, ``source``, ``lede``, ``text``, ``url``;
others are ignored, missing ones left empty. Blank lines are ignored. A line
that cannot be used becomes a ``Skipped`` with its line number, and reading goes
on with the next line. The file is streamed, never loaded whole, and no line
longer than ``MAX_LINE_BYTES`` is held in memory.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from search.article import Article, Skipped
from search.ingest import reasons
from search.ingest.dates import parse_date
from search.ingest.encoding import UTF8_BOM, binary_reason, decode_line, normalize_text
from search.ingest.hashing import content_hash
from search.ingest.json_errors import explain

STRING_FIELDS = ("title", "date", "source", "lede", "text", "url")
_HEAD_BYTES = 65536
#: Longest JSON line read: one article, however long, cut to its bounds once
#: parsed (``search.ingest.limits``); longer lines are skipped without loading them.
MAX_LINE_BYTES = 64_000_000
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class RecordError(ValueError):
    """A JSON object that cannot become an article; ``reason`` is in French."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _string_field(record: dict[str, Any], name: str) -> str:
    """A string field, normalised; missing or null gives ``""``."""
    value = record.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RecordError(reasons.wrong_field_type(name, "texte", value))
    return normalize_text(value)


def _record_id(record: dict[str, Any], fallback: str) -> str:
    """The id as text: a string or an integer; missing or empty gives ``fallback``."""
    value = record.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int, type(None))):
        raise RecordError(reasons.wrong_field_type("id", "texte ou nombre entier", value))
    if value is None:
        return fallback
    text = unicodedata.normalize("NFC", str(value).strip())
    return text or fallback


def record_to_article(record: dict[str, Any], fallback_id: str) -> Article:
    """Build an ``Article`` from one decoded JSON object (without origin, hash, size).

    Raises ``RecordError`` when a field has the wrong type, or when there is no
    text and no lede either. An unreadable date is not an error: the article is
    kept with no date.
    """
    fields = {name: _string_field(record, name) for name in STRING_FIELDS}
    article_id = _record_id(record, fallback_id)
    if not fields["text"].strip() and not fields["lede"].strip():
        raise RecordError(reasons.TEXT_MISSING)
    date, precision = parse_date(fields["date"])
    return Article(
        id=article_id,
        text=fields["text"],
        title=fields["title"].strip(),
        lede=fields["lede"],
        source=fields["source"].strip() or None,
        date=date,
        date_precision=precision,
        url=fields["url"].strip(),
    )


def parse_line(raw: bytes, origin: str, number: int, fallback_id: str) -> Article | Skipped | None:
    """Read one line (without its line end); None for a blank line.

    ``content_hash`` and ``size`` are those of ``raw``: the caller adds the line
    end to ``size``, so that the sizes of a file's records add up to the file's.
    """
    size = len(raw)
    if not raw.strip():
        return None
    if b"\x00" in raw:
        return Skipped(origin=origin, reason=reasons.BINARY_LINE, line=number, size=size)
    try:
        record = json.loads(decode_line(raw))
    except json.JSONDecodeError as error:
        return Skipped(origin=origin, reason=explain(error), line=number, size=size)
    except RecursionError:
        reason = reasons.invalid_json("imbrication trop profonde", 1)
        return Skipped(origin=origin, reason=reason, line=number, size=size)
    if not isinstance(record, dict):
        return Skipped(origin=origin, reason=reasons.not_an_object(record), line=number, size=size)
    try:
        article = record_to_article(record, fallback_id)
    except RecordError as error:
        return Skipped(origin=origin, reason=error.reason, line=number, size=size)
    article.origin = origin
    article.line = number
    article.content_hash = content_hash(raw)
    article.size = size
    return article


def _capped(lines: Iterator[bytes], limit: int) -> Iterator[bytes | int]:
    """Lines of at most ``limit`` bytes (line end aside); a longer one comes as its size alone."""
    for line in lines:
        if len(line.rstrip(b"\r\n")) > limit:
            yield len(line)
        else:
            yield line


def _read_capped(handle: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """The lines of a binary file, never holding more than ``limit`` bytes of one in memory.

    A longer line is read through in chunks and comes as its size alone.
    """
    while line := handle.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = handle.readline(limit)
            size += len(line)
        yield size


def _lines(path: Path, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """The raw lines of a file, without line end or byte order mark.

    Each line comes with the number of bytes taken around it (its line end, and
    the byte order mark for the first line), so that sizes add up to the file's.
    A line longer than ``limit`` bytes comes as None, with its whole size.
    """
    with open(path, "rb") as handle:
        head = handle.read(len(UTF8_BOM))
        bom = 0
        if head.startswith(_UTF16_BOMS):
            # Rare enough to afford reading it whole: re-encode as UTF-8.
            data = (head + handle.read()).decode("utf-16", errors="replace").encode("utf-8")
            lines = _capped(iter(data.splitlines(keepends=True)), limit)
        else:
            if head == UTF8_BOM:
                bom = len(UTF8_BOM)
            else:
                handle.seek(0)
            lines = _read_capped(handle, limit)
        for line in lines:
            if isinstance(line, int):
                yield None, line + bom
                bom = 0
                continue
            full = len(line) + bom
            bom = 0
            if line.endswith(b"\n"):
                line = line[:-1]
            if line.endswith(b"\r"):
                line = line[:-1]
            yield line, full - len(line)


def read_jsonl(path: Path, max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[Article | Skipped]:
    """Read every line of a JSON lines file into an ``Article`` or a ``Skipped``.

    ``content_hash`` covers the line without its line end (so converting a file
    to CRLF changes no hash); ``size`` counts the line end too. A binary file,
    an empty file, or a file that cannot be read gives a single ``Skipped`` for
    the whole file. A line longer than ``max_line_bytes`` is skipped unread.
    """
    origin = str(path)
    stem = unicodedata.normalize("NFC", path.stem)
    records = 0
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
        reason = binary_reason(head)
        if reason is not None:
            yield Skipped(origin=origin, reason=reason, size=_file_size(path))
            return
        for number, (raw, around) in enumerate(_lines(path, max_line_bytes), start=1):
            if raw is None:
                records += 1
                yield Skipped(origin=origin, reason=reasons.line_too_long(max_line_bytes), line=number, size=around)
                continue
            item = parse_line(raw, origin, number, f"{stem}-{number}")
            if item is not None:
                item.size += around
                records += 1
                yield item
    except OSError as error:
        yield Skipped(origin=origin, reason=reasons.unreadable(error))
        return
    if records == 0:
        yield Skipped(origin=origin, reason=reasons.EMPTY_FILE, size=_file_size(path))


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
