"""Read source files into articles: one file, or many with duplicate ids refused."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from search.article import Article, Skipped
from search.ingest import reasons
from search.ingest.duplicates import DuplicateFilter
from search.ingest.html_reader import parse_html
from search.ingest.jsonl_reader import read_jsonl
from search.ingest.sniff import looks_like_html
from search.ingest.sources import SourceFile, find_sources
from search.ingest.text_reader import parse_text


def read_source(source: SourceFile) -> Iterator[Article | Skipped]:
    """Read one source file into ``Article`` records, and ``Skipped`` for what cannot be read.

    Every record carries ``origin`` (the file's path), ``line`` (JSON lines only),
    ``content_hash`` and ``size`` of its raw bytes. A ``.txt`` file that holds an
    HTML document is read as HTML.
    """
    if source.kind == "jsonl":
        yield from read_jsonl(source.path)
        return
    if source.kind not in ("text", "html"):
        raise ValueError(f"unknown source kind: {source.kind!r}")
    try:
        raw = source.path.read_bytes()
    except OSError as error:
        yield Skipped(origin=str(source.path), reason=reasons.unreadable(error), size=source.size)
        return
    if source.kind == "html" or looks_like_html(raw):
        yield from parse_html(source.path, raw)
    else:
        yield from parse_text(source.path, raw)


def read_sources(paths: Sequence[Path | str]) -> Iterator[Article | Skipped]:
    """Find and read every source under ``paths``, in a stable order.

    Paths that cannot be used come first, as ``Skipped``. An article whose id was
    already read becomes a ``Skipped`` naming where the first one came from.
    """
    sources, skipped = find_sources(paths)
    yield from skipped
    duplicates = DuplicateFilter()
    for source in sources:
        for item in read_source(source):
            yield duplicates.check(item) if isinstance(item, Article) else item
