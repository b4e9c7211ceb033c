"""Parts of agency articles: headline, summary, byline, dateline, body, subheads, credits."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.article import Article
from search.extract.source import credit_people, photo_people, split_people
from search.extract.structure import parse_dateline, parse_structure, subhead_text
from search.extract.structure_types import full_text
from search.ingest.text_reader import split_title

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "extract" / "structure"


def load(name: str, **fields) -> Article:
    """A fixture article as the plain-text reader makes it (title = first line)."""
    title, text = split_title((FIXTURES / name).read_text(encoding="utf-8"))
    return Article(id=name, title=title, text=text, **fields)


def body_texts(article: Article) -> list[str]:
    structure = parse_structure(article)
    text = full_text(article)
    return [text[start:end] for start, end in structure.body]


@pytest.fixture(scope="module")
def alep():
    article = load("reuters_alep.txt")
    return article, parse_structure(article)


def test_headline_and_summary_bullets(alep):
    _, structure = alep
    assert structure.headline == "Les rebelles d'Alep-Est acceptent une évacuation"
    assert structure.summary == ["Les combats ont cessé dans la nuit", "Moscou annonce un accord avec Ankara"]


def test_byline_people(alep):
    _, structure = alep
    assert structure.byline == "Laila Bassam et John Davison"
    assert structure.byline_people == ["Laila Bassam", "John Davison"]


def test_dateline_fields(alep):
    _, structure = alep
    assert structure.dateline == "ALEP, Syrie, 10 décembre (Reuters) -"
    assert structure.dateline_places == ["ALEP", "Syrie"]
    assert structure.dateline_agency == "Reuters"
    assert (structure.dateline_day, structure.dateline_month) == (10, 12)


def test_body_spans_exclude_dateline_byline_summary_subheads_and_credit(alep):
    article, structure = alep
    bodies = body_texts(article)
    assert bodies[0].startswith("Les derniers rebelles retranchés")
    assert len(bodies) == 6
    joined = "\n".join(bodies)
    for outside in ("(Reuters)", "ALEP, Syrie", "Laila Bassam", "Les combats ont cessé", "PIÈGE", "RUINES", "Lefief"):
        assert outside not in joined
    text = full_text(article)
    for start, end in structure.body:  # spans are trimmed paragraphs of the full text
        assert text[start:end] == text[start:end].strip() and start < end


def test_subheads(alep):
    _, structure = alep
    assert structure.subheads == ["LES CIVILS PRIS AU PIÈGE", "UNE VILLE EN RUINES"]


def test_closing_credit_people_are_authors_not_body(alep):
    _, structure = alep
    assert structure.credit.startswith("(avec Tom Perry à Beyrouth")
    assert structure.credit.endswith("pour le service français)")
    assert structure.credit_people[:3] == ["Tom Perry", "Lisa Barrington", "Jean-Philippe Lefief"]
    assert "Jean-Philippe Lefief" in structure.authors and "Laila Bassam" in structure.authors


def test_photo_credit_inside_paragraph(alep):
    _, structure = alep
    assert structure.photo_credits == ["(Photo : Omar Sanadiki/Reuters)"]
    assert "Omar Sanadiki" in structure.credit_people


def test_two_places_em_dash_and_edited_by_credit():
    structure = parse_structure(load("two_places.txt"))
    assert structure.dateline == "BEYROUTH/GENEVE (Reuters) —"
    assert structure.dateline_places == ["BEYROUTH", "GENEVE"]
    assert structure.dateline_day is None and structure.dateline_month is None
    assert structure.byline_people == ["Tom Perry", "Stephanie Nebehay", "John Irish"]
    assert structure.credit == "(Édité par Sophie Louet)" and structure.credit_people == ["Sophie Louet"]


def test_en_dash_month_only_dateline():
    structure = parse_structure(load("month_only.txt"))
    assert structure.dateline == "LONDRES, décembre 2016 (Reuters) –"
    assert (structure.dateline_day, structure.dateline_month) == (None, 12)


def test_version_francaise_credit_and_ap_dateline():
    structure = parse_structure(load("ap_explicit_date.txt"))
    assert structure.dateline_agency == "AP" and structure.dateline_places == ["WASHINGTON"]
    assert structure.credit_people == ["Jean Terzian", "Sophie Louet"]


def test_photo_credit_line_is_not_body():
    article = load("afp_bruxelles.txt")
    structure = parse_structure(article)
    assert structure.photo_credits == ["© AFP/Archives"]
    assert structure.credit_people == []  # no photographer named
    assert not any("©" in body for body in body_texts(article))


def test_article_without_markers_is_all_body():
    article = load("no_markers.txt")
    structure = parse_structure(article)
    text = full_text(article)
    assert [text[s:e] for s, e in structure.body] == [article.text]
    assert not (structure.dateline or structure.byline or structure.summary or structure.subheads)
    assert not (structure.credit or structure.credit_people or structure.photo_credits)


def test_lede_is_body_and_dateline_may_open_the_text_after_it():
    article = Article(id="j", title="Titre", lede="Un chapeau qui résume.", text="PARIS (AFP) - Le texte commence ici.")
    structure = parse_structure(article)
    assert structure.dateline == "PARIS (AFP) -" and structure.dateline_places == ["PARIS"]
    assert body_texts(article) == ["Un chapeau qui résume.", "Le texte commence ici."]


def test_afp_dashed_subhead_in_a_lede_is_not_a_summary():
    article = Article(id="d", title="Covid", lede="- Plus de 10 millions de cas -", text="Le monde a franchi le cap.")
    structure = parse_structure(article)
    assert structure.summary == [] and structure.subheads == ["Plus de 10 millions de cas"]
    assert body_texts(article) == ["Le monde a franchi le cap."]


def test_dashed_lede_is_body_not_summary():
    article = Article(id="b", title="Zlatan", lede="- La star a annoncé son départ du PSG.", text="Suite du texte.")
    assert parse_structure(article).summary == []
    assert body_texts(article) == ["- La star a annoncé son départ du PSG.", "Suite du texte."]


def test_long_dashed_first_paragraph_is_body_not_summary():
    long_line = "- " + "Une phrase longue qui ouvre le texte sans être une puce de résumé. " * 5
    article = Article(id="l", title="Titre", text=long_line + "\n\nSuite.")
    assert parse_structure(article).summary == []
    assert len(body_texts(article)) == 2


def test_par_ailleurs_is_not_a_byline():
    article = Article(id="p", title="Titre", text="Par ailleurs, le gouvernement a annoncé une réforme.")
    structure = parse_structure(article)
    assert structure.byline == "" and structure.byline_people == []
    assert body_texts(article) == ["Par ailleurs, le gouvernement a annoncé une réforme."]


def test_agency_in_parentheses_later_in_the_text_is_not_a_dateline():
    article = Article(id="m", title="T", text="Premier paragraphe.\n\nLONDRES (Reuters) - cité plus loin.")
    assert parse_structure(article).dateline == ""


def test_parenthesised_body_paragraph_is_not_a_credit():
    article = Article(id="c", title="T", text="Texte.\n\n(Selon l'OSDH, le bilan est de 300 morts.)")
    structure = parse_structure(article)
    assert structure.credit == "" and len(structure.body) == 2


@pytest.mark.parametrize(
    "title, text",
    [("", ""), ("Titre seul", ""), ("", "Texte sans titre."), ("  ", "\n\n\n"), ("T", "PARIS (AFP) -"),
     ("T", "(((((\n)))"), ("T", "* \n*\n-"), ("T", "PARIS (AFP) - Un.\r\n\r\nDeux.\r\n"), ("T", "(avec)"),
     ("T", "©"), ("T", "par"), ("T", "ALEP, 99 décembre (Reuters) - Texte.")],
)
def test_odd_input_never_crashes(title, text):
    article = Article(id="odd", title=title, text=text)
    structure = parse_structure(article)
    full = full_text(article)
    assert all(0 <= s < e <= len(full) for s, e in structure.body)


def test_crlf_text_keeps_dateline_and_trimmed_spans():
    article = Article(id="crlf", title="T", text="PARIS (AFP) - Un.\r\n\r\nDeux.\r\n")
    assert parse_structure(article).dateline == "PARIS (AFP) -"
    assert body_texts(article) == ["Un.", "Deux."]


def test_unaccented_and_first_day_dateline_dates():
    assert parse_dateline("GENEVE, 3 fevrier (Reuters) - x").month == 2
    first = parse_dateline("MARSEILLE, 1er aout (AFP) - x")
    assert (first.day, first.month) == (1, 8)
    assert parse_dateline("ALEP, jeudi 10 décembre (Reuters) - x").day == 10


def test_dateline_head_must_look_like_places():
    assert parse_dateline("le parti a dit (AFP) - x") is None
    assert parse_dateline("(Reuters) - Le texte.").places == []


def test_subhead_text():
    assert subhead_text("LES CIVILS PRIS AU PIÈGE") == "LES CIVILS PRIS AU PIÈGE"
    assert subhead_text("- Retour du football en Allemagne -") == "Retour du football en Allemagne"
    assert subhead_text("Une phrase normale.") is None
    assert subhead_text("OK") is None


def test_people_helpers():
    assert split_people("Tom Perry à Beyrouth et Lisa Barrington") == ["Tom Perry", "Lisa Barrington"]
    assert credit_people("(Bureau de Paris, édité par Sophie Louet)") == ["Sophie Louet"]
    assert photo_people("VINCENZO PINTO / AFP") == ["VINCENZO PINTO"]
    assert photo_people("Crédit photo : Mecum Auctions") == []
    assert photo_people("Crédit : Elon Musk/Twitter") == []
