"""Property-based tests of the query parser: any text parses, and the query runs on a real index.

Texts are drawn from all of Unicode and from the query syntax's own alphabet
(quotes, parentheses, jokers, operators in French and English, field names,
French words, control characters), short and very long. Whatever is typed,
``parse_query`` gives a query, its notices are French sentences from the known
set, the bounded query runs on the index, and so does the whole results page.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from whoosh import query

from search.query.bounds import bound_query
from search.query.parser import MAX_QUERY_CHARS, ParsedQuery, parse_query
from search.query.request import SearchRequest
from search.query.results import run_search
from search.schema import QUERY_FIELD_ALIASES, build_schema

#: Deterministic runs (the same examples every time, as in CI), no timing flakiness.
PROPERTIES = settings(max_examples=250, derandomize=True, deadline=None, database=None)

SCHEMA = build_schema()
FIELD_NAMES = sorted({*QUERY_FIELD_ALIASES, *SCHEMA.names(), "auteurs", "foo"})
PIECES = [
    *'"()*?~^:+-[]{}\'’«»',
    "TO", "OU", "ET", "SAUF", "NOT", "NON", "AND", "OR", "ANDNOT", "*:*", "~2", "~9", "^2",
    *(f"{name}:" for name in FIELD_NAMES),
    "Alep", "Genève", "l'aviation", "négociations", "négo", "Kery", "Kerry", "Alep-Est",
    "les", "de", "a", "x", "20 000", "3,5", "2016", "zzyzx", "œuvre",
    "\x00", "\t", "\n", "\u202f", "\u00ad", "\x7f", "\ud7ff",
]
syntax_text = st.lists(st.sampled_from(PIECES + [" "] * 10), max_size=40).map("".join)
long_text = st.builds(lambda piece, n: (piece + " ") * n, st.sampled_from(PIECES), st.integers(500, 3000))
any_query = st.one_of(syntax_text, st.text(max_size=80), long_text)

#: Every notice the parser and the bounds may give starts with one of these.
FRENCH_NOTICES = re.compile(
    r"^(Guillemet non fermé|Parenthèses non équilibrées|Champ inconnu «|Requête mal formée"
    r"|La requête ne contient aucun mot cherchable|Requête trop longue|Le motif «"
    r"|Recherche approchée «|Aucun mot cherchable ne reste|Opérateur «|« (SAUF|ANDNOT) » en tête)"
)


def _assert_french(notices: list[str]) -> None:
    for notice in notices:
        assert isinstance(notice, str) and FRENCH_NOTICES.match(notice) and notice.endswith("."), notice


@pytest.fixture(scope="module")
def news_index(news_store):
    """The session's small real index of five articles, opened once."""
    return news_store.open()


@PROPERTIES
@given(any_query)
@example("*")
@example("?*")
@example('"(((Alep OU -) SAUF ~^: [a TO')
@example("titre:[a TO z] Kery~9 x~ *tion pr* négo* ?* quotes_json:ab* date:[2016 TO 2017]")
@example("mot " * 2500)
@example("a-" * 5000)
@example("Alep ANDNOT ANDNOT ANDNOT ANDNOT Moscou")  # once made the fallback parser fail too
def test_any_text_parses_and_the_bounded_query_runs(news_index, text):
    parsed = parse_query(text, SCHEMA)
    assert isinstance(parsed, ParsedQuery)
    assert isinstance(parsed.query, query.Query) and parsed.query is not query.NullQuery
    _assert_french(parsed.notices)
    assert sum(1 for _ in parsed.query.iter_all_terms()) <= 3 * MAX_QUERY_CHARS
    with news_index.searcher() as searcher:
        bounded, notices = bound_query(parsed.query, searcher.reader())
        _assert_french(notices)
        found = set(searcher.docs_for_query(bounded))
        assert found <= set(range(searcher.doc_count_all()))
        searcher.search(bounded, limit=10)


@PROPERTIES
@given(any_query)
@example("* Genève SAUF ?*")
@example("orateur:(Kerry OU) lieu:")
def test_any_text_gives_a_results_page(news_index, text):
    page = run_search(news_index, SearchRequest(q=text))
    assert 0 <= page.total <= 5 and len(page.hits) <= page.total
    _assert_french(page.notices)


@PROPERTIES
@given(syntax_text)
def test_parsing_is_deterministic(text):
    first, second = parse_query(text, SCHEMA), parse_query(text, SCHEMA)
    assert first.query == second.query and first.notices == second.notices
