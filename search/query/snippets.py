"""Highlighted passages: which characters of a stored text match the query.

The stored text is cut into tokens again (the tokenizer's pattern) and every
token whose indexed form is one of the query's terms is marked, so the original spelling is
highlighted (``Genève`` for ``geneve``, ``négociations`` for ``négociation``).
Only the page shown is highlighted.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from whoosh import query
from whoosh.analysis import Analyzer
from whoosh.reading import IndexReader

from search.analysis import exact_analyzer, french_analyzer
from search.analysis.tokenizer import TOKEN_PATTERN

Span = tuple[int, int]
PASSAGE_WIDTH = 220
MAX_PASSAGES = 3
#: Distinct words remembered per query (see ``_token_matches``).
MAX_KNOWN_TOKENS = 50_000


@dataclass(frozen=True)
class QueryTerms:
    """The indexed forms a query looks for: stemmed terms and exact (unstemmed) terms."""

    stemmed: frozenset[str]
    exact: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.stemmed or self.exact)


def _positive_leaves(q: query.Query) -> Iterable[query.Query]:
    """The leaf queries that must or may match (not those under NOT)."""
    if isinstance(q, query.Not):
        return
    if isinstance(q, query.AndNot):
        yield from _positive_leaves(q.a)
        return
    if q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from _positive_leaves(child)


def query_terms(q: query.Query, reader: IndexReader, stemmed_fields: frozenset[str], exact_fields: frozenset[str]) -> QueryTerms:
    """Collect the terms to highlight, expanding prefixes and fuzzy terms against the index."""
    stemmed: set[str] = set()
    exact: set[str] = set()
    for leaf in _positive_leaves(q):
        for fieldname, text in leaf.existing_terms(reader, phrases=True, expand=True):
            value = text.decode("utf-8") if isinstance(text, bytes) else text
            if fieldname in stemmed_fields:
                stemmed.add(value)
            elif fieldname in exact_fields:
                exact.add(value)
    return QueryTerms(frozenset(stemmed), frozenset(exact))


_ANALYZERS: dict[str, Analyzer] = {}


def _analyzer(kind: str) -> Analyzer:
    if kind not in _ANALYZERS:
        _ANALYZERS[kind] = french_analyzer() if kind == "stemmed" else exact_analyzer()
    return _ANALYZERS[kind]


@functools.lru_cache(maxsize=200_000)
def token_forms(kind: str, token: str) -> tuple[tuple[int, int, str], ...]:
    """The indexed forms of one token of the tokenizer, with offsets inside it (cached: words recur)."""
    return tuple((t.startchar, t.endchar, t.text) for t in _analyzer(kind)(token, chars=True, mode="index"))


@functools.lru_cache(maxsize=256)
def _token_matches(terms: QueryTerms) -> dict[str, tuple[Span, ...]]:
    """Per query: token -> the ranges inside it that match, filled as texts are read.

    Kept for the most recent queries (a page reads ten texts, and a query
    comes back), so a word is analysed and compared once per query.
    Emptied by :func:`matched_spans` past :data:`MAX_KNOWN_TOKENS` words.
    """
    return {}


def _matches_in_token(token: str, terms: QueryTerms) -> tuple[Span, ...]:
    return tuple(
        (start, end)
        for kind, wanted in (("stemmed", terms.stemmed), ("exact", terms.exact))
        if wanted
        for start, end, form in token_forms(kind, token)
        if form in wanted
    )


def matched_spans(text: str, terms: QueryTerms) -> list[Span]:
    """Character ranges of ``text`` whose tokens match the query terms, sorted and merged.

    The text is cut with the tokenizer's own pattern; each distinct token is
    analysed and compared once per query (:func:`_token_matches`), so a page
    of articles costs about one regular-expression pass each.
    """
    if not terms:
        return []
    known = _token_matches(terms)
    if len(known) > MAX_KNOWN_TOKENS:
        known.clear()
    spans: list[Span] = []
    for match in TOKEN_PATTERN.finditer(text):
        token = match.group()
        inside = known.get(token)
        if inside is None:
            inside = known[token] = _matches_in_token(token, terms)
        if inside:
            offset = match.start()
            spans.extend((offset + start, offset + end) for start, end in inside)
    merged: list[Span] = []
    for start, end in sorted(set(spans)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, spans: list[Span], start: int = 0, end: int | None = None) -> str:
    """HTML-escape ``text[start:end]`` and wrap the spans in ``<mark>``."""
    end = len(text) if end is None else end
    out: list[str] = []
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        out.append(escape(text[cursor:span_start]))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    out.append(escape(text[cursor:end]))
    return "".join(out)


def _window(text: str, center: int, width: int) -> Span:
    """A window of about ``width`` characters around ``center``, cut at word boundaries."""
    start = max(0, center - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < center else start
    if end < len(text):
        space = text.rfind(" ", center, end)
        end = space if space > center else end
    return start, end


def passages(text: str, spans: list[Span], count: int = MAX_PASSAGES, width: int = PASSAGE_WIDTH) -> list[str]:
    """Up to ``count`` highlighted passages, the densest first, in text order.

    Without a match, the opening of the text is the single passage.
    """
    if not spans:
        if not text:
            return []
        start, end = _window(text, 0, width)
        return [mark(text, [], start, end) + (" …" if end < len(text) else "")]
    windows: list[tuple[int, Span]] = []
    for span_start, _ in spans:
        window = _window(text, span_start, width)
        density = sum(1 for s, e in spans if s >= window[0] and e <= window[1])
        windows.append((density, window))
    chosen: list[Span] = []
    for _, window in sorted(windows, key=lambda item: (-item[0], item[1][0])):
        if all(window[1] <= c[0] or window[0] >= c[1] for c in chosen):
            chosen.append(window)
        if len(chosen) == count:
            break
    result = []
    for start, end in sorted(chosen):
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
        result.append(prefix + mark(text, spans, start, end) + suffix)
    return result
