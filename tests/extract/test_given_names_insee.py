"""Given names imported from INSEE's list (``names_given_insee.txt``, written by
``bench/import_insee_given_names.py``): they tell a gender and make a name a person's, the
hand-read ``names_given.txt`` wins over them, and the import keeps surnames, places and words out."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from search.article import Quote
from search.extract.name_data import gendered_words, given_name_gender, given_names, rare_given_names

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from import_insee_given_names import gender_from_ranks, rejected


def direct_speakers(quotes: list[Quote]) -> list[str]:
    return [q.speaker for q in quotes if q.kind == "direct" and q.speaker_kind == "person"]


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Edwige Prat", "f"),
        ("Anissa", "f"),
        ("Thérèse", "f"),
        ("Slimane Bouzid", "m"),
        ("Maureen Dor", "f"),
        ("Nicoletta", "f"),  # INSEE's second band: given 100 to 500 times
        ("Belen Castro", "f"),
    ],
)
def test_an_imported_given_name_tells_a_gender(name, gender):
    assert given_name_gender(name) == gender


def test_the_second_bands_names_are_rare_and_the_first_bands_are_not():
    assert {"cristophe", "nicoletta", "belen"} <= rare_given_names()
    assert not {"christophe", "anissa", "edwige", "mounir"} & rare_given_names()  # first band, hand-read
    assert rare_given_names() < given_names().keys()


def test_the_import_leaves_the_hand_read_names_alone():
    hand_read, imported = gendered_words("names_given.txt"), gendered_words("names_given_insee.txt")
    assert not hand_read.keys() & imported.keys()
    assert given_names() == {**imported, **hand_read}
    assert given_names()["aissa"] == "-"  # INSEE's births say a boy's name, but Aïssa Maïga is a woman


@pytest.mark.parametrize("word", ["bertrand", "renaud", "noel", "lorraine", "milan", "victoire", "sony", "morgan"])
def test_surnames_places_words_and_brands_are_not_imported(word):
    assert word not in gendered_words("names_given_insee.txt")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the recogniser reads "Edwige Prat" as a place: a known given name makes it a person
            'Le 15 mars, "c\'était trop dangereux. Le gouvernement faisait n\'importe quoi", '
            "estime Edwige Prat, à Dijon.",
            "Edwige Prat",
        ),
        (  # a given name alone, then a feminine pronoun
            "Une visite à la pharmacie a fini de convaincre Anissa. "
            '"J\'ai été un peu sonnée par cette expérience", explique-t-elle.',
            "Anissa",
        ),
        (  # a second-band name alone completes to the full name written before
            'Belen Castro a perdu son travail en avril. Sa soeur est tombée malade à son tour. "Nous avons '
            'improvisé un hôpital à la maison", explique Belen.',
            "Belen Castro",
        ),
        (  # a second-band name opening its sentence is its subject
            "Le comédien aurait demandé à Nicoletta les clés de son appartement. Nicoletta confie aussi à la "
            'revue Schnock : "Il y en a trois comme ça qui rendaient dingues les filles."',
            "Nicoletta",
        ),
    ],
)
def test_an_imported_given_name_makes_a_speaker(quotes_of, text, speaker):
    assert direct_speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # no woman named before: "la star" is the man
            "Le nouvel album de Johnny Hallyday\n\n"
            "Le chanteur Johnny Hallyday prépare un nouveau disque pour l'automne.\n\n"
            '"S\'il en écrit une autre qui me plaît, ce sera avec plaisir", a déclaré la star au micro de la radio.',
            ["Johnny Hallyday"],
        ),
        (  # "superstar" is a role too
            "Amitabh Bachchan quitte l'hôpital.\n\nLa légende vivante du cinéma indien, Amitabh Bachchan, a "
            "annoncé dimanche qu'il avait quitté l'hôpital.\"Je suis de retour à la maison. Je vais rester en "
            'quarantaine", a écrit sur Instagram la superstar de Bollywood, âgée de 77 ans.',
            ["Amitabh Bachchan"],
        ),
        (  # a woman named before: "la star" is not the man
            "Rémi Gaillard a formalisé sa demande à Pamela Anderson sur Twitter. "
            '"Je veux m\'enfermer dans une cage avec toi", lui a-t-il proposé. '
            '"Où et quand ? Je suis partante", lui a répondu la star américaine.',
            ["Rémi Gaillard"],
        ),
    ],
)
def test_la_star_is_a_man_only_when_no_woman_was_named(quotes_of, text, speakers):
    assert direct_speakers(quotes_of(text)) == speakers


@pytest.mark.parametrize(
    ("masculine", "feminine", "gender"),
    [(10, None, "m"), (None, 10, "f"), (219, 2399, "m"), (2060, 312, "f"), (1642, 1538, "-")],
)
def test_the_import_reads_a_gender_from_the_ranks(masculine, feminine, gender):
    assert gender_from_ranks(masculine, feminine) == gender


def counts(**words: dict[str, int]) -> dict[str, Counter]:
    return {kind: Counter(words.get(kind, {})) for kind in ("capitalized", "lowercase", "before", "after")}


def test_the_import_rejects_surnames_places_and_common_words():
    surnames = {"bertrand"}
    assert rejected("bertrand", counts(), surnames)  # a common surname
    assert rejected("lorraine", counts(), surnames)  # a place the gazetteer knows
    assert rejected("victoire", counts(capitalized={"victoire": 30}, lowercase={"victoire": 659}), surnames)
    assert rejected("wilson", counts(before={"wilson": 9}, after={"wilson": 12}), surnames)  # Woodrow Wilson
    edwige = counts(capitalized={"edwige": 12}, before={"edwige": 8}, after={"edwige": 4})
    assert not rejected("edwige", edwige, surnames)
