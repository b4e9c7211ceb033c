"""Features of the scored attribution (``search/extract/quote_features.py``): which
quotations it reads, who its candidates are, and what the numbers say about them."""

from __future__ import annotations

import pytest

from search.article import Article
from search.extract.quote_features import FAR, FEATURES, Reading, quotation_features, unclaimed
from search.extract.quotes import entity_spans, rule_quotes
from search.extract.structure_types import Structure, full_text


@pytest.fixture(scope="module")
def reading_of(recognizer):
    """The ``Reading`` the rules leave for a text (title optional)."""

    def run(text: str, title: str = "") -> Reading:
        article = Article(id="t", text=text, title=title)
        full = full_text(article)
        entities = recognizer.in_spans([(full, entity_spans(full))])[0]
        return rule_quotes(article, Structure(), entities).reading

    return run


def inner_texts(reading: Reading, pairs) -> list[str]:
    return [reading.text[slice(*pair.inner(reading.text))] for pair in pairs]


def features_of(reading: Reading, words: str) -> dict[str, dict[str, float]]:
    pair = next(p for p in reading.quoted if reading.text[slice(*p.inner(reading.text))] == words)
    return {name: dict(zip(FEATURES, vector, strict=True)) for name, vector in quotation_features(reading, pair)}


COLON = (
    "Joël Robuchon est mort lundi. Le chef Eric Fréchon a fait part de sa tristesse dans un tweet : "
    '"Ce qu\'il nous laisse à tous est immense, merci pour tout".'
)


def test_a_quotation_the_rules_attribute_is_claimed_and_not_read_again(reading_of):
    reading = reading_of('"Nous ne céderons sur rien, jamais", a déclaré Jean Dupont à la presse.')
    assert inner_texts(reading, reading.quoted) == ["Nous ne céderons sur rien, jamais"]
    assert unclaimed(reading) == []
    assert [s.name for s in reading.statements] == ["Jean Dupont"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Le livre de Paul Martin, intitulé "Tout ce que nous avons perdu en chemin", sort mardi.', ""),
        ('Paul Martin a visité l\'usine où les ouvriers voulaient "tout casser et partir" la veille.', ""),
        ("Paul Martin a visité l'usine.", '"Nous ne partirons jamais d\'ici sans rien" : Paul Martin à l\'usine'),
        (
            (
                'Paul Martin a visité l\'usine. Une habitante du quartier attend surtout "qu\'il tienne enfin ses '
                'promesses de juin".'
            ),
            "",
        ),
    ],
    ids=["title-after-intitule", "four-words", "headline", "unnamed-person"],
)
def test_titles_short_phrases_headlines_and_unnamed_speakers_are_not_read(reading_of, text, title):
    reading = reading_of(text, title)
    assert reading.quoted  # the quotation is there, the rules leave it ...
    assert all(pair.inner(reading.text)[0] not in reading.claimed for pair in reading.quoted)
    assert unclaimed(reading) == []  # ... and the scored attribution does not read it


def test_a_colon_after_a_named_subject_points_to_that_person(reading_of):
    reading = reading_of(COLON)
    features = features_of(reading, "Ce qu'il nous laisse à tous est immense, merci pour tout")
    chef, other = features["Eric Fréchon"], features["Joël Robuchon"]
    assert chef["colon_subject"] == 1.0 and other["colon_subject"] == 0.0
    assert chef["same_before"] == 1.0 and other["same_before"] == 0.0
    assert chef["subject_same"] == 1.0 and other["subject_prev"] == 1.0
    assert chef["dist_after"] == other["dist_after"] == FAR  # nobody named after it


def test_statements_around_a_quotation_are_features(reading_of):
    reading = reading_of(
        'Marie Curie a pris la parole la première. "La recherche avance enfin, et vite", a-t-elle affirmé. '
        '"Il nous faut encore des moyens pour continuer ce travail."'
    )
    features = features_of(reading, "Il nous faut encore des moyens pour continuer ce travail.")
    curie = features["Marie Curie"]
    assert curie["prev_speaker"] == curie["prev_speaker_near"] == 1.0
    assert curie["speaks_elsewhere"] == 1.0
    assert curie["q_first_person"] == 1.0 and curie["q_open"] == 1.0
