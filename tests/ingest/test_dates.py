"""Stated dates and their precision."""

from __future__ import annotations

import datetime as dt

import pytest

from search.ingest.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-07-02", (dt.date(2020, 7, 2), "day")),
        (" 2020-07-02 ", (dt.date(2020, 7, 2), "day")),
        ("2020-07", (dt.date(2020, 7, 1), "month")),
        ("2020-07-02T14:30:00", (dt.date(2020, 7, 2), "day")),
        ("2020-07-02T23:30:00+02:00", (dt.date(2020, 7, 2), "day")),
        ("2020-07-02T23:30:00.123Z", (dt.date(2020, 7, 2), "day")),
        ("2020-07-02 08:15", (dt.date(2020, 7, 2), "day")),
    ],
)
def test_accepted_forms(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [None, "", "2 juillet 2020", "2020", "02/07/2020", "2020-02-30", "2020-13", "2020-07-02T25", "hier"],
)
def test_unusable_dates_are_unknown(value):
    assert parse_date(value) == (None, "unknown")
