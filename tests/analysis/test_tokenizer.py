"""Tests for search.analysis.tokenizer."""

from __future__ import annotations

import pytest

from search.analysis.tokenizer import FrenchTokenizer

TOKENIZE = FrenchTokenizer()


def words(text: str) -> list[str]:
    return [t.text for t in TOKENIZE(text)]


def spans(text: str) -> list[tuple[str, int, str]]:
    """(token text, position, original slice) for every token."""
    return [
        (t.text, t.pos, text[t.startchar : t.endchar])
        for t in TOKENIZE(text, positions=True, chars=True)
    ]


def test_words_and_punctuation() -> None:
    text = "« Bonjour », dit-il : “c'est fini” ; (vraiment ?) \"oui\"... — 100 % !"
    assert words(text) == ["Bonjour", "dit", "il", "c'est", "fini", "vraiment", "oui", "100"]


def test_unicode_letters_and_digits_of_any_script() -> None:
    assert words("Ελλάδα Москва 北京 C3PO 22h00 ١٢٣") == [
        "Ελλάδα", "Москва", "北京", "C3PO", "22h00", "١٢٣",
    ]


def test_underscore_separates() -> None:
    assert words("snake_case") == ["snake", "case"]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u2018"])
def test_apostrophe_inside_a_word_is_kept(apostrophe: str) -> None:
    word = f"aujourd{apostrophe}hui"
    assert words(f"{word} l{apostrophe}aviation") == [word, f"l{apostrophe}aviation"]


def test_apostrophe_at_the_edges_is_not_part_of_a_token() -> None:
    assert words("'citation' les parents' l'") == ["citation", "les", "parents", "l"]


def test_hyphenated_words_split_at_consecutive_positions() -> None:
    assert spans("Alep-Est, Saint-Étienne a-t-il") == [
        ("Alep", 0, "Alep"),
        ("Est", 1, "Est"),
        ("Saint", 2, "Saint"),
        ("Étienne", 3, "Étienne"),
        ("a", 4, "a"),
        ("t", 5, "t"),
        ("il", 6, "il"),
    ]


def test_glued_sentences_split_at_the_period() -> None:
    assert words("la violence domestique.Consternant, il part.Il revient") == [
        "la", "violence", "domestique", "Consternant", "il", "part", "Il", "revient",
    ]


@pytest.mark.parametrize(
    "raw", ["20 000", "20\u00a0000", "20\u202f000", "20.000", "20,000", "20000"]
)
def test_numbers_are_one_token_spanning_the_original(raw: str) -> None:
    text = f"Environ {raw} personnes."
    assert spans(text) == [("Environ", 0, "Environ"), ("20000", 1, raw), ("personnes", 2, "personnes")]


def test_decimals_and_separate_numbers() -> None:
    assert words("3,5 % en 2016 2017, puis 2016 200 et 1940-1945 ou 3.5") == [
        "3,5", "en", "2016", "2017", "puis", "2016", "200", "et", "1940", "1945", "ou", "3,5",
    ]


def test_number_at_end_of_sentence() -> None:
    assert words("Il y en a 1 500.Ensuite 12,") == ["Il", "y", "en", "a", "1500", "Ensuite", "12"]


def test_number_glued_to_letters_stays_a_word() -> None:
    assert words("33Bis 20 000km") == ["33Bis", "20", "000km"]


def test_start_pos_and_start_char() -> None:
    toks = [(t.text, t.pos, t.startchar, t.endchar) for t in TOKENIZE("ab cd", positions=True, chars=True, start_pos=10, start_char=100)]
    assert toks == [("ab", 10, 100, 102), ("cd", 11, 103, 105)]


def test_tokenize_false_yields_the_whole_value() -> None:
    toks = [(t.text, t.pos, t.startchar, t.endchar) for t in TOKENIZE("négo l'avi", tokenize=False, positions=True, chars=True)]
    assert toks == [("négo l'avi", 0, 0, 10)]


def test_one_token_object_is_reused() -> None:
    ids = {id(t) for t in TOKENIZE("un deux trois")}
    assert len(ids) == 1


def test_keeporiginal_and_mode() -> None:
    toks = [(t.text, t.original, t.mode) for t in TOKENIZE("20 000 Genève", keeporiginal=True, mode="index")]
    assert toks == [("20000", "20 000", "index"), ("Genève", "Genève", "index")]


def test_equality_for_schema_comparison() -> None:
    assert FrenchTokenizer() == FrenchTokenizer()


def test_invisible_characters_inside_words() -> None:
    text = "invi\u00adter \u200bÉ\u200b\u200bgalité mot\u2060clé"
    assert spans(text) == [
        ("inviter", 0, "invi\u00adter"),
        ("Égalité", 1, "É\u200b\u200bgalité"),
        ("motclé", 2, "mot\u2060clé"),
    ]


def test_decomposed_accents_stay_in_the_word() -> None:
    text = "De\u0301cision prise a\u0300 Gene\u0300ve"
    assert [s for _, _, s in spans(text)] == ["De\u0301cision", "prise", "a\u0300", "Gene\u0300ve"]


def test_other_hyphens_and_middle_dot_separate() -> None:
    assert words("Palais\u2011Bourbon e\u2010commerce directeurs·trices") == [
        "Palais", "Bourbon", "e", "commerce", "directeurs", "trices",
    ]
