"""Parse the dates files state, with their precision.

Accepted forms: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month), and ISO date-times
``YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]`` (day; the calendar date as written, no
time zone shift). Anything else gives no date and the precision ``unknown``: a
doubtful date never costs an article.
"""

from __future__ import annotations

import datetime as dt
import re

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)

UNKNOWN: tuple[dt.date | None, str] = (None, "unknown")


def parse_date(value: str | None) -> tuple[dt.date | None, str]:
    """Return ``(date, precision)`` for a stated date; ``(None, "unknown")`` if unusable.

    A month-precise date is stored as the first day of that month.
    """
    if not value:
        return UNKNOWN
    value = value.strip()
    for pattern, precision in ((_DAY, "day"), (_DATETIME, "day"), (_MONTH, "month")):
        match = pattern.fullmatch(value)
        if match is None:
            continue
        year, month = int(match.group(1)), int(match.group(2))
        day = int(match.group(3)) if precision == "day" else 1
        try:
            return dt.date(year, month, day), precision
        except ValueError:
            return UNKNOWN
    return UNKNOWN
