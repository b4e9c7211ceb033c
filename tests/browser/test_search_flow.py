"""A user's path through the site, in a real browser against the real server."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse


def test_search_facet_reload_and_article(server_url, page, browser):
    page.goto(server_url + "/")
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert page.evaluate("document.activeElement.id") == "q"  # the box is focused on load

    page.fill("#q", "geneve")
    page.press("#q", "Enter")
    page.wait_for_url(lambda url: "q=geneve" in url)
    assert urlparse(page.url).query == "q=geneve"
    assert page.inner_text(".summary [aria-live]") == "5 articles"
    assert page.locator("mark", has_text="Genève").count() >= 5

    page.click("text=plus récents")
    query = parse_qs(urlparse(page.url).query)
    assert query == {"q": ["geneve"], "sort": ["date"]}

    url = page.url
    first_titles = page.locator(".hit h3").all_inner_texts()
    fresh = browser.new_context().new_page()
    fresh.goto(url)
    assert fresh.locator(".hit h3").all_inner_texts() == first_titles
    fresh.context.close()

    page.locator(".hit h3 a").first.click()
    page.wait_for_url(lambda url: "/article/" in url)
    assert page.locator("article mark", has_text="Genève").count() >= 1
