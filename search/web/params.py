"""URL parameters <-> ``SearchRequest``: the URL is the whole state of a search.

Parameters, in their canonical order: ``q``, each facet (``source``, ``date``,
``speaker``, ``location``; repeat one to OR values), each exclusion
(``exclude_source`` ...), ``date_from``/``date_to``, ``sort``, ``per_page``,
``more``/``match`` (one facet shown in full, its values filtered by words) and
``page``. Empty parameters are dropped.
"""

from __future__ import annotations

import calendar
import functools
import datetime as dt
import re
from collections.abc import Mapping
from urllib.parse import unquote_to_bytes, urlencode

from flask import has_request_context, request
from werkzeug.datastructures import MultiDict

from search.query.facets import FACETS
from search.query.request import MAX_PER_PAGE, SORTS, SearchRequest

MAX_PAGE = 1000
SORT_ALIASES = {"date": "newest", "pertinence": "relevance", "recent": "newest", "ancien": "oldest"}
#: How each order is written in a canonical URL.
SORT_NAMES = {"relevance": "pertinence", "newest": "date", "oldest": "ancien"}
_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
#: C0 and C1 control characters: spaces in a query (never echoed in pages, links or JSON).
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class BadParameter(ValueError):
    """A URL parameter that cannot be read; the message is for the user, in French."""


FACET_NAMES = "source, date, speaker ou location"


def _int(args: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"Le paramètre « {name} » doit être un nombre entier (reçu « {raw} »).") from None
    if not low <= value <= high:
        raise BadParameter(f"Le paramètre « {name} » doit être compris entre {low} et {high} (reçu {value}).")
    return value


def _day(raw: str, name: str, last: bool) -> dt.date:
    """The first (or last) day of ``2016``, ``2016-12`` or ``2016-12-10``; ``BadParameter`` if none."""
    if not _DATE_VALUE.match(raw):
        raise BadParameter(f"Date invalide « {raw} » pour « {name} » : écrivez 2016, 2016-12 ou 2016-12-10.")
    year, month, day = ([int(p) for p in raw.split("-")] + [0, 0])[:3]
    try:
        month = month or (12 if last else 1)
        return dt.date(year, month, day or (calendar.monthrange(year, month)[1] if last else 1))
    except (ValueError, calendar.IllegalMonthError):
        raise BadParameter(f"Date impossible « {raw} » pour « {name} ».") from None


def _date_bound(args: Mapping[str, str], name: str, last: bool) -> str:
    """An ISO day from ``2016``, ``2016-12`` or ``2016-12-10``: the first or last day it covers."""
    raw = args.get(name, "").strip()
    return _day(raw, name, last).isoformat() if raw else ""


def _facet_values(args: MultiDict[str, str], name: str, facet: str) -> list[str]:
    """The distinct non-empty values of one facet parameter (dates checked)."""
    values = list(dict.fromkeys(v.strip() for v in args.getlist(name) if v.strip()))
    if facet == "date":
        for value in values:
            _day(value, name, last=False)
    return values


def _check_encoding(args: MultiDict[str, str]) -> None:
    """Refuse a query string that is not UTF-8 once percent-decoded.

    Werkzeug keeps undecodable bytes percent-encoded (``%FF``), which would be
    searched as letters; only the raw query string tells them from a ``%FF``
    the user typed, so it is read when ``args`` are the current request's.
    """
    if not (has_request_context() and args is request.args):
        return
    for pair in re.split(rb"[&;]", request.query_string):
        name, _, value = pair.partition(b"=")
        try:
            unquote_to_bytes(value.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            shown = unquote_to_bytes(name).decode("utf-8", "replace")
            raise BadParameter(
                f"Adresse mal encodée : la valeur de « {shown} » n'est pas du texte UTF-8. "
                "Retapez la recherche dans le formulaire."
            ) from None


def request_from_args(args: MultiDict[str, str]) -> SearchRequest:
    """Read a search request from URL parameters; raises ``BadParameter`` in French.

    A repeated single-valued parameter (``q``, ``page``, ``sort``...) is read
    from its first value; parameters that name nothing (``foo=bar``) are left
    alone, but an exclusion of an unknown facet (``exclude_foo``) is refused.
    """
    _check_encoding(args)
    known = {facet.name for facet in FACETS}
    for name in args:
        if name.startswith("exclude_") and name.removeprefix("exclude_") not in known:
            raise BadParameter(
                f"Facette inconnue « {name.removeprefix('exclude_')} » dans « {name} » : choisissez {FACET_NAMES}."
            )
    filters: dict[str, list[str]] = {}
    excludes: dict[str, list[str]] = {}
    for facet in FACETS:
        for target, name in ((filters, facet.name), (excludes, f"exclude_{facet.name}")):
            values = _facet_values(args, name, facet.name)
            if values:
                target[facet.name] = values
    sort = args.get("sort", "").strip()
    sort = SORT_ALIASES.get(sort, sort)
    if sort and sort not in SORTS:
        raise BadParameter(f"Tri inconnu « {sort} » : choisissez pertinence, date (récent) ou ancien.")
    more = args.get("more", "").strip()
    if more and more not in known:
        raise BadParameter(f"Facette inconnue « {more} » : choisissez {FACET_NAMES}.")
    date_from, date_to = _date_bound(args, "date_from", last=False), _date_bound(args, "date_to", last=True)
    if date_from and date_to and date_from > date_to:
        raise BadParameter(f"Période vide : « date_from » ({date_from}) est après « date_to » ({date_to}).")
    return SearchRequest(
        q=_CONTROL_CHARACTERS.sub(" ", args.get("q", "")),
        date_from=date_from,
        date_to=date_to,
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


@functools.lru_cache(maxsize=65_536)
def _encoded(name: str, value: str) -> str:
    """One ``name=value`` pair as ``urlencode`` writes it (cached: a page repeats its pairs in every link)."""
    return urlencode([(name, value)])


def query_string(request: SearchRequest) -> str:
    """The canonical query string, without the leading ``?``."""
    return "&".join(_encoded(name, value) for name, value in request_to_params(request))
