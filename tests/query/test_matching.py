"""Array evaluation gives Whoosh's own hits and scores (several segments, deletions)."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh import query

from search.query.columns import IndexColumns
from search.query.matching import evaluate
from search.query.parser import parse_query

QUERIES = [
    "président",
    "gouvernement genève",
    "masque OU vaccin",
    "négociation -rebelles",
    "(alep OU moscou) ministre",
    '"que le président"',
    '"la crise"',
    'titre:"crise santé"',
    "titre:réforme",
    "négo*",
    "source:AFP",
    "orateur:Lavrov",
    "motinexistant",
    "NOT président",
    "",
]


def _ranked(found) -> list[tuple[int, float]]:
    order = np.lexsort((found.docnums, -found.scores))
    return [(int(found.docnums[i]), round(float(found.scores[i]), 9)) for i in order]


@pytest.mark.parametrize("text", QUERIES)
def test_same_hits_and_scores_as_whoosh(segmented_index, text):
    q = parse_query(text, segmented_index.schema).query
    with segmented_index.searcher() as searcher:
        found = evaluate(searcher, IndexColumns(searcher.reader()), q)
        expected = [(hit.docnum, round(hit.score, 9)) for hit in searcher.search(q, limit=None)]
    assert _ranked(found) == expected
    assert np.all(np.diff(found.docnums) > 0)  # ascending and unique


def test_exclusion_is_exact_where_whoosh_is_not(segmented_index):
    """Whoosh's AndNot over a phrase and several segments keeps documents it should exclude."""
    q = parse_query('(président OU ministre) "que le" -masque', segmented_index.schema).query
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        found = set(evaluate(searcher, IndexColumns(reader), q).docnums.tolist())
        with_word = {d for f in ("title", "lede", "text") if (f, b"masqu") in reader for d in reader.postings(f, b"masqu").all_ids()}
        whoosh = {hit.docnum for hit in searcher.search(q, limit=None)}
    assert found and not found & with_word
    assert found == whoosh - with_word


def test_deleted_documents_never_match(segmented_index):
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        found = evaluate(searcher, IndexColumns(reader), query.Every())
        live = list(reader.all_doc_ids())
        assert reader.doc_count() < reader.doc_count_all()  # the fixture has deletions
    assert found.docnums.tolist() == live


def test_null_query_and_unknown_field_match_nothing(segmented_index):
    with segmented_index.searcher() as searcher:
        columns = IndexColumns(searcher.reader())
        assert len(evaluate(searcher, columns, query.NullQuery)) == 0
        assert len(evaluate(searcher, columns, query.Term("nosuchfield", "x"))) == 0
