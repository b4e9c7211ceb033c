"""Whole searches against a real index: hits, filters, disjunctive facet counts."""

from __future__ import annotations

from search.query.request import SearchRequest
from search.query.results import run_search


def _search(store, **kwargs):
    return run_search(store.open(), SearchRequest(**kwargs))


def _facet(page, name):
    return {v.value: v.count for v in page.facets[name]}


def test_empty_query_lists_everything_newest_first(news_store):
    page = _search(news_store)
    assert page.total == 5
    assert [h.id for h in page.hits] == ["geneve-3", "alep-2", "alep-1", "paris-4", "sans-date-5"]
    oldest = _search(news_store, sort="oldest")
    assert [h.id for h in oldest.hits] == ["paris-4", "alep-1", "alep-2", "geneve-3", "sans-date-5"]


def test_stemmed_folded_search_with_highlight(news_store):
    page = _search(news_store, q="negociation geneve")
    assert {h.id for h in page.hits} == {"alep-1", "geneve-3"}
    snippets = " ".join(s for h in page.hits for s in h.snippets)
    assert "<mark>Genève</mark>" in snippets and "<mark>négociations</mark>" in snippets


def test_elision_and_hyphens_and_numbers(news_store):
    assert [h.id for h in _search(news_store, q="aviation").hits] == ["paris-4"]
    assert [h.id for h in _search(news_store, q='"Alep-Est"').hits] == ["alep-1"]
    assert [h.id for h in _search(news_store, q="20000").hits] == ["alep-1"]
    assert [h.id for h in _search(news_store, q="oeuvre").hits] == ["sans-date-5"]


def test_prefix_and_fuzzy_queries(news_store):
    assert {h.id for h in _search(news_store, q="négo*").hits} == {"alep-1", "geneve-3"}
    assert [h.id for h in _search(news_store, q="Kery~").hits] == ["alep-1"]


def test_or_within_a_facet_and_disjunctive_counts(news_store):
    page = _search(news_store, filters={"location": ["Moscou", "Paris"]})
    assert {h.id for h in page.hits} == {"alep-2", "paris-4"}
    # The location facet is counted without its own selection...
    assert _facet(page, "location") == {"Alep": 2, "Genève": 2, "Moscou": 1, "Paris": 1}
    # ...while other facets count over the filtered hits.
    assert _facet(page, "source") == {"AFP": 1, "Reuters": 1}


def test_exclusion_removes_hits_and_is_shown(news_store):
    page = _search(news_store, excludes={"source": ["AFP"]})
    assert {h.id for h in page.hits} == {"alep-1", "paris-4", "sans-date-5"}
    excluded = [v for v in page.facets["source"] if v.excluded]
    assert [v.value for v in excluded] == ["AFP"]


def test_date_filter_by_prefix_drills_down(news_store):
    page = _search(news_store, filters={"date": ["2016-12"]})
    assert {h.id for h in page.hits} == {"alep-1", "alep-2", "paris-4"}
    # The month selected keeps its count; paris-4 is only known to the month: it has no day.
    assert _facet(page, "date") == {"2016-12-10": 1, "2016-12-15": 1, "2016-12": 3}
    assert [v.value for v in page.facets["date"]][0] == "2016-12"  # the drill-down's path comes first


def test_pagination_and_result_document(news_store):
    page = _search(news_store, per_page=2, page=2)
    doc = page.to_dict()
    assert doc["total"] == 5 and doc["page"] == 2 and doc["per_page"] == 2 and len(doc["hits"]) == 2
    assert page.page_count == 3
    assert set(doc["hits"][0]) >= {"id", "title", "source", "date", "speakers", "locations", "snippets", "score"}
    assert set(doc["facets"]) == {"source", "date", "speaker", "location"}
    assert set(doc["facets"]["source"][0]) == {"value", "count", "selected"}


def test_no_hits(news_store):
    page = _search(news_store, q="zzyzx")
    assert page.total == 0 and page.hits == []


def test_speaker_and_quote_fields_find_any_word_of_a_name(news_store):
    assert {h.id for h in _search(news_store, q="orateur:lavrov").hits} == {"alep-1", "alep-2"}
    assert [h.id for h in _search(news_store, q='speaker:"john kerry"').hits] == ["alep-1"]
    assert {h.id for h in _search(news_store, q="lieu:geneve").hits} == {"alep-1", "geneve-3"}
    quoted = _search(news_store, q="citation:négociations")
    assert [h.id for h in quoted.hits] == ["alep-1"]
    assert quoted.hits[0].quotes == [("John Kerry", "les <mark>négociations</mark> sur l&#x27;évacuation ont repris")]
    assert [h.id for h in _search(news_store, q="citation:Kerry").hits] == ["alep-1"]  # who said them


def test_patterns_are_bounded_with_a_notice(news_store):
    page = _search(news_store, q="n* Genève")
    assert page.notices == ["Le motif « n* » a été ignoré : il faut au moins 2 lettres avant * ou ?."]
    assert {h.id for h in page.hits} == {"alep-1", "geneve-3"}
    fuzzy = _search(news_store, q="Kery~5")
    assert [h.id for h in fuzzy.hits] == ["alep-1"]
    assert fuzzy.notices == ["Recherche approchée « kery~5 » : elle admet au plus 2 lettres d'écart, « kery~2 » est cherché."]
