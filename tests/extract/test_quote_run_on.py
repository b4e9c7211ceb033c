"""A role's apposed name that runs on into the clause (``quote_run_on``)."""

from __future__ import annotations

import pytest

from search.extract.quote_phrases import phrase_at
from search.extract.quote_run_on import after_opinion_word, role_alone


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ('Pour le chef de l\'État, Jean-Luc Mélenchon "se comporte comme un chef battu".', "title", "chef"),
        ("Selon le ministre de l'Intérieur, Jean Dupont a menti aux enquêteurs.", "title", "ministre"),
        ("Selon le ministre de l'Intérieur, Jean Dupont, les chiffres sont faux.", "person", "Jean Dupont"),
        ("Selon le ministre de l'Intérieur, Jean Dupont.", "person", "Jean Dupont"),
    ],
)
def test_a_name_that_runs_on_leaves_the_role_alone(recognizer, text, kind, name):
    start = text.index(" le ") + 1
    entities = recognizer([text])[0]
    mention = phrase_at(text, start, len(text), entities)
    assert mention is not None and mention.kind == "person"  # read with its apposed name first
    alone = role_alone(text, mention, entities)
    assert (alone.kind, alone.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Pour le ministre", True), ("Selon le ministre", True), ("D'après le ministre", True), ("Et le ministre", False)],
)
def test_after_opinion_word(text, expected):
    assert after_opinion_word(text, text.index("le ministre")) is expected
