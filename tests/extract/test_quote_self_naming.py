"""A quotation that names its supposed speaker in the third person is someone else's words."""

from __future__ import annotations

import pytest

from search.extract.quote_self_naming import names_speaker


@pytest.mark.parametrize(
    ("quotation", "name"),
    [
        ("Ignoble et outrancier texte de Mélenchon qui claque la porte", "Jean-Luc Mélenchon"),
        ("Monsieur Ménard, à chaque fois qu'il s'exprime, c'est pour blesser", "Robert Ménard"),
        ("Chirac n'a jamais été quelqu'un qui extériorise ses sentiments", "Jacques Chirac"),
        ("Jamais, comme le dit François Fillon, trois dates ne nous ont été proposées", "François Fillon"),
        ("Ce n'est pas Jean-Michel Aulas qui dira le contraire", "Jean-Michel Aulas"),
        ("Elle m'avait demandé de passer chaque jour chez Madame Moreau", "Jeanne Moreau"),
    ],
)
def test_a_person_spoken_of(quotation, name):
    assert names_speaker(quotation, name)


@pytest.mark.parametrize(
    ("quotation", "name"),
    [
        ("Bonjour, je suis Mike Pompeo, je vous parle depuis Jérusalem", "Mike Pompeo"),  # introduces himself
        ("Quand on voit Donald Trump à la télévision, on pense à notre père", "Robert Trump"),  # another given name
        ("Sous une présidence Biden, l'Amérique ne fermera pas les yeux", "Joe Biden"),  # a label
        ("Il y a eu des représailles contre la famille Lelandais", "Sven Lelandais"),
        ("Et je déteste le Christian Estrosi qui a voté ce projet de loi", "Christian Estrosi"),  # a figure
        ("C'est un choix réfléchi, affirme Mehdi Belbachir. Je me permets de proposer mes services", "Mehdi Belbachir"),
        ("C'est la question, a expliqué sur Franceinfo Olivier Véran, qui accompagnait le ministre", "Olivier Véran"),
    ],
)
def test_not_a_person_spoken_of(quotation, name):
    assert not names_speaker(quotation, name)


def test_a_role_that_the_quotation_names_does_not_speak_it(quotes_of):
    text = (
        "Tout a commencé par la démission du député de La France Insoumise de la mission. \"Monsieur Valls est un "
        'personnage clivant", a dénoncé Jean-Luc Mélenchon dans une lettre. "Ignoble et outrancier texte de '
        'Mélenchon, qui affiche son mépris pour les Calédoniens", a alors réagi le député de l\'Essonne sur Twitter.'
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Jean-Luc Mélenchon"]


def test_a_name_written_in_the_attribution_still_speaks(quotes_of):
    text = (
        '"Puisque Laurent Wauquiez assume ses errements, j\'en tire les conséquences", a tweeté Laurent Wauquiez '
        "mardi soir."
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Laurent Wauquiez"]
