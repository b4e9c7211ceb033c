"""Fitting the scored attribution (``search/extract/attribution_fit.py``): gold quotes are
matched to quotations, examples come from the tuning sets only, and the regression fits."""

from __future__ import annotations

import numpy as np
import pytest

from search.extract import attribution_fit
from search.extract.attribution_fit import examples, fit, gold_speaker, load_annotated
from search.extract.quote_features import FEATURES

ANNOTATION = {
    "quotes": [
        {"speaker": "M. Étienne Guyot", "speaker_kind": "person", "text": "Ceux qui représentent l'État ici"},
        {"speaker": "OMS", "speaker_kind": "organisation", "text": "la pandémie s'accélère partout dans le monde"},
        {"speaker": "Anne Hidalgo", "speaker_kind": "person", "text": "contre"},
    ]
}


@pytest.mark.parametrize(
    ("words", "key"),
    [
        ("Ceux qui représentent l’État ici", "etienne guyot"),  # apostrophes and accents aside
        ("Ceux qui représentent l'État ici, et ailleurs aussi", "etienne guyot"),  # the gold text is inside
        ("la pandémie s'accélère partout dans le monde", ""),  # an organisation's: no person
        ("contre", "anne hidalgo"),  # a short gold text matches only itself
        ("contre toute attente, il a gagné", ""),
        ("Une phrase que personne n'a dite", ""),
    ],
)
def test_gold_speaker_matches_quoted_words_to_the_annotation(words, key):
    assert gold_speaker(ANNOTATION, words) == key


def test_the_evaluation_set_is_never_read():
    with pytest.raises(ValueError, match="not a tuning set"):
        load_annotated("eval")
    assert "eval" not in attribution_fit.TUNING_SETS


def test_fit_learns_the_sign_of_each_feature():
    rng = np.random.default_rng(7)
    rows = rng.normal(size=(400, len(FEATURES)))
    truth = np.zeros(len(FEATURES))
    truth[0], truth[1] = 3.0, -3.0
    labels = (rows @ truth + rng.normal(scale=0.5, size=400) > 0).astype(float)
    model = fit(rows, labels, threshold=0.3)
    assert model.weights[0] > 1.0 and model.weights[1] < -1.0
    assert max(abs(w) for w in model.weights[2:]) < 0.5
    assert model.threshold == 0.3


def test_examples_of_the_seeds_label_the_annotated_speakers():
    rows, labels = examples(load_annotated("seeds"))
    assert rows.shape == (len(labels), len(FEATURES))
    assert 10 <= labels.sum() < len(labels) / 2  # each quotation has one speaker among several persons at most
