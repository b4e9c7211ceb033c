"""What facets know about one index generation, built once and shared by requests.

For each facet field: the values of every document (read from the postings),
with name variants mapped to their canonical display name, so that a person
quoted as ``Bachar al Assad`` here and ``Bachar al-Assad`` there is one facet
value counted once per article. The map of variants comes from the build
(``canonical.json`` in the generation, see ``search.canonical``).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

import numpy as np
from whoosh.reading import IndexReader

from search.canonical import load_canonical_map
from search.query.columns import IndexColumns, read_postings
from search.query.lexicon import FieldLexicon


class DocValues:
    """The (canonical) values of one field for every document, as arrays.

    ``names[v]`` is value number ``v``; each (document, value) pair is one entry
    of ``entry_docs``/``entry_values``, so counting the values of a set of
    documents is one ``bincount``.
    """

    def __init__(self, reader: IndexReader, fieldname: str, canonical: Mapping[str, str], live: np.ndarray) -> None:
        self.variants: dict[str, list[str]] = {}
        value_numbers: dict[str, int] = {}
        docs: list[np.ndarray] = []
        values: list[np.ndarray] = []
        if fieldname in reader.indexed_field_names():
            for btext in reader.lexicon(fieldname):
                term = btext.decode("utf-8")
                value = canonical.get(term, term)
                self.variants.setdefault(value, []).append(term)
                number = value_numbers.setdefault(value, len(value_numbers))
                found = read_postings(reader, fieldname, btext, live).docnums
                docs.append(found)
                values.append(np.full(len(found), number, dtype=np.int32))
        self.names: list[str] = list(value_numbers)
        #: a value's number, looked up by its canonical name or any variant
        self._numbers = {term: value_numbers[value] for value, terms in self.variants.items() for term in terms}
        self._numbers.update(value_numbers)
        pairs = np.unique(
            np.stack([np.concatenate(docs), np.concatenate(values)]) if docs else np.empty((2, 0), dtype=np.int64),
            axis=1,
        )  # one entry per (document, value): variants of one person count once
        self.entry_docs = pairs[0].astype(np.int32)
        self.entry_values = pairs[1].astype(np.int32)
        by_value = np.argsort(self.entry_values, kind="stable")
        self._docs_by_value = self.entry_docs[by_value]
        self._value_starts = np.searchsorted(self.entry_values[by_value], np.arange(len(self.names) + 1))
        #: each value's rank in case-insensitive alphabetical order (ties in counts are shown so)
        self.alphabetical_rank = np.empty(len(self.names), dtype=np.int64)
        self.alphabetical_rank[sorted(range(len(self.names)), key=lambda v: self.names[v].casefold())] = np.arange(
            len(self.names)
        )

    def counts(self, hits: np.ndarray) -> np.ndarray:
        """How many of the documents marked in the boolean array ``hits`` carry each value."""
        return np.bincount(self.entry_values[hits[self.entry_docs]], minlength=len(self.names))

    def number(self, value: str) -> int | None:
        """The number of a value (canonical name or variant), None when no document has it."""
        return self._numbers.get(value)

    def docs_with(self, value: str) -> np.ndarray:
        """The documents carrying ``value`` under any of its spellings (ascending)."""
        number = self._numbers.get(value)
        if number is None:
            return np.empty(0, dtype=np.int32)
        return self._docs_by_value[self._value_starts[number] : self._value_starts[number + 1]]


class Catalog:
    """What searches need of one index generation, built lazily: facet values, term arrays, vocabularies."""

    def __init__(self, folder: str | None) -> None:
        self._folder = folder
        self._canonical = load_canonical_map(folder) if folder else {}
        self._doc_values: dict[str, DocValues] = {}
        self._lexicons: dict[str, FieldLexicon] = {}
        self._columns: IndexColumns | None = None
        self._lock = threading.Lock()

    def columns(self, reader: IndexReader) -> IndexColumns:
        """The generation's arrays (``reader`` must be of this generation)."""
        if self._columns is None:
            with self._lock:
                if self._columns is None:
                    self._columns = IndexColumns(reader, self._folder)
        return self._columns

    def lexicon(self, reader: IndexReader, fieldname: str) -> FieldLexicon:
        """The words of ``fieldname`` for prefix and fuzzy expansion (``reader`` of this generation)."""
        found = self._lexicons.get(fieldname)
        if found is None:
            found = FieldLexicon(reader, fieldname)
            with self._lock:
                found = self._lexicons.setdefault(fieldname, found)
        return found

    def doc_values(self, reader: IndexReader, fieldname: str) -> DocValues:
        """Every document's values of ``fieldname`` (``reader`` must be of this generation)."""
        found = self._doc_values.get(fieldname)
        if found is None:
            live = self.columns(reader).live
            with self._lock:
                found = self._doc_values.get(fieldname)
                if found is None:
                    found = DocValues(reader, fieldname, self._canonical.get(fieldname, {}), live)
                    self._doc_values[fieldname] = found
        return found


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
