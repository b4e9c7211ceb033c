"""Benchmark: two fixed costs in the search path, measured by what removing them would save.

Usage: python bench/search_overheads.py [--count 100000] [--every 3]

Nothing in ``search/`` is changed: each variant wraps or patches at run time,
for this process only.

* ``searcher open``: what ``ix.searcher()`` costs on its own. whoosh3's
  ``CompoundStorage`` maps a segment and ``BufferFile`` wraps each sub-file's
  memoryview in ``BytesIO``, which copies it: every searcher copies the big
  sub-files of every segment. ``run_search`` opens one searcher per request.
* ``shared searcher``: ``run_search`` given an index whose ``searcher()``
  hands back one searcher kept open across queries (single thread).
* ``+ O(1) BitSet truth``: also replaces ``BaseBitSet.__bool__`` (which scans
  the bitset's bytes until a set bit) by a constant, for the duration of the
  call. ``FilterCollector.all_ids`` tests the filter set's truth once per hit,
  which ``search_page`` reaches to count the hits of a filtered query.

Runs every ``--every``-th query of the set, the variants in turn on each query
after one warm-up pass, and checks that every variant finds the same totals
and facet counts as the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import (  # noqa: E402
    add_corpus_arguments,
    corpus_path, ensure_corpus, ensure_depeches_index, index_path, machine_line, markdown_table,
    ms, percentile, ratio,
)
from queries import BenchQuery, ensure_queries  # noqa: E402

from whoosh import idsets  # noqa: E402
from whoosh.index import Index  # noqa: E402

from search.query.results import ResultsPage, run_search  # noqa: E402
from search.store import IndexStore  # noqa: E402


class _KeptOpen:
    """A context manager that hands out a searcher and leaves it open."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher

    def __enter__(self) -> Any:
        return self.searcher

    def __exit__(self, *exc: object) -> None:
        return None


class SharedSearcherIndex:
    """An index whose ``searcher()`` is always the same open searcher; the rest is the index's own."""

    def __init__(self, ix: Index) -> None:
        self._ix = ix
        self._searcher = ix.searcher()

    def searcher(self, **kwargs: Any) -> _KeptOpen:
        return _KeptOpen(self._searcher)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ix, name)


def _constant_truth(self: object) -> bool:
    return True


def with_constant_bitset_truth(fn: Callable[[], ResultsPage]) -> ResultsPage:
    """Run ``fn`` with ``BaseBitSet.__bool__`` constant (an empty filter set still filters everything out)."""
    original = idsets.BaseBitSet.__bool__
    idsets.BaseBitSet.__bool__ = _constant_truth  # type: ignore[method-assign]
    try:
        return fn()
    finally:
        idsets.BaseBitSet.__bool__ = original  # type: ignore[method-assign]


def summary(page: ResultsPage) -> tuple[int, list[str], dict[str, list[tuple[str, int]]]]:
    return page.total, [h.id for h in page.hits], {k: [(v.value, v.count) for v in vs] for k, vs in page.facets.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser)
    parser.add_argument("--every", type=int, default=3, help="run every N-th query of the set")
    args = parser.parse_args()

    corpus = args.corpus or ensure_corpus(corpus_path(args.count), args.count)
    index_dir = args.index or index_path(corpus)
    ensure_depeches_index(corpus, index_dir)
    all_queries, queries_file = ensure_queries(corpus, args.queries)
    queries: list[BenchQuery] = all_queries[:: max(1, args.every)]
    ix = IndexStore(index_dir).open()

    opens = []
    for _ in range(7):
        started = time.perf_counter()
        with ix.searcher() as searcher:
            searcher.reader().doc_count()
        opens.append(time.perf_counter() - started)

    shared = SharedSearcherIndex(ix)
    variants: dict[str, Callable[[BenchQuery], ResultsPage]] = {
        "run_search (baseline)": lambda q: run_search(ix, q.request()),
        "shared searcher": lambda q: run_search(shared, q.request()),  # type: ignore[arg-type]
        "shared searcher + O(1) BitSet truth": lambda q: with_constant_bitset_truth(
            lambda: run_search(shared, q.request())  # type: ignore[arg-type]
        ),
    }
    for number, bench_query in enumerate(queries):
        if number % 25 == 0:
            print(f"  warm-up: query {number}/{len(queries)} ...", file=sys.stderr, flush=True)
        for fn in variants.values():
            fn(bench_query)
    times: dict[str, list[float]] = {name: [] for name in variants}
    filters: list[int] = []
    differ: dict[str, int] = {name: 0 for name in variants}
    order = list(variants.items())
    for number, bench_query in enumerate(queries):
        if number % 25 == 0:
            print(f"  measuring: query {number}/{len(queries)} ...", file=sys.stderr, flush=True)
        filters.append(bench_query.filter_count)
        pages = {}
        for name, fn in order[number % 3 :] + order[: number % 3]:
            started = time.perf_counter()
            pages[name] = fn(bench_query)
            times[name].append(time.perf_counter() - started)
        base = summary(pages[order[0][0]])
        for name, page in pages.items():
            differ[name] += summary(page) != base

    print(f"Index: {index_dir}; queries: one in {args.every} of {queries_file} ({len(queries)})")
    print(machine_line())
    print(f"Opening and closing a searcher alone: median {ms(statistics.median(opens))} ms over {len(opens)} opens.")
    print()
    rows = []
    baseline = order[0][0]
    for label, keep in (("all", lambda n: True), ("0 filters", lambda n: n == 0), ("1-2 filters", lambda n: n > 0)):
        reference = [t for t, n in zip(times[baseline], filters) if keep(n)]
        for name, values in times.items():
            chosen = [t for t, n in zip(values, filters) if keep(n)]
            rows.append([name, label, len(chosen), ms(percentile(chosen, 50)), ms(percentile(chosen, 95)),
                         ms(percentile(chosen, 99)), ms(statistics.fmean(chosen)),
                         "" if name == baseline else ratio(statistics.fmean(chosen), statistics.fmean(reference)),
                         differ[name] if label == "all" else ""])
    print(markdown_table(["variant", "queries", "n", "p50 ms", "p95 ms", "p99 ms", "mean ms", "mean vs baseline",
                          "pages differing from baseline"], rows, "llrrrrrrr"))


if __name__ == "__main__":
    main()
