"""Take the screenshots shown in the README and docs/ with headless Chromium.

Usage: python docs/screenshots.py BASE_URL

BASE_URL is a running Dépêches site (for instance `make run`). Writes
docs/screenshot-search.png and docs/screenshot-article.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

DOCS = Path(__file__).resolve().parent
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = {
    "screenshot-search.png": "/?q=gen%C3%A8ve",
}


def main(base_url: str) -> None:
    """Capture the search page, then the first result's article page."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        for name, path in SHOTS.items():
            page.goto(base_url.rstrip("/") + path)
            page.screenshot(path=str(DOCS / name))
        page.locator(".hit h3 a").first.click()
        page.wait_for_load_state()
        page.screenshot(path=str(DOCS / "screenshot-article.png"))
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000")
