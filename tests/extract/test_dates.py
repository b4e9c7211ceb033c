"""An article's date: metadata first, then the dateline with a year the text fixes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from search.article import Article
from search.extract.dates import (
    article_weekdays,
    dateline_year,
    find_date,
    full_date_years,
    mentioned_years,
    month_number,
    weekday_number,
)
from search.extract.structure import parse_structure
from search.ingest.text_reader import split_title

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "extract" / "structure"
UNKNOWN = (None, "unknown")


def load(name: str, **fields) -> Article:
    """A fixture article as the plain-text reader makes it (title = first line)."""
    title, text = split_title((FIXTURES / name).read_text(encoding="utf-8"))
    return Article(id=name, title=title, text=text, **fields)


def date_of(article: Article) -> tuple[dt.date | None, str]:
    return find_date(article, parse_structure(article))


def date_of_text(text: str) -> tuple[dt.date | None, str]:
    return date_of(Article(id="t", title="Titre", text=text))


def test_metadata_wins_unchanged():
    stated = dt.date(2020, 7, 2)
    assert date_of(load("reuters_alep.txt", date=stated, date_precision="day")) == (stated, "day")
    month = dt.date(2016, 12, 1)
    assert date_of(load("ap_explicit_date.txt", date=month, date_precision="month")) == (month, "month")


def test_year_from_full_date_with_its_weekday():
    # "samedi 10 décembre 2016": the dateline's day, on a Saturday in 2016, the latest year mentioned.
    assert date_of(load("reuters_alep.txt")) == (dt.date(2016, 12, 10), "day")


def test_year_from_full_date_confirmed_by_this_weekday():
    # "daté 10 décembre 2015" and "ce jeudi": 10 December 2015 was a Thursday.
    assert date_of(load("afp_bruxelles.txt")) == (dt.date(2015, 12, 10), "day")


def test_year_from_numeric_full_date_confirmed_by_weekday():
    assert date_of(load("ap_explicit_date.txt")) == (dt.date(2016, 3, 3), "day")


def test_two_full_dates_on_the_named_weekday_give_no_date():
    # "ce samedi": 10 December was a Saturday in both 2011 and 2016.
    assert date_of(load("ambiguous_year.txt")) == UNKNOWN


def test_anniversary_date_is_not_the_article_date():
    # "vendredi 13 novembre 2015" is consistent in itself, but "un an jour pour jour après".
    assert date_of(load("anniversary.txt")) == UNKNOWN


def test_month_only_dateline():
    assert date_of(load("month_only.txt")) == (dt.date(2016, 12, 1), "month")


def test_no_dateline_no_date_even_with_dates_in_the_body():
    assert date_of(load("afp_cites_reuters.txt")) == UNKNOWN  # "le 10 décembre 2016" is an event
    assert date_of(load("no_markers.txt")) == UNKNOWN
    assert date_of(load("copyright_afp.txt")) == UNKNOWN


def test_dateline_without_day_or_month_gives_no_date():
    assert date_of(load("two_places.txt")) == UNKNOWN


def test_year_written_in_the_dateline():
    assert date_of_text("PARIS, 3 mars 2016 (AFP) - Le texte.") == (dt.date(2016, 3, 3), "day")


def test_dateline_year_contradicted_by_weekday_gives_no_date():
    # 3 March 2016 was a Thursday.
    assert date_of_text("PARIS, 3 mars 2016 (AFP) - Le sommet s'est ouvert ce vendredi.") == UNKNOWN


def test_weekday_in_the_dateline_confirms_a_full_date():
    text = "ALEP, jeudi 10 décembre (Reuters) - Selon un rapport daté 10 décembre 2015, la ville est assiégée."
    assert date_of_text(text) == (dt.date(2015, 12, 10), "day")


def test_full_date_without_weekday_gives_no_date():
    assert date_of_text("PARIS, 3 mars (AFP) - Le texte daté 3 mars 2016 a été adopté.") == UNKNOWN


def test_weekday_and_mentioned_years_alone_give_no_date():
    # 5 January 2017 was a Thursday, but nothing in the text says the article is from 2017.
    text = "PARIS, 5 janvier (AFP) - Le gouvernement a présenté ce jeudi le bilan de l'année 2016."
    assert date_of_text(text) == UNKNOWN
    assert date_of_text("PARIS, 3 mars (AFP) - La réforme votée en 2016 entre en vigueur ce jeudi.") == UNKNOWN


def test_full_date_introduced_as_an_event_gives_no_date():
    event = "PARIS, 3 mars (AFP) - Réuni ce jeudi, le Parlement a voté le texte déposé le 3 mars 2016."
    assert date_of_text(event) == UNKNOWN
    assert date_of_text(event.replace("déposé le 3 mars 2016", "daté 3 mars 2016")) == (dt.date(2016, 3, 3), "day")
    assert date_of_text("PARIS, 3 mars (AFP) - Voté ce jeudi, le texte avait été déposé le 03/03/2016.") == UNKNOWN


def test_full_date_before_a_later_mentioned_year_gives_no_date():
    text = "PARIS, 3 mars (AFP) - Le texte daté 3 mars 2016, adopté ce jeudi, s'appliquera en 2018."
    assert date_of_text(text) == UNKNOWN
    assert date_of_text(text.replace("en 2018", "dès avril")) == (dt.date(2016, 3, 3), "day")


def test_two_possible_years_give_no_date():
    # 3 March was a Thursday in both 2016 and 2022.
    text = "PARIS, 3 mars (AFP) - Réunion ce jeudi sur deux textes datés 3 mars 2016 et 3 mars 2022."
    assert date_of_text(text) == UNKNOWN


def test_full_date_contradicted_by_weekday_gives_no_date():
    text = "PARIS, 3 mars (AFP) - Le vote a eu lieu ce vendredi sur le texte daté 3 mars 2016."  # a Thursday
    assert date_of_text(text) == UNKNOWN


def test_two_different_weekdays_give_no_date():
    # 3 March 2016 was a Thursday, but the text also says "ce mardi".
    text = "PARIS, 3 mars (AFP) - Réunion ce jeudi, vote ce mardi, sur le texte daté 3 mars 2016."
    assert date_of_text(text) == UNKNOWN


def test_two_different_weekdays_refuse_even_a_dateline_year():
    assert date_of_text("PARIS, 3 mars 2016 (AFP) - Réunion ce jeudi, vote ce mardi.") == UNKNOWN


def test_this_weekday_followed_by_another_day_is_not_the_article_day():
    # "ce mercredi 2 mars" speaks of the 2nd; it does not contradict Thursday the 3rd.
    text = "PARIS, 3 mars (AFP) - Annoncé ce mercredi 2 mars, le texte daté 3 mars 2016 est voté jeudi 3 mars."
    assert date_of_text(text) == (dt.date(2016, 3, 3), "day")


def test_impossible_dateline_day_gives_no_date():
    assert date_of_text("PARIS, 30 février (AFP) - Texte daté 30/02/2016 publié ce mardi.") == UNKNOWN


def test_month_only_dateline_needs_its_own_year():
    assert date_of_text("LONDRES, décembre (Reuters) - Les ventes de décembre 2016 ont baissé.") == UNKNOWN
    assert date_of_text("LONDRES, décembre 2016 (Reuters) - Les ventes ont baissé.") == (dt.date(2016, 12, 1), "month")


def test_month_and_weekday_names_with_and_without_accents():
    assert month_number("Décembre") == month_number("decembre") == 12
    assert month_number("fevrier") == 2 and month_number("aout") == 8 and month_number("août") == 8
    assert month_number("lundi") is None
    assert weekday_number("Jeudi") == 3


def test_helpers():
    assert mentioned_years("depuis 2011, en 2016, pour 2000 euros, 1999,5") == {2011, 2016}
    assert full_date_years("samedi 10 décembre 2016, daté 10/12/2015, 2014-12-10, 11 décembre 2013", 10, 12) == {
        2014,
        2015,
        2016,
    }
    assert full_date_years("le 10 décembre 2016, du 10/12/2015, depuis le 2014-12-10", 10, 12) == set()
    assert full_date_years("le samedi 10 décembre 2016", 10, 12) == {2016}
    assert article_weekdays("jeudi 10 décembre, mardi 8 décembre", 10, 12) == {3}
    assert article_weekdays("ce samedi", 10, 12) == {5}
    assert dateline_year("PARIS, 3 mars 2016 (AFP) -") == 2016 and dateline_year("PARIS (AFP) -") is None

