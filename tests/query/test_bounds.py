"""The bound on the work of one query, on a real small index built by the project's builder."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import query

from search.article import Article
from search.build import build_index
from search.query.bounds import MAX_EXPANSIONS, MAX_PATTERNS, bound_query
from search.query.columns import IndexColumns
from search.query.matching import evaluate
from search.query.parser import parse_query
from search.store import IndexStore

#: Words ``pr000`` ... ``pr249``: word k is in the articles j <= k // 10, so it
#: is in k // 10 + 1 articles and the 200 most frequent are pr050 ... pr249.
WORD_COUNT = 250


def _word(k: int) -> str:
    return f"pr{k:03d}"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """25 articles over 250 words of known frequencies, plus a few French ones."""
    articles = [
        Article(
            id=f"a{j:02d}",
            title=f"Article {j}",
            text=" ".join(_word(k) for k in range(10 * j, WORD_COUNT)) + (" négociation à Genève" if j < 2 else ""),
            speakers=["John Kerry"] if j == 0 else [],
            origin=f"/virtual/a{j:02d}.txt",
            content_hash=f"h-{j}",
        )
        for j in range(25)
    ]
    store = IndexStore(tmp_path_factory.mktemp("bounds") / "index")
    build_index([Path("/virtual")], store, rebuild=True, records=articles, extract=False)
    return store.open()


@pytest.fixture()
def searcher(index):
    with index.searcher() as searcher:
        yield searcher


def _ids(searcher, q: query.Query) -> set[str]:
    return {searcher.stored_fields(n)["id"] for n in searcher.docs_for_query(q)}


def _words(q: query.Query) -> list[str]:
    return sorted(text for _, text in q.iter_all_terms())


def test_a_pattern_is_cut_to_its_most_frequent_words_with_a_french_notice(searcher):
    bounded, notices = bound_query(query.Prefix("exact", "pr"), searcher.reader())
    assert type(bounded) is query.Or
    assert all(isinstance(term, query.Term) for term in bounded.subqueries)
    assert _words(bounded) == [_word(k) for k in range(50, WORD_COUNT)]
    assert notices == [
        f"Le motif « pr* » correspond à {WORD_COUNT} mots : seuls les {MAX_EXPANSIONS} plus fréquents sont cherchés."
    ]
    # Every article has pr240..pr249, the most frequent words: all still match.
    assert len(_ids(searcher, bounded)) == 25
    assert searcher.search(bounded, limit=3).scored_length() == 3


def test_a_pattern_within_the_bound_matches_as_whoosh_would(searcher):
    pattern = query.Wildcard("exact", "pr2?5")
    bounded, notices = bound_query(pattern, searcher.reader())
    assert notices == []
    assert _words(bounded) == [_word(k) for k in range(205, WORD_COUNT, 10)]
    assert _ids(searcher, bounded) == _ids(searcher, pattern)


def test_a_pattern_without_words_matches_nothing_and_leaves_the_rest_alone(searcher):
    reader = searcher.reader()
    nothing, notices = bound_query(query.Prefix("exact", "zz"), reader)
    assert notices == [] and _ids(searcher, nothing) == set()
    genève = query.Term("exact", "geneve")
    both, _ = bound_query(query.And([query.Prefix("exact", "zz"), genève]), reader)
    assert _ids(searcher, both) == set()
    either, _ = bound_query(query.Or([query.Prefix("exact", "zz"), genève]), reader)
    assert _ids(searcher, either) == {"a00", "a01"}


@pytest.mark.parametrize(
    ("pattern", "shown", "where"),
    [
        (query.Prefix("exact", "p"), "p*", "avant * ou ?"),
        (query.Wildcard("exact", "*249"), "*249", "avant * ou ?"),
        (query.Wildcard("exact", "?*"), "?*", "avant * ou ?"),
        (query.Wildcard("exact", "p?249"), "p?249", "avant * ou ?"),
        (query.FuzzyTerm("exact", "x", maxdist=1), "x~", "pour une recherche approchée (~)"),
    ],
)
def test_too_short_patterns_are_ignored_like_stop_words(searcher, pattern, shown, where):
    reader = searcher.reader()
    genève = query.Term("exact", "geneve")
    ignored = f"Le motif « {shown} » a été ignoré : il faut au moins 2 lettres {where}."
    alone, notices = bound_query(pattern, reader)
    assert alone == query.Every()
    assert notices == [ignored, "Aucun mot cherchable ne reste dans la requête : tous les articles sont listés."]
    for q in (query.And([pattern, genève]), query.Or([pattern, genève]), query.AndNot(genève, pattern)):
        bounded, notices = bound_query(q, reader)
        assert bounded == genève and notices == [ignored]
    excluded, _ = bound_query(query.AndNot(pattern, genève), reader)
    assert _ids(searcher, excluded) == {f"a{j:02d}" for j in range(2, 25)}


def test_fuzzy_terms_get_at_most_two_edits_and_keep_their_first_letter(searcher):
    reader = searcher.reader()
    wide = query.FuzzyTerm("exact", "pr249", maxdist=5, prefixlength=0)
    bounded, notices = bound_query(wide, reader)
    assert notices == [
        "Recherche approchée « pr249~5 » : elle admet au plus 2 lettres d'écart, « pr249~2 » est cherché."
    ]
    within_two = query.FuzzyTerm("exact", "pr249", maxdist=2, prefixlength=1)
    assert _words(bounded) == sorted(w if isinstance(w, str) else w.decode() for _, w in within_two.expanded_terms(reader))
    kerry = query.FuzzyTerm("speakers_text", "lerry", maxdist=1, prefixlength=0)
    assert _ids(searcher, kerry) == {"a00"}  # Whoosh alone changes the first letter
    assert _ids(searcher, bound_query(kerry, reader)[0]) == set()


def test_at_most_a_few_patterns_per_query(searcher):
    patterns = [query.Prefix("exact", f"pr{k}") for k in range(MAX_PATTERNS + 1)]
    bounded, notices = bound_query(query.Or(patterns), searcher.reader())
    assert len(bounded.subqueries) == MAX_PATTERNS
    assert notices == [f"Le motif « pr{MAX_PATTERNS}* » a été ignoré : une requête cherche au plus {MAX_PATTERNS} motifs."]


def test_every_word_of_a_full_text_field_is_every_article(searcher):
    reader = searcher.reader()
    assert bound_query(query.Every("exact"), reader) == (query.Every(), [])
    assert bound_query(query.Or([query.Every("title"), query.Every("lede")]), reader)[0] == query.Or([query.Every()] * 2)
    assert bound_query(query.Every("speakers_text"), reader) == (query.Every("speakers_text"), [])


def test_ranges_on_text_and_id_fields_are_bounded(searcher):
    reader = searcher.reader()
    ids, notices = bound_query(query.TermRange("id", "a00", "a09"), reader)
    assert _ids(searcher, ids) == {f"a{j:02d}" for j in range(10)} and notices == []
    words, notices = bound_query(query.TermRange("exact", "pr000", "pr999"), reader)
    assert len(words.subqueries) == MAX_EXPANSIONS
    assert notices == ["Le motif « [pr000 TO pr999] » correspond à 250 mots : seuls les 200 plus fréquents sont cherchés."]


def test_parsed_queries_are_bounded_with_one_notice_per_pattern(index, searcher):
    parsed = parse_query("[pr000 TO pr999] OU négo* OU a*", index.schema)
    bounded, notices = bound_query(parsed.query, searcher.reader())
    assert notices == [
        "Le motif « [pr000 TO pr999] » correspond à 250 mots : seuls les 200 plus fréquents sont cherchés.",
        "Le motif « a* » a été ignoré : il faut au moins 2 lettres avant * ou ?.",
    ]
    assert "negociation" in _words(bounded) and len(_ids(searcher, bounded)) == 25


def test_the_search_engine_evaluates_bounded_queries_as_whoosh_does(index, searcher):
    columns = IndexColumns(searcher.reader())
    for text in ("pr* OU Genève", "pr24* -pr249", "zz* OU négo*", "Kery~3 OU [pr000 TO pr015]"):
        bounded, _ = bound_query(parse_query(text, index.schema).query, searcher.reader())
        found = evaluate(searcher, columns, bounded)
        assert found.docnums.tolist() == sorted(searcher.docs_for_query(bounded)), text
