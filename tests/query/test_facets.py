"""Facet values and counts over all hits, on a real index."""

from __future__ import annotations

import numpy as np

from search.query.catalog import Catalog
from search.query.facets import FACETS_BY_NAME, DateFacet
from search.query.request import SearchRequest


def test_selected_and_excluded_values_stay_listed_at_zero(news_store):
    ix = news_store.open()
    facet = FACETS_BY_NAME["location"]
    request = SearchRequest(filters={"location": ["Tombouctou"]}, excludes={"location": ["Moscou"]})
    catalog = Catalog(None)
    with ix.reader() as reader:
        no_hits = np.zeros(catalog.columns(reader).doc_count_all, dtype=bool)
        values, hidden = facet.shown_values(catalog, reader, no_hits, request)
    assert hidden == 0
    by_value = {v.value: v for v in values}
    assert by_value["Tombouctou"].selected and by_value["Tombouctou"].count == 0
    assert by_value["Moscou"].excluded


def test_date_facet_drills_from_years_to_months_to_days():
    facet = DateFacet("date", "Date", "year")
    assert facet.counting_field(SearchRequest()) == "year"
    assert facet.counting_field(SearchRequest(filters={"date": ["2016"]})) == "month"
    assert facet.counting_field(SearchRequest(filters={"date": ["2016-12"]})) == "day"
    assert facet.value_label("2016-12") == "décembre 2016"
    assert facet.value_label("2016-12-01") == "1 décembre 2016"
