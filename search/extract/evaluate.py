"""Measure extraction against the hand annotations: ``python -m search.extract.evaluate``.

Fifty-nine sets are scored (see tests/data/extract/README.md):

``seeds``  the five articles of ``seeds/`` (plain text, no metadata), against
           ``tests/data/extract/golden/<id>.json``;
``tune``   30, 40 and 40 articles of the OrangeSum dev corpus that the rules were
``tune2``  developed on, each set chosen by its own fixed rule (``tune3`` was
``tune3``  scored once before any rule was changed for it: see docs/extraction.md);
``eval``   44 other articles chosen by a fixed rule and held out (nobody tunes on
           them);
``tune4``  40 articles chosen by a fourth fixed rule and scored before any rule was
           changed for them (a second held-out estimate);
``tune5``  40 articles each, chosen by fifty-three more fixed rules, annotated by reading
to         and scored before any rule was changed for them (more held-out estimates).
``tune57``
The corpus sets are read from ``tests/data/extract/<set>/articles.jsonl`` with
their source and date REMOVED before extraction, against ``<set>/<id>.json``.

For each set it prints precision, recall and F1 of direct speakers, indirect
speakers, speakers of either kind (the persons the speaker facet lists) and
locations, and the source and date outcomes. It exits 1 when a
score is below its floor in ``tests/data/extract/floors.json`` or when any
source or date is wrong, 2 when extraction cannot run, 0 otherwise.
``--verbose`` lists every article's errors; ``--json`` prints the scores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from search.article import Article
from search.extract import scoring

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "extract"
GOLDEN = DATA / "golden"
EVAL = DATA / "eval"
EVAL_ARTICLES = EVAL / "articles.jsonl"
FLOORS = DATA / "floors.json"
SEEDS = ROOT / "seeds"
#: The sets read from ``DATA/<set>/articles.jsonl`` (metadata removed) and annotated beside it.
CORPUS_SETS = ("tune", *(f"tune{number}" for number in range(2, 58)), "eval")
SETS = ("seeds", *CORPUS_SETS)
PIPELINE = "search.extract.pipeline"

Extractor = Callable[[list[Article]], list[Article]]


class EvaluationError(Exception):
    """Evaluation cannot run (missing pipeline, unreadable data); the message says why."""


# ---------------------------------------------------------------- loading


def load_annotations(folder: Path) -> dict[str, dict]:
    """Every ``<id>.json`` annotation in ``folder``, by id."""
    annotations = {}
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        annotations[record["id"]] = record
    return annotations


def _read_articles(paths: Sequence[Path]) -> list[Article]:
    from search.ingest import read_sources

    articles, problems = [], []
    for item in read_sources(list(paths)):
        if isinstance(item, Article):
            articles.append(item)
        else:
            problems.append(f"{item.where()}: {item.reason}")
    if problems:
        raise EvaluationError("unreadable evaluation articles:\n  " + "\n  ".join(problems))
    return articles


def strip_metadata(article: Article) -> Article:
    """The article as its text alone gives it: no source, no date."""
    article.source = None
    article.date = None
    article.date_precision = "unknown"
    return article


def load_set(name: str) -> tuple[list[Article], dict[str, dict]]:
    """The articles of one set (ready for extraction) and their annotations by id."""
    if name == "seeds":
        articles, annotations = _read_articles([SEEDS]), load_annotations(GOLDEN)
    elif name in CORPUS_SETS:
        articles = [strip_metadata(a) for a in _read_articles([DATA / name / "articles.jsonl"])]
        annotations = load_annotations(DATA / name)
    else:
        raise ValueError(f"unknown set: {name!r}")
    ids = {a.id for a in articles}
    if ids != annotations.keys():
        raise EvaluationError(
            f"{name}: articles and annotations differ: "
            f"not annotated {sorted(ids - annotations.keys())}, no article {sorted(annotations.keys() - ids)}"
        )
    return articles, annotations


def load_pipeline() -> Extractor:
    """``search.extract.pipeline.extract_articles``, or an ``EvaluationError`` saying why not."""
    if importlib.util.find_spec(PIPELINE) is None:
        raise EvaluationError(
            f"the extraction pipeline {PIPELINE} does not exist yet: "
            "write extract_articles(articles: list[Article]) -> list[Article] there, then run make eval"
        )
    try:
        module = importlib.import_module(PIPELINE)
    except ImportError as error:
        raise EvaluationError(f"the extraction pipeline {PIPELINE} cannot be imported: {error}") from error
    extract = getattr(module, "extract_articles", None)
    if extract is None:
        raise EvaluationError(f"{PIPELINE} has no extract_articles(articles) -> list[Article]")
    return extract


def load_floors(path: Path = FLOORS) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


# ---------------------------------------------------------------- scoring


def predicted(article: Article) -> dict:
    """What an extracted article says, in the shape of an annotation."""
    direct = [q.speaker for q in article.quotes if q.kind == "direct" and q.speaker_kind == "person"]
    indirect = [q.speaker for q in article.quotes if q.kind == "indirect" and q.speaker_kind == "person"]
    return {
        "speakers_direct": direct,
        "speakers_indirect": indirect,
        "speakers_any": direct + indirect,
        "locations": list(article.locations),
        "source": article.source,
        "date": article.date,
        "date_precision": article.date_precision if article.date is not None else "unknown",
    }


@dataclass
class ArticleResult:
    """One article's comparison with its annotation."""

    id: str
    sets: dict[str, scoring.SetDiff]
    source: str
    date: str
    found_source: str | None = None
    expected_source: str | None = None
    found_date: str | None = None
    expected_date: str | None = None
    meta_date: str | None = None

    def errors(self) -> list[str]:
        lines = []
        for metric, diff in self.sets.items():
            if diff.missed:
                lines.append(f"{metric}: missed {', '.join(diff.missed)}")
            if diff.spurious:
                lines.append(f"{metric}: spurious {', '.join(diff.spurious)}")
        if self.source not in ("correct", "none"):
            lines.append(f"source {self.source}: found {self.found_source!r}, annotated {self.expected_source!r}")
        if self.date not in ("correct", "none"):
            lines.append(
                f"date {self.date}: found {self.found_date!r}, annotated {self.expected_date!r}"
                f" (metadata {self.meta_date!r})"
            )
        return lines


def compare_article(article: Article, annotation: dict) -> ArticleResult:
    """Compare one extracted article with its annotation."""
    found = predicted(article)
    expected = {**annotation, "speakers_any": annotation["speakers_direct"] + annotation["speakers_indirect"]}
    keys = {"locations": scoring.place_key}
    sets = {m: scoring.compare_sets(found[m], expected[m], keys.get(m, scoring.name_key)) for m in scoring.SET_METRICS}
    expected_date, expected_precision = scoring.parse_iso(annotation.get("date"))
    meta = annotation.get("meta_date")
    meta_date = dt.date.fromisoformat(meta) if meta else None
    return ArticleResult(
        id=article.id,
        sets=sets,
        source=scoring.source_outcome(found["source"], annotation.get("source")),
        date=scoring.date_outcome(found["date"], found["date_precision"], expected_date, expected_precision, meta_date),
        found_source=found["source"],
        expected_source=annotation.get("source"),
        found_date=scoring.format_date(found["date"], found["date_precision"]),
        expected_date=annotation.get("date"),
        meta_date=meta,
    )


@dataclass
class SetResult:
    """A whole set's scores, and each article's comparison."""

    name: str
    articles: list[ArticleResult] = field(default_factory=list)

    def scores(self) -> dict:
        result: dict = {"articles": len(self.articles)}
        for metric in scoring.SET_METRICS:
            total = scoring.SetScore()
            for article in self.articles:
                total = total + article.sets[metric].score
            result[metric] = total.as_dict()
        result["source"] = scoring.count_outcomes(a.source for a in self.articles)
        result["date"] = scoring.count_outcomes(a.date for a in self.articles)
        return result


def evaluate_set(name: str, extract: Extractor) -> SetResult:
    """Extract one set's articles and compare them with their annotations."""
    articles, annotations = load_set(name)
    extracted = extract(articles)
    by_id = {article.id: article for article in extracted}
    missing = sorted(annotations.keys() - by_id.keys())
    if missing:
        raise EvaluationError(f"{name}: extraction returned no article for {missing}")
    return SetResult(name, [compare_article(by_id[i], annotations[i]) for i in sorted(annotations)])


# ---------------------------------------------------------------- report

LABELS = {
    "speakers_direct": "speakers (direct)",
    "speakers_indirect": "speakers (indirect)",
    "speakers_any": "speakers (any kind)",
    "locations": "locations",
}


def format_table(result: SetResult) -> str:
    """A plain-text table of one set's scores."""
    scores = result.scores()
    lines = [
        f"{result.name} ({scores['articles']} articles)",
        f"  {'':22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    for metric in scoring.SET_METRICS:
        s = scores[metric]
        lines.append(
            f"  {LABELS[metric]:22}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}"
            f"{s['tp']:6d}{s['fp']:6d}{s['fn']:6d}"
        )
    for metric in scoring.VALUE_METRICS:
        counts = scores[metric]
        text = "  ".join(f"{name} {counts[name]}" for name in scoring.OUTCOMES if name != "extra" or metric == "date")
        lines.append(f"  {metric:22}{text}")
    return "\n".join(lines)


def format_errors(result: SetResult) -> str:
    lines = [f"{result.name}: errors by article"]
    for article in result.articles:
        errors = article.errors()
        if errors:
            lines.append(f"  {article.id}")
            lines.extend(f"    {error}" for error in errors)
    if len(lines) == 1:
        lines.append("  (none)")
    return "\n".join(lines)


def run(
    sets: Sequence[str] = SETS,
    extract: Extractor | None = None,
    floors: dict | None = None,
    verbose: bool = False,
    as_json: bool = False,
    out=None,
) -> int:
    """Evaluate, print, and return the exit status (0 pass, 1 below floors or wrong, 2 cannot run)."""
    out = out or sys.stdout
    try:
        extract = extract or load_pipeline()
        results = [evaluate_set(name, extract) for name in sets]
    except EvaluationError as error:
        print(f"make eval: {error}", file=sys.stderr)
        return 2
    scores = {result.name: result.scores() for result in results}
    failures = scoring.below_floors(scores, load_floors() if floors is None else floors)
    if as_json:
        print(json.dumps({"scores": scores, "failures": failures}, ensure_ascii=False, indent=2), file=out)
    else:
        for result in results:
            print(format_table(result), file=out)
            if verbose:
                print(format_errors(result), file=out)
            print(file=out)
        if failures:
            print("FAIL", file=out)
            for failure in failures:
                print(f"  {failure}", file=out)
        else:
            print("PASS: every score at or above its floor, no wrong source or date", file=out)
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m search.extract.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list each article's errors")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--set", choices=SETS, action="append", dest="sets", help="evaluate only this set")
    parser.add_argument("--floors", type=Path, default=FLOORS, help="floors file (default: %(default)s)")
    args = parser.parse_args(argv)
    return run(
        sets=args.sets or SETS,
        floors=load_floors(args.floors),
        verbose=args.verbose,
        as_json=args.json,
    )


if __name__ == "__main__":
    sys.exit(main())
