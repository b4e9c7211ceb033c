"""Articles become index documents and come back unchanged."""

from __future__ import annotations

import datetime as dt

from search.article import Article, Quote
from search.document import date_keys, from_stored_fields, to_index_document


def test_date_keys_follow_precision():
    date = dt.date(2016, 12, 10)
    assert date_keys(date, "day") == {"year": "2016", "month": "2016-12", "day": "2016-12-10"}
    assert date_keys(date, "month") == {"year": "2016", "month": "2016-12"}
    assert date_keys(date, "unknown") == {}
    assert date_keys(None, "day") == {}


def test_round_trip_through_stored_fields():
    article = Article(
        id="x", text="Corps", title="Titre", lede="Chapô", source="AFP",
        date=dt.date(2016, 12, 10), date_precision="day", byline="Laila Bassam",
        speakers=["John Kerry", "Sergueï Lavrov"], locations=["Genève"],
        quotes=[Quote("John Kerry", "Nous avançons", "direct", "a déclaré", 12)],
        origin="/c/x.txt", content_hash="abc",
    )
    doc = to_index_document(article)
    assert doc["speakers"] == "John Kerry,Sergueï Lavrov"
    assert doc["exact"] == "Titre\nChapô\nCorps"
    assert doc["day"] == "2016-12-10"
    stored = {k: v for k, v in doc.items() if k not in {"exact", "quotes", "year", "month", "day", "newest_first", "oldest_first", "source_text", "speakers_text", "locations_text"}}
    back = from_stored_fields(stored)
    assert back == article


def test_commas_inside_a_value_do_not_split_it():
    doc = to_index_document(Article(id="x", text="t", locations=["Washington, D.C.", " "]))
    assert doc["locations"] == "Washington  D.C."
    assert "source" not in doc and "date" not in doc
