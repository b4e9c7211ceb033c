"""Quotations with no attribution of their own (``search/extract/quote_continuation.py``): a
second quotation joined to an attributed one in the same sentence by a few lowercase words is
the same speaker's; a comma, a speech verb, a name or a new clause between them stops it."""

from __future__ import annotations

import pytest

from search.article import Quote
from search.extract.quote_continuation import joined_quotation


def direct(quotes: list[Quote]) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("gap", "joined"),
    [
        ("» et «", True),
        ("» avec «", True),
        ("» et qu'il était «", True),
        ("», a précisé X. «", False),
        ("» estime «", False),
        ("» tandis que «", False),
        ("» et Marie Dupont «", False),
        ("» «", False),
    ],
)
def test_what_joins_two_quotations(gap, joined):
    text = "«xxx" + gap + "xxx»"
    assert joined_quotation(text, 4, 4 + len(gap)) is joined


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            (
                'Bruno Le Maire explique "comprendre parfaitement cette impatience" et "la seule réponse, '
                "c'est l'action immédiate\"."
            ),
            "la seule réponse, c'est l'action immédiate",
        ),
        (
            (
                "Edouard Philippe a souligné qu'il fallait combattre \"la menace terroriste qui va durer de "
                'longues années" avec "des armes de droit commun".'
            ),
            "des armes de droit commun",
        ),
    ],
)
def test_a_joined_quotation_is_the_same_speakers(quotes_of, text, second):
    quotes = direct(quotes_of(text))
    assert len(quotes) == 2 and quotes[1][1] == second and quotes[0][0] == quotes[1][0]


def test_a_new_clause_between_two_quotations_stops_the_join(quotes_of):
    text = (
        'Patrick Mignola a dénoncé "une question préalable de sincérité à LFI" tandis que "les députés de '
        'la majorité sont dos au mur".'
    )
    assert [text for _, text in direct(quotes_of(text))] == ["une question préalable de sincérité à LFI"]


@pytest.mark.parametrize(
    ("text", "speaker", "quotation"),
    [
        (
            (
                "A Nice, le maire Christian Estrosi a annoncé lundi matin l'entrée en vigueur d'un arrêté municipal "
                'imposant l\'obligation du port "dans plusieurs lieux fréquentés" de la ville.'
            ),
            "Christian Estrosi",
            "dans plusieurs lieux fréquentés",
        ),
        (
            (
                "L'évêque de Washington, Mariann Budde, a dénoncé une initiative \"profondément insultante\", le "
                'détournement de "quelque chose de sacré pour une posture politique".'
            ),
            "Mariann Budde",
            "quelque chose de sacré pour une posture politique",
        ),
    ],
)
def test_a_quotation_inside_a_reported_statement_is_its_speakers(quotes_of, text, speaker, quotation):
    assert (speaker, quotation) in direct(quotes_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # the title of a work, announced by its noun
        "Ryan Murphy annonce déjà l'adaptation de la pièce \"The Boys in the Band\" sur Netflix.",
        # a title inside the attribution, not inside the reported words
        (
            "C'est une Britannique qui en serait à l'origine, selon l'auteur d'\"Un petit dessin vaut mieux "
            "qu'une grande leçon\", Sandrine Campese."
        ),
        # a role pointing back may point to the wrong person: not trusted with the quoted words
        (
            "Donald Trump a minimisé la pandémie. Le gouverneur du Texas a annoncé lundi matin l'entrée en vigueur "
            'd\'un arrêté imposant le port du masque "dans plusieurs lieux fréquentés" de la ville.'
        ),
    ],
)
def test_no_speaker_from_a_statement_around_a_title_or_from_a_role(quotes_of, text):
    assert direct(quotes_of(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Un avis partagé par Christian Estrosi. "Je suis opposé à la peine de mort, même si elle touche un '
            'autre citoyen du monde."',
            "Christian Estrosi",
        ),
        (
            "Même son de cloche pour la sénatrice écologiste Esther Benbassa. \"Je ne réponds pas aux convocations "
            "d'un prince qui veut humilier.\"",
            "Esther Benbassa",
        ),
        # the holder is the one a pronoun after the quotation points to
        (
            "Même son de cloche chez Yann Flecher, infirmier et délégué syndical CGT. \"Je me suis fait insulter "
            'vers 19h dans la rue", détaille-t-il.',
            "Yann Flecher",
        ),
        (
            "Même ressenti du côté de Nathalie Kosciusko-Morizet, qui a cependant déclaré soutenir Alain Juppé. "
            "\"C'est normal que les Français aient envie d'en savoir plus\", tempère-t-elle.",
            "Nathalie Kosciusko-Morizet",
        ),
    ],
)
def test_a_sentence_announcing_whose_opinion_comes_next_gives_the_speaker(quotes_of, text, speaker):
    assert [name for name, _ in direct(quotes_of(text))] == [speaker]


def test_an_opinion_announced_for_nobody_named_gives_no_speaker(quotes_of):
    text = 'Même son de cloche chez les infirmiers. "Nous sommes insultés tous les soirs dans cette rue."'
    assert direct(quotes_of(text)) == []


def test_a_sentence_naming_the_last_speaker_again_goes_on_with_him(quotes_of):
    text = (
        '"Deux ans après, je ne sais toujours rien", a confié Jean-Luc Mélenchon. Pour l\'Insoumis, "il y a '
        'eu un effet de meute contre M. Fillon et il est clair que sa liquidation a servi"."'
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Jean-Luc Mélenchon"] * 2


def test_a_quoted_subhead_between_dashes_continues_no_one(quotes_of):
    text = (
        "Angela Merkel et Emmanuel Macron ont dit que \"l'Europe doit se préparer à la prochaine pandémie avec des "
        'moyens communs".- "Pas la vengeance, mais la justice" -Stefano Fusco a perdu son grand-père. "Nous ne '
        'voulons pas la vengeance, nous voulons la justice", a-t-il expliqué.'
    )
    assert [q.text for q in quotes_of(text) if q.speaker == "Angela Merkel"] == [
        "l'Europe doit se préparer à la prochaine pandémie avec des moyens communs"
    ]
