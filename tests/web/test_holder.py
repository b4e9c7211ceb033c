"""The served index: pooled searchers, never two threads on one, and new generations picked up."""

from __future__ import annotations

import threading
from pathlib import Path

from search.build import build_index
from search.web.holder import POOL_SIZE, IndexHolder
from search.article import Article


def _build(root: Path, ids: list[str]) -> None:
    from search.store import IndexStore

    records = [Article(id=i, text=f"Texte {i}", title=i, origin=f"/virtual/{i}.txt", content_hash=i) for i in ids]
    build_index([Path("/virtual")], IndexStore(root), rebuild=True, records=records, extract=False)


def _ids(searcher) -> set[str]:
    return {doc["id"] for doc in searcher.documents()}


def test_a_new_generation_is_served_and_old_searchers_are_closed(tmp_path):
    _build(tmp_path, ["a"])
    holder = IndexHolder(tmp_path)
    with holder.searcher() as (_, old, first_key):
        assert _ids(old) == {"a"}
        _build(tmp_path, ["b"])  # published while a request still holds the old searcher
        with holder.searcher() as (_, new, second_key):
            assert _ids(new) == {"b"} and second_key != first_key
    assert old.is_closed  # returned to a retired pool: closed
    with holder.searcher() as (_, again, _key):
        assert again is new  # searchers are reused


def test_searchers_are_never_shared_by_two_threads(tmp_path):
    _build(tmp_path, ["a"])
    holder = IndexHolder(tmp_path)
    held, release, seen = threading.Barrier(POOL_SIZE + 1), threading.Event(), []

    def request() -> None:
        with holder.searcher() as (_, searcher, _key):
            seen.append(id(searcher))
            held.wait(5)
            release.wait(5)

    threads = [threading.Thread(target=request) for _ in range(POOL_SIZE)]
    for thread in threads:
        thread.start()
    held.wait(5)
    assert len(set(seen)) == POOL_SIZE  # each concurrent request has its own searcher
    release.set()
    for thread in threads:
        thread.join(5)
