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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Dénonçant des "violences en réunion [...] caractérisées", la procureure, Sandra Reymond, a requis '
            "dix mois de prison pour le premier prévenu.",
            [("Sandra Reymond", "person")],
        ),
        (  # a role the article named before, after an apposition
            "L'ancien ministre Thierry Mariani a plaidé pour un rapprochement. Affirmant que Les Républicains "
            '"n\'ont plus d\'alliés après le rapprochement des centristes", l\'ex-député, battu aux dernières '
            "législatives, s'est interrogé.",
            [("Thierry Mariani", "person")],
        ),
        (  # a role, then its relative clause
            "Laurent Gerra n'apprécie pas certains hebdomadaires. Dénonçant une \"pseudo-élite intellectuelle qui se "
            'regarde", l\'humoriste qui sévit sur RTL a parodié des couvertures de Télérama.',
            [("Laurent Gerra", "person")],
        ),
        (  # an organisation, read up to its verb
            'Fustigeant "un décret scandaleux pour les salariés", la CGT estime de son côté que le gouvernement '
            "doit revoir sa copie.",
            [("CGT", "organisation")],
        ),
    ],
)
def test_a_participle_clause_opening_the_sentence_has_the_main_clause_subject_for_speaker(quotes_of, text, expected):
    assert [(q.speaker, q.speaker_kind) for q in quotes_of(text) if q.kind == "direct"] == expected


def test_the_main_clause_after_an_opening_participle_is_still_reported(quotes_of):
    quotes = quotes_of(
        'Insistant sur "un emploi bien payé pour chacun", Donald Trump a promis de faire de la politique autrement.'
    )
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("direct", "Donald Trump", "un emploi bien payé pour chacun"),
        ("indirect", "Donald Trump", "faire de la politique autrement"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        (  # the quotation is in the main clause, whose subject is not its speaker
            'Jugeant la situation grave, le maire signe un arrêté "pour protéger les habitants de la commune", '
            "la préfète Fabienne Buccio a suivi."
        ),
        (  # no verb after the noun phrase: it ran over the main clause's words
            'Estimant que l\'Ehpad "subit aujourd\'hui un préjudice lié à la possible dégradation de son image", '
            "la direction générale du groupe prévoit pour sa part de porter plainte."
        ),
    ],
)
def test_no_main_clause_subject_for_the_opening_participle(quotes_of, text):
    assert speakers(quotes_of(text)) == []


def test_an_opening_participle_read_into_a_name_attributes_nothing(quotes_of):
    text = (
        "Brigitte Bardot n'aime pas la télévision. \"Ardisson devient d'une vulgarité épouvantable\", dit-elle. "
        'Jugeant Nagui "minable", elle enterre le roi actuel du petit écran, Cyril Hanouna.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Brigitte Bardot"]  # not "Jugeant Nagui"
