"""Searches as Atom feeds, CSV and JSON files."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from search.article import Article
from search.web import create_app
from search.web.exports import safe_cell, to_csv

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture()
def client(news_store):
    return create_app({"TESTING": True, "INDEX_DIR": str(news_store.root)}).test_client()


def test_atom_feed_lists_hits_newest_first(client):
    response = client.get("/?q=evacuation&format=atom")
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    feed = ET.fromstring(response.data)
    titles = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
    assert titles == ["Moscou annonce la fin de l'évacuation", "Reprise des négociations à Genève"]
    assert feed.find(f"{ATOM}link").get("href").endswith("/?q=evacuation")


def test_csv_export_has_every_hit_and_a_header(client):
    response = client.get("/?source=AFP&format=csv")
    assert response.headers["Content-Disposition"] == 'attachment; filename="depeches.csv"'
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert {r["id"] for r in rows} == {"alep-2", "geneve-3"}
    assert rows[0]["source"] == "AFP"


def test_json_export(client):
    doc = json.loads(client.get("/?q=Genève&format=json").get_data(as_text=True))
    assert doc["total"] == 2 and {a["id"] for a in doc["articles"]} == {"alep-1", "geneve-3"}
    assert "speakers" in doc["articles"][0]


def test_unknown_format_is_a_french_400(client):
    response = client.get("/?format=pdf")
    assert response.status_code == 400 and "Format inconnu" in response.get_data(as_text=True)


def test_csv_cells_never_run_as_formulas():
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("-2") == "'-2" and safe_cell("@x") == "'@x" and safe_cell("Alep") == "Alep"
    text = to_csv([Article(id="x", text="t", title="+33 1 23")])
    assert "'+33 1 23" in text
