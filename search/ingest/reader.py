"""Read source files into articles: one file, or many with duplicate ids refused."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from search.article import Article, Skipped
from search.ingest import reasons
from search.ingest.duplicates import DuplicateFilter
from search.ingest.html_reader import MAX_HTML_BYTES, parse_html
from search.ingest.jsonl_reader import read_jsonl
from search.ingest.limits import (
    TEXT_READ_LIMIT,
    FileHead,
    Truncated,
    bound_article,
    read_head,
)
from search.ingest.sniff import looks_like_html
from search.ingest.sources import SourceFile, find_sources
from search.ingest.text_reader import parse_text

#: What reading yields: articles, what could not be read, and notices of articles cut.
Record = Article | Skipped | Truncated


def _parse_file(source: SourceFile, head: FileHead) -> Iterator[Article | Skipped]:
    """The article of a one-article file (text or HTML) from its head, with the whole file's size and hash."""
    origin = str(source.path)
    if source.kind == "html" or looks_like_html(head.data):
        if head.cut:
            yield Skipped(origin=origin, reason=reasons.HTML_TOO_LARGE, size=head.size)
            return
        items = parse_html(source.path, head.data)
    else:
        items = parse_text(source.path, head.data)
    for item in items:
        item.size = head.size
        if isinstance(item, Article):
            item.content_hash = head.digest
        yield item


def read_source(source: SourceFile) -> Iterator[Record]:
    """Read one source file into ``Article`` records, and ``Skipped`` for what cannot be read.

    Every record carries ``origin`` (the file's path), ``line`` (JSON lines only),
    ``content_hash`` and ``size`` of its raw bytes. A ``.txt`` file that holds an
    HTML document is read as HTML. An article over the bounds of
    ``search.ingest.limits`` is cut, and followed by a ``Truncated`` notice.
    """
    if source.kind not in ("text", "html", "jsonl"):
        raise ValueError(f"unknown source kind: {source.kind!r}")
    if source.kind == "jsonl":
        items, cut = read_jsonl(source.path), False
    else:
        limit = TEXT_READ_LIMIT if source.kind == "text" else MAX_HTML_BYTES
        try:
            head = read_head(source.path, limit)
        except OSError as error:
            yield Skipped(origin=str(source.path), reason=reasons.unreadable(error), size=source.size)
            return
        items, cut = _parse_file(source, head), head.cut
    for item in items:
        notice = bound_article(item, cut) if isinstance(item, Article) else None
        yield item
        if notice is not None:
            yield notice


def read_sources(paths: Sequence[Path | str]) -> Iterator[Record]:
    """Find and read every source under ``paths``, in a stable order.

    Paths that cannot be used come first, as ``Skipped``. An article whose id was
    already read becomes a ``Skipped`` naming where the first one came from (and
    loses its ``Truncated`` notice).
    """
    sources, skipped = find_sources(paths)
    yield from skipped
    duplicates = DuplicateFilter()
    accepted = False
    for source in sources:
        for item in read_source(source):
            if isinstance(item, Article):
                item = duplicates.check(item)
                accepted = isinstance(item, Article)
            elif isinstance(item, Truncated) and not accepted:
                continue
            yield item
