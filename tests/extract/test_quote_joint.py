"""The signatories of a joint statement, listed apart from its quotations, each speak it
(``quote_joint``)."""

from __future__ import annotations

import pytest

from search.article import Quote
from search.extract.quote_joint import joint_incise


def persons(quotes: list[Quote]) -> list[str]:
    return sorted({q.speaker for q in quotes if q.kind == "direct" and q.speaker_kind == "person"})


_LETTER = (
    "Une cinquantaine de députés de gauche ont écrit au président de la République. "
    '"Il est encore temps d\'abandonner ces réformes qui divisent inutilement la gauche", jugent-ils. '
)


@pytest.mark.parametrize(
    ("listing", "signatories"),
    [
        (  # after the quotations, with roles, "ou encore"
            "La lettre a été signée notamment par le député LFI Alexis Corbière, le secrétaire national d'EELV "
            "Julien Bayou ou encore la députée Delphine Batho.",
            ["Alexis Corbière", "Delphine Batho", "Julien Bayou"],
        ),
        (  # "Parmi eux", "mais aussi"; a name in a complement is not listed
            "Parmi eux, on retrouve d'anciens ministres de François Hollande comme Cécile Duflot, Benoît Hamon, "
            "mais aussi Noël Mamère ou encore André Chassaigne.",
            ["André Chassaigne", "Benoît Hamon", "Cécile Duflot", "Noël Mamère"],
        ),
        (  # the signatories' noun, bodies first
            "Les signataires regroupent notamment la Fédération française d'addictologie, ainsi que les experts "
            "Gérard Dubois, Irène Frachon et Albert Hirsch.",
            ["Albert Hirsch", "Gérard Dubois", "Irène Frachon"],
        ),
    ],
)
def test_every_listed_signatory_speaks_the_statement_quoted_with_ils(quotes_of, listing, signatories):
    assert persons(quotes_of(_LETTER + listing)) == signatories


def test_persons_listed_without_signing_words_do_not_speak_for_ils(quotes_of):
    text = _LETTER + "La lettre a été lue à la tribune par le député Julien Bayou et la députée Delphine Batho."
    assert persons(quotes_of(text)) == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ('"Il est encore temps", jugent-ils.', "jugent-ils"),
        ('"Il est encore temps" , ont-elles écrit.', "ont-elles écrit"),
        ('"Il est encore temps", juge-t-il.', ""),
        ('"Il est encore temps", jugent les députés.', ""),
        ('"Il est encore temps", réclament les signataires parmi lesquels X.', "réclament"),
        ('"Il est encore temps", ont ajouté les signataires.', "ont ajouté"),
        ('"Il est encore temps", demande le texte du Parisien.', "demande"),
        ('"Il est encore temps", peut-on lire dans la tribune.', "peut-on lire"),
        ('"Il est encore temps", juge le texte.', "juge"),
        ('"Il est encore temps", selon le texte.', ""),  # no verb group
        ('"Il est encore temps", dans le texte.', ""),
    ],
)
def test_joint_incise(text, verb):
    assert joint_incise(text, text.index('"', 1)) == verb


def test_ils_after_a_statement_two_persons_made_together_is_theirs(quotes_of):
    text = (
        '"Les mêmes mouvements ont fait entendre leur voix en 2019", soulignent en préambule du rapport '
        'Véronique Godet et Jérémy Faledam, co-présidents de SOS Homophobie. "Leur parole a été largement '
        'relayée, au détriment de celle des premières personnes concernées", estiment-ils. Le rapport note '
        'par ailleurs "une explosion" du nombre d\'agressions.'
    )
    quotes = quotes_of(text)
    assert sorted(q.speaker for q in quotes if q.verb == "estiment-ils") == ["Jérémy Faledam", "Véronique Godet"]


def test_every_list_of_signatories_signs_what_they_or_their_text_say(quotes_of):
    text = (
        "Parmi les signataires, plusieurs célébrités comme Stéphane Bern, Thierry Lhermitte ou encore Cyril "
        'Hanouna. "Il n\'y a pas de fraternité quand on tolère la destruction de biens publics", peut-on lire '
        "dans le texte publié dans Le Parisien signé par Dominique Besnehard et Michel Boujenah. \"Le temps de la "
        'protestation violente doit cesser", réclament les signataires.'
    )
    quotes = quotes_of(text)
    signatories = ["Cyril Hanouna", "Dominique Besnehard", "Michel Boujenah", "Stéphane Bern", "Thierry Lhermitte"]
    assert sorted(q.speaker for q in quotes if q.verb == "peut-on lire") == signatories
    assert sorted(q.speaker for q in quotes if q.verb == "réclament") == signatories
