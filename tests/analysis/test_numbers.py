"""Tests for search.analysis.numbers."""

from __future__ import annotations

import pytest

from search.analysis.numbers import normalize_query_numbers, number_term


@pytest.mark.parametrize(
    "raw",
    ["20 000", "20\u00a0000", "20\u202f000", "20\u2009000", "20.000", "20,000", "20000"],
)
def test_all_spellings_of_twenty_thousand(raw: str) -> None:
    assert number_term(raw) == "20000"


@pytest.mark.parametrize(
    ("raw", "term"),
    [
        ("1 200 000", "1200000"),
        ("1.234.567", "1234567"),
        ("3,5", "3,5"),
        ("3.5", "3,5"),
        ("20 000,50", "20000,50"),
        ("0,75", "0,75"),
    ],
)
def test_number_terms(raw: str, term: str) -> None:
    assert number_term(raw) == term


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("20 000", "20000"),
        ("20\u00a0000 manifestants", "20000 manifestants"),
        ("20\u202f000", "20000"),
        ("20.000", "20000"),
        ("20,000", "20000"),
        ("1 200 000 euros", "1200000 euros"),
        ('"20 000 morts"', '"20000 morts"'),
        ("bilan: 3 000 blessés", "bilan: 3000 blessés"),
    ],
)
def test_normalize_query_numbers_joins_groups(query: str, expected: str) -> None:
    assert normalize_query_numbers(query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "2016 2017",
        "2016 200",
        "3,5",
        "3.5",
        "01 45 67 89 00",
        "entre 12 et 1234",
        "20 0000",
        "A320 000",
        "20 000km",
        "sans chiffres",
        "",
    ],
)
def test_normalize_query_numbers_leaves_other_text(query: str) -> None:
    assert normalize_query_numbers(query) == query


def test_normalize_query_numbers_only_joins_after_short_lead() -> None:
    # "2016" is a year; the following "200 000" is a number of its own
    assert normalize_query_numbers("en 2016 200 000 personnes") == "en 2016 200000 personnes"
