"""A child named by a given name alone after a parent's possessive bears the family's
surname (``quote_family``)."""

from __future__ import annotations

from search.extract.quote_context import PersonMention
from search.extract.quote_family import child_full_name


def _mentions(*names: str) -> list[PersonMention]:
    return [PersonMention(name, index, "-", "", False) for index, name in enumerate(names)]


def test_the_child_takes_the_surname_of_the_person_named_most():
    text = "se souvient sa fille Maëlle au sujet de son papa"
    start = text.index("sa fille")
    mentions = _mentions("Jean-Michel Gaudin", "Jean-Michel Gaudin", "Claude Bartolone")
    assert child_full_name(text, start, "Maëlle", mentions) == "Maëlle Gaudin"


def test_a_sibling_a_nephew_or_a_grandchild_takes_the_familys_surname_a_spouse_does_not():
    mentions = _mentions("Vincent Lambert", "Vincent Lambert")
    for relative in ("son neveu", "son frère", "sa sœur", "sa petite-fille"):
        text = f"a déclaré {relative} François"
        assert child_full_name(text, text.index(relative), "François", mentions) == "François Lambert"
    text = "a déclaré sa femme Rachel"
    assert child_full_name(text, text.index("sa femme"), "Rachel", mentions) == "Rachel"


def test_no_possessive_no_full_name_or_a_particle_surname_leave_the_name_alone():
    text = "se souvient sa fille Maëlle"
    start = text.index("sa fille")
    assert child_full_name("une fille Maëlle", 0, "Maëlle", _mentions("Jean Gaudin")) == "Maëlle"
    assert child_full_name(text, start, "Maëlle Dupont", _mentions("Jean Gaudin")) == "Maëlle Dupont"
    assert child_full_name(text, start, "Maëlle", _mentions("Gaudin")) == "Maëlle"
    assert child_full_name(text, start, "Hamza", _mentions("Ben Laden", "Ben Laden")) == "Hamza"


def test_the_daughter_speaks_under_her_full_name(quotes_of):
    text = (
        "Jean-Michel Gaudin, barman à l'Assemblée nationale, avait été frappé. Jean-Michel Gaudin ne s'en est "
        'pas remis. "On a cru qu\'on allait le perdre à plusieurs reprises", se souvient sa fille Maëlle. '
        '"Il a encore du mal à parler", indique-t-elle.'
    )
    assert {q.speaker for q in quotes_of(text) if q.kind == "direct"} == {"Maëlle Gaudin"}


def test_the_child_named_again_by_the_given_name_alone_is_the_same_person(quotes_of):
    text = (
        "Omar Boutaty a été touché par le tireur. Omar Boutaty est hospitalisé. Son fils Karim a relaté "
        'comment le vieil homme avait été la cible de tirs. "La balle s\'est arrêtée à un centimètre de la '
        'moelle épinière", a expliqué Karim.'
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Karim Boutaty"]


def test_a_completed_child_is_no_rival_for_the_parents_surname(quotes_of):
    text = (
        "Le président Ibrahim Boubacar Keïta a été renversé. M. Keïta, 75 ans, avait été arrêté. M. Keïta avait "
        "annoncé le soir même sa démission. Son fils Karim a pu fuir le pays, ont dit des proches."
    )
    assert {q.speaker for q in quotes_of(text)} == {"Ibrahim Boubacar Keïta"}
