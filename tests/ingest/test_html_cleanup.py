"""Publication stamps and ledes in extracted page text."""

from __future__ import annotations

from search.ingest.html_cleanup import split_lede, split_stamp, squash, stamp_credit


def test_stamp_is_split_off():
    paragraphs = ["AFP, publié le dimanche 14 juin 2020 à 12h10", "Premier.", "Second."]
    assert split_stamp(paragraphs) == (paragraphs[0], ["Premier.", "Second."])
    assert split_stamp(["publié le 7 août", "Texte."]) == ("publié le 7 août", ["Texte."])
    assert split_stamp(["Mis à jour le 3 mars 2020", "Texte."])[1] == ["Texte."]


def test_no_stamp_when_not_first_long_or_alone():
    assert split_stamp(["Texte.", "AFP, publié le 7 août"])[0] == ""
    long_first = "Le rapport publié le 7 août " + "détaille les chiffres " * 10
    assert split_stamp([long_first, "Suite."]) == ("", [long_first, "Suite."])
    assert split_stamp(["publié le 7 août"]) == ("", ["publié le 7 août"])


def test_stamp_credit():
    stamp = "Orange avec AFP-Services, publié le mardi 24 décembre 2019 à 14h00"
    assert stamp_credit(stamp) == "Orange avec AFP-Services"
    assert stamp_credit("publié le 7 août") == ""
    assert stamp_credit("") == ""


def test_description_equal_to_a_top_paragraph_becomes_the_lede():
    paragraphs = ["Le chapeau\u00a0de l'article.", "Le corps.", "La fin."]
    expected = ("Le chapeau\u00a0de l'article.", ["Le corps.", "La fin."])
    assert split_lede("Le chapeau de  l'article.", paragraphs) == expected


def test_truncated_description_already_in_text_gives_no_lede():
    paragraphs = ["Ce proche de l'ancien chef de l'Etat est soupçonné.", "Thierry Gaubert a été mis en examen."]
    cut = "Ce proche de l'ancien chef de l'Etat est soupçonné. Thierry Gaubert a été mis"
    assert split_lede(cut, paragraphs) == ("", paragraphs)
    assert split_lede("Ce proche de l'ancien chef de l'Etat...", paragraphs) == ("", paragraphs)
    assert split_lede("Ce proche de l'ancien chef de l'Etat…", paragraphs) == ("", paragraphs)


def test_description_absent_from_text_is_the_lede():
    paragraphs = ["Le corps."]
    assert split_lede(" Un résumé à part. ", paragraphs) == ("Un résumé à part.", paragraphs)
    assert split_lede("", paragraphs) == ("", paragraphs)


def test_squash():
    assert squash(" a\u00a0 b\n\tc ") == "a b c"
