"""Links change one thing about a search and keep the rest."""

from __future__ import annotations

from search.query.request import SearchRequest
from search.web import links

BASE = SearchRequest(q="Alep", filters={"source": ["AFP"]}, sort="newest", page=3)


def test_toggle_value_adds_then_removes_and_resets_page():
    added = links.toggle_value(BASE, "source", "Reuters")
    assert added == "/?q=Alep&source=AFP&source=Reuters&sort=date"
    assert links.toggle_value(BASE, "source", "AFP") == "/?q=Alep&sort=date"


def test_exclusion_replaces_a_selection_of_the_same_value():
    assert links.toggle_exclusion(BASE, "source", "AFP") == "/?q=Alep&exclude_source=AFP&sort=date"


def test_clear_sort_and_page():
    assert links.clear_filters(BASE) == "/?q=Alep&sort=date"
    assert links.with_sort(BASE, "oldest") == "/?q=Alep&source=AFP&sort=ancien"
    assert links.with_page(BASE, 4).endswith("&page=4")
    assert BASE.page == 3 and BASE.filters == {"source": ["AFP"]}  # the original is untouched


def test_formats_query_more_and_hidden_fields():
    assert links.with_format(BASE, "/", "atom") == "/?q=Alep&source=AFP&sort=date&page=3&format=atom"
    assert links.with_format(SearchRequest(), "/api/search") == "/api/search"
    assert links.with_query(BASE, "Idlib") == "/?q=Idlib&source=AFP&sort=date"
    assert links.show_more(BASE, "speaker") == "/?q=Alep&source=AFP&sort=date&more=speaker&page=3"
    assert links.hidden_fields(BASE) == [("source", "AFP"), ("sort", "date")]
    assert links.facet_search("speaker", "John Kerry") == "/?speaker=John+Kerry"
