"""Whether a one-word name read as a person's is one (``quote_one_word``, no model needed)."""

from __future__ import annotations

import pytest

from search.extract.quote_one_word import OneWordNames
from search.extract.structure_types import Entity


def _entity(text: str, word: str, label: str = "PER") -> Entity:
    start = text.index(word)
    return Entity(word, label, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word", "plausible"),
    [
        ("Mardi, Macron a parlé. Emmanuel Macron est rentré.", "Macron", True),  # a surname of a full name
        ("Elle travaille pour le fondateur de Tesla depuis un an.", "Tesla", False),  # after a role and "de"
        ("Les rescapés de Moria dorment dehors depuis que le camp de Moria a brûlé.", "Moria", False),
        ("Il défend la loi Macron devant les députés.", "Macron", False),  # a law named after someone
        ("Donné favori, il a perdu. Le favori est donné perdant.", "Donné", False),  # a common word, opening
        ("Omar, un Burkinabé de 18 ans, se plaint du froid.", "Omar", True),  # opening, but introduced
    ],
)
def test_one_word_person_entities(text, word, plausible):
    starts = [0] + [i + 2 for i, char in enumerate(text) if char == "." and i + 2 < len(text)]
    names = OneWordNames(text, [_entity(text, word)], starts)
    assert names.plausible(_entity(text, word)) is plausible


def test_common_words_are_no_persons():
    text = "Coronavirus : il faut le masque. Le coronavirus circule. Omar, omar. Marine Pen, pen."
    entities = [_entity(text, "Marine Pen")]
    names = OneWordNames(text, entities, [0])
    assert names.common_word("Coronavirus")  # written in lowercase too
    assert not names.common_word("Omar")  # a known given name
    assert not names.common_word("Pen")  # the surname of a full name of the article
    assert not names.common_word("Marine Pen")  # several words
