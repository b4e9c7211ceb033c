"""Incises whose verb no list knows (``search/extract/quote_incise.py``), and what is no incise."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        (
            ("Le rappeur Sofiane Zermani a bloqué l'autoroute. \"Prendre un café ici, ça n'a pas de prix\", "
            "philosophe-t-il."),
            "Sofiane Zermani",
            "philosophe-t-il",
        ),
        (
            ("Marlène Schiappa était interrogée. \"Ce n'est pas le sujet du jour, je ne commente pas\", "
            "a-t-elle balayé."),
            "Marlène Schiappa",
            "a-t-elle balayé",
        ),
        (
            ("\"Mars a ce problème spécifique des tempêtes de poussières\", pointe Robert Howard, du centre "
            "Johnson de la Nasa."),
            "Robert Howard",
            "pointe",
        ),
        (
            ("\"Nous les attendons désespérément. Nous avons besoin d'eux\", s'impatiente Michalis Drosos, "
            "vendeur de souvenirs."),
            "Michalis Drosos",
            "s'impatiente",
        ),
        (
            ("\"La FDA prendra toute décision sur l'autorisation de ce vaccin\", s'est engagé Stephen Hahn, "
            "patron de la FDA."),
            "Stephen Hahn",
            "s'est engagé",
        ),
    ],
)
def test_an_incise_names_the_speaker_whatever_its_verb(quotes_of, text, speaker, verb):
    """Only an incise inverts its subject right after a quotation's comma, so any verb there attributes."""
    quotes = quotes_of(text)
    assert [(q.speaker, q.verb, q.kind) for q in quotes] == [(speaker, verb, "direct")]


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        (
            ("Le candidat s'est posé en défenseur de \"la loi et l'ordre face aux émeutiers\" face au démocrate "
            "Joe Biden."),
            "Joe Biden",
        ),
        (
            ("Le chef de l'État a répondu à la pétition \"Pour une baisse des prix du carburant à la pompe !\", "
            "lancée par l'une des figures du mouvement Priscillia Ludosky."),
            "Priscillia Ludosky",
        ),
        (
            ("\"Je suis tombé sur cette vidéo par hasard sur un autre réseau social\", rapporte le responsable "
            "local de la fondation Brigitte Bardot."),
            "Brigitte Bardot",
        ),
        (
            ("\"Selon les premiers éléments de l'enquête, les caméras gênaient les trafiquants\", rapporte ainsi "
            "France-Bleu Azur, citant une source policière."),
            "France-Bleu Azur",
        ),
        (
            ("\"Contrôle à l'embarquement, prise de température, un questionnaire\", a énuméré le directeur "
            "général France, Belgique et Luxembourg du groupe."),
            "Belgique",
        ),
        (
            ("Alexandre Benalla aurait même \"maintenu des liens importants avec l'Élysée pendant plusieurs "
            "mois\", est-il écrit sur le site de Mediapart."),
            "Alexandre Benalla",
        ),
    ],
)
def test_what_is_no_incise_names_no_speaker(quotes_of, text, not_speaker):
    """No comma, a passive's agent, a foundation's name, a medium, a country, an impersonal
    passive (``est-il écrit``): not who spoke."""
    assert not_speaker not in {q.speaker for q in quotes_of(text)}
