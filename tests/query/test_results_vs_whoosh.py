"""The search page agrees with stock Whoosh: totals, page order, facet counts (groupedby)."""

from __future__ import annotations

import pytest
from whoosh import query, sorting

from search.query.parser import parse_query
from search.query.request import SearchRequest
from search.query.results import run_search

QUERIES = ["président", "gouvernement genève", "masque OU vaccin", '"que le"', "négo* -crise", ""]
FACET_FIELDS = {"source": "source", "speaker": "speakers", "location": "locations", "date": "year"}


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("sort", ["relevance", "newest"])
def test_page_and_total_as_whoosh(segmented_index, text, sort):
    request = SearchRequest(q=text, sort=sort if text else "", page=2, per_page=7)
    page = run_search(segmented_index, request)
    q = parse_query(text, segmented_index.schema).query
    sortedby = None if request.effective_sort == "relevance" else sorting.FieldFacet("newest_first")
    with segmented_index.searcher() as searcher:
        expected = searcher.search_page(q, 2, pagelen=7, sortedby=sortedby)
        ids = [hit["id"] for hit in expected]
        total = len(expected.results)
    assert page.total == total and [hit.id for hit in page.hits] == ids


@pytest.mark.parametrize("text", QUERIES)
def test_facet_counts_equal_groupedby(segmented_index, text):
    page = run_search(segmented_index, SearchRequest(q=text, more="speaker"))
    q = parse_query(text, segmented_index.schema).query
    facets = {name: sorting.FieldFacet(field, allow_overlap=True) for name, field in FACET_FIELDS.items()}
    with segmented_index.searcher() as searcher:
        results = searcher.search(q, limit=None, groupedby=facets)
        stock = {name: {k: len(v) for k, v in results.groups(name).items() if k is not None} for name in facets}
    for name in FACET_FIELDS:
        shown = {v.value: v.count for v in page.facets[name]}
        assert shown == {k: n for k, n in stock[name].items() if k in shown}
        assert len(shown) + page.hidden_values[name] == len(stock[name])


def test_filters_and_exclusions_as_whoosh_filter_and_mask(segmented_index):
    request = SearchRequest(q="président", filters={"source": ["AFP", "Reuters"]}, excludes={"location": ["Paris"]})
    page = run_search(segmented_index, request)
    q = parse_query("président", segmented_index.schema).query
    with segmented_index.searcher() as searcher:
        expected = searcher.search(
            q,
            limit=10,
            filter=query.Or([query.Term("source", "AFP"), query.Term("source", "Reuters")]),
            mask=query.Term("locations", "Paris"),
        )
        ids, total = [hit["id"] for hit in expected], len(expected)
    assert page.total == total and [hit.id for hit in page.hits] == ids
    assert total > 0
