"""Score the extraction of speakers on the tuning set (or the seeds), with each article's errors.

    python tests/data/extract/tune/score.py            # the 30 tuning articles
    python tests/data/extract/tune/score.py --seeds    # the five seed articles
    python tests/data/extract/tune/score.py --quotes   # also list every quote found

The articles are read as ``python -m search.extract.evaluate`` reads the eval set
(source and date removed), extracted by ``search.extract.pipeline.extract_articles``
and compared with the annotations by ``search.extract.scoring``. This script never
reads ``tests/data/extract/eval``: the tuning set exists so that the evaluation set
stays held out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from search.article import Article
from search.extract import scoring
from search.extract.evaluate import strip_metadata
from search.extract.pipeline import extract_articles
from search.ingest import read_sources

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
METRICS = ("speakers_direct", "speakers_indirect")


def load(seeds: bool) -> tuple[list[Article], dict[str, dict]]:
    if seeds:
        sources, folder = [ROOT / "seeds"], ROOT / "tests" / "data" / "extract" / "golden"
    else:
        sources, folder = [HERE / "articles.jsonl"], HERE
    articles = [strip_metadata(a) for a in read_sources(sources) if isinstance(a, Article)]
    annotations = {}
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        annotations[record["id"]] = record
    return articles, annotations


def found_speakers(article: Article, kind: str) -> list[str]:
    return [q.speaker for q in article.quotes if q.kind == kind and q.speaker_kind == "person"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", action="store_true", help="score the seeds instead of the tuning set")
    parser.add_argument("--quotes", action="store_true", help="list every quote found")
    args = parser.parse_args(argv)
    articles, annotations = load(args.seeds)
    extracted = {a.id: a for a in extract_articles(articles)}
    totals = {metric: scoring.SetScore() for metric in METRICS}
    for id_ in sorted(annotations):
        article, expected = extracted[id_], annotations[id_]
        lines = []
        for metric in METRICS:
            diff = scoring.compare_sets(found_speakers(article, metric.split("_")[1]), expected[metric])
            totals[metric] = totals[metric] + diff.score
            if diff.missed:
                lines.append(f"    {metric}: missed {', '.join(diff.missed)}")
            if diff.spurious:
                lines.append(f"    {metric}: spurious {', '.join(diff.spurious)}")
        if args.quotes:
            lines.extend(
                f"    . {q.kind[:3]} {q.speaker_kind[:3]} {q.speaker!r} [{q.verb}] {q.text[:70]!r}" for q in article.quotes
            )
        if lines:
            print(f"  {id_}")
            print("\n".join(lines))
    print(f"{'seeds' if args.seeds else 'tune'} ({len(annotations)} articles)")
    for metric, score in totals.items():
        print(
            f"  {metric:20} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
            f"  (tp {score.tp}, fp {score.fp}, fn {score.fn})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
