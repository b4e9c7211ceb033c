"""Names the recogniser reads as persons' that are organisations', and one name per organisation."""

from __future__ import annotations

import pytest

from search.extract.quote_organisations import is_organisation, organisation_names


@pytest.mark.parametrize(
    "name",
    [
        "Santé publique France",
        "Assistance publique-Hôpitaux de Paris",
        "Hôpitaux de Paris",
        "Ouest-France",
        "Bercy",
        "American Civil Liberties Union",
        "Var Matin",  # written "Var-Matin" in the data file: hyphens and spaces are one
        "La Libre Belgique",
        "Holt School",
    ],
)
def test_known_and_institutional_names_are_organisations(name):
    assert is_organisation(name, "")


def test_a_name_after_an_organisation_noun_is_the_organisation():
    text = "Anticor, l'association de lutte contre la corruption, écrit au président. Le groupe allemand Lidl aussi."
    assert is_organisation("Anticor", "Selon l'association Anticor, ...")
    assert is_organisation("Lidl", text)
    assert not is_organisation("Anticor", "Anticor a écrit.")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Roch Voisine", "explique dans le magazine Roch Voisine."),  # a person after a medium
        ("Paris Hilton", ""),  # a place in a person's name
        ("Marianne James", ""),  # a given name that is also a medium's
        ("Castex", "le gouvernement Castex"),  # "gouvernement" does not name its organisation
    ],
)
def test_persons_stay_persons(name, text):
    assert not is_organisation(name, text)


def test_one_name_per_organisation():
    names = organisation_names(["Observatoire syrien des droits de l'homme (OSDH)", "OSDH"])
    assert names["OSDH"] == "Observatoire syrien des droits de l'homme"


def test_organisations_that_speak_are_not_persons(quotes_of):
    text = (
        'Selon Ouest-France, Margaux Deroy a été libérée mercredi. "Une révocation peut être prononcée", '
        "précise l'association Anticor. Anticor demande la révocation des élus."
    )
    quotes = quotes_of(text)
    assert {q.speaker_kind for q in quotes} == {"organisation"}


def test_organisations_named_after_a_place_are_organisations():
    assert is_organisation("Météo France", "")
    assert is_organisation("Météo-France", "")
    assert not is_organisation("Paris Hilton", "")  # a person, though the place list blocks her name
    assert not is_organisation("France Gall", "")
