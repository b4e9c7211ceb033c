"""Property-based tests of the French analysis: any Unicode text, no exception, sound tokens.

The invariants are those docs/analysis.md states in general: tokens are folded
(ASCII, lowercase, no whitespace), positions increase, character offsets lie
inside the input and cover the original spelling of the term, the stemmed
analyzer is the exact one minus stop words, stemmed, and folding the input
first changes no exact term of French text.
"""

from __future__ import annotations

import pickle

from hypothesis import example, given, settings
from hypothesis import strategies as st

from search.analysis import (
    exact_analyzer,
    fold,
    french_analyzer,
    normalize_query_numbers,
)
from search.analysis.folding import fold_word
from search.analysis.numbers import THOUSANDS_SEPARATORS, number_term
from search.analysis.stemming import FrenchStemFilter

#: Deterministic runs (the same examples every time, as in CI), no timing flakiness.
PROPERTIES = settings(max_examples=300, derandomize=True, deadline=None, database=None)

FRENCH_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÇÉÈÊËÎÏÔÙÛÜŒÆ"
    "0123456789 '’ʼ-.,;:!?«»\"()\u00a0\u202f\u2009\u00ad\u200b\n"
)
french_text = st.text(alphabet=FRENCH_ALPHABET, max_size=120)
any_text = st.one_of(st.text(max_size=120), french_text)

STEMMED = french_analyzer()
EXACT = exact_analyzer()
STEMMER = FrenchStemFilter()


def _tokens(analyzer, text: str) -> list[tuple[str, int, int, int]]:
    """(text, position, startchar, endchar) of every token."""
    return [(t.text, t.pos, t.startchar, t.endchar) for t in analyzer(text, positions=True, chars=True)]


def _assert_sound(tokens: list[tuple[str, int, int, int]], text: str) -> None:
    positions = [pos for _, pos, _, _ in tokens]
    assert positions == sorted(set(positions)), positions
    for term, _, start, end in tokens:
        assert isinstance(term, str) and term
        assert term.isascii() and term == term.lower() and not any(c.isspace() for c in term), term
        assert term[0].isalnum(), term
        assert 0 <= start < end <= len(text)


@PROPERTIES
@given(any_text)
@example("l'l'aviation d’Alep-Est, 20\u202f000 morts, 3,5 %")
@example("\u0301\u00ad\u200b e\u0301 ①②")
@example("北京 Straße ŒUVRE ﬁn Macy's 0'S")
@example("ʼa aʼ ʼʼ мать подъезд ǃa 0ʹ\u200b")  # letters spelt as punctuation by transliteration
def test_both_analyzers_give_folded_tokens_at_increasing_positions_inside_the_text(text):
    for analyzer in (STEMMED, EXACT):
        _assert_sound(_tokens(analyzer, text), text)
    # Only the stemmer may leave an apostrophe at the end ("macy's" -> "macy'").
    assert all(term[-1].isalnum() for term, *_ in _tokens(EXACT, text))


@PROPERTIES
@given(any_text)
@example("L'État, 20 000 euros, aujourd’hui invi\u00adter ﬁn")
def test_exact_offsets_cover_the_original_spelling_of_each_term(text):
    for term, _, start, end in _tokens(EXACT, text):
        original = text[start:end]
        assert term in (fold_word(original), number_term(original)), (term, original)


@PROPERTIES
@given(any_text)
@example("Les négociations d'Alep-Est et l'Est, c'est EST")
def test_stemmed_terms_are_the_exact_terms_without_stop_words_stemmed(text):
    exact = {(start, end): term for term, _, start, end in _tokens(EXACT, text)}
    stemmed = _tokens(STEMMED, text)
    assert len(stemmed) <= len(exact)
    for term, _, start, end in stemmed:
        assert (start, end) in exact
        assert term == STEMMER.stem(exact[start, end])


@PROPERTIES
@given(french_text)
@example("GENÈVE Œuvre l’État 20\u00a0000 ʼa")
@example("l'\u00adaviation 0'\u00ad0")  # a soft hyphen after an apostrophe
@example("Ç’a été")  # the prefix of an elision is compared folded
@example("0ʼ’0 C'ʼ Sʼ‘0")  # U+02BC is an apostrophe, not a letter
def test_folding_french_text_first_changes_no_exact_term(text):
    assert [t.text for t in EXACT(fold(text))] == [t.text for t in EXACT(text)]


@PROPERTIES
@given(any_text)
def test_analyzers_survive_pickle(text):
    for analyzer in (STEMMED, EXACT):
        copy = pickle.loads(pickle.dumps(analyzer))
        assert _tokens(copy, text) == _tokens(analyzer, text)


@PROPERTIES
@given(any_text)
@example("ÉTÉ\u00a0 à\tGenève ﬁ")
def test_fold_is_ascii_collapsed_and_idempotent(text):
    folded = fold(text)
    assert folded.isascii() and folded == folded.strip() and "  " not in folded
    assert fold(folded) == folded


@PROPERTIES
@given(st.one_of(any_text, st.text(alphabet="0123456789 .,\u00a0\u202f\u2009a", max_size=60)))
@example("1 000 000 et 2016 2017, 20.000,5 puis 3,5")
def test_query_numbers_only_lose_separators_and_are_stable(text):
    normalized = normalize_query_numbers(text)
    strip = str.maketrans("", "", THOUSANDS_SEPARATORS)
    assert normalized.translate(strip) == text.translate(strip)
    assert normalize_query_numbers(normalized) == normalized
