"""How values are written for French readers."""

from __future__ import annotations

import datetime as dt

from search.query.facets import FRENCH_MONTHS


def french_date(date: dt.date, precision: str = "day") -> str:
    """``10 décembre 2016``, or ``décembre 2016`` when only the month is known."""
    month = f"{FRENCH_MONTHS[date.month - 1]} {date.year}"
    if precision == "month":
        return month
    return f"{'1er' if date.day == 1 else date.day} {month}"
