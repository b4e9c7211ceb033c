"""What facets know about one index generation, built once and shared by requests.

For each facet field: the values of every document (read from the postings),
with name variants mapped to their canonical display name, so that a person
quoted as ``Bachar al Assad`` here and ``Bachar al-Assad`` there is one facet
value counted once per article. The map of variants comes from the build
(``canonical.json`` in the generation, see ``search.canonical``).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Mapping

from whoosh.reading import IndexReader

from search.canonical import load_canonical_map


class DocValues:
    """Document number -> the (canonical) values of one field, for every document."""

    def __init__(self, reader: IndexReader, fieldname: str, canonical: Mapping[str, str]) -> None:
        self.values: list[tuple[str, ...]] = [()] * reader.doc_count_all()
        self.variants: dict[str, list[str]] = {}
        lists: dict[int, list[str]] = {}
        if fieldname in reader.indexed_field_names():
            for btext in reader.lexicon(fieldname):
                term = btext.decode("utf-8")
                value = canonical.get(term, term)
                self.variants.setdefault(value, []).append(term)
                for docnum in reader.postings(fieldname, btext).all_ids():
                    lists.setdefault(docnum, []).append(value)
        for docnum, values in lists.items():
            self.values[docnum] = tuple(dict.fromkeys(values))

    def count(self, docnums: Iterable[int]) -> Counter[str]:
        """How many of the documents carry each value."""
        counts: Counter[str] = Counter()
        values = self.values
        for docnum in docnums:
            counts.update(values[docnum])
        return counts


class Catalog:
    """Facet data of one index generation, built lazily field by field."""

    def __init__(self, folder: str | None) -> None:
        self._canonical = load_canonical_map(folder) if folder else {}
        self._doc_values: dict[str, DocValues] = {}
        self._lock = threading.Lock()

    def doc_values(self, reader: IndexReader, fieldname: str) -> DocValues:
        """Every document's values of ``fieldname`` (``reader`` must be of this generation)."""
        found = self._doc_values.get(fieldname)
        if found is None:
            with self._lock:
                found = self._doc_values.get(fieldname)
                if found is None:
                    found = DocValues(reader, fieldname, self._canonical.get(fieldname, {}))
                    self._doc_values[fieldname] = found
        return found

    def terms_for(self, reader: IndexReader, fieldname: str, value: str) -> list[str]:
        """The indexed terms a facet value stands for (itself and its variants)."""
        return self.doc_values(reader, fieldname).variants.get(value, [value])


_catalogs: dict[str, Catalog] = {}
_catalogs_lock = threading.Lock()
MAX_CATALOGS = 4


def catalog_for(cache_key: str, folder: str | None) -> Catalog:
    """The catalog of the generation named by ``cache_key``, built on first use.

    Readers of one generation share document numbers, so one catalog serves them all.
    """
    found = _catalogs.get(cache_key)
    if found is None:
        with _catalogs_lock:
            found = _catalogs.get(cache_key)
            if found is None:
                while len(_catalogs) >= MAX_CATALOGS:
                    _catalogs.pop(next(iter(_catalogs)))
                found = _catalogs[cache_key] = Catalog(folder)
    return found
