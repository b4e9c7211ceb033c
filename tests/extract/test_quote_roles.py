"""Roles as descriptors, and whether two of them name the same position."""

from __future__ import annotations

import pytest

from search.extract.quote_offices import office_descriptor
from search.extract.quote_phrases import phrase_at
from search.extract.quote_roles import nationality_descriptor, role_descriptor, role_match


def test_complements_that_name_places_tell_roles_apart():
    essonne, paris = role_descriptor("depute", " de l'Essonne"), role_descriptor("depute", " de Paris")
    assert (essonne, paris) == ("depute|Esson", "depute|Paris")
    assert role_match(essonne, paris) == 0
    assert role_match(essonne, "depute") == 1  # "le député" alone may be either


def test_a_shared_complement_word_is_the_better_match():
    centre = role_descriptor("president", " du centre de la mémoire")
    assert role_match(centre, role_descriptor("president", " du centre")) == 2
    assert role_match(centre, "president") == 1
    assert role_match(centre, "ministre") == 0


def test_adjectives_are_no_complement():
    assert role_descriptor("president", " ukrainien") == "president"


def test_the_head_of_state_is_the_president_of_the_republic():
    assert role_match("chef|Etat", "president|Repub") == 1
    assert role_match("president|Repub", "chef|Etat") == 1


def test_the_president_of_the_republicans_is_no_head_of_state():
    party = role_descriptor("president", "des Républicains")
    assert party == role_descriptor("president", "de LR")
    assert role_match(party, role_descriptor("president", "de LR")) == 2
    assert role_match(party, "president|Etat office") < 2  # no shared complement word
    assert role_match(party, role_descriptor("president", "de la République")) < 2


def test_ordinals_tell_arrondissements_apart():
    seventh = role_descriptor("maire", "du 7e arrondissement de Paris")
    assert role_match(seventh, role_descriptor("maire", "du 9e arrondissement")) == 0
    assert role_match(seventh, role_descriptor("maire", "du 7e arrondissement")) == 2


def test_a_nationality_tells_two_presidents_apart():
    """``le président brésilien`` is not ``le président russe``, nor the President of the
    Republic; ``le président américain`` is the tenant of the White House."""
    brazilian, russian = nationality_descriptor("president", "brésilien"), nationality_descriptor("president", "russe")
    assert role_match(brazilian, russian) == 0
    assert role_match(brazilian, nationality_descriptor("president", "brésilienne")) == 2
    assert role_match(brazilian, office_descriptor("le président de la République")) == 0
    assert role_match(brazilian, "president") == 1
    white_house = office_descriptor("le locataire de la Maison Blanche")
    assert role_match(nationality_descriptor("president", "américain"), white_house) == 2


def test_role_phrases_keep_their_compound_head_and_nationality():
    """``vice-président`` is no ``président``; a role noun ending like an adjective
    (``président``) is no adjective before another role noun; a foreign nationality is kept."""
    assert phrase_at("le premier vice-président de LR", 0, 31, []).descriptor == "vice-president|lr"
    assert phrase_at("le sous-préfet de Dunkerque", 0, 27, []).descriptor == "sous-prefet|Dunke"
    assert phrase_at("Le président républicain", 0, 24, []).name == "president"
    assert phrase_at("le président brésilien", 0, 22, []).descriptor == nationality_descriptor("president", "brésilien")
    assert phrase_at("le président français", 0, 21, []).descriptor != nationality_descriptor("president", "français")


@pytest.mark.parametrize(
    ("phrase", "descriptor"),
    [
        ("le pape devant des visiteurs", "pape"),  # "devant" is no "de vant"
        ("le chanteur durant sa tournée", "chanteur"),
        ("le maire de Lyon devant le conseil municipal", "maire|Lyon"),
    ],
)
def test_a_word_that_begins_like_de_or_du_opens_no_complement(phrase, descriptor):
    assert phrase_at(phrase, 0, len(phrase), []).descriptor == descriptor


def test_a_one_word_name_after_a_role_and_before_a_preposition_speaks(quotes_of):
    text = '"Je suis écoeuré par les patrons de chaîne", a déclaré le chanteur Renaud devant les caméras.'
    assert [(q.speaker, q.speaker_kind) for q in quotes_of(text)] == [("Renaud", "person")]


def test_a_feminine_determiner_makes_a_masculine_role_noun_a_woman(quotes_of):
    text = (
        "Une Française invitée de l'émission, mercredi soir 13 février sur LCI et RTL, Mauricette Fléjou, a "
        'interpellé le Premier ministre Édouard Philippe sur le sujet. "Ce qui me choque, c\'est que celui qui '
        "revient le plus cher à l'État c'est Valéry Giscard d'Estaing\", s'est insurgée cette chauffeur-livreur."
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Mauricette Fléjou"]


def test_a_role_phrase_ends_with_its_line():
    """``selon son avocat`` ends a headline: the lede's ``L'avocat de Jonathann Daval`` is no name of his."""
    text = "Jonathann Daval est malade, selon son avocat\n\nL'avocat de Jonathann Daval a parlé jeudi."
    mention = phrase_at(text, text.index("son avocat"), len(text), [])
    assert (mention.kind, mention.name, text[mention.start : mention.end]) == ("title", "avocat", "son avocat")


@pytest.mark.parametrize("phrase", ["la journaliste de TF1 et LCI", "le journaliste de BFMTV et RMC"])
def test_a_second_medium_after_a_role_complement_is_part_of_the_role(phrase):
    mention = phrase_at(phrase + " s'exclame", 0, len(phrase) + 11, [])
    assert (mention.kind, mention.end) == ("title", len(phrase))


def test_an_unnamed_journalist_of_two_channels_is_the_journalist_named_before(quotes_of):
    text = (
        "La journaliste Audrey Crespo-Mara avait déposé plainte. Dans l'une des vidéos, la journaliste de TF1 "
        'et LCI s\'exclame : "Ça fait trois semaines que vous me harcelez en bas de chez moi".'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes_of(text)] == [("Audrey Crespo-Mara", "person")]



def test_a_superlative_before_a_role_keeps_the_role(quotes_of):
    text = (
        '"Une fois la fumée dissipée, elle se tenait là majestueusement, après un vol de 150 mètres !", a tweeté '
        "le plus haut responsable scientifique de la Nasa, Thomas Zurbuchen. Le vol a duré une minute."
    )
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [("Thomas Zurbuchen", "direct")]
