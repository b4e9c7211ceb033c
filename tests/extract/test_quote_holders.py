"""Who is known to hold a role: a role phrase stands for the one person the article names who
holds it (``data/role_holders.tsv``), and for nobody when two of them do."""

from __future__ import annotations

import pytest

from search.article import Quote
from search.extract.name_data import data_lines
from search.extract.name_keys import parse_name
from search.extract.quote_holders import holds, known_holder, phrase_descriptor


def speakers(quotes: list[Quote]) -> list[str]:
    return [q.speaker for q in quotes if q.kind == "direct" and q.speaker_kind == "person"]


@pytest.mark.parametrize(
    ("phrase", "descriptor"),
    [
        ("le maire de Bordeaux", "maire|Borde"),
        ("ministre des Armées", "ministre|Armee"),
        ("La présidente de la région Île-de-France", "presidente|regio Ile-d"),
        ("le ministre de l'Intérieur", "ministre|Inter office"),
        ("le journaliste", ""),
    ],
)
def test_a_role_phrase_alone_reads_as_its_descriptor(phrase, descriptor):
    assert phrase_descriptor(phrase) == descriptor


def test_an_office_is_held_only_as_itself():
    interior = phrase_descriptor("le ministre de l'Intérieur")
    assert holds(interior, interior)
    assert not holds(interior, phrase_descriptor("le Premier ministre"))
    assert not holds(phrase_descriptor("le ministre des Armées"), interior)


def test_a_role_needs_a_shared_complement():
    assert holds(phrase_descriptor("le maire de Bordeaux"), phrase_descriptor("l'ancien maire de Bordeaux"))
    assert not holds(phrase_descriptor("le maire de Bordeaux"), phrase_descriptor("le maire de Nice"))


def test_the_one_named_holder_is_the_role():
    interior = phrase_descriptor("le ministre de l'Intérieur")
    assert known_holder(interior, ["Emmanuel Macron", "Gérard Collomb"]) == "Gérard Collomb"


def test_two_named_holders_leave_the_role_to_nobody():
    interior = phrase_descriptor("le ministre de l'Intérieur")
    assert known_holder(interior, ["Gérard Collomb", "Christophe Castaner"]) == ""
    assert known_holder(interior, ["Jean Dupont"]) == ""


def test_every_row_is_a_full_name_with_a_role_and_its_count():
    rows = [line.split("\t") for line in data_lines("role_holders.tsv")]
    assert len(rows) > 300
    for name, phrase, count in rows:
        assert parse_name(name).is_full, name
        assert phrase_descriptor(phrase), phrase
        assert int(count) >= 3


COLLOMB = (
    "Le gendarme a été \"gravement blessé\", a précisé Gérard Collomb. Le suspect, Redouane Lakdim, était "
    "connu des services. Sur place, le ministre de l'Intérieur avait expliqué devant la presse que l'homme "
    "était suivi. \"Nous pensions qu'il n'y avait pas de radicalisation\", a-t-il ajouté."
)
PECRESSE = (
    "Heureusement, Rachida Dati peut compter sur le soutien de Valérie Pécresse. \"Je pense que c'est une "
    "bonne candidature\", avait déclaré la présidente de la région Ile-de-France début avril sur BFMTV."
)


@pytest.mark.parametrize(("text", "speaker"), [(COLLOMB, "Gérard Collomb"), (PECRESSE, "Valérie Pécresse")])
def test_a_role_the_article_does_not_explain_is_its_known_holder(quotes_of, text, speaker):
    assert speakers(quotes_of(text))[-1] == speaker


def test_a_surname_alone_is_the_one_holder_the_table_knows_with_it():
    head_of_state = phrase_descriptor("le chef de l'Etat")
    assert known_holder(head_of_state, ["Macron", "François Salachas"]) == "Macron"
    assert known_holder(head_of_state, ["Emmanuel Macron", "Macron", "Olivier Véran"]) == "Emmanuel Macron"
