"""A real server and a real headless Chromium for end-to-end tests.

Chromium is Debian's (/usr/bin/chromium, installed by `make test` when missing).
Without it the tests are skipped, except under CI=true where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def _serve(index_root: Path) -> Iterator[str]:
    """The site served by `python -m search serve` (waitress) on a free loopback port."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "search", "serve", "--port", str(port), "--index", str(index_root)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the server did not start: {process.stdout.read().decode()}") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="session")
def server_url(seeds_store) -> Iterator[str]:
    """The site serving the seeds."""
    with _serve(seeds_store.root) as url:
        yield url


@pytest.fixture(scope="session")
def news_server_url(news_store) -> Iterator[str]:
    """The site serving the small archive with every facet filled."""
    with _serve(news_store.root) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium driven by Playwright."""
    missing = None
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing = f"Chromium not found at {CHROMIUM}"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "playwright is not installed"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests cannot run under CI: {missing}")
        pytest.skip(missing)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    """A page in a fresh browser context (no shared cookies or history)."""
    context = browser.new_context(locale="fr-FR")
    yield context.new_page()
    context.close()
