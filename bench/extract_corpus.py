"""Benchmark: extraction speed on the OrangeSum dev corpus, in one and two processes.

Usage: python bench/extract_corpus.py [--limit N] [--corpus PATH]

Loads the model and word lists once (a build does so once, before forking its
workers), then runs the whole extraction chain (structure, source, date, quotes
with spaCy NER, places) over the first N articles with their metadata removed,
in one process and in two, then the same articles again through the
content-hash cache. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from itertools import islice
from pathlib import Path

from search.article import Article
from search.extract.cache import ExtractionCache
from search.extract.pipeline import EXTRACTOR_VERSION, extract_stream, process_extractor
from search.ingest import read_sources

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum-dev.jsonl"


def _articles(corpus: Path, limit: int) -> list[Article]:
    records = (r for r in read_sources([corpus]) if isinstance(r, Article))
    articles = list(islice(records, limit))
    for article in articles:
        article.source, article.date, article.date_precision = None, None, "unknown"
    return articles


def _timed(articles: list[Article], cache: ExtractionCache | None, processes: int) -> tuple[float, list[Article]]:
    started = time.perf_counter()
    done = list(extract_stream([Article(**a.__dict__) for a in articles], cache, processes=processes))
    return time.perf_counter() - started, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    articles = _articles(args.corpus, args.limit)
    started = time.perf_counter()
    process_extractor().load()
    rows = [("loading the model and word lists (once per build)", time.perf_counter() - started)]
    for processes in (1, 2):
        seconds, done = _timed(articles, None, processes)
        rows.append((f"extraction, {processes} process{'es' if processes > 1 else ''}", seconds))
    with tempfile.TemporaryDirectory() as folder:
        cache = ExtractionCache(Path(folder) / "cache.sqlite", EXTRACTOR_VERSION)
        _timed(articles, cache, 2)
        cache.flush()
        seconds, _ = _timed(articles, cache, 2)
        rows.append(("same articles again, from the cache", seconds))
        cache.close()
    quotes = sum(len(a.quotes) for a in done)
    print(f"Corpus: {args.corpus} (first {len(articles)} articles, metadata removed)")
    print(f"Machine: {platform.machine()}, CPython {platform.python_version()}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}")
    print(f"Found: {quotes} quotes, {sum(len(a.speakers) for a in done)} speakers, "
          f"{sum(len(a.locations) for a in done)} places, {sum(1 for a in done if a.source)} sources")
    print()
    print("| step | seconds | articles/s | ratio to 1 process |")
    print("|---|---:|---:|---:|")
    print(f"| {rows[0][0]} | {rows[0][1]:.1f} | | |")
    base = rows[1][1]
    for name, seconds in rows[1:]:
        print(f"| {name} | {seconds:.1f} | {len(articles) / seconds:.0f} | {base / seconds:.1f}x |")


if __name__ == "__main__":
    main()
