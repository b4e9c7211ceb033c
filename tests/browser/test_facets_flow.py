"""Facets in a real browser: select, combine with OR, exclude, reload, copy."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlparse


def _params(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlparse(url).query)


def test_query_facets_exclusion_and_reload(news_server_url, page, browser):
    page.goto(news_server_url + "/")
    page.fill("#q", "évacuation")
    page.press("#q", "Enter")
    page.wait_for_url(lambda url: "q=" in url)
    assert page.inner_text("#result-count") == "2 articles"

    page.get_by_role("link", name="Filtrer par lieu : Moscou (1)").click()
    page.wait_for_url(lambda url: "location=" in url)
    assert _params(page.url) == [("q", "évacuation"), ("location", "Moscou")]
    assert page.inner_text("#result-count") == "1 article"

    page.get_by_role("link", name="Filtrer par lieu : Genève (1)").click()  # OR within a facet
    page.wait_for_url(lambda url: url.count("location=") == 2)
    assert page.inner_text("#result-count") == "2 articles"

    page.get_by_role("link", name="Exclure AFP").click()
    page.wait_for_url(lambda url: "exclude_source=" in url)
    assert _params(page.url) == [("q", "évacuation"), ("location", "Moscou"), ("location", "Genève"), ("exclude_source", "AFP")]
    assert page.locator(".hit h3").all_inner_texts() == ["Reprise des négociations à Genève"]

    fresh = browser.new_context().new_page()
    fresh.goto(page.url)
    assert fresh.locator(".hit h3").all_inner_texts() == ["Reprise des négociations à Genève"]
    assert fresh.locator(".facet li.excluded").all_inner_texts()[0].startswith("AFP")
    fresh.context.close()

    page.get_by_role("link", name="Tout effacer").click()
    page.wait_for_url(lambda url: "location" not in url)
    assert _params(page.url) == [("q", "évacuation")]


def test_copy_link_and_facet_value_filter(news_server_url, page):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=news_server_url)
    page.goto(news_server_url + "/?q=Alep")
    page.click("[data-copy-link]")
    page.wait_for_selector("text=Lien copié.")
    assert page.evaluate("navigator.clipboard.readText()") == news_server_url + "/?q=Alep"

    page.goto(news_server_url + "/?more=speaker")
    page.fill("#match-speaker", "lavr")  # filtered as one types, accents aside
    visible = [t for t in page.locator("#facet-list-speaker li:visible .value").all_inner_texts()]
    assert visible == ["Sergueï Lavrov"]


def test_keyboard_slash_focuses_search_and_article_hit_navigation(news_server_url, page):
    page.goto(news_server_url + "/article/alep-1?q=geneve")
    page.keyboard.press("n")
    assert page.locator("mark.current").get_attribute("id") == "hit-1"
    page.keyboard.press("n")
    assert page.locator("mark.current").get_attribute("id") == "hit-2"
    assert page.inner_text("#hit-counter") == "Occurrence 2 sur 2"
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"


def test_phone_width_has_no_horizontal_scroll(news_server_url, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="fr-FR")
    phone = context.new_page()
    for path in ("/?q=Alep", "/article/alep-1?q=Alep", "/aide"):
        phone.goto(news_server_url + path)
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
    assert phone.locator("#q").is_visible()
    context.close()
