"""Facets: a small registry of facet classes that count values over all hits.

Each facet counts, over a set of document numbers, the values documents carry
(see ``search.query.catalog``). Values are plain records that templates and
the JSON API only loop on.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from whoosh.reading import IndexReader

from search.analysis import fold
from search.query.catalog import Catalog, DocValues
from search.query.request import SearchRequest


FRENCH_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)


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


class Facet:
    """A facet over an indexed field whose terms are the values shown.

    Counting is disjunctive: a facet's values are counted over the hits of the
    search without that facet's own selection, so that the other values keep
    meaningful counts and can be added with OR.
    """

    disjunctive = True
    #: show selected values not among the counted ones before them (a drill-down's path)
    selected_first = False

    def __init__(self, name: str, label: str, fieldname: str) -> None:
        self.name = name
        self.label = label
        self.fieldname = fieldname

    def field_of(self, value: str) -> str:
        """The field a value is indexed in."""
        return self.fieldname

    def filter_mask(self, values: list[str], catalog: Catalog, reader: IndexReader) -> np.ndarray:
        """Documents having any of the values (under any of their spellings), as a boolean array."""
        mask = np.zeros(catalog.columns(reader).doc_count_all, dtype=bool)
        for value in values:
            mask[catalog.doc_values(reader, self.field_of(value)).docs_with(value)] = True
        return mask

    def value_label(self, value: str) -> str:
        """How a value is shown."""
        return value

    def order(self, counts: np.ndarray, doc_values: DocValues) -> np.ndarray:
        """Numbers of the counted values, in the order shown: most frequent first, then alphabetical."""
        counted = np.flatnonzero(counts)
        return counted[np.lexsort((doc_values.alphabetical_rank[counted], -counts[counted]))]

    def counting_field(self, request: SearchRequest) -> str:
        """The field whose values are counted for this request."""
        return self.fieldname

    def shown_values(
        self, catalog: Catalog, reader: IndexReader, hits: np.ndarray, request: SearchRequest
    ) -> tuple[list[FacetValue], int]:
        """The values to show over the documents marked in ``hits``, and how many more there are.

        The top ``FACET_SIZE`` values or, for the facet opened in full, up to
        ``FACET_SIZE_MORE`` values whose label matches the words typed.
        Selected and excluded values are always listed, with their own count
        (zero when no hit has them), so that a user can see and remove them.
        """
        counting_field = self.counting_field(request)
        doc_values = catalog.doc_values(reader, counting_field)
        counts = doc_values.counts(hits)
        selected = set(request.selected(self.name))
        excluded = set(request.excluded(self.name))
        marked = selected | excluded
        opened = request.more == self.name
        order = self.order(counts, doc_values)
        candidates = (doc_values.names[number] for number in order)
        if opened and request.match:
            candidates = (name for name in candidates if label_matches(self.value_label(name), request.match))
            shown = list(itertools.islice(candidates, FACET_SIZE_MORE))
            hidden = sum(1 for name in candidates if name not in marked)
        else:
            shown = list(itertools.islice(candidates, FACET_SIZE_MORE if opened else FACET_SIZE))
            rest = set(order[len(shown) :].tolist()) if marked else set()
            hidden = len(order) - len(shown) - len({doc_values.number(v) for v in marked if v not in shown} & rest)
        extra = [value for value in sorted(marked) if value not in shown]

        def count(value: str) -> int:
            if self.field_of(value) != counting_field:
                return int(hits[catalog.doc_values(reader, self.field_of(value)).docs_with(value)].sum())
            number = doc_values.number(value)
            return int(counts[number]) if number is not None else 0

        ordered = extra + shown if self.selected_first else shown + extra
        values = [FacetValue(v, self.value_label(v), count(v), v in selected, v in excluded) for v in ordered]
        return values, hidden


class DateFacet(Facet):
    """Dates by ISO prefix, drilling from years to months to days.

    With no date selected it counts years; with a year selected, the months of
    the hits; with a month, their days. A value filters by prefix. Counts are
    taken over the hits with the selection applied (a drill-down).
    """

    disjunctive = False
    selected_first = True
    LEVELS = ("year", "month", "day")

    @staticmethod
    def level_of(value: str) -> str:
        """``2016`` is a year, ``2016-12`` a month, ``2016-12-10`` a day."""
        return DateFacet.LEVELS[min(value.count("-"), 2)]

    def field_of(self, value: str) -> str:
        return self.level_of(value)

    def counting_field(self, request: SearchRequest) -> str:
        selected = request.selected(self.name)
        if not selected:
            return "year"
        deepest = max(self.LEVELS.index(self.level_of(v)) for v in selected)
        return self.LEVELS[min(deepest + 1, 2)]

    def order(self, counts: np.ndarray, doc_values: DocValues) -> np.ndarray:
        """Dates in calendar order."""
        counted = np.flatnonzero(counts)
        return counted[np.argsort(np.array([doc_values.names[v] for v in counted]), kind="stable")]

    def value_label(self, value: str) -> str:
        parts = value.split("-")
        if len(parts) == 1:
            return value
        month_number = int(parts[1]) if parts[1].isdigit() else 0
        month = FRENCH_MONTHS[month_number - 1] if 1 <= month_number <= 12 else parts[1]
        if len(parts) == 2:
            return f"{month} {parts[0]}"
        return f"{int(parts[2])} {month} {parts[0]}"


FACET_SIZE = 10  # values shown per facet
FACET_SIZE_MORE = 500  # values shown when a facet is opened in full ("voir plus")


def label_matches(label: str, words: str) -> bool:
    """True when every word typed starts a word of the label, accents and case aside.

    ``lavrov`` and ``serg lav`` match ``Sergueï Lavrov``.
    """
    label_words = fold(label).replace("-", " ").split()
    return all(any(w.startswith(typed) for w in label_words) for typed in fold(words).replace("-", " ").split())


#: The facets of every search, in the order they are shown.
FACETS: tuple[Facet, ...] = (
    Facet("source", "Source", "source"),
    DateFacet("date", "Date", "year"),
    Facet("speaker", "Orateur", "speakers"),
    Facet("location", "Lieu", "locations"),
)
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}
