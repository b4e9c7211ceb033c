"""The search and article pages through a real Flask app on a real index."""

from __future__ import annotations

import pytest

from search.web import create_app


@pytest.fixture()
def client(news_store):
    app = create_app({"TESTING": True, "INDEX_DIR": str(news_store.root)})
    return app.test_client()


def test_search_page_in_french_with_results_and_facets(client):
    response = client.get("/?q=geneve")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert '<html lang="fr">' in html
    assert "<mark>Genève</mark>" in html
    assert 'aria-live="polite"' in html and "<strong>2</strong> articles" in html
    assert "Orateur" in html and "Sergueï Lavrov" in html


def test_recherche_is_the_same_page(client):
    assert client.get("/recherche?q=geneve").get_data() == client.get("/?q=geneve").get_data()


def test_facet_links_are_canonical_urls(client):
    html = client.get("/?q=evacuation").get_data(as_text=True)
    assert 'href="/?q=evacuation&amp;location=Alep"' in html


def test_no_hits_says_so_and_offers_to_drop_filters(client):
    html = client.get("/?q=zzyzx&source=AFP").get_data(as_text=True)
    assert "Aucun article ne correspond" in html and "Chercher sans les filtres" in html


def test_bad_parameter_is_a_french_400(client):
    response = client.get("/?page=abc")
    assert response.status_code == 400
    assert "nombre entier" in response.get_data(as_text=True)


def test_article_page_highlights_the_query(client):
    response = client.get("/article/alep-1?q=geneve")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<mark>Genève</mark>" in html
    assert 'href="/?speaker=John+Kerry"' in html


def test_unknown_article_is_404(client):
    assert client.get("/article/nope").status_code == 404


def test_missing_index_is_explained(tmp_path):
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "none")}).test_client()
    response = client.get("/")
    assert response.status_code == 503
    assert "Aucun index" in response.get_data(as_text=True)
