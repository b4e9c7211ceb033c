"""Which agency wrote an article: metadata first, then the text's own markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.article import Article
from search.extract.source import (
    authoring_agencies,
    canonical_agency,
    cited_agencies,
    find_source,
    is_agency_line,
)
from search.extract.structure import parse_structure
from search.ingest.text_reader import split_title

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "extract" / "structure"


def load(name: str, **fields) -> Article:
    """A fixture article as the plain-text reader makes it (title = first line)."""
    title, text = split_title((FIXTURES / name).read_text(encoding="utf-8"))
    return Article(id=name, title=title, text=text, **fields)


def source_of(article: Article) -> str | None:
    return find_source(article, parse_structure(article))


def source_of_text(text: str) -> str | None:
    return source_of(Article(id="t", title="Titre", text=text))


def test_metadata_wins_unchanged_over_the_dateline():
    assert source_of(load("reuters_alep.txt", source="Orange Actu")) == "Orange Actu"
    assert source_of(load("afp_bruxelles.txt", source="afp")) == "afp"


@pytest.mark.parametrize(
    "name, expected",
    [("reuters_alep.txt", "Reuters"), ("afp_bruxelles.txt", "AFP"), ("ap_explicit_date.txt", "AP"),
     ("two_places.txt", "Reuters"), ("month_only.txt", "Reuters")],
)
def test_dateline_agency(name, expected):
    assert source_of(load(name)) == expected


def test_dateline_agency_gets_its_display_name():
    assert source_of_text("BERLIN (dpa) - Le gouvernement allemand a annoncé une réforme.") == "DPA"


def test_reuters_french_service_credit_without_dateline():
    text = "Le texte de la dépêche.\n\n(Jean-Philippe Lefief pour le service français)"
    assert source_of_text(text) == "Reuters"


def test_authoring_agency_is_not_the_cited_one():
    article = load("afp_cites_reuters.txt")
    assert source_of(article) == "AFP"
    text = article.title + "\n\n" + article.text
    assert set(authoring_agencies(text)) == {"AFP"}
    assert "Reuters" in cited_agencies(text)


def test_words_said_to_an_agency_the_text_cites_give_no_source():
    assert source_of(load("outlet_cites_reuters.txt")) is None


def test_no_evidence_no_source():
    assert source_of(load("no_markers.txt")) is None


def test_copyright_line_is_authorship_but_a_photo_credit_is_not():
    assert source_of(load("copyright_afp.txt")) == "AFP"
    assert source_of_text("Un texte illustré.\n\n© AFP/Archives") is None
    assert source_of_text("Un texte illustré (Photo : Omar Sanadiki/Reuters).") is None


@pytest.mark.parametrize(
    "text",
    [
        '"Nous sommes prêts", a déclaré à l\'AFP un commandant.',
        '"C\'est fini", explique-t-elle à l\'AFP.',
        '"Je ne sais pas", dit-il à l\'AFP.',
        "Une aide sera versée, a précisé jeudi M. Guyot à l'AFP.",
        "Le maire s'est félicité auprès de l'AFP de cette décision.",
        "Interrogé par l'AFP, le ministère n'a pas commenté.",
        "Le virus a tué 300 personnes, selon un bilan établi par l'AFP à partir de sources officielles.",
        "Des centaines de personnes ont manifesté, a constaté un journaliste de l'AFP.",
        "La famille l'a annoncé dans un communiqué transmis à l'AFP.",
        "Le ministre a démissionné jeudi. -AFP",
    ],
)
def test_afp_authorship_markers(text):
    assert source_of_text(text) == "AFP"


def test_reuters_interview_marker():
    assert source_of_text('"Nous partirons", a dit à Reuters un responsable rebelle.') == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        "Moscou a dénoncé la décision, a rapporté l'agence Reuters.",
        "Le bilan s'élève à 30 morts, selon l'AFP.",
        "Selon Reuters, Nissan va supprimer des emplois.",
        "Un responsable, cité par l'agence Interfax, a confirmé l'accident.",
        "Le constructeur a vendu 20.000 voitures.Source : Reuters",
        "L'État versera une aide de 6 millions d'euros à l'AFP en 2020.",
        "La charge vient du correspondant de Reuters à l'Élysée, Michel Rose.",
        '"C\'était le chaos", rapporte Jimmy Golen, un journaliste d\'Associated Press.',
        "Un entretien a été accordé à l'AP-HP, a déclaré le directeur à l'AP-HP.",
        "Son ami, Taiyo Masuda, a filmé la scène, a rapporté l'agence de presse japonaise Kyodo.",
        "Plusieurs experts des médias, dont une journaliste de l'AFP, ont contribué aux travaux du CSA.",
    ],
)
def test_citations_and_mentions_are_not_authorship(text):
    assert source_of_text(text) is None


def test_two_authoring_agencies_give_no_source():
    text = '"Oui", a déclaré à l\'AFP un diplomate.\n\n"Non", a dit à Reuters un autre diplomate.'
    assert source_of_text(text) is None


def test_agency_cited_and_spoken_to_gives_no_source():
    text = "L'AFP a annoncé sa mort. \"Il était généreux\", a déclaré un ami à l'AFP."
    assert authoring_agencies(text) == {"AFP": 1} and source_of_text(text) is None


def test_agency_introduced_by_its_full_name_is_a_topic_not_the_author():
    text = "L'Agence France-Presse (AFP) recevra une dotation, a déclaré le ministre à l'AFP."
    assert source_of_text(text) is None


def test_canonical_names_and_agency_lines():
    assert canonical_agency("Agence France-Presse") == "AFP"
    assert canonical_agency("Associated Press") == "AP"
    assert canonical_agency("Le Monde") is None and canonical_agency(None) is None
    assert is_agency_line("© 2016 AFP") and is_agency_line("Copyright Reuters") and is_agency_line("-AFP")
    assert not is_agency_line("© AFP/Archives") and not is_agency_line("AFP annonce un plan")
