"""An inverted pronoun that goes on with the organisation just quoted."""

from __future__ import annotations

import pytest


def speakers(quotes) -> list[tuple[str, str]]:
    return [(q.speaker, q.speaker_kind) for q in quotes]


def test_the_organisation_goes_on_rather_than_a_name_before_it(quotes_of):
    quotes = quotes_of(
        'Le navire Roald Amundsen est à quai. "Le marin est malade", a expliqué vendredi la compagnie dans un '
        'communiqué."Il n\'y avait aucune raison de soupçonner le Covid-19", a-t-elle poursuivi.'
    )
    assert speakers(quotes) == [("compagnie", "organisation"), ("compagnie", "organisation")]


def test_after_a_statement_reported_without_quotation_marks(quotes_of):
    quotes = quotes_of(
        "Le ministre Jean Dupont était en Syrie. Dix enfants ont été rapatriés, a annoncé le ministère des Affaires "
        'étrangères. "La France a procédé ce jour au retour de dix enfants", a-t-il indiqué dans un communiqué.'
    )
    assert speakers(quotes)[-1] == ("ministère des Affaires étrangères", "organisation")


@pytest.mark.parametrize(
    "text",
    [
        # "le ministère" is no "elle"
        'Marie Dupont est venue. "Le marin est malade", a expliqué vendredi le ministère dans un communiqué. '
        '"Il n\'y avait aucune raison", a-t-elle poursuivi.',
        # a sentence between: the pronoun may stand for whoever it speaks of
        'Marie Dupont est venue. "Le marin est malade", a expliqué vendredi la préfecture. Elle a quitté la ville. '
        '"Il n\'y avait aucune raison", a-t-elle poursuivi.',
    ],
)
def test_not_when_the_gender_differs_or_a_sentence_comes_between(quotes_of, text):
    assert speakers(quotes_of(text))[-1] == ("Marie Dupont", "person")


def test_not_after_an_organisation_that_opened_its_sentence(quotes_of):
    text = (
        '"Nous sommes sur 5,5 milliards", a précisé Gilles Carrez. Le gouvernement a indiqué la semaine dernière '
        'que les dépenses atteindraient quatre milliards. "Tout ça est en réalité financé par la dette", dénonçait-il.'
    )
    assert speakers(quotes_of(text))[-1] == ("Gilles Carrez", "person")
