"""Benchmark: full index builds side by side, source tree against source tree.

Usage: python bench/build_speed.py [--tree NAME=DIR ...] [--count C | --corpus FILE]
       [--limit N] [--rounds R] [--procs P] [--compare N]

Each tree (a folder holding a ``search`` package, e.g. an export of an older
commit: ``git archive HEAD search | tar -x -C /tmp/old``; default: this work
tree) builds an index of the same first N articles of a JSON lines corpus (the
generated one by default; read by ``bench_common.load_articles``, no
extraction), then updates it with nothing
changed, then with 1 % of the articles changed (every 100th gets one more
sentence). Trees take turns round by round, each build in a fresh process, so
that a machine shared with other work slows all of them alike; the table gives
medians, ratios to the first tree, and CPU seconds (the process and its writer
processes). ``--compare N`` then runs N queries of ``bench/queries.py`` through
``run_search`` on each tree's last index and counts the result pages that
differ from the first tree's (use ``--procs 1``: with several writer processes
the order of documents, hence of equal scores, varies from build to build).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import (
    ROOT,
    corpus_path,
    ensure_corpus,
    machine_line,
    markdown_table,
    ratio,
)

BUILD = """
import dataclasses, itertools, json, resource, sys, time
tree, bench, corpus, index_dir, limit, procs = sys.argv[1:7]
sys.path[:0] = [tree, bench]
from bench_common import load_articles
import search.build
from search.build import build_index
from search.ingest.hashing import content_hash
from search.store import IndexStore

def changed_one_percent(articles):
    for number, article in enumerate(articles):
        if number % 100 == 0:
            text = article.text + " Cet article a été mis à jour."
            yield dataclasses.replace(article, text=text, content_hash=content_hash(text.encode()))
        else:
            yield article

if int(procs):
    search.build.FULL_BUILD_PROCESSES = int(procs)
store = IndexStore(index_dir)
figures = {}
for mode in ("full", "unchanged", "changed"):
    records = itertools.islice(load_articles(corpus), int(limit))
    if mode == "changed":
        records = changed_one_percent(records)
    before = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    started = time.perf_counter()
    report = build_index([corpus], store, rebuild=mode == "full", records=records, extract=False)
    seconds = time.perf_counter() - started
    after = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before))
    figures[mode] = {"articles": report.indexed + report.unchanged, "seconds": seconds, "cpu": cpu, "updated": report.updated}
figures["max_rss_mb"] = max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
print(json.dumps(figures))
"""

SEARCH = """
import json, sys
from pathlib import Path
tree, bench, index_dir, queries = sys.argv[1:5]
sys.path[:0] = [tree, bench]
from queries import load_queries
from search.query.results import run_search
from search.store import IndexStore
ix = IndexStore(index_dir).open()
pages = [run_search(ix, q.request()).to_dict() for q in load_queries(Path(queries))]
print(json.dumps(pages, sort_keys=True, default=str))
"""


def _tree(spec: str) -> tuple[str, Path]:
    name, _, folder = spec.partition("=")
    if not folder:
        raise argparse.ArgumentTypeError(f"expected NAME=DIR, got {spec!r}")
    return name, Path(folder).resolve()


def _run(script: str, *args: object) -> str:
    done = subprocess.run([sys.executable, "-c", script, *map(str, args)], check=False, capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise SystemExit(done.stderr)
    return done.stdout.strip().splitlines()[-1]


def _compare(trees: list[tuple[str, Path]], indexes: dict[str, Path], corpus: Path, count: int, work: Path) -> list[str]:
    """One line per tree: how many of ``count`` result pages differ from the first tree's."""
    from queries import ensure_queries, save_queries

    queries, _ = ensure_queries(corpus)
    chosen = work / "queries.json"
    save_queries(queries[:count], chosen)
    pages = {
        name: json.loads(_run(SEARCH, folder, ROOT / "bench", indexes[name], chosen)) for name, folder in trees
    }
    first = trees[0][0]
    with_hits = sum(1 for page in pages[first] if page["total"])
    return [
        f"{name}: {sum(a != b for a, b in zip(pages[first], pages[name]))} of {len(pages[first])} result pages "
        f"({with_hits} with hits) differ from {first}'s"
        for name, _ in trees[1:]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=_tree, action="append", default=[], help="NAME=DIR, repeatable (default: this tree)")
    parser.add_argument("--count", type=int, default=100_000, help="generated corpus to read from")
    parser.add_argument("--corpus", type=Path, default=None, help="another JSON lines corpus (e.g. OrangeSum)")
    parser.add_argument("--limit", type=int, default=20_000, help="articles per build (the corpus's first)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--procs", type=int, default=0, help="writer processes (default: the tree's own)")
    parser.add_argument("--compare", type=int, default=0, help="queries whose result pages are compared")
    args = parser.parse_args()
    if args.compare and args.corpus:
        parser.error("--compare needs the generated corpus (its query set is written beside it)")
    trees = args.tree or [("this tree", ROOT)]
    corpus = args.corpus.resolve() if args.corpus else ensure_corpus(corpus_path(args.count), args.count)
    work = Path(tempfile.mkdtemp(prefix="depeches-build-speed-"))
    runs: dict[str, list[dict]] = {name: [] for name, _ in trees}
    indexes = {name: work / f"index-{number}" for number, (name, _) in enumerate(trees)}
    try:
        for round_number in range(args.rounds):
            for name, folder in trees:
                shutil.rmtree(indexes[name], ignore_errors=True)
                figures = json.loads(_run(BUILD, folder, ROOT / "bench", corpus, indexes[name], args.limit, args.procs))
                runs[name].append(figures)
                full = figures["full"]
                print(f"round {round_number + 1}, {name}: {full['articles'] / full['seconds']:.0f} articles/s", file=sys.stderr)
        notes = _compare(trees, indexes, corpus, args.compare, work) if args.compare else []
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def median(name: str, mode: str, key: str) -> float:
        return statistics.median(run[mode][key] for run in runs[name])

    first = trees[0][0]
    rows = []
    for name, _ in trees:
        articles = runs[name][0]["full"]["articles"]
        full_rate = articles / median(name, "full", "seconds")
        unchanged_rate = articles / median(name, "unchanged", "seconds")
        changed_rate = articles / median(name, "changed", "seconds")
        rows.append([
            name, f"{articles:.0f}", f"{median(name, 'full', 'seconds'):.1f}", f"{full_rate:.0f}",
            ratio(median(first, "full", "seconds"), median(name, "full", "seconds")),
            f"{median(name, 'full', 'cpu'):.1f}", f"{unchanged_rate:.0f}",
            f"{changed_rate:.0f} ({runs[name][0]['changed']['updated']} re-indexed)",
            f"{max(run['max_rss_mb'] for run in runs[name]):.0f}",
        ])
    print(f"Corpus: first {args.limit} articles of {corpus.name}, no extraction; {args.rounds} rounds, medians")
    print(machine_line())
    print()
    print(markdown_table(
        ["tree", "articles", "full build s", "articles/s", f"speed-up vs {first}", "CPU s (all processes)",
         "unchanged update, articles/s", "1 % changed update, articles/s", "peak RSS MB (largest process)"],
        rows,
    ))
    for note in notes:
        print(f"\n{note}")


if __name__ == "__main__":
    main()
