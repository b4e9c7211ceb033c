"""Roles pointing back to a person named earlier: ``l'intéressé``, a role noun the person
was introduced with or a synonym of it, and nobody
when two persons fit equally."""

from __future__ import annotations

import pytest

from search.article import Quote
from search.extract.quote_roles import role_descriptor, role_match, sole_name


def speakers(quotes: list[Quote]) -> list[str]:
    return [q.speaker for q in quotes if q.kind == "direct" and q.speaker_kind == "person"]


HOLLANDE = (
    "François Hollande ne tire plus les ficelles du Parti socialiste. Un éloignement confirmé par "
    'l\'intéressé lui-même, qui précise : "Ni interférence ni indifférence".'
)
BUZYN = "La ministre Agnès Buzyn a reçu les syndicats lundi. \"Je n'ai rien promis\", a assuré l'intéressée."


@pytest.mark.parametrize(("text", "speaker"), [(HOLLANDE, "François Hollande"), (BUZYN, "Agnès Buzyn")])
def test_the_person_concerned_is_the_one_person_named(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_the_person_concerned_is_nobody_when_two_fit(quotes_of):
    text = "Jean Castex a téléphoné à Xavier Bertrand mardi. \"Nous n'avons rien décidé\", a assuré l'intéressé."
    assert speakers(quotes_of(text)) == []


def test_a_synonym_role_points_to_the_person_introduced_with_the_role(quotes_of):
    text = (
        "Philippe Martinez, le secrétaire général de la CGT, a manifesté à Paris. Laurent Berger, le secrétaire "
        "général de la CFDT, a refusé de le suivre. \"Nous ne lâcherons rien\", a déclaré le patron de la CGT."
    )
    assert speakers(quotes_of(text)) == ["Philippe Martinez"]


def test_synonym_roles_match_only_through_a_shared_name():
    patron = role_descriptor("patron", " de la CGT")
    assert patron == "patron|cgt"  # acronyms are complement words, not names of bodies
    assert role_match(patron, role_descriptor("secretaire", " de la CGT")) == 1
    assert role_match(patron, role_descriptor("general", " de la CGT")) == 1  # "secrétaire général"
    assert role_match(patron, role_descriptor("secretaire", " de la CFDT")) == 0
    assert role_match("patron", "secretaire") == 0
    assert role_match("president|cgt", "secretaire|cgt") == 0  # a president is not a secretary
    assert role_match("chroniqueur|Canal Footb club", "chroniqueur|cfc") == 1  # an acronym spelled out


def test_one_name_or_none():
    assert sole_name(["Agnès Buzyn", "Agnès Buzyn"]) == "Agnès Buzyn"
    assert sole_name(["Jean Castex", "Xavier Bertrand"]) == ""
    assert sole_name([]) == ""
