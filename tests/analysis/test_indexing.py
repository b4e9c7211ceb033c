"""Tests for search.analysis.indexing: the memo path gives exactly Whoosh's postings."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from whoosh import fields, formats

from search.analysis import exact_analyzer, french_analyzer
from search.analysis.indexing import (
    STOP,
    UNSUPPORTED,
    AnalyzedText,
    WordMemo,
    character_postings,
    position_postings,
    word_memo,
)

PROPERTIES = settings(max_examples=300, derandomize=True, deadline=None, database=None)

#: Letters, digits, apostrophes, separators, invisible characters, a letter that
#: folds to nothing (U+10300) and one that folds to punctuation (U+01C3).
ALPHABET = (
    "abcdelnqstuzàéèêîôùœÆ ABCDELNQSTÉŒ 0123456789 '’ʼ-.,;:«»\"\u00a0\u202f\u00ad\u200b\n"
    "\U00010300\u01c3\u0301"
)

SAMPLE = (
    "Les négociations de l’État reprennent à Genève : « C'est très insuffisant », juge "
    "aujourd’hui la députée d'Alep-Est. 20 000 euros, 20\u202f000 de plus, 3,5 % et 1.500 emplois ; "
    "l'œuvre de l'ŒCUMÉNISME, quelqu'un jusqu’à l'Élysée, invi\u00adter l'\u200baviation, "
    "x\U00010300 \U00010300 fin. Est-ce à l'Est ? Communiqué du 3 mars."
)

#: One field of each kind and format used by the schema, with a field boost.
FIELDS = {
    "stemmed, characters": AnalyzedText("stemmed", stored=True, chars=True, field_boost=2.0, multitoken_query="phrase"),
    "exact, positions": AnalyzedText("exact", phrase=True, multitoken_query="phrase"),
    "stemmed, positions": AnalyzedText("stemmed", phrase=True, field_boost=1.5),
    "exact, characters": AnalyzedText("exact", chars=True),
}


def _whoosh(field: AnalyzedText, value: object) -> list[tuple]:
    """What Whoosh's own TEXT field indexes for ``value``."""
    return list(fields.TEXT.index(field, value))


@pytest.mark.parametrize("name", FIELDS)
@pytest.mark.parametrize(
    "value",
    [SAMPLE, "", "   ", "le la les de", "Les Est", "\U00010300 le chat", "l'\U00010300 chat", "chat chat chat"],
)
def test_postings_equal_whoosh_postings(name: str, value: str) -> None:
    field = FIELDS[name]
    assert list(field.index(value)) == _whoosh(field, value)


@PROPERTIES
@given(st.one_of(st.text(alphabet=ALPHABET, max_size=150), st.text(max_size=80)))
@example("de l'Alep-Est, le l' l'l'Est \U00010300 le")
def test_postings_equal_whoosh_postings_for_any_text(value: str) -> None:
    for field in FIELDS.values():
        assert list(field.index(value)) == _whoosh(field, value)


def test_leading_stop_words_keep_the_first_position_as_the_analyzer_does() -> None:
    field = FIELDS["stemmed, characters"]
    postings = {term: value for term, _, _, value in field.index("le la chat le chien")}
    assert set(postings) == {b"chat", b"chien"}
    chat = field.format.decode_characters(postings[b"chat"])
    chien = field.format.decode_characters(postings[b"chien"])
    assert chat == [(2, 6, 10)] and chien == [(3, 14, 19)]  # stop words renumbered away after the first word


def test_memo_describes_stop_words_elision_and_empty_folds() -> None:
    stemmed, exact = WordMemo("stemmed"), WordMemo("exact")
    assert stemmed.form("les") is STOP
    assert stemmed.form("l’aviation") == (2, b"aviat")
    assert exact.form("l’aviation") == (2, b"aviation")
    assert exact.form("Est") == (0, b"est") and stemmed.form("Est") == (0, b"est") and stemmed.form("est") is STOP
    assert exact.form("\U00010300") == (0, b"")
    assert exact.form("two words") is UNSUPPORTED  # not one token: never a match of the tokenizer's pattern


def test_an_unsupported_word_sends_the_value_through_whoosh() -> None:
    field = AnalyzedText("exact")
    memo = word_memo("exact")
    memo.forms["pneu"] = UNSUPPORTED
    try:
        assert position_postings("un pneu", memo, 1.0) is None
        assert character_postings("un pneu", word_memo("stemmed"), 1.0) is not None
        assert list(field.index("un pneu")) == _whoosh(field, "un pneu")
        assert [term for term, *_ in field.index("un pneu")] == [b"un", b"pneu"]
    finally:
        del memo.forms["pneu"]


def test_lists_of_words_and_other_formats_use_whoosh() -> None:
    field = AnalyzedText("exact")
    assert list(field.index(["Genève", "Alep"])) == _whoosh(field, ["Genève", "Alep"])
    frequency = AnalyzedText("stemmed")
    frequency.format = formats.Frequency()
    assert list(frequency.index(SAMPLE)) == _whoosh(frequency, SAMPLE)


def test_fields_keep_their_analyzer_and_survive_pickling() -> None:
    field = FIELDS["stemmed, characters"]
    assert field.analyzer == french_analyzer() and FIELDS["exact, positions"].analyzer == exact_analyzer()
    copy = pickle.loads(pickle.dumps(field))
    assert copy == field and copy.kind == "stemmed"
    assert list(copy.index(SAMPLE)) == list(field.index(SAMPLE))
