"""Rebuilding while the site serves searches: no request fails, and the new index is served without a restart.

The site runs as users run it (``python -m search serve``, waitress) on a free
loopback port; client threads search without pause while real builds
(``python -m search index``: an incremental update, then a full ``--rebuild``)
add articles holding a word no other article has.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from search.article import Article
from search.build import build_index
from search.store import IndexStore
from search.web.holder import POOL_SIZE, IndexHolder

from .test_serving import _free_port, _wait_until_serving

CLIENTS = 12  # more than the server has threads (8) and searchers: requests wait for a searcher
ARTICLES = 400
ADDED = 60
REQUEST_TIMEOUT = 20
PATHS = (
    "/api/search?q=budget",
    "/api/search?q=n%C3%A9gociations+Gen%C3%A8ve&sort=date",
    "/api/search?q=gr%C3%A8*",
    "/api/search?q=",
    "/?q=minist%C3%A8re&page=2",
    "/api/articles/a00007",
)
WORDS = ("le", "gouvernement", "a", "annoncé", "que", "les", "négociations", "sur", "budget", "reprendront",
         "à", "Genève", "après", "la", "grève", "des", "contrôleurs", "selon", "porte-parole", "du", "ministère")


def _write_articles(corpus: Path, first: int, count: int, rng: random.Random, extra: str = "") -> None:
    for number in range(first, first + count):
        body = " ".join(rng.choice(WORDS) for _ in range(60))
        (corpus / f"a{number:05d}.txt").write_text(f"Dépêche {number}\n\n{body} {extra}\n", encoding="utf-8")


def _get(base: str, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(base + path, timeout=REQUEST_TIMEOUT) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", errors="replace")


def _problem(path: str, status: int, body: str) -> str | None:
    """What is wrong with a response, or None when it is a well-formed 200."""
    if status != 200:
        return f"status {status}"
    if path.startswith("/api/search"):
        doc = json.loads(body)
        if not isinstance(doc.get("total"), int) or not isinstance(doc.get("hits"), list) or "facets" not in doc:
            return "incomplete result document"
    elif path.startswith("/api/articles/"):
        if json.loads(body).get("id") != path.rsplit("/", 1)[1]:
            return "wrong article"
    elif "</html>" not in body:
        return "truncated page"
    return None


class _Load:
    """Client threads searching without pause; every request and problem is recorded."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.stop = threading.Event()
        self.done: list[float] = []  # completion times of good responses
        self.failures: list[str] = []
        self.threads = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(CLIENTS)]

    def _run(self, seed: int) -> None:
        rng = random.Random(seed)
        while not self.stop.is_set():
            path = rng.choice(PATHS)
            try:
                status, body = _get(self.base, path)
                problem = _problem(path, status, body)
            except Exception as error:  # noqa: BLE001 - any failure of a request is what this test counts
                problem = f"{type(error).__name__}: {error}"
            if problem is None:
                self.done.append(time.monotonic())
            else:
                self.failures.append(f"{path}: {problem}")

    def served_between(self, start: float, end: float) -> int:
        return sum(start <= moment <= end for moment in self.done)


@pytest.fixture
def site(tmp_path) -> Iterator[tuple[str, Path, Path]]:
    """A corpus, its index built by the command line, and the site serving it: (url, corpus, index)."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    _write_articles(corpus, 0, ARTICLES, random.Random(1))
    build = subprocess.run(_index_command(corpus, index), capture_output=True, text=True, timeout=120, check=False)
    assert build.returncode == 0, build.stdout + build.stderr
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "search", "serve", "--port", str(port), "--index", str(index)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        _wait_until_serving(port)
        yield f"http://127.0.0.1:{port}", corpus, index
    finally:
        server.kill()
        server.wait(10)


def _index_command(corpus: Path, index: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "search", "index", str(corpus), "--index", str(index), "--no-extraction", *options]


def _total(base: str, query: str) -> int:
    status, body = _get(base, "/api/search?q=" + urllib.parse.quote(query))
    assert status == 200
    return json.loads(body)["total"]


def test_searches_never_fail_while_builds_publish_new_generations(site):
    base, corpus, index = site
    load = _Load(base)
    for thread in load.threads:
        thread.start()
    try:
        time.sleep(1.0)
        rng = random.Random(2)
        rounds = [("zéphyrin", ()), ("xylophage", ("--rebuild",))]
        for number, (word, options) in enumerate(rounds):
            assert _total(base, word) == 0
            _write_articles(corpus, ARTICLES + number * ADDED, ADDED, rng, extra=word)
            started = time.monotonic()
            build = subprocess.run(_index_command(corpus, index, *options), capture_output=True, text=True, timeout=120, check=False)
            finished = time.monotonic()
            assert build.returncode == 0, build.stdout + build.stderr
            assert load.served_between(started, finished) >= 5, "too few searches ran during the build"
            deadline = time.monotonic() + 10
            while _total(base, word) != ADDED:  # the new generation, without a restart
                assert time.monotonic() < deadline, f"the site still serves the index without « {word} »"
                time.sleep(0.1)
            assert _total(base, "") == ARTICLES + (number + 1) * ADDED
        time.sleep(1.0)  # searches go on over the new generation
    finally:
        load.stop.set()
        for thread in load.threads:
            thread.join(REQUEST_TIMEOUT + 5)
    assert not load.failures, f"{len(load.failures)} failed requests, first ones: {load.failures[:5]}"
    assert len(load.done) >= 50


def _publish(root: Path, ids: list[str]) -> None:
    records = [Article(id=i, text=f"Texte {i}", origin=f"/virtual/{i}.txt", content_hash=i) for i in ids]
    build_index([Path("/virtual")], IndexStore(root), rebuild=True, records=records, extract=False)


def test_a_request_waiting_for_a_searcher_is_served_when_a_new_generation_arrives(tmp_path):
    """The race the load test runs into, step by step: every searcher busy, one request waiting."""
    _publish(tmp_path, ["ancien"])
    holder = IndexHolder(tmp_path)
    busy, release, served = threading.Barrier(POOL_SIZE + 1), threading.Event(), []

    def long_request() -> None:
        with holder.searcher():
            busy.wait(5)
            release.wait(5)

    def waiting_request() -> None:
        with holder.searcher() as (_, searcher, _key):
            served.append({doc["id"] for doc in searcher.documents()})

    holders = [threading.Thread(target=long_request) for _ in range(POOL_SIZE)]
    for thread in holders:
        thread.start()
    busy.wait(5)
    waiter = threading.Thread(target=waiting_request, daemon=True)
    waiter.start()
    time.sleep(0.2)  # the waiter now waits for a searcher of the old generation
    _publish(tmp_path, ["nouveau"])
    with holder.searcher() as (_, searcher, _key):  # a new request moves the site to the new generation
        assert {doc["id"] for doc in searcher.documents()} == {"nouveau"}
    release.set()
    for thread in holders:
        thread.join(5)
    waiter.join(5)
    assert not waiter.is_alive(), "the waiting request hangs forever"
    assert served in ([{"ancien"}], [{"nouveau"}])  # one complete generation or the other
