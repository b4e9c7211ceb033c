"""Tests for search.analysis.elision."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.analysis.elision import ELISION_PREFIXES, ElisionFilter, strip_elision
from search.analysis.tokenizer import FrenchTokenizer

APOSTROPHES = ["'", "\u2019", "\u2018", "\u02bc"]
PREFIXES = "l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu".split()

ANALYZE = FrenchTokenizer() | ElisionFilter()


def spans(text: str) -> list[tuple[str, str]]:
    return [(t.text, text[t.startchar : t.endchar]) for t in ANALYZE(text, chars=True)]


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_prefix_with_every_apostrophe(prefix: str, apostrophe: str) -> None:
    assert strip_elision(f"{prefix}{apostrophe}aviation") == ("aviation", len(prefix) + 1)
    capitalized = prefix.capitalize()
    assert strip_elision(f"{capitalized}{apostrophe}Alep") == ("Alep", len(prefix) + 1)
    assert strip_elision(f"{prefix.upper()}{apostrophe}ÉTAT") == ("ÉTAT", len(prefix) + 1)


def test_prefix_set_is_exactly_the_documented_one() -> None:
    assert ELISION_PREFIXES == frozenset(PREFIXES)


def test_lucene_default_articles_are_all_elided(data_dir: Path) -> None:
    lines = (data_dir / "french_default_articles.txt").read_text("utf-8").splitlines()
    articles = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert len(articles) == 13
    assert set(articles) <= ELISION_PREFIXES


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
def test_aujourdhui_stays_whole(apostrophe: str) -> None:
    word = f"aujourd{apostrophe}hui"
    assert strip_elision(word) == (word, 0)
    assert strip_elision(f"d{apostrophe}{word}") == (word, 2)


@pytest.mark.parametrize("word", ["prud'hommes", "O'Brien", "presqu", "l'", "'aviation", "entr'acte"])
def test_words_that_are_not_elisions(word: str) -> None:
    assert strip_elision(word) == (word, 0)


def test_offsets_cover_only_the_word() -> None:
    text = "Il parle de l'aviation, d’Alep et de L’État qu'il aime aujourd'hui."
    assert spans(text) == [
        ("Il", "Il"),
        ("parle", "parle"),
        ("de", "de"),
        ("aviation", "aviation"),
        ("Alep", "Alep"),
        ("et", "et"),
        ("de", "de"),
        ("État", "État"),
        ("il", "il"),
        ("aime", "aime"),
        ("aujourd'hui", "aujourd'hui"),
    ]


def test_positions_are_unchanged() -> None:
    toks = [(t.text, t.pos) for t in ANALYZE("jusqu'à l'aube", positions=True)]
    assert toks == [("à", 0), ("aube", 1)]


def test_query_words_passed_untokenized() -> None:
    # Whoosh passes prefix/fuzzy words with tokenize=False
    assert [t.text for t in ANALYZE("l'avi", tokenize=False)] == ["avi"]
