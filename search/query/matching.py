"""Evaluate a Whoosh query into arrays: every matching document and its score.

The search page needs all hits (facet counts over them), the total, and the
best ten. Whoosh's matchers give them one document at a time in Python; here
term postings come from ``search.query.columns`` as arrays and the boolean
structure is evaluated with numpy, once per query. Scores are Whoosh's own
BM25F (same formula, statistics and lossy field lengths), so the order of
results is the one Whoosh gives. Leaves with positions or expansions
(phrases, and any query kind not handled here) are run by Whoosh's matcher
once and their hits converted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from whoosh import query
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from search.query.columns import POSITION_BITS, IndexColumns


@dataclass(frozen=True)
class Matches:
    """Matching documents (ascending, unique) and their scores."""

    docnums: np.ndarray  # int32
    scores: np.ndarray  # float64

    def __len__(self) -> int:
        return len(self.docnums)


def _empty() -> Matches:
    return Matches(np.empty(0, dtype=np.int32), np.empty(0))


def _bm25f_term(searcher: Searcher, columns: IndexColumns, q: query.Term) -> Matches:
    """A term's documents scored exactly as Whoosh's BM25F scorer does."""
    reader = searcher.reader()
    if q.fieldname not in searcher.schema:
        return _empty()
    fieldobj = searcher.schema[q.fieldname]
    try:
        btext = fieldobj.to_bytes(q.text)
    except ValueError:
        return _empty()
    if (q.fieldname, btext) not in reader:
        return _empty()
    postings = columns.postings(reader, q.fieldname, btext)
    weights = postings.weights
    if fieldobj.scorable:
        model = searcher.weighting
        B, K1 = model._field_B.get(q.fieldname, model.B), model.K1
        idf = math.log(columns.doc_count_all / (reader.doc_frequency(q.fieldname, btext) + 1)) + 1
        avgfl = (reader.field_length(q.fieldname) / (columns.doc_count_all or 1)) or 1
        lengths = columns.field_lengths(reader, q.fieldname)[postings.docnums]
        scores = idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * lengths / avgfl)))
    else:
        scores = weights.copy()
    return Matches(postings.docnums, scores * q.boost if q.boost != 1.0 else scores)


def _intersection(parts: list[Matches], size: int) -> Matches:
    smallest = min(parts, key=len)
    docnums, scores = smallest.docnums, smallest.scores.copy()
    for part in parts:
        if part is smallest:
            continue
        dense = np.full(size, np.nan)
        dense[part.docnums] = part.scores
        found = dense[docnums]
        keep = ~np.isnan(found)
        docnums, scores = docnums[keep], scores[keep] + found[keep]
    return Matches(docnums, scores)


def _union(parts: list[Matches], size: int) -> Matches:
    present = np.zeros(size, dtype=bool)
    total = np.zeros(size)
    for part in parts:
        present[part.docnums] = True
        total[part.docnums] += part.scores
    docnums = np.flatnonzero(present).astype(np.int32)
    return Matches(docnums, total[docnums])


def _difference(kept: Matches, removed: Matches, size: int) -> Matches:
    drop = np.zeros(size, dtype=bool)
    drop[removed.docnums] = True
    keep = ~drop[kept.docnums]
    return Matches(kept.docnums[keep], kept.scores[keep])


def _everything(columns: IndexColumns, score: float) -> Matches:
    docnums = np.flatnonzero(columns.live).astype(np.int32)
    return Matches(docnums, np.full(len(docnums), score))


def _inverse(searcher: Searcher, columns: IndexColumns, q: query.Not) -> Matches:
    """Whoosh's inverse matcher: every live document not matching, with weight 1."""
    return _difference(_everything(columns, 1.0), evaluate(searcher, columns, q.query), columns.doc_count_all)


def _by_whoosh(searcher: Searcher, q: query.Query) -> Matches:
    """Run any other query with Whoosh's own matcher, once."""
    docnums: list[int] = []
    scores: list[float] = []
    matcher = q.matcher(searcher, searcher.context(needs_current=False))
    while matcher.is_active():
        docnums.append(matcher.id())
        scores.append(matcher.score())
        matcher.next()
    order = np.argsort(np.asarray(docnums, dtype=np.int32), kind="stable")
    return Matches(np.asarray(docnums, dtype=np.int32)[order], np.asarray(scores, dtype=np.float64)[order])


def _contains(sorted_keys: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which of ``keys`` are in ``sorted_keys``."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    where = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[where] == keys


def _has_positions(searcher: Searcher, fieldname: str) -> bool:
    return fieldname in searcher.schema and bool(searcher.schema[fieldname].format.supports("positions"))


def _phrase(searcher: Searcher, columns: IndexColumns, q: query.Phrase) -> Matches:
    """Documents where the words follow each other, scored like Whoosh (the words' term scores summed).

    Each word's occurrences are read once as sorted ``docnum << 32 | position``
    keys; the phrase starts found for the rarest word are checked against the
    others by binary search, so the cost follows the rarest word.
    """
    reader = searcher.reader()
    fieldobj = searcher.schema[q.fieldname]
    try:
        words = [fieldobj.to_bytes(word) for word in q.words]
    except ValueError:
        return _empty()
    if any((q.fieldname, word) not in reader for word in words):
        return _empty()
    keys = [columns.positions(reader, q.fieldname, word) for word in words]
    rarest = min(range(len(words)), key=lambda i: len(keys[i]))
    starts = keys[rarest][(keys[rarest] & ((1 << POSITION_BITS) - 1)) >= rarest] - rarest
    for offset, word_keys in enumerate(keys):
        if offset != rarest:
            starts = starts[_contains(word_keys, starts + offset)]
    docnums = np.unique(starts >> POSITION_BITS).astype(np.int32)
    found = Matches(docnums, np.zeros(len(docnums)))
    terms = [evaluate(searcher, columns, query.Term(q.fieldname, q.words[i])) for i in range(len(words))]
    return _boosted(Matches(docnums, _intersection([found, *terms], columns.doc_count_all).scores), q.boost)


def _boosted(found: Matches, boost: float) -> Matches:
    return found if boost == 1.0 else Matches(found.docnums, found.scores * boost)


def evaluate(searcher: Searcher, columns: IndexColumns, q: query.Query) -> Matches:
    """Every live document matching ``q`` with its Whoosh score.

    ``columns`` must be of the generation ``searcher`` reads.
    """
    size = columns.doc_count_all
    if isinstance(q, query.Term) and isinstance(searcher.weighting, BM25F):
        return _bm25f_term(searcher, columns, q)
    if q is query.NullQuery or isinstance(q, type(query.NullQuery)):
        return _empty()
    if isinstance(q, query.Every) and q.fieldname in (None, "", "*"):
        return _everything(columns, q.boost)
    if isinstance(q, query.Not):
        return _inverse(searcher, columns, q)
    if isinstance(q, (query.And, query.Or)) and type(q) in (query.And, query.Or) and not getattr(q, "scale", None):
        if not q.subqueries:
            return _empty()
        parts = [evaluate(searcher, columns, sub) for sub in q.subqueries]
        combine = _intersection if isinstance(q, query.And) else _union
        return _boosted(combine(parts, size), q.boost)
    if type(q) is query.Phrase and q.slop == 1 and _has_positions(searcher, q.fieldname):
        return _phrase(searcher, columns, q)
    if type(q) is query.AndNot:
        return _difference(evaluate(searcher, columns, q.a), evaluate(searcher, columns, q.b), size)
    return _by_whoosh(searcher, q)
