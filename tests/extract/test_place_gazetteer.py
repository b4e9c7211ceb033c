"""The place gazetteer's data files: well-formed, consistent, small."""

from __future__ import annotations

from importlib import resources

import pytest

from search.extract.place_gazetteer import FLAGS, data_lines, demonym_forms, is_demonym, load_gazetteer, parse_row
from search.extract.place_text import display_form, place_key, strip_article

DATA_FILES = (
    "gazetteer.tsv", "gazetteer_cldr.tsv", "gazetteer_communes.tsv", "place_aliases.tsv", "nationalities.txt",
    "place_stopwords.txt", "place_blocked.txt", "place_titles.txt", "place_first_names.txt",
)  # fmt: skip


@pytest.mark.parametrize("name", ["gazetteer.tsv", "gazetteer_cldr.tsv", "gazetteer_communes.tsv"])
def test_gazetteer_rows_are_well_formed(name):
    for line in data_lines(name):
        assert line.count("\t") == 4, line
        entry, spellings = parse_row(line)
        assert entry.canonical and entry.canonical == entry.canonical.strip(), line
        assert entry.kind in {"country", "city", "region", "district"}, line
        assert entry.flags in FLAGS, line
        assert all(place_key(s) for s in spellings), line


def test_aliases_point_to_known_places():
    gazetteer = load_gazetteer()
    canonicals = {entry.canonical for entry in gazetteer.names.values()}
    for line in data_lines("place_aliases.tsv"):
        variant, canonical = line.split("\t")
        assert canonical in canonicals, line
        assert place_key(variant) != place_key(canonical), line
        assert gazetteer.lookup(variant).canonical == canonical, line


def test_stopwords_and_nationalities_are_not_place_names():
    gazetteer = load_gazetteer()
    assert not gazetteer.stopwords & set(gazetteer.names)
    # Country names that are also feminine or plural nationality words.
    assert gazetteer.demonyms & set(gazetteer.names) <= {"argentine", "philippines", "lorraine"}


def test_demonym_forms():
    assert demonym_forms("syrien") == ["syrien", "syrienne", "syriens", "syriennes"]
    assert demonym_forms("français") == ["français", "française", "françaises"]
    assert demonym_forms("russe") == ["russe", "russes"]
    assert demonym_forms("turc turque turcs turques") == ["turc", "turque", "turcs", "turques"]


@pytest.mark.parametrize(
    "word", ["Américaine", "nord-coréen", "Sud-Africaine", "Afro-Américaine", "franco-algérien"]
)
def test_nationalities_also_after_combining_forms(word):
    assert is_demonym(word)


@pytest.mark.parametrize("word", ["Saint-Martin", "Jean-Marie", "Afro", "Seine-Saint-Denis"])
def test_not_nationalities(word):
    assert not is_demonym(word)


def test_data_files_are_small():
    folder = resources.files("search.extract").joinpath("data")
    total = sum(len(folder.joinpath(name).read_bytes()) for name in DATA_FILES)
    assert total < 1_000_000


def test_text_helpers():
    assert display_form("SAINT-JEAN-DE-LUZ") == "Saint-Jean-de-Luz"
    assert display_form("LE HAVRE") == "Le Havre"
    assert display_form("Pont-de-Beauvoisin") == "Pont-de-Beauvoisin"
    assert strip_article("la France") == "France"
    assert strip_article("l'Irak") == "Irak"
    assert strip_article("Lyon") == "Lyon"
