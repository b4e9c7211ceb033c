"""Helpers that build the link to a search changed in exactly one way.

Every link resets the page to 1 except ``with_page``; the rest of the state is
kept, so links reproduce the search they come from.
"""

from __future__ import annotations

from dataclasses import replace

from search.query.request import SearchRequest
from search.web.params import query_string, request_to_params


def _copy(request: SearchRequest, **changes: object) -> SearchRequest:
    """A copy whose selection lists can be changed without touching ``request`` (pages hold hundreds of links)."""
    return replace(
        request,
        filters={facet: list(values) for facet, values in request.filters.items()},
        excludes={facet: list(values) for facet, values in request.excludes.items()},
        **changes,
    )


def _url(request: SearchRequest, base: str = "/") -> str:
    qs = query_string(request)
    return f"{base}?{qs}" if qs else base


def _toggle(request: SearchRequest, facet: str, value: str, exclude: bool) -> str:
    """Add ``value`` to the selections (or exclusions) of a facet, or take it out.

    A value is never both selected and excluded: adding it to one list removes
    it from the other.
    """
    changed = _copy(request, page=1)
    target, other = (changed.excludes, changed.filters) if exclude else (changed.filters, changed.excludes)
    values = target.setdefault(facet, [])
    if value in values:
        values.remove(value)
        if not values:
            del target[facet]
    else:
        values.append(value)
        if value in other.get(facet, []):
            other[facet].remove(value)
            if not other[facet]:
                del other[facet]
    return _url(changed)


def toggle_value(request: SearchRequest, facet: str, value: str) -> str:
    """Select a facet value (OR with the others selected), or remove it when selected."""
    return _toggle(request, facet, value, exclude=False)


def toggle_exclusion(request: SearchRequest, facet: str, value: str) -> str:
    """Exclude a facet value (NOT), or lift the exclusion when it is excluded."""
    return _toggle(request, facet, value, exclude=True)


def clear_filters(request: SearchRequest) -> str:
    """The same query with no facet selected or excluded."""
    return _url(SearchRequest(q=request.q, sort=request.sort, per_page=request.per_page))


def _with(request: SearchRequest, **changes: object) -> str:
    """The link to ``request`` with some of its fields replaced."""
    return _url(_copy(request, **changes))


def with_sort(request: SearchRequest, sort: str) -> str:
    """The same search in another order."""
    return _with(request, sort=sort, page=1)


def with_page(request: SearchRequest, page: int) -> str:
    """Another page of the same search."""
    return _with(request, page=page)


def with_format(request: SearchRequest, base: str, export_format: str = "") -> str:
    """The same search at another address (the JSON API), or as a feed or export."""
    url = _url(request, base)
    if export_format:
        url += ("&" if "?" in url else "?") + f"format={export_format}"
    return url


def with_query(request: SearchRequest, text: str) -> str:
    """The same filters with another query text."""
    return _with(request, q=text, page=1)


def show_more(request: SearchRequest, facet: str) -> str:
    """The same search with one facet shown in full (or none, with an empty name)."""
    return _with(request, more=facet, match="")


def hidden_fields(request: SearchRequest, drop: tuple[str, ...] = ("q",)) -> list[tuple[str, str]]:
    """The request's parameters for hidden inputs of a form that changes the others.

    The query text and the page are never carried: a new form submission starts at page 1.
    """
    dropped = {"q", "page", *drop}
    return [(name, value) for name, value in request_to_params(request) if name not in dropped]


def facet_search(facet: str, value: str) -> str:
    """A new search for everything with one facet value (from an article page)."""
    return _url(SearchRequest(filters={facet: [value]}))
