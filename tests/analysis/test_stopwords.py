"""Tests for search.analysis.stopwords."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.analysis.folding import FoldFilter, fold_word
from search.analysis.stopwords import (
    FRENCH_STOP_WORDS,
    STOP_FILE,
    StopFilter,
    load_stop_words,
    parse_snowball_list,
)
from search.analysis.tokenizer import FrenchTokenizer

ANALYZE = FrenchTokenizer() | StopFilter() | FoldFilter()


def words(text: str, **kwargs: object) -> list[str]:
    return [t.text for t in ANALYZE(text, **kwargs)]


def test_package_data_is_the_snowball_list(data_dir: Path) -> None:
    bundled = (data_dir / STOP_FILE).read_text("utf-8").splitlines()
    assert load_stop_words() == parse_snowball_list(bundled)
    assert len(load_stop_words()) == 164


def test_parse_snowball_list() -> None:
    lines = [" | comment", "au             |  a + le", "", "été", "   | x"]
    assert parse_snowball_list(lines) == ["au", "été"]


def test_the_whole_snowball_list_is_removed() -> None:
    for word in load_stop_words():
        assert words(word) == [], word
        assert words(word.upper()) == [], word
        assert words(fold_word(word)) == [], word


def test_stop_words_are_folded() -> None:
    assert {"a", "ete", "meme", "etes", "fumes"} <= FRENCH_STOP_WORDS


@pytest.mark.parametrize("word", ["les", "Les", "ils", "cette", "Cette", "à", "a", "été", "même", "meme"])
def test_common_stop_words(word: str) -> None:
    assert words(word) == []


def test_content_words_survive() -> None:
    assert words("Les ministres de cette réunion sont à Genève") == ["ministres", "reunion", "geneve"]


def test_capitalized_est_is_kept() -> None:
    assert words("Alep-Est et l'Est") == ["alep", "est", "l'est"]
    assert words("Il est parti et C'EST fini, EST") == ["parti", "c'est", "fini"]


def test_positions_are_renumbered() -> None:
    toks = [(t.text, t.pos) for t in ANALYZE("le ministre de la santé", positions=True)]
    assert toks == [("ministre", 1), ("sante", 2)]


def test_removestops_false_marks_instead_of_dropping() -> None:
    toks = [(t.text, t.stopped, t.pos) for t in ANALYZE("le ministre", removestops=False, positions=True)]
    assert toks == [("le", True, 0), ("ministre", False, 1)]


def test_custom_list() -> None:
    stop = StopFilter(["Chat"], keep_capitalized=[])
    assert [t.text for t in stop(FrenchTokenizer()("chat CHAT Chat chien"))] == ["chien"]
    assert stop.is_stop("chat") and not stop.is_stop("chien")
