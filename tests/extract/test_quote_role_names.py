"""A role right before a name after a speech verb names the verb's subject (``quote_role_names``)."""

from __future__ import annotations

import pytest

from search.article import Quote


def speakers(quotes: list[Quote]) -> list[str]:
    return [q.speaker for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("role", ["le linguiste", "le linguiste et lexicographe", "le communiste"])
def test_a_role_no_list_knows_before_a_name_after_the_verb(quotes_of, role):
    text = f"Le dictionnaire sort. \"Loin d'être restée confinée, la langue manifeste sa vitalité\", s'est félicité {role} Alain Rey."
    assert speakers(quotes_of(text)) == ["Alain Rey"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("a twitté le prévisionniste de Météo-France François Jobard", "François Jobard"),
        ("déclare à l'AFP le Britannique Lee Price, 47 ans", "Lee Price"),
        ("a déclaré la Belge Annie Cordy", "Annie Cordy"),
        ("explique l'une des coordinatrices de l'étude, la docteure Mathilde Touvier", "Mathilde Touvier"),
        ("précise au journal Le Monde le chercheur Pascal Crépey qui a coordonné l'étude", "Pascal Crépey"),
        ("a indiqué ce lundi à l'AFP son agente Elisabeth Tanner", "Elisabeth Tanner"),
        ("a raconté une spectatrice, Monique Dekerf, à la chaîne CNN", "Monique Dekerf"),
        ("a tempéré l'épidémiologiste en chef du Centre de contrôle des maladies (CDC), Wu Zunyou", "Wu Zunyou"),
        ("a rajouté le rédacteur en chef du Point, Étienne Gernelle", "Étienne Gernelle"),
        ("a annoncé le ministre délégué en charge des Transports Jean-Baptiste Djebbari", "Jean-Baptiste Djebbari"),
        ("affirme le capitaine Valenzuela", "Valenzuela"),  # read as one entity with its role
        ("prévient le professeur Bouadma, de l'hôpital Bichat", "Bouadma"),
        ("a commenté la PDG de la RATP Catherine Guillouard", "Catherine Guillouard"),  # a role in capitals
        ("s'insurge auprès de France 3 un autre membre de la CFE-CGC, Gérard Lenfant", "Gérard Lenfant"),
    ],
)
def test_a_role_with_its_complement_or_a_nationality_before_a_name_after_the_verb(quotes_of, attribution, speaker):
    text = f'Une étude est parue. "Ce travail montre la pertinence des scores nutritionnels", {attribution}.'
    assert speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    ("attribution", "organisation"),
    [
        ("s'enthousiasme la fondation Brigitte Bardot", "fondation Brigitte Bardot"),
        ("révèle une étude Elabe réalisée pour BFMTV", None),
        ("a réagi un commentateur cité par Ynet", None),
    ],
)
def test_a_name_after_an_organisation_a_document_or_a_complement_is_no_person(quotes_of, attribution, organisation):
    text = f'Une étude est parue. "Ce travail montre la pertinence des scores nutritionnels", {attribution}.'
    quotes = quotes_of(text)
    assert speakers(quotes) == ([organisation] if organisation else [])
    assert all(q.speaker_kind == "organisation" for q in quotes)


def test_an_object_before_a_name_after_the_verb_is_no_role(quotes_of):
    assert speakers(quotes_of('"La situation est grave", critique sévèrement l\'action du ministre Jean Dupont.')) == []
