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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Emmanuel Macron a reçu les armées à l'Élysée. Le Président a déclaré : \"Je suis votre chef\".",
            "Emmanuel Macron",
        ),
        (
            "Édouard Philippe a présenté le plan jeudi. Interrogé sur les masques, le Premier Ministre a avancé "
            'un scénario : "Nous travaillons sur un certain nombre d\'hypothèses".',
            "Édouard Philippe",
        ),
        (
            "Gérard Larcher ne votera pas. Dans un entretien au Parisien, le président LR du Sénat répète : "
            '"un choix contraint c\'est une démocratie réduite".',
            "Gérard Larcher",
        ),
    ],
)
def test_the_words_of_a_role_are_not_its_speaker(quotes_of, text, speaker):
    """A capitalized role (``Le Président``) or a party inside it (``le président LR du Sénat``) is
    part of the role, which points back to the person named before."""
    assert speakers(quotes_of(text)) == [speaker]


def test_a_full_name_the_role_phrase_runs_into_still_speaks(quotes_of):
    """The recogniser runs the role into the name here; the name still speaks (whatever kind it is given)."""
    text = (
        "Riyad al-Malki était à Paris lundi. Le ministre des Affaires étrangères palestinien Riyad al-Malki a "
        'rendu hommage à "un ami du peuple palestinien".'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Riyad al-Malki"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a trade among the functions: alone, it points back to the person just named
            "C'est peu vraisemblable, selon Yann Klinger, interrogé par France 2. \"Si cette fracture était "
            'tectonique, on s\'attendrait à avoir une activité sismique anormale", explique le sismologue.',
            "Yann Klinger",
        ),
        (  # a trade among the people nouns: after a demonstrative, the person just introduced
            "De retour à sa boutique, Zohrab Mahdessian se met à la composition d'un bouquet. \"Je suis content "
            "d'être de retour\", explique à l'AFP ce fleuriste de 58 ans.",
            "Zohrab Mahdessian",
        ),
    ],
)
def test_trades_read_from_the_dev_corpus_point_back(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]
