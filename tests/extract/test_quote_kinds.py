"""Which quoted words are a quotation and which a scare quote; infinitives by their form."""

from __future__ import annotations

import pytest

from search.extract.name_data import given_name_gender
from search.extract.quote_kinds import (
    has_verb,
    is_scare_quote,
    looks_infinitive,
    names_a_charge,
    names_a_work,
)
from search.extract.quote_names import surname_entities
from search.extract.structure_types import Entity


@pytest.mark.parametrize(
    "words",
    ["Bientôt", "très sonnée", "Le mépris agressif", "sens de l'histoire", "aucune explication", "A son image",
     "le premier", "menés tambour battant", "transparence", "provocations déplacées", "le portrait", "maître",
     "poudre suspecte", "la fenêtre", "trois kilomètres"],
)  # fmt: skip
def test_scare_quotes(words):
    assert is_scare_quote(words)


@pytest.mark.parametrize(
    "words",
    ["faire amende honorable", "pour rigoler", "Nous avançons ensemble", "C'est grave", "n'y sont pas fermés",
     "à vaincre l'ennemi", "une tolérance lundi et mardi", "livré aux chiens", "il faut connaître"],
)  # fmt: skip
def test_quotations(words):
    assert not is_scare_quote(words)


def test_verbs_and_infinitives_by_their_form():
    assert has_verb("Il faut que ça change") and not has_verb("Le mystère de la Chambre jaune")
    assert [w for w in "envisager suivre faire budgetaire contre ministre prendre militaire devoir".split()
            if looks_infinitive(w)] == ["envisager", "suivre", "faire", "prendre", "devoir"]  # fmt: skip


def test_given_names_tell_a_gender():
    assert [given_name_gender(n) for n in ("Donald Trump", "Marlène Schiappa", "Jean-Marc Ayrault", "Trump")] == [
        "m",
        "f",
        "m",
        "-",
    ]


def test_surnames_written_alone_become_person_entities():
    text = "Le Foll raillé à l'Assemblée. Stéphane Le Foll a répondu. M. Macron a parlé, Macron aussi."
    entities = [
        Entity("Le Foll", "MISC", 0, 7),
        Entity("Stéphane Le Foll", "PER", 30, 46),
        Entity("Emmanuel Macron", "PER", 100, 115),
    ]
    found = {(e.text, e.label, e.start) for e in surname_entities(text, entities)}
    assert ("Le Foll", "PER", 0) in found
    assert ("Macron", "PER", text.index("Macron aussi")) in found
    assert ("Macron", "PER", text.index("Macron a parlé")) not in found  # read with its honorific


@pytest.mark.parametrize(
    ("before", "work"),
    [
        ("les adaptations de la pièce ", True),
        ("la comédie musicale ", True),
        ("dans son dernier album ", True),
        ("un film intitulé ", True),
        ("invitée de l'émission ", True),  # after an elided article
        ("extrait de l’album ", True),
        ("qui a notamment écrit pour lui le célèbre sketch ", True),
        ("Il a dénoncé une initiative ", False),
        ("a-t-il déclaré : ", False),
    ],
)
def test_a_quotation_after_a_works_noun_is_a_title(before, work):
    text = before + '"The Boys in the Band"'
    assert names_a_work(text, text.index("The")) is work


def test_a_quotation_opening_in_lowercase_after_a_works_noun_is_no_title():
    text = 'Il qualifie la chanson "d\'appel au meurtre et à la guerre civile".'
    assert not names_a_work(text, text.index("d'appel"))


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ('Il a été mis en examen pour "escroquerie sur personne vulnérable".', True),
        ('Une enquête pour "violences par personne dépositaire de l\'autorité publique" est ouverte.', True),
        ('Poursuivi du chef d\'"association de malfaiteurs terroriste", il nie.', True),
        ('Il a dénoncé "des violences inacceptables".', False),  # not after pour / de
        ('Il se bat pour "une vie meilleure".', False),  # no charge word
    ],
)
def test_the_legal_name_of_an_offence_is_a_charge(text, charge):
    start = text.index('"') + 1
    assert names_a_charge(text, start) is charge


def test_a_charge_in_a_reported_statement_is_no_ones_words(quotes_of):
    text = (
        'Une enquête pour "association de malfaiteurs terroriste" a été ouverte, a annoncé sur franceinfo '
        "la ministre de la Justice Nicole Belloubet."
    )
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_nouns_in_aisons_are_no_verbs():
    assert is_scare_quote("pour différentes raisons.")
    assert not is_scare_quote("nous faisons")


@pytest.mark.parametrize("words", ["suivra avec intérêt", "L'histoire jugera", "votera Dati"])
def test_a_future_makes_a_short_span_a_quotation(words):
    assert not is_scare_quote(words)


@pytest.mark.parametrize(
    "words",
    [
        "caméra cachée",  # a noun ending as a future does
        "Centre Zahra France",  # a capitalized name
        "une sura",  # a word too short to be a future
    ],
)
def test_words_ending_as_a_future_are_no_verbs(words):
    assert is_scare_quote(words)
