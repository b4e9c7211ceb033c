"""The scored attribution (``search/extract/quote_scorer.py``): the fitted model gives a
quotation the rules leave unattributed to the person a reader would and leaves titles
alone; switched off (as shipped) or unconfident, it changes nothing."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from search.article import Article
from search.extract.quote_features import FEATURES
from search.extract.quote_scorer import Model, default_model, parse_model
from search.extract.quotes import entity_spans, find_quotes
from search.extract.structure_types import Structure, full_text

#: A model whose probabilities never reach its threshold: the rules alone.
UNSURE = Model((0.0,) * len(FEATURES), -30.0, 0.5)


@pytest.fixture(scope="module")
def fitted() -> Model:
    """The shipped model, switched on."""
    return replace(default_model(), enabled=True)


@pytest.fixture(scope="module")
def quotes_with(recognizer):
    """Quotes of a text found with a given model (None: the shipped one)."""

    def run(text: str, model: Model | None = None) -> list[tuple[str, str, str]]:
        article = Article(id="t", text=text)
        full = full_text(article)
        entities = recognizer.in_spans([(full, entity_spans(full))])[0]
        return [(q.speaker, q.kind, q.text) for q in find_quotes(article, Structure(), entities, model)]

    return run


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            (
                "Le maire d'Ajaccio, Laurent Marcangeli, a fait part lundi dans un communiqué de sa \"stupéfaction\" "
                "face à l'assassinat de cet homme qui était \"agent de la ville affecté à la propreté urbaine\"."
            ),
            "Laurent Marcangeli",
            "agent de la ville affecté à la propreté urbaine",
        ),
        (
            (
                "Anne Hidalgo n'en démord pas. Malgré les critiques de l'opposition, elle veut \"lutter encore et "
                "toujours contre la pollution de l'air\"."
            ),
            "Anne Hidalgo",
            "lutter encore et toujours contre la pollution de l'air",
        ),
    ],
)
def test_a_quotation_no_rule_attributes_goes_to_the_person_a_reader_sees(quotes_with, fitted, text, speaker, words):
    assert (speaker, "direct", words) in quotes_with(text, fitted)
    rules_alone = quotes_with(text, UNSURE)
    assert (speaker, "direct", words) not in rules_alone
    assert quotes_with(text) == rules_alone  # shipped switched off
    assert quotes_with(text, replace(fitted, enabled=False)) == rules_alone


@pytest.mark.parametrize(
    "text",
    [
        "Le livre de Paul Martin, intitulé \"Tout ce que nous avons perdu en chemin\", sort en librairie mardi.",
        (
            "Le rappeur Kery James sort un nouvel album. Son titre phare, \"Le jour où nous partirons tous\", "
            "est déjà un succès."
        ),
        "Le ministre Paul Martin a visité l'usine où les ouvriers voulaient \"tout casser\" la veille.",
    ],
)
def test_titles_and_short_phrases_stay_unattributed(quotes_with, fitted, text):
    assert quotes_with(text, fitted) == []


def test_probability_is_the_logistic_of_the_weighted_sum():
    model = Model((1.0, -2.0) + (0.0,) * (len(FEATURES) - 2), 0.5, 0.2)
    vector = [2.0, 1.0] + [7.0] * (len(FEATURES) - 2)
    assert model.probability(vector) == pytest.approx(1 / (1 + math.exp(-0.5)))


def test_the_shipped_model_reads_back_and_refuses_other_features():
    model = default_model()
    assert len(model.weights) == len(FEATURES)
    assert 0.0 < model.threshold < 1.0
    assert not model.enabled
    assert parse_model(model.as_json(fitted_on=["tune"])) == model
    assert parse_model(replace(model, enabled=True).as_json()).enabled
    with pytest.raises(ValueError, match="refit"):
        parse_model(model.as_json().replace('"q_words"', '"q_letters"'))
