"""The JSON API returns the result document and JSON errors."""

from __future__ import annotations

import pytest

from search.web import create_app


@pytest.fixture()
def client(news_store):
    return create_app({"TESTING": True, "INDEX_DIR": str(news_store.root)}).test_client()


def test_search_returns_the_result_document(client):
    doc = client.get("/api/search?q=évacuation&source=AFP").get_json()
    assert doc["total"] == 1 and doc["hits"][0]["id"] == "alep-2"
    assert doc["facets"]["source"] == [
        {"value": "AFP", "count": 1, "selected": True},
        {"value": "Reuters", "count": 1, "selected": False},
    ]


def test_bad_parameter_is_json_400(client):
    response = client.get("/api/search?page=-1")
    assert response.status_code == 400
    assert "compris entre" in response.get_json()["error"]


def test_article_and_unknown_article(client):
    doc = client.get("/api/articles/alep-1").get_json()
    assert doc["speakers"] == ["John Kerry", "Sergueï Lavrov"] and doc["date"] == "2016-12-10"
    missing = client.get("/api/articles/nope")
    assert missing.status_code == 404 and "nope" in missing.get_json()["error"]
