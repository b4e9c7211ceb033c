"""Tests for search.analysis.folding."""

from __future__ import annotations

import pytest
from whoosh.analysis import RegexTokenizer

from search.analysis.folding import FoldFilter, fold, fold_word


@pytest.mark.parametrize("word", ["Genève", "geneve", "GENEVE", "GENÈVE", "genève"])
def test_case_and_accents_fold_to_one_term(word: str) -> None:
    assert fold(word) == "geneve"
    assert fold_word(word) == "geneve"


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("œuvre", "oeuvre"),
        ("Œuvre", "oeuvre"),
        ("cœur", "coeur"),
        ("Æsop", "aesop"),
        ("ex-æquo", "ex-aequo"),
        ("Straße", "strasse"),
        ("ﬁnance", "finance"),
        ("Ça", "ca"),
        ("Noël", "noel"),
        ("août", "aout"),
        ("İstanbul", "istanbul"),
        ("Αθήνα", "athena"),
    ],
)
def test_ligatures_and_special_letters(word: str, folded: str) -> None:
    assert fold(word) == folded


def test_fold_collapses_whitespace() -> None:
    assert fold("  Jean-Marc \u00a0\t Ayrault \n") == "jean-marc ayrault"


def test_fold_typographic_apostrophe() -> None:
    assert fold("Aujourd’hui") == "aujourd'hui"
    assert fold("L’État") == "l'etat"


def test_fold_word_has_no_whitespace() -> None:
    # unidecode spells Chinese as syllables separated by spaces
    assert fold("北京") == "bei jing"
    assert fold_word("北京") == "beijing"


def test_fold_word_is_cached_and_stable() -> None:
    assert fold_word("Élysée") == "elysee"
    assert fold_word("Élysée") == "elysee"


def test_fold_filter_folds_tokens_and_keeps_offsets() -> None:
    text = "À Genève, l'ŒUVRE"
    ana = RegexTokenizer(r"\S+") | FoldFilter()
    tokens = [(t.text, text[t.startchar : t.endchar]) for t in ana(text, chars=True)]
    assert tokens == [("a", "À"), ("geneve,", "Genève,"), ("l'oeuvre", "l'ŒUVRE")]


def test_fold_filter_drops_tokens_that_fold_to_nothing() -> None:
    # U+1F600 has no transliteration: unidecode returns ""
    ana = RegexTokenizer(r"\S+") | FoldFilter()
    assert [t.text for t in ana("a \U0001F600 b")] == ["a", "b"]


def test_invisible_characters_and_combining_accents_are_removed() -> None:
    assert fold("invi\u00adter l'\u200bÉgalité") == "inviter l'egalite"
    assert fold_word("Gene\u0300ve") == "geneve"
    assert fold_word("mot\u200bclé") == "motcle"
