"""Run a search request against an index and build the results page.

URL -> ``SearchRequest`` -> Whoosh query -> ``ResultsPage`` (hits, snippets,
facets) -> template or JSON. One searcher per call: never share a searcher
across threads.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from typing import Any

from whoosh import query, sorting
from whoosh.index import Index
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from search.article import Article
from search.document import from_stored_fields
from search.query.catalog import Catalog, catalog_for
from search.analysis import fold
from search.query.facets import FACETS, FacetValue, shown_values
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
    #: (speaker, highlighted words) of the article's quotes that match the query
    quotes: list[tuple[str, str]] = field(default_factory=list)

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
            "quotes": [{"speaker": speaker, "text": text} for speaker, text in self.quotes],
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
    #: facet name -> how many values are not shown
    hidden_values: dict[str, int] = field(default_factory=dict)
    #: a query with the misspelt words replaced by words of the index, when nothing matched
    suggestion: str | None = None

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
            "suggestion": self.suggestion,
        }


class _Selections:
    """The request's facet selections and exclusions as Whoosh queries."""

    def __init__(self, request: SearchRequest, catalog: Catalog, reader: IndexReader) -> None:
        self.request = request
        self.catalog = catalog
        self.reader = reader

    def filters(self, skip: str | None = None) -> list[query.Query]:
        """One filter per facet with selected values (except the facet named ``skip``), and the date range."""
        filters = [
            facet.filter_query(self.request.selected(facet.name), self.catalog, self.reader)
            for facet in FACETS
            if self.request.selected(facet.name) and facet.name != skip
        ]
        if self.request.date_from or self.request.date_to:
            start = dt.datetime.fromisoformat(self.request.date_from) if self.request.date_from else None
            end = dt.datetime.fromisoformat(self.request.date_to) if self.request.date_to else None
            filters.append(query.DateRange("date", start, end))
        return filters

    def mask(self) -> query.Query | None:
        """Documents carrying any excluded value."""
        parts = [
            facet.filter_query(self.request.excluded(facet.name), self.catalog, self.reader)
            for facet in FACETS
            if self.request.excluded(facet.name)
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


@dataclass
class _Prepared:
    """A request turned into Whoosh terms for one searcher."""

    parsed: ParsedQuery
    catalog: Catalog
    selections: _Selections
    filters: list[query.Query]
    mask: query.Query | None

    @property
    def combined_filter(self) -> query.Query | None:
        return query.And(self.filters) if self.filters else None


def _prepare(ix: Index, searcher: Searcher, request: SearchRequest, cache_key: str) -> _Prepared:
    parsed = parse_query(request.q, ix.schema)
    folder = getattr(ix.storage, "folder", None)
    catalog = catalog_for(cache_key or f"{folder}:{ix.latest_generation()}", folder)
    selections = _Selections(request, catalog, searcher.reader())
    return _Prepared(parsed, catalog, selections, selections.filters(), selections.mask())


def _searching(ix: Index, searcher: Searcher | None) -> AbstractContextManager[Searcher]:
    """The searcher given (left open for its owner), or a new one closed after use."""
    return nullcontext(searcher) if searcher is not None else ix.searcher()


def run_search(ix: Index, request: SearchRequest, cache_key: str = "", searcher: Searcher | None = None) -> ResultsPage:
    """Search ``ix`` for ``request``: the page of hits, their passages and all facet counts.

    ``searcher``, when given, must be of ``ix`` and used by no other thread meanwhile.
    """
    with _searching(ix, searcher) as searcher:
        prepared = _prepare(ix, searcher, request, cache_key)
        parsed, mask, reader = prepared.parsed, prepared.mask, searcher.reader()
        hit_docnums = _matching_docnums(searcher, parsed.query, prepared.filters, mask)

        facets: dict[str, list[FacetValue]] = {}
        hidden: dict[str, int] = {}
        for facet in FACETS:
            docnums = hit_docnums
            if facet.disjunctive and request.selected(facet.name):
                docnums = _matching_docnums(searcher, parsed.query, prepared.selections.filters(skip=facet.name), mask)
            values = facet.values(prepared.catalog, reader, docnums, request)
            facets[facet.name], hidden[facet.name] = shown_values(facet, values, request)

        hits: list[Hit] = []
        shown = replace(request, page=1)
        if hit_docnums:
            # The hits are known: filtering the top-10 by their set is a constant-time check
            # per document, where a filter query makes Whoosh scan a bit set for each one.
            narrowed = bool(prepared.filters or mask)
            page = searcher.search_page(
                parsed.query,
                request.page,
                pagelen=request.per_page,
                filter=set(hit_docnums) if narrowed else None,
                sortedby=_sort_facet(request.effective_sort),
            )
            shown = replace(request, page=page.pagenum)
            terms = query_terms(parsed.query, reader, STEMMED_FIELDS, EXACT_FIELDS)
            with_score = request.effective_sort == "relevance"
            hits = [_make_hit(hit.fields(), hit.score if with_score else None, terms) for hit in page]
        suggestion = _spelling_suggestion(searcher, request.q) if not hit_docnums else None
        return ResultsPage(shown, len(hit_docnums), hits, facets, parsed.notices, hidden, suggestion)


def all_hits(
    ix: Index, request: SearchRequest, limit: int, cache_key: str = "", searcher: Searcher | None = None
) -> tuple[int, list[Article]]:
    """The total and the first ``limit`` articles of a search, in its order (for exports and feeds)."""
    with _searching(ix, searcher) as searcher:
        prepared = _prepare(ix, searcher, request, cache_key)
        results = searcher.search(
            prepared.parsed.query,
            limit=limit,
            filter=prepared.combined_filter,
            mask=prepared.mask,
            sortedby=_sort_facet(request.effective_sort),
        )
        return len(results), [from_stored_fields(hit.fields()) for hit in results]


def highlight_terms(ix: Index, text: str, searcher: Searcher | None = None) -> QueryTerms:
    """The terms a query string highlights in this index (for the article page)."""
    if not text.strip():
        return QueryTerms(frozenset(), frozenset())
    with _searching(ix, searcher) as searcher:
        return query_terms(parse_query(text, ix.schema).query, searcher.reader(), STEMMED_FIELDS, EXACT_FIELDS)


_PLAIN_WORD = re.compile(r"^\w[\w'’-]*$")


def _spelling_suggestion(searcher: Searcher, text: str) -> str | None:
    """The query with each unknown plain word replaced by the closest indexed word, if any changed."""
    corrector = searcher.corrector(EXACT_FIELD)
    reader = searcher.reader()
    words, changed = [], False
    for word in text.split():
        folded = fold(word)
        if _PLAIN_WORD.match(word) and not reader.frequency(EXACT_FIELD, folded):
            found = corrector.suggest(folded, limit=1, maxdist=2)
            if found:
                words.append(found[0])
                changed = True
                continue
        words.append(word)
    return " ".join(words) if changed else None


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
        quotes=_matching_quotes(article, terms),
    )


MAX_QUOTES_SHOWN = 2


def _matching_quotes(article: Article, terms: QueryTerms) -> list[tuple[str, str]]:
    """The article's quotes whose words match the query, highlighted, with their speaker."""
    found = []
    for quote in article.quotes:
        spans = matched_spans(quote.text, terms)
        if spans:
            found.append((quote.speaker, mark(quote.text, spans)))
        if len(found) == MAX_QUOTES_SHOWN:
            break
    return found
