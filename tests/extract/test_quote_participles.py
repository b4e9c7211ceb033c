"""A speech participle before a quotation: the sentence's subject, the subject of an
absolute clause, or the person named right before the participle."""

from __future__ import annotations

import pytest

from search.article import Quote


def speakers(quotes: list[Quote], kind: str = "direct") -> list[str]:
    return [q.speaker for q in quotes if q.kind == kind]


def test_speech_participles(quotes_of):
    text = (
        "Lors d'un déplacement en région parisienne, le Premier ministre Edouard Philippe a tenté d'apaiser "
        'la polémique en appelant au "respect et à la confiance" vis-à-vis de la police.'
    )
    assert speakers(quotes_of(text)) == ["Edouard Philippe"]
    text = (
        'Emmanuel Macron avait jugé "légitime" de rendre hommage au maréchal samedi, arguant que le chef du '
        'régime avait été "pendant la Première guerre mondiale un grand soldat" avant tout.'
    )
    assert speakers(quotes_of(text)) == ["Emmanuel Macron"]
    assert speakers(quotes_of(text), "indirect") == ["Emmanuel Macron"]


def test_a_participle_after_a_role_and_its_name_has_them_for_subject(quotes_of):
    text = (
        "Pékin n'a pas confirmé d'incident, un porte-parole du ministère chinois des Affaires étrangères, Zhao "
        'Lijian, assurant devant la presse que les troupes avaient "toujours strictement respecté la Ligne".'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes_of(text) if q.kind == "direct"] == [("Zhao Lijian", "person")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les réactions se sont succédé, la ministre de la Culture Roselyne Bachelot saluant notamment "
            '"une artiste immense, qui a marqué trois générations de spectateurs".',
            ["Roselyne Bachelot"],
        ),
        (
            'Le verdict a été dénoncé à Washington, le secrétaire d\'Etat Mike Pompeo fustigeant "un procès '
            'politique, mené sans aucune garantie pour la défense".',
            ["Mike Pompeo"],
        ),
        (  # after the incise of an earlier quotation
            '"Nous avons fait notre part du travail", a poursuivi Julien Durand estimant que "tous ceux qui '
            'se taisent aujourd\'hui porteront une part de responsabilité demain".',
            ["Julien Durand", "Julien Durand"],
        ),
    ],
)
def test_the_person_named_right_before_the_participle_speaks(quotes_of, text, expected):
    assert speakers(quotes_of(text)) == expected


def test_a_medium_named_before_the_participle_is_not_its_subject(quotes_of):
    text = (
        "Le ministre turc des Affaires étrangères a de son côté justifié cette offensive sur la radio allemande "
        'Deutsche Welle évoquant une "question vitale" et "une question de sécurité nationale, une question de survie".'
    )
    assert "Deutsche Welle" not in speakers(quotes_of(text))
