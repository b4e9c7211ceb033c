"""URL parameters <-> ``SearchRequest``: the URL is the whole state of a search.

Parameters, in their canonical order: ``q``, each facet (``source``, ``date``,
``speaker``, ``location``; repeat one to OR values), each exclusion
(``exclude_source`` ...), ``date_from``/``date_to``, ``sort``, ``per_page``,
``more``/``match`` (one facet shown in full, its values filtered by words) and
``page``. Empty parameters are dropped.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from search.query.facets import FACETS
from search.query.request import MAX_PER_PAGE, SORTS, SearchRequest

MAX_PAGE = 1000
SORT_ALIASES = {"date": "newest", "pertinence": "relevance", "recent": "newest", "ancien": "oldest"}
#: How each order is written in a canonical URL.
SORT_NAMES = {"relevance": "pertinence", "newest": "date", "oldest": "ancien"}
_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class BadParameter(ValueError):
    """A URL parameter that cannot be read; the message is for the user, in French."""


def _int(args: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"Le paramètre « {name} » doit être un nombre entier (reçu « {raw} ».)") from None
    if not low <= value <= high:
        raise BadParameter(f"Le paramètre « {name} » doit être compris entre {low} et {high} (reçu {value}).")
    return value


def _date_bound(args: Mapping[str, str], name: str, last: bool) -> str:
    """An ISO day from ``2016``, ``2016-12`` or ``2016-12-10``: the first or last day it covers."""
    raw = args.get(name, "").strip()
    if not raw:
        return ""
    if not _DATE_VALUE.match(raw):
        raise BadParameter(f"Date invalide « {raw} » pour « {name} » : écrivez 2016, 2016-12 ou 2016-12-10.")
    year, month, day = ([int(p) for p in raw.split("-")] + [0, 0])[:3]
    try:
        month = month or (12 if last else 1)
        day = day or (calendar.monthrange(year, month)[1] if last else 1)
        bound = dt.date(year, month, day)
    except ValueError:
        raise BadParameter(f"Date impossible « {raw} » pour « {name} ».") from None
    return bound.isoformat()


def request_from_args(args: MultiDict[str, str]) -> SearchRequest:
    """Read a search request from URL parameters; raises ``BadParameter`` in French."""
    filters: dict[str, list[str]] = {}
    excludes: dict[str, list[str]] = {}
    for facet in FACETS:
        for target, name in ((filters, facet.name), (excludes, f"exclude_{facet.name}")):
            values = list(dict.fromkeys(v.strip() for v in args.getlist(name) if v.strip()))
            if facet.name == "date":
                for value in values:
                    if not _DATE_VALUE.match(value):
                        raise BadParameter(f"Date invalide « {value} » : écrivez 2016, 2016-12 ou 2016-12-10.")
            if values:
                target[facet.name] = values
    sort = args.get("sort", "").strip()
    sort = SORT_ALIASES.get(sort, sort)
    if sort and sort not in SORTS:
        raise BadParameter(f"Tri inconnu « {sort} » : choisissez pertinence, date (récent) ou ancien.")
    more = args.get("more", "").strip()
    if more and more not in {facet.name for facet in FACETS}:
        raise BadParameter(f"Facette inconnue « {more} » : choisissez source, date, speaker ou location.")
    return SearchRequest(
        q=args.get("q", ""),
        date_from=_date_bound(args, "date_from", last=False),
        date_to=_date_bound(args, "date_to", last=True),
        more=more,
        match=args.get("match", "").strip() if more else "",
        filters=filters,
        excludes=excludes,
        sort=sort,
        page=_int(args, "page", 1, 1, MAX_PAGE),
        per_page=_int(args, "per_page", 10, 1, MAX_PER_PAGE),
    )


def request_to_params(request: SearchRequest) -> list[tuple[str, str]]:
    """The canonical, ordered URL parameters of a request (no empty ones, no defaults)."""
    params: list[tuple[str, str]] = []
    if request.q.strip():
        params.append(("q", request.q.strip()))
    for facet in FACETS:
        params += [(facet.name, v) for v in request.selected(facet.name)]
    for facet in FACETS:
        params += [(f"exclude_{facet.name}", v) for v in request.excluded(facet.name)]
    if request.date_from:
        params.append(("date_from", request.date_from))
    if request.date_to:
        params.append(("date_to", request.date_to))
    if request.sort:
        params.append(("sort", SORT_NAMES[request.sort]))
    if request.per_page != 10:
        params.append(("per_page", str(request.per_page)))
    if request.more:
        params.append(("more", request.more))
        if request.match:
            params.append(("match", request.match))
    if request.page > 1:
        params.append(("page", str(request.page)))
    return params


def query_string(request: SearchRequest) -> str:
    """The canonical query string, without the leading ``?``."""
    return urlencode(request_to_params(request))
