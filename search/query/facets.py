"""Facets: a small registry of facet classes that count values over all hits.

Each facet reads, once per index generation, which values every document has
(from the postings of its field) and counts them over a set of document
numbers. Values are plain records that templates and the JSON API only loop on.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from whoosh import query
from whoosh.reading import IndexReader

from search.query.request import SearchRequest


@dataclass
class FacetValue:
    """One value of a facet with its count over the hits."""

    value: str
    label: str
    count: int
    selected: bool = False
    excluded: bool = False

    def to_dict(self) -> dict[str, object]:
        """The value as in the result document."""
        return {"value": self.value, "count": self.count, "selected": self.selected}


class DocValues:
    """Document number -> the values of one field, for every document of a reader."""

    def __init__(self, reader: IndexReader, fieldname: str) -> None:
        self.values: list[tuple[str, ...]] = [()] * reader.doc_count_all()
        lists: dict[int, list[str]] = {}
        if fieldname in reader.indexed_field_names():
            for btext in reader.lexicon(fieldname):
                text = btext.decode("utf-8")
                for docnum in reader.postings(fieldname, btext).all_ids():
                    lists.setdefault(docnum, []).append(text)
        for docnum, values in lists.items():
            self.values[docnum] = tuple(values)

    def count(self, docnums: Iterable[int]) -> Counter[str]:
        """How many of the documents carry each value."""
        counts: Counter[str] = Counter()
        values = self.values
        for docnum in docnums:
            counts.update(values[docnum])
        return counts


_cache_lock = threading.Lock()
_doc_values: dict[tuple[str, str], DocValues] = {}


def doc_values(reader: IndexReader, cache_key: str, fieldname: str) -> DocValues:
    """The field's ``DocValues`` for this reader, built once per index generation."""
    key = (cache_key, fieldname)
    found = _doc_values.get(key)
    if found is None:
        found = DocValues(reader, fieldname)
        with _cache_lock:
            stale = [k for k in _doc_values if k[1] == fieldname and k[0] != cache_key]
            for k in stale:
                del _doc_values[k]
            _doc_values[key] = found
    return found


class Facet:
    """A facet over an indexed field whose terms are the values shown.

    Counting is disjunctive: a facet's values are counted over the hits of the
    search without that facet's own selection, so that the other values keep
    meaningful counts and can be added with OR.
    """

    disjunctive = True

    def __init__(self, name: str, label: str, fieldname: str) -> None:
        self.name = name
        self.label = label
        self.fieldname = fieldname

    def filter_query(self, values: list[str]) -> query.Query:
        """Documents having any of the values."""
        return query.Or([query.Term(self.fieldname, v) for v in values])

    def exclude_query(self, values: list[str]) -> query.Query:
        """Documents having any of the excluded values (to mask out)."""
        return self.filter_query(values)

    def value_label(self, value: str) -> str:
        """How a value is shown."""
        return value

    def visible_values(self, counts: Counter[str], request: SearchRequest) -> list[str]:
        """Which counted values to show, in order: most frequent first, then alphabetical."""
        return sorted(counts, key=lambda v: (-counts[v], v.casefold()))

    def counting_field(self, request: SearchRequest) -> str:
        """The field whose values are counted for this request."""
        return self.fieldname

    def field_of(self, value: str) -> str:
        """The field a value is indexed in."""
        return self.fieldname

    def values(
        self, reader: IndexReader, cache_key: str, docnums: Iterable[int], request: SearchRequest
    ) -> list[FacetValue]:
        """The facet's values over ``docnums``, with selected and excluded ones marked.

        Selected and excluded values are always listed, even at a count of zero,
        so that a user can see and remove them.
        """
        counts = doc_values(reader, cache_key, self.counting_field(request)).count(docnums)
        selected = set(request.selected(self.name))
        excluded = set(request.excluded(self.name))
        order = self.visible_values(counts, request)
        for value in sorted(selected | excluded):
            if value not in counts:
                order.append(value)
                field_counts = doc_values(reader, cache_key, self.field_of(value)).count(docnums)
                counts[value] = field_counts.get(value, 0)
        return [
            FacetValue(v, self.value_label(v), counts[v], v in selected, v in excluded)
            for v in order
        ]


class DateFacet(Facet):
    """Dates by ISO prefix, drilling from years to months to days.

    With no date selected it counts years; with a year selected, the months of
    the hits; with a month, their days. A value filters by prefix. Counts are
    taken over the hits with the selection applied (a drill-down).
    """

    disjunctive = False

    LEVELS = ("year", "month", "day")
    MONTHS = (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    )

    @staticmethod
    def level_of(value: str) -> str:
        """``2016`` is a year, ``2016-12`` a month, ``2016-12-10`` a day."""
        return DateFacet.LEVELS[min(value.count("-"), 2)]

    def filter_query(self, values: list[str]) -> query.Query:
        return query.Or([query.Term(self.level_of(v), v) for v in values])

    def field_of(self, value: str) -> str:
        return self.level_of(value)

    def counting_field(self, request: SearchRequest) -> str:
        selected = request.selected(self.name)
        if not selected:
            return "year"
        deepest = max(self.LEVELS.index(self.level_of(v)) for v in selected)
        return self.LEVELS[min(deepest + 1, 2)]

    def visible_values(self, counts: Counter[str], request: SearchRequest) -> list[str]:
        return sorted(counts)

    def value_label(self, value: str) -> str:
        parts = value.split("-")
        if len(parts) == 1:
            return value
        month = self.MONTHS[int(parts[1]) - 1] if parts[1].isdigit() and 1 <= int(parts[1]) <= 12 else parts[1]
        if len(parts) == 2:
            return f"{month} {parts[0]}"
        return f"{int(parts[2])} {month} {parts[0]}"


#: The facets of every search, in the order they are shown.
FACETS: tuple[Facet, ...] = (
    Facet("source", "Source", "source"),
    DateFacet("date", "Date", "year"),
    Facet("speaker", "Orateur", "speakers"),
    Facet("location", "Lieu", "locations"),
)
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}
