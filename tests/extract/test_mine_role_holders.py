"""The role phrases ``bench/mine_role_holders.py`` writes: the words the text gives next to the
name, kept only when they read back to the role the extractor saw and end on it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from search.extract.quote_holders import phrase_descriptor

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from mine_role_holders import written_role


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        ("Selon le maire de Bordeaux Alain Juppé, la ville ...", "Alain Juppé", "le maire de Bordeaux"),
        ("Florence Parly, ministre des Armées, a annoncé ...", "Florence Parly", "ministre des Armées"),
        ("Le ministre de l'Intérieur Christophe Castaner a dit ...", "Christophe Castaner", "le ministre de l'Intérieur"),
    ],
)
def test_the_phrase_next_to_the_name_is_written(text, name, phrase):
    start = text.index(name) if text.startswith(name) else text.lower().index(phrase.lower())
    assert written_role(text, start, name, phrase_descriptor(phrase)) == phrase


def test_a_phrase_that_reads_to_another_role_is_not_written():
    text = "Florence Parly, ministre des Armées, a annoncé ..."
    assert written_role(text, 0, "Florence Parly", phrase_descriptor("le ministre de l'Intérieur")) == ""


def test_a_phrase_running_on_past_its_role_is_not_written():
    text = "le président (LR) de la région Occitanie Jean Dupont a dit"
    descriptor = phrase_descriptor(text[: text.index("Jean Dupont")].strip())
    assert descriptor
    assert written_role(text, 0, "Jean Dupont", descriptor) == ""


def test_a_phrase_ends_with_its_line():
    """``la juge`` ending a headline reads no complement in the next paragraph's words."""
    assert phrase_descriptor("la juge\n\nUne série d'auditions de") == ""
