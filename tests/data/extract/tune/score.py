"""Score the extraction of speakers on a tuning set (or the seeds), with each article's errors.

    python tests/data/extract/tune/score.py                 # the 30 articles of tune/
    python tests/data/extract/tune/score.py --set tune2     # the 40 articles of tune2/
    python tests/data/extract/tune/score.py --set tune3     # the 40 articles of tune3/
    python tests/data/extract/tune/score.py --set tune4     # the 40 articles of tune4/
    python tests/data/extract/tune/score.py --set tune5     # the 40 articles of tune5/ (tune6 to tune57 alike)
    python tests/data/extract/tune/score.py --set seeds     # the five seed articles
    python tests/data/extract/tune/score.py --quotes        # also list every quote found

The articles are read as ``python -m search.extract.evaluate`` reads them (source and
date removed), extracted by ``search.extract.pipeline.extract_articles`` and compared
with the annotations by ``search.extract.scoring``. This script never reads
``tests/data/extract/eval``: the tuning sets exist so that the evaluation set stays held out.
"""

from __future__ import annotations

import argparse
import sys

from search.article import Article
from search.extract import scoring
from search.extract.evaluate import CORPUS_SETS, load_set
from search.extract.pipeline import extract_articles

METRICS = ("speakers_direct", "speakers_indirect")
TUNING_SETS = (*(name for name in CORPUS_SETS if name != "eval"), "seeds")


def found_speakers(article: Article, kind: str) -> list[str]:
    return [q.speaker for q in article.quotes if q.kind == kind and q.speaker_kind == "person"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=TUNING_SETS, default="tune", dest="name", help="the set to score")
    parser.add_argument("--quotes", action="store_true", help="list every quote found")
    args = parser.parse_args(argv)
    articles, annotations = load_set(args.name)
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
    print(f"{args.name} ({len(annotations)} articles)")
    for metric, score in totals.items():
        print(
            f"  {metric:20} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
            f"  (tp {score.tp}, fp {score.fp}, fn {score.fn})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
