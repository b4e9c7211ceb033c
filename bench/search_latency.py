"""Benchmark: latency of the whole search page (run_search) against stock Whoosh grouping.

Usage: python bench/search_latency.py [--count 100000] [--index DIR] [--rounds 1] [--profile 5]
       [--stock-every N]
       python bench/search_latency.py --rounds 0 --profile-qids 1,187   (profile only)

Builds (or reuses) a Dépêches index of the generated corpus without extraction
(speakers and places come from the generator), then runs the query set
(``bench/queries.py``) through ``run_search`` -- parsing, all hits, four facet
counts with disjunctive counting, the top 10 and their highlighted passages --
once to warm up and ``--rounds`` times measured. The same queries then go
through the stock Whoosh approach on the same index: the same parsed query,
``searcher.search(q, limit=10, filter=..., groupedby={source, year, speakers,
locations})`` with overlapping facets for the multi-valued fields, and the
stored fields of the 10 hits (no passages, no disjunctive counts). At a
million articles stock Whoosh takes seconds per query: ``--stock-every N`` runs
it on every N-th query only, and the ratios compare the same queries.

Prints p50/p95/p99 latency overall and by number of filters, by kind of query,
the ratio Dépêches/stock, whether the facet counts of the unfiltered queries
equal stock Whoosh's grouping, and (``--profile N``) a cProfile of the N
slowest queries.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import (  # noqa: E402
    add_corpus_arguments,
    corpus_path, ensure_corpus, ensure_depeches_index, index_path, machine_line,
    markdown_table, max_rss_mb, megabytes, ms, percentile, ratio,
)
from queries import BenchQuery, ensure_queries  # noqa: E402

from whoosh import query as wq  # noqa: E402
from whoosh import sorting  # noqa: E402
from whoosh.index import Index  # noqa: E402
from whoosh.searching import Searcher  # noqa: E402

from search.canonical import load_canonical_map  # noqa: E402
from search.query.facets import FACETS  # noqa: E402
from search.query.parser import parse_query  # noqa: E402
from search.query.results import ResultsPage, run_search  # noqa: E402
from search.store import IndexStore  # noqa: E402

#: Dépêches facet name -> the indexed field stock Whoosh groups by.
STOCK_FIELDS = {"source": "source", "date": "year", "speaker": "speakers", "location": "locations"}


_OPEN_SEARCHERS: dict[int, Searcher] = {}


def kept_searcher(ix: Index) -> Searcher:
    """One searcher per index kept open across queries, as the site's searcher pool does
    (this benchmark runs one thread; both engines get the same treatment)."""
    if id(ix) not in _OPEN_SEARCHERS:
        _OPEN_SEARCHERS[id(ix)] = ix.searcher()
    return _OPEN_SEARCHERS[id(ix)]


def depeches_page(ix: Index, bench_query: BenchQuery) -> ResultsPage:
    """The whole result page, as the site computes it."""
    return run_search(ix, bench_query.request(), searcher=kept_searcher(ix))


def stock_filter(bench_query: BenchQuery) -> wq.Query | None:
    """The request's filters as plain Whoosh terms (a year is a term of the ``year`` field)."""
    terms: list[wq.Query] = []
    for facet, values in bench_query.filters.items():
        field = STOCK_FIELDS[facet]
        terms.append(wq.Or([wq.Term(field, v) for v in values]) if len(values) > 1 else wq.Term(field, values[0]))
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else wq.And(terms)


def stock_facets() -> dict[str, sorting.FieldFacet]:
    return {
        "source": sorting.FieldFacet("source", maptype=sorting.Count),
        "year": sorting.FieldFacet("year", maptype=sorting.Count),
        "speakers": sorting.FieldFacet("speakers", allow_overlap=True, maptype=sorting.Count),
        "locations": sorting.FieldFacet("locations", allow_overlap=True, maptype=sorting.Count),
    }


def stock_page(ix: Index, bench_query: BenchQuery) -> dict[str, Any]:
    """Stock Whoosh: parse, search with grouping, read the 10 hits' stored fields and the groups."""
    searcher = kept_searcher(ix)
    parsed = parse_query(bench_query.text, ix.schema).query
    results = searcher.search(parsed, limit=10, filter=stock_filter(bench_query), groupedby=stock_facets())
    hits = [hit.fields() for hit in results]
    groups = {name: results.groups(name) for name in ("source", "year", "speakers", "locations")}
    return {"hits": hits, "groups": groups}


@dataclass
class Timing:
    query: BenchQuery
    seconds: float


Engine = Callable[[Index, BenchQuery], object]


def measure(
    engines: dict[str, tuple[Engine, set[int]]], ix: Index, queries: list[BenchQuery], rounds: int
) -> dict[str, list[Timing]]:
    """Run every query once unmeasured (warm), then ``rounds`` times measured.

    ``engines`` maps a name to the engine and the query ids it runs. The
    engines run one after the other on each query, in an order that
    alternates, so that load from other processes falls on both alike.
    """
    for number, bench_query in enumerate(queries):
        if number % 50 == 0:
            print(f"  warm-up: query {number}/{len(queries)} ...", file=sys.stderr, flush=True)
        for fn, qids in engines.values():
            if bench_query.qid in qids:
                fn(ix, bench_query)
    timings: dict[str, list[Timing]] = {name: [] for name in engines}
    order = list(engines.items())
    gc.collect()
    for round_number in range(rounds):
        for number, bench_query in enumerate(queries):
            if number % 50 == 0:
                print(f"  round {round_number + 1}: query {number}/{len(queries)} ...", file=sys.stderr, flush=True)
            for name, (fn, qids) in order if number % 2 == 0 else order[::-1]:
                if bench_query.qid not in qids:
                    continue
                started = time.perf_counter()
                fn(ix, bench_query)
                timings[name].append(Timing(bench_query, time.perf_counter() - started))
    return timings


def _stats(values: list[float]) -> list[str]:
    return [str(len(values)), ms(percentile(values, 50)), ms(percentile(values, 95)), ms(percentile(values, 99)),
            ms(statistics.fmean(values)) if values else "–"]


def latency_table(ours: list[Timing], stock: list[Timing]) -> str:
    """Percentiles of both engines by number of filters; the ratios over the queries both ran."""
    sampled = {t.query.qid for t in stock}
    rows = []
    groups: list[tuple[str, Callable[[BenchQuery], bool]]] = [("all", lambda q: True)] + [
        (f"{n} filter{'s' if n != 1 else ''}", lambda q, n=n: q.filter_count == n) for n in range(3)
    ]
    for label, keep in groups:
        a = [t.seconds for t in ours if keep(t.query)]
        b = [t.seconds for t in stock if keep(t.query)]
        rows.append(["Dépêches run_search", label, *_stats(a)])
        rows.append(["stock Whoosh groupedby", label, *_stats(b)])
        same = [t.seconds for t in ours if keep(t.query) and t.query.qid in sampled]
        rows.append(["ratio Dépêches/stock", label, "",
                     *(ratio(percentile(same, p), percentile(b, p)) for p in (50, 95, 99)),
                     ratio(statistics.fmean(same), statistics.fmean(b)) if same and b else "–"])
    return markdown_table(["engine", "queries", "n", "p50 ms", "p95 ms", "p99 ms", "mean ms"], rows, "llrrrrr")


def kind_table(ours: list[Timing], stock: list[Timing]) -> str:
    kinds = list(dict.fromkeys(t.query.kind for t in ours))
    sampled = {t.query.qid for t in stock}
    rows = []
    for kind in kinds:
        a = [t.seconds for t in ours if t.query.kind == kind]
        b = [t.seconds for t in stock if t.query.kind == kind]
        same = [t.seconds for t in ours if t.query.kind == kind and t.query.qid in sampled]
        rows.append([kind, len(a), ms(percentile(a, 50)), ms(percentile(a, 95)), ms(percentile(b, 50)), ms(percentile(b, 95)),
                     ratio(percentile(same, 50), percentile(b, 50))])
    return markdown_table(["kind", "n", "Dépêches p50", "Dépêches p95", "stock p50", "stock p95", "ratio p50"], rows)


def facet_counting_table(ix: Index, queries: list[BenchQuery]) -> str:
    """Facet counting alone, on the unfiltered queries: ours over the evaluated hits
    (four ``shown_values``) against what ``groupedby`` adds to a stock search
    (``search(q, limit=10, groupedby=...)`` minus ``search(q, limit=10)``)."""
    from search.query.results import evaluate_request

    searcher = kept_searcher(ix)
    ours: list[float] = []
    stock: list[float] = []
    for bench_query in (q for q in queries if q.filter_count == 0):
        request = bench_query.request()
        evaluated = evaluate_request(ix, searcher, request, "")
        started = time.perf_counter()
        for facet in FACETS:
            facet.shown_values(evaluated.catalog, searcher.reader(), evaluated.hits, request)
        ours.append(time.perf_counter() - started)
        parsed = parse_query(bench_query.text, ix.schema).query
        started = time.perf_counter()
        searcher.search(parsed, limit=10)
        plain = time.perf_counter() - started
        started = time.perf_counter()
        searcher.search(parsed, limit=10, groupedby=stock_facets())
        stock.append(max(0.0, time.perf_counter() - started - plain))
    rows = [
        ["Dépêches (bincount over the hits)", len(ours), *(ms(percentile(ours, p)) for p in (50, 95, 99))],
        ["stock groupedby (added time)", len(stock), *(ms(percentile(stock, p)) for p in (50, 95, 99))],
        ["ratio stock/Dépêches", "", *(ratio(percentile(stock, p), percentile(ours, p)) for p in (50, 95, 99))],
    ]
    return markdown_table(["four facet counts", "queries", "p50 ms", "p95 ms", "p99 ms"], rows)


def compare_facets(ix: Index, queries: list[BenchQuery], canonical: dict[str, dict[str, str]]) -> tuple[str, list[str]]:
    """Check our facet counts against stock grouping for the queries without filters.

    Dépêches shows one value per person (``canonical.json`` of the generation maps
    name variants to one display name), stock Whoosh one per indexed spelling: a
    difference that involves a merged name is counted apart as explained. So is a
    query whose work was bounded (a pattern cut to its most frequent words, with a
    notice): stock Whoosh searched every word of the pattern.
    """
    merged = {field: set(mapping) | set(mapping.values()) for field, mapping in canonical.items()}
    checked = 0
    mismatches: list[str] = []
    per_facet = {name: 0 for name in STOCK_FIELDS}
    explained = {name: 0 for name in STOCK_FIELDS}
    bounded = {name: 0 for name in STOCK_FIELDS}
    for bench_query in (q for q in queries if q.filter_count == 0):
        checked += 1
        page = depeches_page(ix, bench_query)
        stock = stock_page(ix, bench_query)
        for facet, field in STOCK_FIELDS.items():
            groups = {k: v for k, v in stock["groups"][field].items() if k not in (None, "")}
            shown = page.facets[facet]
            problems = []
            involved = merged.get(field, set())
            touches_merge = any(v in involved for v in groups) if involved else False
            for value in shown:
                if groups.get(value.value, 0) != value.count:
                    problems.append(f"{value.value}: {value.count} vs {groups.get(value.value, 0)}")
            distinct = len(shown) + page.hidden_values.get(facet, 0)
            if distinct != len(groups):
                problems.append(f"{distinct} values vs {len(groups)}")
            if facet != "date":
                top = sorted(groups, key=lambda v: (-groups[v], v.casefold()))[: len(shown)]
                if [groups[v] for v in top] != [v.count for v in shown]:
                    problems.append("top values differ")
            if problems:
                if page.notices:  # a bound on the query's work was reached (search.query.bounds): fewer words searched
                    why, tally = "query bounded: " + " ".join(page.notices), bounded
                elif touches_merge:
                    why, tally = "merged name variants", explained
                else:
                    why, tally = "UNEXPLAINED", per_facet
                tally[facet] += 1
                mismatches.append(f"q{bench_query.qid} `{bench_query.text}` {facet} ({why}): " + "; ".join(problems[:3]))
    rows = [
        [facet, checked, checked - bad - explained[facet] - bounded[facet], explained[facet], bounded[facet], bad]
        for facet, bad in per_facet.items()
    ]
    header = ["facet", "queries (0 filters)", "equal", "differ: canonical name merge", "differ: query bounded", "differ: unexplained"]
    return markdown_table(header, rows), mismatches


def profile_queries(ix: Index, chosen: list[tuple[BenchQuery, float | None]], lines: int = 20) -> str:
    """cProfile of ``run_search`` on the chosen queries (once unprofiled, then 3 times): top functions by own time."""
    profiler = cProfile.Profile()
    for bench_query, _ in chosen:
        depeches_page(ix, bench_query)
        for _ in range(3):
            profiler.runcall(depeches_page, ix, bench_query)
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    entries = sorted(stats.stats.items(), key=lambda item: -item[1][2])[:lines]  # type: ignore[attr-defined]
    rows = []
    for (filename, line, name), (_, ncalls, tottime, cumtime, _) in entries:
        where = filename.split("site-packages/")[-1].split("/work/main/")[-1]
        rows.append([f"`{name}` ({where}:{line})", ncalls, f"{tottime:.3f}", f"{tottime / total:.0%}", f"{cumtime:.3f}"])
    header = "Profiled (3 runs each): " + "; ".join(
        f"q{q.qid} `{q.text}` [{q.describe_filters()}]" + (f" {ms(seconds)} ms" if seconds is not None else "")
        for q, seconds in chosen
    )
    table = markdown_table(["function (own time)", "calls", "tottime s", "share", "cumtime s"], rows)
    by_cum = sorted(stats.stats.items(), key=lambda item: -item[1][3])  # type: ignore[attr-defined]
    cum_rows = []
    for (filename, line, name), (_, ncalls, tottime, cumtime, _) in by_cum:
        where = filename.split("site-packages/")[-1].split("/work/main/")[-1]
        if where.startswith("search/"):
            cum_rows.append([f"`{name}` ({where}:{line})", ncalls, f"{cumtime:.3f}", f"{cumtime / total:.0%}"])
        if len(cum_rows) == 12:
            break
    cum_table = markdown_table(["Dépêches function (cumulative)", "calls", "cumtime s", "share"], cum_rows)
    return f"{header}\n\n{table}\n\n{cum_table}"


def slowest(timings: list[Timing], count: int) -> list[tuple[BenchQuery, float | None]]:
    """The ``count`` slowest distinct queries of a measured run."""
    found: dict[int, Timing] = {}
    for timing in sorted(timings, key=lambda t: -t.seconds):
        found.setdefault(timing.query.qid, timing)
        if len(found) == count:
            break
    return [(t.query, t.seconds) for t in found.values()]


def open_index(index_dir: Path) -> Index:
    return IndexStore(index_dir).open()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the index even when there is one")
    parser.add_argument("--rounds", type=int, default=1, help="measured passes over the query set")
    parser.add_argument("--profile", type=int, default=5, help="profile the N slowest queries (0: none)")
    parser.add_argument("--profile-qids", default="", help="also profile these query ids, each on its own (comma-separated)")
    parser.add_argument("--show-mismatches", type=int, default=10)
    parser.add_argument("--stock-every", type=int, default=1, help="run stock Whoosh on every N-th query only (slow at 1M)")
    args = parser.parse_args()

    corpus = args.corpus or ensure_corpus(corpus_path(args.count), args.count)
    index_dir = args.index or index_path(corpus)
    build = ensure_depeches_index(corpus, index_dir, rebuild=args.rebuild)
    queries, queries_file = ensure_queries(corpus, args.queries)
    ix = open_index(index_dir)
    with ix.reader() as reader:
        docs, segments = reader.doc_count(), len(ix._segments())  # type: ignore[attr-defined]

    by_id = {q.qid: q for q in queries}
    extra = [by_id[int(n)] for n in args.profile_qids.split(",") if n.strip()]
    if args.rounds == 0:
        for bench_query in extra:
            print(profile_queries(ix, [(bench_query, None)], lines=12), end="\n\n")
        return
    stock_queries = queries[:: args.stock_every]
    engines = {"depeches": (depeches_page, {q.qid for q in queries}), "stock": (stock_page, {q.qid for q in stock_queries})}
    timings = measure(engines, ix, queries, args.rounds)
    ours, stock = timings["depeches"], timings["stock"]
    facets_table, mismatches = compare_facets(ix, stock_queries, load_canonical_map(IndexStore(index_dir).current_dir()))

    print(f"Corpus: {corpus} ({docs} articles, {segments} segments); queries: {queries_file} ({len(queries)})")
    print(machine_line())
    built = (f"built in {build.seconds:.0f} s, {build.docs_per_second:.0f} articles/s, " if build.seconds else "reused, ")
    print(f"Index: {index_dir} ({built}{megabytes(build.size_bytes)} MB); peak RSS {max_rss_mb():.0f} MB")
    if args.stock_every > 1:
        print(f"Stock Whoosh ran on every {args.stock_every}th query ({len(stock_queries)}); ratios and facet checks compare those queries.")
    print(f"Warm: one unmeasured pass over the set, then {args.rounds} measured pass(es), both engines on each query in turn, one searcher kept open per engine (as the site's pool).")
    print()
    print(latency_table(ours, stock))
    print()
    print(kind_table(ours, stock))
    print()
    print("Facet counting time alone (unfiltered queries, after one warm pass):")
    print()
    print(facet_counting_table(ix, stock_queries))
    print()
    print("Facet counts, Dépêches vs stock Whoosh groupedby (unfiltered queries; shown values, number of values, top order):")
    print()
    print(facets_table)
    for line in mismatches[: args.show_mismatches]:
        print(f"- {line}")
    if len(mismatches) > args.show_mismatches:
        print(f"- ... {len(mismatches) - args.show_mismatches} more")
    if args.profile:
        print()
        print(profile_queries(ix, slowest(ours, args.profile)))
    for bench_query in extra:
        print()
        print(profile_queries(ix, [(bench_query, None)], lines=12))


if __name__ == "__main__":
    main()
