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


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([("exclude_couleur", "rouge")], "Facette inconnue « couleur » dans « exclude_couleur » : choisissez source, date, speaker ou location."),
        ([("date", "2016-02-30")], "Date impossible « 2016-02-30 » pour « date »."),
        ([("exclude_date", "0000")], "Date impossible « 0000 » pour « exclude_date »."),
        ([("date_from", "2017-03"), ("date_to", "2017-02")], "Période vide : « date_from » (2017-03-01) est après « date_to » (2017-02-28)."),
        ([("per_page", "x")], "Le paramètre « per_page » doit être un nombre entier (reçu « x »)."),
    ],
)
def test_more_bad_parameters_and_their_exact_message(args, message):
    with pytest.raises(BadParameter) as raised:
        request_from_args(MultiDict(args))
    assert str(raised.value) == message


def test_unknown_parameters_are_left_alone_and_repeated_ones_read_first():
    request = request_from_args(MultiDict([("utm_source", "x"), ("q", "Alep"), ("q", "Moscou"), ("page", "2"), ("page", "x")]))
    assert (request.q, request.page) == ("Alep", 2)


def test_control_characters_in_the_query_become_spaces():
    assert request_from_args(MultiDict([("q", "Alep\x00Idlib\t\x85Moscou")])).q == "Alep Idlib  Moscou"


def test_a_percent_sign_typed_in_the_query_is_kept_outside_a_request():
    # Only the raw query string of a request can tell an undecodable byte from a typed "%FF".
    assert request_from_args(MultiDict([("q", "%FF")])).q == "%FF"
