"""Quotations announced by the sentence before them (``search/extract/quote_colon.py``):
after a colon closing a clause whose subject is a person, or as the sentence right after
one that names its subject; and what these rules must not take."""

from __future__ import annotations

import pytest

from search.article import Quote


def speakers(quotes: list[Quote], kind: str = "direct") -> list[str]:
    return [q.speaker for q in quotes if q.kind == kind]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Le chef Eric Fréchon a fait part de sa tristesse dans un tweet : \"Ce qu'il nous laisse à tous "
                'est immense".'
            ),
            "Eric Fréchon",
        ),
        (
            (
                "Mohammad Arshad, brun longiligne, a passé deux ans à Al-Khoms et donne la mécanique de la demande "
                "de rançon: \"Ils viennent à plusieurs, ils peuvent t'attraper n'importe où.\""
            ),
            "Mohammad Arshad",
        ),
        (
            (
                "Nicolas Sarkozy a lâché ses coups jeudi soir. Mais il a surtout remis en cause le travail de "
                "Mediapart, accusant le titre d'avoir abrité ses investigations sous un faux : \"Mediapart a servi "
                'depuis des années de porte-voix à un document reconnu comme faux".'
            ),
            "Nicolas Sarkozy",
        ),
    ],
)
def test_the_subject_of_a_clause_ending_with_a_colon_speaks(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_the_person_named_as_subject_of_the_sentence_before_speaks(quotes_of):
    text = (
        "Sur le plateau de LCI lundi, Aurore Bergé est revenue sur la polémique. \"J'ai une question à poser "
        'à la maire de Rennes : pourquoi ?" "C\'est une polémique politicienne pour les prochaines élections" '
        "a répondu à Ouest-France Mohamed Zaïdouni."
    )
    assert speakers(quotes_of(text)) == ["Aurore Bergé", "Mohamed Zaïdouni"]


def test_not_the_subject_of_a_sentence_that_reports_another_speaker(quotes_of):
    text = (
        "Le producteur Jean-Claude Camus a parlé de Johnny Hallyday. \"On croise les doigts pour que ça réussisse\", "
        "a-t-il ajouté. Laeticia serait très inquiète, selon lui. \"C'est une louve. Elle se bat véritablement.\""
    )
    assert "Laeticia" not in speakers(quotes_of(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a long adverbial clause that a subordinating word opens
            "Après avoir appris que des employés de l'entreprise de location de trottinettes avaient reçu des "
            "messages en pleine nuit sur leurs mauvais résultats du mois, Christophe Najdovski s'est même emporté. "
            '"Évidemment que je ne peux pas être au courant de tout. Enfin, vous exagérez !"',
            "Christophe Najdovski",
        ),
        (  # a medium, and no comma before the name
            "Les prix pourraient grimper. Au micro de RTL François Carlier, délégué général de l'association CLCV, "
            "redoute ce scénario. \"On pense qu'au moins pour le masque standard il devrait y avoir un prix "
            'encadré."',
            "François Carlier",
        ),
    ],
)
def test_the_subject_after_what_opens_the_sentence_before(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_a_verb_after_two_quotations_of_one_sentence_wins_over_the_sentence_before(quotes_of):
    text = (
        "Le président du Salvador Nayib Bukele a décrété dimanche l'état d'urgence. \"Nous avons vécu une "
        'situation assez difficile (...) Nous déplorons 14 décès" et "ce nombre peut augmenter", a déclaré le '
        "ministre de l'Intérieur du Salvador, Mario Duran."
    )
    assert speakers(quotes_of(text)) == ["Mario Duran", "Mario Duran"]


@pytest.mark.parametrize(
    "text",
    [
        # a second subject in the clause: the quotation may be hers, not his
        (
            "Trois jours après l'attentat, Anis Amri reste introuvable et la chancelière s'efforce d'apaiser la "
            'polémique. "Je suis confiante dans le fait que nous réussirons ce test crucial."'
        ),
        (
            "Aujourd'hui, Lynlee Boemer est en pleine forme et ses parents sont aux anges : \"On est vraiment très "
            'reconnaissants, on a hâte de la voir grandir".'
        ),
        # a subhead in capitals is nobody's quotation
        (
            "Ainsi, Marine Le Pen, la présidente du Front national, en a fait un cheval de bataille. "
            '"RÉFÉRENDUM : UNE MENACE UTILE, PARFOIS PRODUCTIVE"'
        ),
    ],
)
def test_no_speaker_is_taken_from_an_uncertain_announcement(quotes_of, text):
    assert speakers(quotes_of(text)) == []


def test_a_pronoun_of_the_sentence_before_is_not_trusted(quotes_of):
    text = (
        "L'ancienne ministre Ségolène Royal n'avait pas fini d'écrire son livre. Et elle ne bénéficiera pas "
        "d'un délai supplémentaire. \"Chez Fayard, il n'était pas question de repousser la parution du livre\"."
    )
    assert speakers(quotes_of(text)) == []


def test_a_speech_act_before_the_colon_is_also_reported(quotes_of):
    text = (
        "Sa maire, Christiane Gros, a voté pour lui aux deux tours. Elle salue d'ailleurs la première année "
        "d'Emmanuel Macron au pouvoir : \"Emmanuel Macron est en train de changer la société, en mettant pas mal "
        'de réformes en route".'
    )
    quotes = quotes_of(text)
    assert speakers(quotes) == ["Christiane Gros"]
    assert speakers(quotes, "indirect") == ["Christiane Gros"]


def test_a_word_at_a_sentence_start_is_no_name_the_agent_announces(quotes_of):
    """``Raison``, which the recogniser may read as a name, is not the subject announcing the
    quotation: the agent of ``évoquée`` is (``quote_passive.agent_before_colon``)."""
    text = (
        "Un lancement retardé. C'est ce que révèle La Provence. Raison évoquée par le ministère de "
        "l'Economie : « Une question de sécurité » à l'heure où la France est sous tension."
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes_of(text)] == [("ministère de l'Economie", "organisation")]
