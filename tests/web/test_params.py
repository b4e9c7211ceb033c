"""URL parameters are the whole state of a search, in a canonical form."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict

from search.web.params import BadParameter, query_string, request_from_args


def test_round_trip_is_canonical():
    args = MultiDict([("sort", "date"), ("location", "Genève"), ("q", "évacuation"), ("speaker", "John Kerry"), ("page", ""), ("source", "")])
    request = request_from_args(args)
    assert query_string(request) == "q=%C3%A9vacuation&speaker=John+Kerry&location=Gen%C3%A8ve&sort=date"
    assert request_from_args(MultiDict(__import__("urllib.parse").parse.parse_qsl(query_string(request)))) == request


def test_repeated_values_are_or_and_deduplicated():
    request = request_from_args(MultiDict([("source", "AFP"), ("source", "Reuters"), ("source", "AFP")]))
    assert request.filters == {"source": ["AFP", "Reuters"]}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([("page", "abc")], "nombre entier"),
        ([("page", "0")], "compris entre"),
        ([("page", "1000000000")], "compris entre"),
        ([("sort", "aléatoire")], "Tri inconnu"),
        ([("date", "décembre")], "Date invalide"),
    ],
)
def test_bad_parameters_get_a_french_message(args, words):
    with pytest.raises(BadParameter, match=words):
        request_from_args(MultiDict(args))


def test_date_bounds_expand_years_and_months():
    request = request_from_args(MultiDict([("date_from", "2016-02"), ("date_to", "2016-02")]))
    assert (request.date_from, request.date_to) == ("2016-02-01", "2016-02-29")
    request = request_from_args(MultiDict([("date_from", "2016"), ("date_to", "2017")]))
    assert (request.date_from, request.date_to) == ("2016-01-01", "2017-12-31")
    with pytest.raises(BadParameter, match="impossible"):
        request_from_args(MultiDict([("date_to", "2016-02-30")]))


def test_more_names_a_known_facet_and_match_needs_it():
    request = request_from_args(MultiDict([("more", "speaker"), ("match", "lavrov")]))
    assert query_string(request) == "more=speaker&match=lavrov"
    assert request_from_args(MultiDict([("match", "lavrov")])).match == ""
    with pytest.raises(BadParameter, match="Facette inconnue"):
        request_from_args(MultiDict([("more", "couleur")]))
