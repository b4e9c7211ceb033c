"""Two persons the recogniser read as one name: the person a role is held for, then the one
who holds it; a medium and the person who speaks on it (``quote_name_pairs``)."""

from __future__ import annotations

import pytest

from search.extract.quote_name_pairs import second_name_start, split_medium, split_pair
from search.extract.structure_types import Entity


def _entity(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(name, "PER", start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "second"),
    [
        ("L'avocat de Michel Platini William Bourdon a estimé", "Michel Platini William Bourdon", "William Bourdon"),
        (
            "la conseillère au cabinet de Nicolas Sarkozy Véronique Waché a tenu à préciser",
            "Nicolas Sarkozy Véronique Waché",
            "Véronique Waché",
        ),
        (
            "la secrétaire d'État auprès de Nicolas Hulot Brune Poirson s'est fait remarquer",
            "Nicolas Hulot Brune Poirson",
            "Brune Poirson",
        ),
        (
            "l'ex-collaborateur de François Hollande Gaspard Gantzer",
            "François Hollande Gaspard Gantzer",
            "Gaspard Gantzer",
        ),
    ],
)
def test_a_role_holder_read_with_the_person_of_the_role_is_two_persons(text, name, second):
    first, holder = split_pair(_entity(text, name), text)
    assert holder.text == second and text[holder.start : holder.end] == second
    assert first.text == name[: -len(second)].rstrip() and text[first.start : first.end] == first.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la tentative d'évasion de Smaïn Aït Ali Belkacem", "Smaïn Aït Ali Belkacem"),  # no role before
        ("selon le porte-parole Cherif Tahir Ismail Diop", "Cherif Tahir Ismail Diop"),  # no "de"
        ("le frère de Jean Marie Le Pen", "Jean Marie Le Pen"),  # given names in a row
    ],
)
def test_one_long_name_stays_one(text, name):
    assert second_name_start(_entity(text, name), text) == 0


def test_the_holder_speaks(quotes_of):
    text = (
        "Interrogé sur franceinfo, l'avocat de Michel Platini William Bourdon a estimé que \"tout cela "
        'ressemble à un règlement de comptes\".'
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["William Bourdon"]


@pytest.mark.parametrize(
    ("text", "name", "parts"),
    [
        (  # a known given name after the medium
            '"Je suis touché", a confié sur Europe 1 Bernard Lavilliers.',
            "Europe 1 Bernard Lavilliers",
            [("Europe 1", "ORG"), ("Bernard Lavilliers", "PER")],
        ),
        (  # a given name the data does not know, with a role apposed after the name
            '"Rien ne presse", a souligné sur Al Jazeera Sultan Barakat, directeur de recherches.',
            "Al Jazeera Sultan Barakat",
            [("Al Jazeera", "ORG"), ("Sultan Barakat", "PER")],
        ),
        (  # no given name, no role: the rest of a station's name
            '"Il n\'y a aucun blessé", souligne France Bleu Frequenza Mora.',
            "France Bleu Frequenza Mora",
            [("France Bleu Frequenza Mora", "PER")],
        ),
        (  # a lowercase word: not a name after a medium
            "selon France Bleu Pays de Savoie, le maire a parlé",
            "France Bleu Pays de Savoie",
            [("France Bleu Pays de Savoie", "PER")],
        ),
    ],
)
def test_a_medium_read_with_the_name_after_it(text, name, parts):
    entity = _entity(text, name)
    found = split_medium(entity, text)
    assert [(part.text, part.label) for part in found] == parts
    assert all(text[part.start : part.end] == part.text for part in found)


def test_an_organisation_entity_stays_whole():
    text = "selon Radio France Bernard Durand"
    entity = Entity("Radio France Bernard Durand", "ORG", 6, len(text))
    assert split_medium(entity, text) == [entity]
