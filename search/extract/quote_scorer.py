"""Scored attribution: a small logistic model picks the speaker of a quotation the rules
left without any attribution, or nobody.

For each such quotation (of a few words at least), every person the article names is
scored from the features of ``quote_features``; the best one is the speaker when the
model gives it a probability of at least the model's ``threshold``, else the quotation
stays unattributed. The weights are data (``data/attribution_model.json``), fitted on the
tuning sets' annotated quotes by ``python -m search.extract.attribution_fit`` (never on
the evaluation set), which also reports their leave-one-set-out scores. The file's
``enabled`` switches the step on; it is shipped off (see docs/extraction.md: it raises
direct-speaker recall and F1 on held-out sets but lowers precision below the evaluation
set's recorded floor, a decision left to whoever owns the floors).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from search.extract.name_data import DATA_DIR, DATA_PACKAGE
from search.extract.quote_features import FEATURES, Reading, quotation_features, unclaimed
from search.extract.quote_marks import Quoted

MODEL_FILE = "attribution_model.json"


@dataclass(frozen=True)
class Model:
    """Logistic weights by feature name, a bias, and the probability needed to attribute;
    a model not ``enabled`` attributes nothing (the rules alone)."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    enabled: bool = True

    def probability(self, vector: Sequence[float]) -> float:
        """The probability that the person described by ``vector`` said the quotation."""
        score = self.bias + sum(w * x for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def as_json(self, **extra: object) -> str:
        """The model as ``data/attribution_model.json`` stores it (``extra``: provenance)."""
        record = {
            "features": list(FEATURES),
            "weights": [round(w, 4) for w in self.weights],
            "bias": round(self.bias, 4),
            "threshold": self.threshold,
            "enabled": self.enabled,
            **extra,
        }
        return json.dumps(record, ensure_ascii=False, indent=1) + "\n"


def parse_model(text: str) -> Model:
    """A ``Model`` from its JSON; the features must be ``FEATURES``, in order."""
    record = json.loads(text)
    if tuple(record["features"]) != FEATURES:
        raise ValueError("attribution model: its features are not quote_features.FEATURES; refit it")
    weights = tuple(float(w) for w in record["weights"])
    return Model(weights, float(record["bias"]), float(record["threshold"]), bool(record.get("enabled", True)))


@cache
def default_model() -> Model:
    """The shipped model (``data/attribution_model.json``)."""
    path = resources.files(DATA_PACKAGE).joinpath(DATA_DIR, MODEL_FILE)
    return parse_model(path.read_text(encoding="utf-8"))


def best_speaker(model: Model, reading: Reading, pair: Quoted) -> tuple[str, float] | None:
    """The most probable speaker of ``pair`` and the probability, or None when nobody is named."""
    scored = [(model.probability(vector), name) for name, vector in quotation_features(reading, pair)]
    if not scored:
        return None
    probability, name = max(scored)
    return name, probability


def scored_speakers(reading: Reading, model: Model | None = None) -> list[tuple[Quoted, str]]:
    """``(quotation, speaker)`` for each quotation the rules left unattributed whose best
    speaker reaches the model's threshold, in text order."""
    model = model or default_model()
    if not model.enabled:
        return []
    found = []
    for pair in unclaimed(reading):
        best = best_speaker(model, reading, pair)
        if best is not None and best[1] >= model.threshold:
            found.append((pair, best[0]))
    return found
