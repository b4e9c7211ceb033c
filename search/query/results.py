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

import numpy as np
from whoosh import query
from whoosh.index import Index
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from search.article import Article
from search.document import from_stored_fields
from search.query.bounds import bound_query
from search.query.catalog import Catalog, catalog_for
from search.analysis import fold
from search.query.facets import FACETS, FacetValue
from search.query.matching import Matches, evaluate
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
    """The request's facet selections, date range and exclusions as boolean arrays over documents."""

    def __init__(self, request: SearchRequest, catalog: Catalog, searcher: Searcher) -> None:
        self.request = request
        self.catalog = catalog
        self.searcher = searcher
        self.reader = searcher.reader()

    def filters(self) -> dict[str, np.ndarray]:
        """Facet name (or ``date_range``) -> the documents its selection keeps."""
        masks = {
            facet.name: facet.filter_mask(self.request.selected(facet.name), self.catalog, self.reader)
            for facet in FACETS
            if self.request.selected(facet.name)
        }
        if self.request.date_from or self.request.date_to:
            start = dt.datetime.fromisoformat(self.request.date_from) if self.request.date_from else None
            end = dt.datetime.fromisoformat(self.request.date_to) if self.request.date_to else None
            columns = self.catalog.columns(self.reader)
            in_range = np.zeros(columns.doc_count_all, dtype=bool)
            in_range[evaluate(self.searcher, columns, query.DateRange("date", start, end)).docnums] = True
            masks["date_range"] = in_range
        return masks

    def excluded(self) -> np.ndarray | None:
        """Documents carrying any excluded value."""
        masks = [
            facet.filter_mask(self.request.excluded(facet.name), self.catalog, self.reader)
            for facet in FACETS
            if self.request.excluded(facet.name)
        ]
        return np.logical_or.reduce(masks) if masks else None


@dataclass
class EvaluatedRequest:
    """A request evaluated once: what it matches before and after the facet filters."""

    parsed: ParsedQuery
    catalog: Catalog
    found: Matches
    #: documents matching the query, without the excluded ones (before facet filters)
    base: np.ndarray
    filters: dict[str, np.ndarray]
    #: the hits: ``base`` with every filter applied
    hits: np.ndarray

    def hits_without(self, name: str) -> np.ndarray:
        """The hits with the filter ``name`` left out (a facet's disjunctive counts)."""
        return np.logical_and.reduce([self.base, *(m for n, m in self.filters.items() if n != name)])

    def ranked(self, request: SearchRequest, reader: IndexReader, count: int) -> tuple[np.ndarray, np.ndarray]:
        """The first ``count`` hits in the request's order, with their scores."""
        keep = self.hits[self.found.docnums]
        docnums, scores = self.found.docnums[keep], self.found.scores[keep]
        if request.effective_sort == "relevance":
            if len(scores) > count > 0:  # every document scoring at least the count-th best
                threshold = np.partition(scores, len(scores) - count)[len(scores) - count]
                best = scores >= threshold
                docnums, scores = docnums[best], scores[best]
            order = np.lexsort((docnums, -scores))
        else:
            sort_field = "newest_first" if request.effective_sort == "newest" else "oldest_first"
            order = np.lexsort((docnums, self.catalog.columns(reader).sort_keys(reader, sort_field)[docnums]))
        return docnums[order[:count]], scores[order[:count]]


def _catalog(ix: Index, cache_key: str) -> Catalog:
    folder = getattr(ix.storage, "folder", None)
    return catalog_for(cache_key or f"{folder}:{ix.latest_generation()}", folder)


def _bounded_query(text: str, ix: Index, searcher: Searcher, catalog: Catalog) -> ParsedQuery:
    """The query read from ``text`` with its patterns bounded (``search.query.bounds``), notices joined."""
    parsed = parse_query(text, searcher.schema)
    reader = searcher.reader()
    bounded, notices = bound_query(parsed.query, reader, lambda fieldname: catalog.lexicon(reader, fieldname))
    return ParsedQuery(bounded, parsed.notices + notices)


def evaluate_request(ix: Index, searcher: Searcher, request: SearchRequest, cache_key: str) -> EvaluatedRequest:
    """Parse the request's query, bound its patterns, and evaluate it once with its filters and exclusions."""
    catalog = _catalog(ix, cache_key)
    parsed = _bounded_query(request.q, ix, searcher, catalog)
    columns = catalog.columns(searcher.reader())
    selections = _Selections(request, catalog, searcher)
    found = evaluate(searcher, columns, parsed.query)
    base = np.zeros(columns.doc_count_all, dtype=bool)
    base[found.docnums] = True
    excluded = selections.excluded()
    if excluded is not None:
        base &= ~excluded
    filters = selections.filters()
    hits = np.logical_and.reduce([base, *filters.values()]) if filters else base
    return EvaluatedRequest(parsed, catalog, found, base, filters, hits)


def _searching(ix: Index, searcher: Searcher | None) -> AbstractContextManager[Searcher]:
    """The searcher given (left open for its owner), or a new one closed after use."""
    return nullcontext(searcher) if searcher is not None else ix.searcher()


def run_search(ix: Index, request: SearchRequest, cache_key: str = "", searcher: Searcher | None = None) -> ResultsPage:
    """Search ``ix`` for ``request``: the page of hits, their passages and all facet counts.

    ``searcher``, when given, must be of ``ix`` and used by no other thread meanwhile.
    The query is evaluated once (``search.query.matching``); facets count over
    all hits with numpy, and only the page shown is read and highlighted.
    """
    with _searching(ix, searcher) as searcher:
        evaluated = evaluate_request(ix, searcher, request, cache_key)
        reader = searcher.reader()
        facets: dict[str, list[FacetValue]] = {}
        hidden: dict[str, int] = {}
        for facet in FACETS:
            counted = evaluated.hits
            if facet.disjunctive and facet.name in evaluated.filters:
                counted = evaluated.hits_without(facet.name)
            facets[facet.name], hidden[facet.name] = facet.shown_values(evaluated.catalog, reader, counted, request)

        total = int(evaluated.hits.sum())
        last_page = max(1, -(-total // request.per_page))
        shown = replace(request, page=min(request.page, last_page))
        docnums, scores = evaluated.ranked(shown, reader, shown.page * shown.per_page)
        first = (shown.page - 1) * shown.per_page
        terms = query_terms(evaluated.parsed.query, reader, STEMMED_FIELDS, EXACT_FIELDS)
        with_score = request.effective_sort == "relevance"
        hits = [
            _make_hit(searcher.stored_fields(int(docnum)), float(score) if with_score else None, terms)
            for docnum, score in zip(docnums[first:], scores[first:])
        ]
        suggestion = _spelling_suggestion(searcher, request.q) if not total else None
        return ResultsPage(shown, total, hits, facets, evaluated.parsed.notices, hidden, suggestion)


def all_hits(
    ix: Index, request: SearchRequest, limit: int, cache_key: str = "", searcher: Searcher | None = None
) -> tuple[int, list[Article]]:
    """The total and the first ``limit`` articles of a search, in its order (for exports and feeds)."""
    with _searching(ix, searcher) as searcher:
        evaluated = evaluate_request(ix, searcher, request, cache_key)
        docnums, _ = evaluated.ranked(request, searcher.reader(), limit)
        articles = [from_stored_fields(searcher.stored_fields(int(docnum))) for docnum in docnums]
        return int(evaluated.hits.sum()), articles


def highlight_terms(ix: Index, text: str, searcher: Searcher | None = None, cache_key: str = "") -> QueryTerms:
    """The terms a query string highlights in this index (for the article page)."""
    if not text.strip():
        return QueryTerms(frozenset(), frozenset())
    with _searching(ix, searcher) as searcher:
        bounded = _bounded_query(text, ix, searcher, _catalog(ix, cache_key)).query
        return query_terms(bounded, searcher.reader(), STEMMED_FIELDS, EXACT_FIELDS)


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
