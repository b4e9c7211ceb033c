"""A search request: everything that defines one page of results.

The same request comes from a URL, the command line or the JSON API, so a
search is reproducible from its parameters alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SORTS = ("relevance", "newest", "oldest")
DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 100


@dataclass
class SearchRequest:
    """Query text, facet selections and exclusions, order and page."""

    q: str = ""
    #: facet name -> values selected (several values of one facet are OR-ed)
    filters: dict[str, list[str]] = field(default_factory=dict)
    #: facet name -> values excluded
    excludes: dict[str, list[str]] = field(default_factory=dict)
    sort: str = ""  # "" means the default: relevance with a query, newest without
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    #: inclusive date range, as ISO dates (already expanded from 2016 or 2016-12)
    date_from: str = ""
    date_to: str = ""
    #: a facet shown in full (``voir plus``), and words its values must contain
    more: str = ""
    match: str = ""

    @property
    def effective_sort(self) -> str:
        """The order actually used."""
        if self.sort in SORTS:
            return self.sort
        return "relevance" if self.q.strip() else "newest"

    def selected(self, facet: str) -> list[str]:
        """Values selected for a facet."""
        return self.filters.get(facet, [])

    def excluded(self, facet: str) -> list[str]:
        """Values excluded for a facet."""
        return self.excludes.get(facet, [])
