"""Facet data per generation: every document's values, variants merged."""

from __future__ import annotations

from collections import Counter

from search.canonical import write_canonical_map
from search.query.catalog import Catalog, DocValues


def test_doc_values_list_every_value_of_multivalued_fields(news_store):
    with news_store.open().reader() as reader:
        counts = DocValues(reader, "speakers", {}).count(reader.all_doc_ids())
    assert counts == Counter({"Sergueï Lavrov": 2, "John Kerry": 1, "Staffan de Mistura": 1, "Jean-Marc Ayrault": 1})


def test_variants_count_once_under_their_canonical_name(news_store, tmp_path):
    write_canonical_map(tmp_path, {"speakers": {"John Kerry": "Sergueï Lavrov"}})  # an artificial merge
    catalog = Catalog(str(tmp_path))
    with news_store.open().reader() as reader:
        counts = catalog.doc_values(reader, "speakers").count(reader.all_doc_ids())
        terms = sorted(catalog.terms_for(reader, "speakers", "Sergueï Lavrov"))
    # alep-1 quotes both names: it counts once for the merged person.
    assert counts["Sergueï Lavrov"] == 2 and "John Kerry" not in counts
    assert terms == ["John Kerry", "Sergueï Lavrov"]
