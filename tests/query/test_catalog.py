"""Facet data per generation: every document's values, variants merged."""

from __future__ import annotations

import numpy as np

from search.canonical import write_canonical_map
from search.query.catalog import Catalog


def _named_counts(doc_values, hits) -> dict[str, int]:
    counts = doc_values.counts(hits)
    return {doc_values.names[v]: int(counts[v]) for v in np.flatnonzero(counts)}


def test_doc_values_list_every_value_of_multivalued_fields(news_store):
    catalog = Catalog(None)
    with news_store.open().reader() as reader:
        everything = catalog.columns(reader).live
        counts = _named_counts(catalog.doc_values(reader, "speakers"), everything)
    assert counts == {"Sergueï Lavrov": 2, "John Kerry": 1, "Staffan de Mistura": 1, "Jean-Marc Ayrault": 1}


def test_counts_are_over_the_marked_documents_only(news_store):
    catalog = Catalog(None)
    with news_store.open().reader() as reader:
        speakers = catalog.doc_values(reader, "speakers")
        lavrov = speakers.docs_with("Sergueï Lavrov")
        hits = np.zeros(catalog.columns(reader).doc_count_all, dtype=bool)
        hits[lavrov[:1]] = True
        counts = _named_counts(speakers, hits)
    assert len(lavrov) == 2 and counts["Sergueï Lavrov"] == 1
    assert sum(counts.values()) < 5


def test_variants_count_once_under_their_canonical_name(news_store, tmp_path):
    write_canonical_map(tmp_path, {"speakers": {"John Kerry": "Sergueï Lavrov"}})  # an artificial merge
    catalog = Catalog(str(tmp_path))
    with news_store.open().reader() as reader:
        speakers = catalog.doc_values(reader, "speakers")
        counts = _named_counts(speakers, catalog.columns(reader).live)
        by_variant = speakers.docs_with("John Kerry").tolist()
        by_name = speakers.docs_with("Sergueï Lavrov").tolist()
    # alep-1 quotes both names: it counts once for the merged person.
    assert counts["Sergueï Lavrov"] == 2 and "John Kerry" not in counts
    assert sorted(speakers.variants["Sergueï Lavrov"]) == ["John Kerry", "Sergueï Lavrov"]
    assert by_variant == by_name and len(by_name) == 2


def test_unknown_value_has_no_documents(news_store):
    catalog = Catalog(None)
    with news_store.open().reader() as reader:
        assert catalog.doc_values(reader, "speakers").docs_with("Personne Inconnue").size == 0
        assert catalog.doc_values(reader, "speakers").number("Personne Inconnue") is None
