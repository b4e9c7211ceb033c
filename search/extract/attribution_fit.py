"""Fit the scored attribution (``quote_scorer``) on the tuning sets' annotated quotes.

    python -m search.extract.attribution_fit                     # leave-one-set-out report
    python -m search.extract.attribution_fit --write             # also refit on every tuning set
                                                                 # and write data/attribution_model.json
    python -m search.extract.attribution_fit --write --enable    # ... switched on

Every quotation of the tuning sets (``tune``, ``tune2``, ``tune3`` and the seeds; never
``eval``) gives one example per person the article names: the features of
``quote_features`` and whether the annotation gives that quotation to that person. The
quotations the rules attribute are examples too (with ``q_claimed`` set): they teach how
readers link words to people, while the model is only ever applied to the others.
A logistic regression (L2, Newton's method, numpy) is fitted on them.

The report scores direct-speech speakers of each tuning set with the rules alone and with
a model fitted on the other sets (leave one set out): the rules were tuned on every set,
so this measures what the model adds where the rules already did well, not how either
generalises (see docs/extraction.md for the held-out estimate).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, replace
from importlib import resources

import numpy as np

from search.article import Article
from search.extract import scoring
from search.extract.entities import shared_recognizer
from search.extract.evaluate import load_set
from search.extract.name_data import DATA_DIR, DATA_PACKAGE, fold
from search.extract.quote_features import FEATURES, quotation_features
from search.extract.quote_kinds import is_scare_quote
from search.extract.quote_scorer import MODEL_FILE, Model
from search.extract.quotes import entity_spans, find_quotes, rule_quotes
from search.extract.structure import parse_structure
from search.extract.structure_types import Entity, full_text

TUNING_SETS = ("tune", "tune2", "tune3", "tune4", "seeds")
HELD_OUT = ("tune", "tune2", "tune3", "tune4")
L2 = 1.0
#: The probability a speaker needs (chosen on held-out data: docs/extraction.md).
THRESHOLD = 0.2
#: Gold and found quotation texts are matched on this many folded characters at least.
MIN_MATCH = 10
_EDGE = 25


@dataclass
class Annotated:
    """One tuning article, its entities (read once) and its annotation."""

    article: Article
    entities: list[Entity]
    annotation: dict


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(text))


def gold_speaker(annotation: dict, words: str) -> str:
    """The key of the person the annotation gives the quoted ``words`` to, or ""."""
    found = _letters(words)
    if len(found) < 2:
        return ""
    for quote in annotation["quotes"]:
        gold = _letters(quote["text"])
        if len(gold) < 2:
            continue
        if (
            gold == found
            or (len(gold) >= MIN_MATCH and gold in found)
            or (len(found) >= MIN_MATCH and found in gold)
            or (len(found) > _EDGE and (found[:_EDGE] in gold or found[-_EDGE:] in gold))
            or (len(gold) > _EDGE and gold[:_EDGE] in found)
        ):
            return scoring.name_key(quote["speaker"]) if quote["speaker_kind"] == "person" else ""
    return ""


def _same_person(name: str, key: str) -> bool:
    found = scoring.name_key(name)
    return bool(key) and (found == key or (" " not in found and key.split()[-1] == found))


def load_annotated(name: str) -> list[Annotated]:
    """A tuning set's articles with their entities (as the pipeline reads them)."""
    if name not in TUNING_SETS:
        raise ValueError(f"not a tuning set: {name!r}")
    articles, annotations = load_set(name)
    texts = [full_text(a) for a in articles]
    entities = shared_recognizer().in_spans([(text, entity_spans(text)) for text in texts])
    return [Annotated(a, e, annotations[a.id]) for a, e in zip(articles, entities, strict=True)]


def examples(items: list[Annotated]) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of every (quotation, person) pair of ``items``."""
    rows, labels = [], []
    for item in items:
        reading = rule_quotes(item.article, parse_structure(item.article), item.entities).reading
        for pair in reading.quoted:
            start, end = pair.inner(reading.text)
            if end <= start or is_scare_quote(reading.text[start:end]):
                continue
            key = gold_speaker(item.annotation, reading.text[start:end])
            for name, vector in quotation_features(reading, pair):
                rows.append(vector)
                labels.append(float(_same_person(name, key)))
    return np.array(rows, dtype=float).reshape(-1, len(FEATURES)), np.array(labels, dtype=float)


def fit(rows: np.ndarray, labels: np.ndarray, l2: float = L2, threshold: float = THRESHOLD) -> Model:
    """A logistic regression with an L2 penalty (not on the bias), by Newton's method."""
    x = np.hstack([rows, np.ones((len(rows), 1))])
    penalty = l2 * np.diag([*([1.0] * rows.shape[1]), 0.0])
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - labels) + penalty @ w
        hessian = (x.T * (p * (1 - p))) @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Model(tuple(float(v) for v in w[:-1]), float(w[-1]), threshold)


def speaker_score(items: list[Annotated], model: Model) -> scoring.SetScore:
    """Direct-speech person speakers of ``items`` found with ``model``, against the annotations."""
    total = scoring.SetScore()
    for item in items:
        quotes = find_quotes(item.article, parse_structure(item.article), item.entities, model)
        found = [q.speaker for q in quotes if q.kind == "direct" and q.speaker_kind == "person"]
        total = total + scoring.compare_sets(found, item.annotation["speakers_direct"]).score
    return total


def _line(score: scoring.SetScore) -> str:
    counts = f"tp {score.tp}, fp {score.fp}, fn {score.fn}"
    return f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} ({counts})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"refit on every tuning set and write data/{MODEL_FILE}")
    parser.add_argument("--enable", action="store_true", help="write the model switched on (default: off)")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--l2", type=float, default=L2)
    args = parser.parse_args(argv)
    sets = {name: load_annotated(name) for name in TUNING_SETS}
    data = {name: examples(items) for name, items in sets.items()}
    rules_only = Model((0.0,) * len(FEATURES), 0.0, 1.0, enabled=False)
    print("direct-speech speakers, leave one set out (fit on the other tuning sets)")
    for held in HELD_OUT:
        rows = np.vstack([data[n][0] for n in TUNING_SETS if n != held])
        labels = np.concatenate([data[n][1] for n in TUNING_SETS if n != held])
        model = fit(rows, labels, args.l2, args.threshold)
        print(f"  {held:6} rules alone  {_line(speaker_score(sets[held], rules_only))}")
        print(f"  {'':6} with model   {_line(speaker_score(sets[held], model))}")
    if args.write:
        rows = np.vstack([data[n][0] for n in TUNING_SETS])
        labels = np.concatenate([data[n][1] for n in TUNING_SETS])
        model = replace(fit(rows, labels, args.l2, args.threshold), enabled=args.enable)
        target = resources.files(DATA_PACKAGE).joinpath(DATA_DIR, MODEL_FILE)
        provenance = {"fitted_on": list(TUNING_SETS), "examples": len(labels), "l2": args.l2}
        target.write_text(model.as_json(**provenance), encoding="utf-8")  # type: ignore[union-attr]
        print(f"wrote {target} ({len(labels)} examples)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
