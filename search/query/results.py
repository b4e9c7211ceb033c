"""Run a search request against an index and build the results page.

URL -> ``SearchRequest`` -> Whoosh query -> ``ResultsPage`` (hits, snippets,
facets) -> template or JSON. One searcher per call: never share a searcher
across threads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from whoosh import query, sorting
from whoosh.index import Index
from whoosh.searching import Searcher

from search.document import from_stored_fields
from search.query.facets import FACETS, FacetValue
from search.query.parser import EXACT_FIELD, STEMMED_FIELDS, ParsedQuery, parse_query
from search.query.request import SearchRequest
from search.query.snippets import QueryTerms, matched_spans, mark, passages, query_terms

EXACT_FIELDS = frozenset({EXACT_FIELD, "byline"})


@dataclass
class Hit:
    """One article of the page shown, with its highlighted passages."""

    id: str
    title: str
    title_html: str
    source: str | None
    date: dt.date | None
    date_precision: str
    speakers: list[str]
    locations: list[str]
    snippets: list[str]
    score: float | None

    def to_dict(self) -> dict[str, Any]:
        """The hit as in the result document."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "speakers": self.speakers,
            "locations": self.locations,
            "snippets": self.snippets,
            "score": self.score,
        }


@dataclass
class ResultsPage:
    """Everything one page of results shows."""

    request: SearchRequest
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    notices: list[str] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        """Number of pages of results."""
        return max(1, -(-self.total // self.request.per_page))

    def to_dict(self) -> dict[str, Any]:
        """The result document shared by the command line and the JSON API."""
        return {
            "query": self.request.q,
            "total": self.total,
            "page": self.request.page,
            "per_page": self.request.per_page,
            "sort": self.request.effective_sort,
            "notices": self.notices,
            "hits": [hit.to_dict() for hit in self.hits],
            "facets": {name: [v.to_dict() for v in values] for name, values in self.facets.items()},
        }


def _selection_queries(request: SearchRequest, skip: str | None = None) -> list[query.Query]:
    """Filter queries for every facet selection except the facet named ``skip``."""
    return [
        facet.filter_query(request.selected(facet.name))
        for facet in FACETS
        if request.selected(facet.name) and facet.name != skip
    ]


def _exclusion_query(request: SearchRequest) -> query.Query | None:
    parts = [
        facet.exclude_query(request.excluded(facet.name))
        for facet in FACETS
        if request.excluded(facet.name)
    ]
    return query.Or(parts) if parts else None


def _matching_docnums(searcher: Searcher, base: query.Query, filters: list[query.Query], mask: query.Query | None) -> list[int]:
    """Document numbers matching the query and filters, without the masked ones."""
    q = query.And([base, *filters]) if filters else base
    if mask is not None:
        q = query.AndNot(q, mask)
    return list(searcher.docs_for_query(q))


def _sort_facet(sort: str) -> sorting.FacetType | None:
    if sort == "relevance":
        return None
    return sorting.FieldFacet("newest_first" if sort == "newest" else "oldest_first")


def run_search(ix: Index, request: SearchRequest, cache_key: str = "") -> ResultsPage:
    """Search ``ix`` for ``request``: the page of hits, their passages and all facet counts."""
    with ix.searcher() as searcher:
        parsed: ParsedQuery = parse_query(request.q, ix.schema)
        cache_key = cache_key or f"{ix.storage.folder}:{ix.latest_generation()}"
        filters = _selection_queries(request)
        mask = _exclusion_query(request)
        hit_docnums = _matching_docnums(searcher, parsed.query, filters, mask)
        total = len(hit_docnums)
        reader = searcher.reader()

        facets: dict[str, list[FacetValue]] = {}
        for facet in FACETS:
            docnums = hit_docnums
            if facet.disjunctive and request.selected(facet.name):
                docnums = _matching_docnums(searcher, parsed.query, _selection_queries(request, skip=facet.name), mask)
            facets[facet.name] = facet.values(reader, cache_key, docnums, request)

        combined_filter = query.And(filters) if filters else None
        page = searcher.search_page(
            parsed.query,
            max(1, request.page),
            pagelen=request.per_page,
            filter=combined_filter,
            mask=mask,
            sortedby=_sort_facet(request.effective_sort),
        )
        terms = query_terms(parsed.query, reader, STEMMED_FIELDS, EXACT_FIELDS)
        hits = [_make_hit(hit.fields(), hit.score if request.effective_sort == "relevance" else None, terms) for hit in page]
        return ResultsPage(request, total, hits, facets, parsed.notices)


def highlight_terms(ix: Index, text: str) -> QueryTerms:
    """The terms a query string highlights in this index (for the article page)."""
    if not text.strip():
        return QueryTerms(frozenset(), frozenset())
    with ix.searcher() as searcher:
        return query_terms(parse_query(text, ix.schema).query, searcher.reader(), STEMMED_FIELDS, EXACT_FIELDS)


def _make_hit(stored: dict[str, Any], score: float | None, terms: QueryTerms) -> Hit:
    article = from_stored_fields(stored)
    body = "\n\n".join(part for part in (article.lede, article.text) if part)
    return Hit(
        id=article.id,
        title=article.title,
        title_html=mark(article.title, matched_spans(article.title, terms)),
        source=article.source,
        date=article.date,
        date_precision=article.date_precision,
        speakers=article.speakers,
        locations=article.locations,
        snippets=passages(body, matched_spans(body, terms)),
        score=round(score, 4) if score is not None else None,
    )
