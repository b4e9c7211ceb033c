"""The query syntax users type, parsed against the real schema."""

from __future__ import annotations

import pytest
from whoosh import query

from search.analysis import french_analyzer
from search.query.parser import MAX_QUERY_CHARS, MAX_QUERY_WORDS, parse_query
from search.schema import build_schema

SCHEMA = build_schema()


def _terms(q: query.Query) -> set[tuple[str, str]]:
    return {(f, t if isinstance(t, str) else t.decode()) for f, t in q.iter_all_terms()}


def test_empty_query_matches_everything():
    assert parse_query("   ", SCHEMA).is_everything


def test_words_are_all_required_and_searched_stemmed_in_three_fields():
    parsed = parse_query("négociations Genève", SCHEMA)
    assert isinstance(parsed.query, query.And)
    fields = {f for f, _ in _terms(parsed.query)}
    assert fields == {"title", "lede", "text"}
    texts = {t for _, t in _terms(parsed.query)}
    assert texts == {t.text for t in french_analyzer()("negociation geneve")}


def test_phrase_prefix_and_fuzzy_use_the_exact_field():
    phrase = parse_query('"cessez-le-feu à Alep"', SCHEMA).query
    assert isinstance(phrase, query.Phrase) and phrase.fieldname == "exact"
    prefix = parse_query("Négo*", SCHEMA).query
    assert isinstance(prefix, query.Prefix) and (prefix.fieldname, prefix.text) == ("exact", "nego")
    fuzzy = parse_query("Kery~", SCHEMA).query
    assert isinstance(fuzzy, query.FuzzyTerm) and (fuzzy.fieldname, fuzzy.text) == ("exact", "kery")


@pytest.mark.parametrize("text", ["Alep OU Moscou", "Alep OR Moscou"])
def test_or_in_french_and_english(text):
    assert isinstance(parse_query(text, SCHEMA).query, query.Or)


@pytest.mark.parametrize("text", ["Alep SAUF Moscou", "Alep -Moscou", "Alep NOT Moscou"])
def test_exclusion_forms(text):
    q = parse_query(text, SCHEMA).query
    assert any(isinstance(sub, (query.Not, query.AndNot)) for sub in [q, *q.children()])


def test_french_field_names_and_aliases():
    q = parse_query("lieu:Genève orateur:Kerry titre:négociation", SCHEMA).query
    fields = {f for f, _ in _terms(q)}
    assert {"locations_text", "speakers_text", "title"} <= fields


def test_unknown_field_is_searched_as_words_with_a_notice():
    parsed = parse_query("auteurs:Dupont Genève", SCHEMA)
    assert parsed.notices and "auteurs" in parsed.notices[0]


def test_apostrophes_are_elisions_not_quotes():
    q = parse_query("l'aviation d'Alep", SCHEMA).query
    texts = {t for _, t in _terms(q)}
    assert "alep" in texts and not any("'" in t for t in texts)


def test_numbers_written_with_spaces_are_one_term():
    texts = {t for _, t in _terms(parse_query("20 000 civils", SCHEMA).query)}
    assert "20000" in texts


def test_only_stop_words_lists_everything_with_a_notice():
    parsed = parse_query("les de la", SCHEMA)
    assert parsed.is_everything and "aucun mot cherchable" in parsed.notices[0]


@pytest.mark.parametrize(
    ("text", "notice"),
    [('"cessez-le-feu', "Guillemet non fermé"), ("(Alep OU Idlib", "Parenthèses"), ("Alep)", "Parenthèses"), ("(((", "aucun mot")],
)
def test_malformed_queries_get_a_french_notice_and_a_best_reading(text, notice):
    parsed = parse_query(text, SCHEMA)
    assert any(notice in n for n in parsed.notices)
    assert parsed.query is not None


def test_unclosed_quote_still_finds_the_words():
    texts = {t for _, t in _terms(parse_query('"Alep', SCHEMA).query)}
    assert texts == {"alep"}


def test_control_characters_are_spaces():
    assert parse_query("Alep\x00Idlib", SCHEMA).query == parse_query("Alep Idlib", SCHEMA).query


def test_a_long_query_reads_its_first_fifty_words_and_says_so():
    words = [f"mot{i}" for i in range(60)]
    parsed = parse_query(" ".join(words), SCHEMA)
    assert {t for _, t in _terms(parsed.query)} == {f"mot{i}" for i in range(MAX_QUERY_WORDS)}
    assert parsed.notices == ["Requête trop longue : seuls ses 50 premiers mots (1\u202f000 caractères au plus) sont cherchés."]


@pytest.mark.parametrize("text", ["Genève " * 1500, "Alep-" * 2000, "x" * 10_000, '"' + "négociation " * 900])
def test_a_ten_thousand_character_query_builds_a_small_query(text):
    parsed = parse_query(text, SCHEMA)
    assert "Requête trop longue" in parsed.notices[0]
    assert sum(1 for _ in parsed.query.iter_all_terms()) <= 3 * MAX_QUERY_CHARS // 2
    assert max(len(t) for _, t in _terms(parsed.query)) <= MAX_QUERY_CHARS


def test_a_query_whoosh_cannot_parse_is_read_as_plain_words():
    parsed = parse_query("Alep SAUF SAUF Moscou", SCHEMA)
    assert parsed.notices == ["Requête mal formée : elle a été lue comme les mots « Alep Moscou »."]
    assert {t for _, t in _terms(parsed.query)} == {"alep", "moscou"}


@pytest.mark.parametrize(
    ("text", "terms", "notice"),
    [
        ("Alep OU", {"alep"}, "Opérateur « OU » sans mot avant ou après : il a été ignoré."),
        ("ET Alep SAUF", {"alep"}, "Opérateur « ET » sans mot avant ou après : il a été ignoré."),
        ("SAUF", set(), "Opérateur « SAUF » sans mot avant ou après : il a été ignoré."),
        ("NOT", set(), "Opérateur « NOT » sans mot avant ou après : il a été ignoré."),
        ("SAUF Alep", {"alep"}, "« SAUF » en tête de requête est lu comme NOT : les articles sans la suite sont cherchés."),
    ],
)
def test_a_lone_operator_is_ignored_with_a_notice(text, terms, notice):
    parsed = parse_query(text, SCHEMA)
    assert parsed.notices[0] == notice
    assert {t for _, t in _terms(parsed.query)} == terms
    assert parsed.is_everything == (not terms)


def test_operators_inside_quotes_are_words():
    parsed = parse_query('"Alep OU"', SCHEMA)
    assert parsed.notices == [] and isinstance(parsed.query, query.Phrase)


def test_one_parser_per_schema_reads_like_a_new_one():
    """The parser kept for a schema is reused, gives what a new parser gives, and a new schema gets its own."""
    from search.query.parser import make_parser, parser_for

    schema, other = build_schema(), build_schema()
    assert parser_for(schema) is parser_for(schema)
    assert parser_for(other) is not parser_for(schema)
    for text in ('"accord de paix" orateur:Lavrov -Alep négo*', "Genève OU Moscou", "inétrêts~"):
        assert parser_for(schema).parse(text) == make_parser(schema).parse(text)
