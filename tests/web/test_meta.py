"""The help page, the OpenSearch description and the security headers."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from search.web import create_app


@pytest.fixture()
def client(news_store):
    return create_app({"TESTING": True, "INDEX_DIR": str(news_store.root)}).test_client()


def test_help_explains_the_syntax(client):
    html = client.get("/aide").get_data(as_text=True)
    for example in ('"cessez-le-feu"', "OU", "SAUF", "négo*", "Kery~", "orateur:", "lieu:", "citation:"):
        assert example in html


def test_help_states_the_bounds_that_the_search_applies(client):
    from search.query import bounds

    html = client.get("/aide").get_data(as_text=True)
    assert f"ses {bounds.MAX_EXPANSIONS} mots les plus fréquents" in html
    assert f"au plus {'trois' if bounds.MAX_PATTERNS == 3 else bounds.MAX_PATTERNS} motifs" in html
    assert f"au moins {'deux' if bounds.MIN_PATTERN_LETTERS == 2 else bounds.MIN_PATTERN_LETTERS} lettres" in html


def test_opensearch_description_is_linked_from_every_page(client):
    description = client.get("/opensearch.xml")
    assert description.mimetype == "application/opensearchdescription+xml"
    url = ET.fromstring(description.data).find("{http://a9.com/-/spec/opensearch/1.1/}Url")
    assert url.get("template") == "http://localhost/?q={searchTerms}"
    for path in ("/", "/aide", "/article/alep-1"):
        assert 'rel="search" type="application/opensearchdescription+xml"' in client.get(path).get_data(as_text=True)


def test_security_headers_and_french_404(client):
    response = client.get("/nulle-part")
    assert response.status_code == 404 and "Cette page n&#39;existe pas" in response.get_data(as_text=True)
    for path in ("/", "/api/search", "/nulle-part"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"
    assert client.get("/api/nulle-part").get_json()["status"] == 404
