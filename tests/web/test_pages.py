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
    assert '<mark id="hit-1">Genève</mark>' in html and '<mark id="hit-2">Genève</mark>' in html
    assert "2 occurrences de « geneve »" in html
    assert 'href="/?speaker=John+Kerry"' in html


def test_unknown_article_is_404(client):
    assert client.get("/article/nope").status_code == 404


def test_missing_index_is_explained(tmp_path):
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "none")}).test_client()
    response = client.get("/")
    assert response.status_code == 503
    assert "Aucun index" in response.get_data(as_text=True)


def test_long_facet_shows_more_and_filters_values_by_any_word(client):
    html = client.get("/?more=speaker&match=lavrov").get_data(as_text=True)
    assert "Sergueï Lavrov" in html and "John Kerry" not in html.split('id="facet-list-speaker"')[1].split("</ul>")[0]
    assert "Voir moins" in html


def test_date_histogram_and_range(client):
    html = client.get("/").get_data(as_text=True)
    assert 'class="histogram"' in html and 'class="bar w10"' in html
    ranged = client.get("/?date_from=2016-12-05&date_to=2016").get_data(as_text=True)
    assert "<strong>2</strong> articles" in ranged  # alep-1 and alep-2; paris-4 is 2016-12-01
    assert client.get("/?date_from=2016-13").status_code == 400


def test_spelling_suggestion_when_nothing_matches(client):
    html = client.get("/?q=negociasions").get_data(as_text=True)
    assert "Essayez avec l'orthographe de l'index" in html and "negociations" in html


def test_page_beyond_the_last_shows_the_last(client):
    html = client.get("/?per_page=2&page=9").get_data(as_text=True)
    assert "Page 3 sur 3" in html


def test_indexed_markup_is_shown_as_text(tmp_path):
    from search.article import Article
    from search.build import build_index
    from search.store import IndexStore

    store = IndexStore(tmp_path / "index")
    hostile = Article(id="x", title="<script>alert(1)</script> Genève", text="<img src=x onerror=alert(1)> Genève",
                      origin="/v/x.txt", content_hash="h", speakers=["<b>Eve</b>"], source="<i>AFP</i>")
    build_index([tmp_path / "v"], store, rebuild=True, records=[hostile], extract=False)
    client = create_app({"TESTING": True, "INDEX_DIR": str(store.root)}).test_client()
    for path in ("/?q=geneve", "/article/x?q=geneve"):
        html = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Eve</b>" not in html
        assert "&lt;script&gt;" in html
