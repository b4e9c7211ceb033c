"""Tests for search.extract.name_data: folding and the shipped word lists."""

import unicodedata

import pytest

from search.extract.name_data import fold, folded_words, person_nouns


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Éléonore", "eleonore"),
        ("Œuvre cœur Ætna", "oeuvre coeur aetna"),
        ("Nguyễn Thị", "nguyen thi"),
        ("ASCII Only", "ascii only"),
        ("Çà et là", "ca et la"),
    ],
)
def test_fold_lowercases_and_strips_accents_and_ligatures(text, folded):
    assert fold(text) == folded


def test_fold_of_a_long_text_is_the_fold_of_its_words():
    """Long texts take the uncached path; it folds exactly as the cached one does."""
    words = "Sergueï Lavrov a répété à Genève que l'Œuvre d'Orient était « prête » à négocier".split()
    text = " ".join(words * 10)
    assert len(text) > 64
    assert fold(text) == " ".join(fold(word) for word in words * 10)


def test_fold_strips_every_combining_mark():
    marks = "".join(chr(code) for code in range(0x300, 0x20000) if unicodedata.combining(chr(code)))
    assert fold("a" + marks + "b") == "ab"


def test_sentence_openers_are_function_words_not_names():
    openers = folded_words("sentence_openers.txt")
    assert {"il", "selon", "mais", "a", "lundi"} <= openers
    assert not {"paris", "macron", "pen", "france"} & openers


def test_person_nouns_joins_people_nouns_and_roles():
    assert {"ministre", "porte-parole"} <= set(person_nouns())


def test_fold_keeps_the_grapheme_joiner_which_marks_nothing():
    """U+034F sits among the Latin accents but is no combining mark: folding keeps it."""
    assert fold("a\u034fé") == "a\u034fe"
