"""Tests for search.analysis.stemming."""

from __future__ import annotations

import pickle
import threading

import pytest

from search.analysis.folding import fold_word
from search.analysis.stemming import (
    STEM_EXCEPTIONS,
    FrenchStemFilter,
    SnowballFrench,
    restore_accents,
)
from search.analysis.tokenizer import FrenchTokenizer

STEM = SnowballFrench()


def term(word: str) -> str:
    """The stemmed term of one word, as the analyzer computes it."""
    return STEM(fold_word(word))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("négociation", "négociations"),
        ("évacuer", "évacuation"),
        ("président", "présidente"),
        ("cheval", "chevaux"),
        ("manifestation", "manifestations"),
        ("député", "députée"),
        ("députés", "députées"),
        ("organisé", "organisée"),
        ("premier", "première"),
        ("dernier", "dernières"),
        ("policier", "policières"),
        ("arrêté", "arrêtée"),
        ("tué", "tuée"),
        ("journal", "journaux"),
        ("négocier", "négociation"),
        ("sécurité", "sécurités"),
        ("autorité", "autorités"),
        ("interdit", "interdite"),
        ("communiqué", "communiqués"),
        ("particulier", "particulièrement"),
    ],
)
def test_pairs_that_share_a_stem(a: str, b: str) -> None:
    assert term(a) == term(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("police", "politique"),
        ("communiqué", "commune"),
        ("mars", "mari"),
        ("connaît", "con"),
        ("université", "univers"),
        ("gens", "gent"),
    ],
)
def test_pairs_kept_apart(a: str, b: str) -> None:
    assert term(a) != term(b)


@pytest.mark.parametrize(
    "word",
    [
        "sécurité", "évacuation", "négociations", "présidente", "organisée", "première",
        "policières", "arrêtée", "hôpitaux", "grève", "européenne", "Genève", "côté",
        "communiqué", "connaît", "déjà", "après", "frontières", "particulièrement",
    ],
)
def test_unaccented_spelling_reaches_the_same_term(word: str) -> None:
    assert term(word) == term(fold_word(word)) == term(word.upper())


def test_terms_are_folded() -> None:
    for word in ["née", "été", "créées", "sécurité", "élève"]:
        assert term(word).isascii(), word


@pytest.mark.parametrize(
    ("word", "restored"),
    [
        ("securite", "securité"),
        ("autorites", "autorités"),
        ("organisee", "organisée"),
        ("organisees", "organisées"),
        ("premiere", "première"),
        ("frontieres", "frontières"),
        ("particulierement", "particulièrement"),
        ("tuee", "tuée"),
        ("nee", "nee"),
        ("chat", "chat"),
    ],
)
def test_restore_accents(word: str, restored: str) -> None:
    assert restore_accents(word) == restored


def test_exceptions_apply_to_folded_words() -> None:
    assert all(k == fold_word(k) for k in STEM_EXCEPTIONS)
    assert term("communiqué") == term("communiquer") == "communiqu"
    assert term("Mars") == "mars"
    assert SnowballFrench(exceptions=False)("mars") == "mar"


def test_plain_snowball_without_repair() -> None:
    plain = SnowballFrench(restore=False, exceptions=False)
    assert plain("securite") == "securit"
    assert STEM("securite") == "secur"


def test_snowball_french_pickles_without_the_c_stemmer() -> None:
    STEM("chevaux")  # make sure the PyStemmer object exists
    clone = pickle.loads(pickle.dumps(STEM))
    assert clone == STEM
    assert not hasattr(clone._local, "stemmer")
    assert clone("chevaux") == "cheval"


def test_snowball_french_has_one_stemmer_per_thread() -> None:
    stem = SnowballFrench()
    words = ["négociations", "évacuation", "chevaux", "organisées"] * 200
    expected = [stem(fold_word(w)) for w in words]
    results: list[list[str]] = []

    def work() -> None:
        results.append([stem(fold_word(w)) for w in words])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


def test_stem_filter_caches_and_pickles() -> None:
    stem = FrenchStemFilter()
    ana = FrenchTokenizer() | stem
    assert [t.text for t in ana("chevaux chevaux")] == ["cheval", "cheval"]
    assert stem._cache == {"chevaux": "cheval"}
    clone = pickle.loads(pickle.dumps(stem))
    assert clone._cache == {} and clone == stem
    assert clone.stem("négociations") == stem.stem("négociations")


def test_stem_filter_cache_is_bounded() -> None:
    stem = FrenchStemFilter(cache_limit=2)
    for word in ["un", "deux", "trois"]:
        stem.stem(word)
    assert len(stem._cache) <= 2


def test_stem_filter_is_morphological() -> None:
    assert FrenchStemFilter.is_morph
    ana = FrenchTokenizer() | FrenchStemFilter()
    assert [t.text for t in ana("chevaux", no_morph=True)] == ["chevaux"]
