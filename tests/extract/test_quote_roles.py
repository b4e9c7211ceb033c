"""Roles as descriptors, and whether two of them name the same position."""

from __future__ import annotations

from search.extract.quote_roles import role_descriptor, role_match


def test_complements_that_name_places_tell_roles_apart():
    essonne, paris = role_descriptor("depute", " de l'Essonne"), role_descriptor("depute", " de Paris")
    assert (essonne, paris) == ("depute|Esson", "depute|Paris")
    assert role_match(essonne, paris) == 0
    assert role_match(essonne, "depute") == 1  # "le député" alone may be either


def test_a_shared_complement_word_is_the_better_match():
    centre = role_descriptor("president", " du centre de la mémoire")
    assert role_match(centre, role_descriptor("president", " du centre")) == 2
    assert role_match(centre, "president") == 1
    assert role_match(centre, "ministre") == 0


def test_adjectives_are_no_complement():
    assert role_descriptor("president", " ukrainien") == "president"


def test_the_head_of_state_is_the_president_of_the_republic():
    assert role_match("chef|Etat", "president|Repub") == 1
    assert role_match("president|Repub", "chef|Etat") == 1


def test_the_president_of_the_republicans_is_no_head_of_state():
    party = role_descriptor("president", "des Républicains")
    assert party == role_descriptor("president", "de LR")
    assert role_match(party, role_descriptor("president", "de LR")) == 2
    assert role_match(party, "president|Etat office") < 2  # no shared complement word
    assert role_match(party, role_descriptor("president", "de la République")) < 2


def test_ordinals_tell_arrondissements_apart():
    seventh = role_descriptor("maire", "du 7e arrondissement de Paris")
    assert role_match(seventh, role_descriptor("maire", "du 9e arrondissement")) == 0
    assert role_match(seventh, role_descriptor("maire", "du 7e arrondissement")) == 2
