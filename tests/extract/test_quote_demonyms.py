"""A person named after a nationality noun: ``insiste le Syrien Muhammad``."""

from __future__ import annotations

import pytest

from search.extract.quote_demonyms import without_nationality_nouns
from search.extract.structure_types import Entity


def _read(text: str, words: str, label: str) -> Entity:
    """What the recogniser gives for ``words`` in ``text``, as ``without_nationality_nouns`` leaves it."""
    start = text.index(words)
    [entity] = without_nationality_nouns([Entity(words, label, start, start + len(words))], text)
    return entity


@pytest.mark.parametrize(
    "text, words, label, name",
    [
        ('"Rien ne va", insiste le Syrien Muhammad, bloqué à Moria.', "Syrien Muhammad", "LOC", "Muhammad"),
        ("L'Afghane Nazifa, ancienne institutrice, s'indigne.", "Afghane Nazifa", "ORG", "Nazifa"),
        ('"Oui", dit le jeune Suédois Patrik Lundberg.', "Suédois Patrik Lundberg", "PER", "Patrik Lundberg"),
    ],
)
def test_the_name_after_a_nationality_noun_is_a_persons(text, words, label, name):
    entity = _read(text, words, label)
    assert (entity.text, entity.label, text[entity.start : entity.end]) == (name, "PER", name)


@pytest.mark.parametrize(
    "text, words, label",
    [
        ("Le match Syrien Muhammad Cup a eu lieu.", "Syrien Muhammad Cup", "MISC"),  # no determiner right before
        ("Il a pris l'Américain New York Times.", "Américain New York Times", "ORG"),  # no name: a place's
        ("Il a pris le Français Air France.", "Français Air France", "ORG"),  # an organisation
        ("Il a signé chez l'Espagnol Valence.", "Espagnol Valence", "ORG"),  # a place's name: a club
        ("Il a vu le Président Emmanuel Macron.", "Président Emmanuel Macron", "PER"),  # no nationality
    ],
)
def test_other_entities_are_left_as_they_are(text, words, label):
    assert _read(text, words, label).text == words


def test_the_person_speaks_the_quotation(quotes_of):
    quotes = quotes_of('Les réfugiés attendent. "La situation s\'aggrave jour après jour", insiste le Syrien Muhammad.')
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Muhammad", "person")]
