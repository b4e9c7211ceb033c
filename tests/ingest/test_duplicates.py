"""Refusing ids already read, naming where."""

from __future__ import annotations

import os

from search.article import Article, Skipped
from search.ingest.duplicates import DuplicateFilter, display_path


def test_first_kept_later_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = Article(id="x", text="a", origin=str(tmp_path / "seeds" / "a.txt"), size=10)
    again = Article(id="x", text="b", origin=str(tmp_path / "more.jsonl"), line=7, size=20)
    other = Article(id="y", text="c", origin=str(tmp_path / "more.jsonl"), line=8)
    dedup = DuplicateFilter()
    assert dedup.check(first) is first
    assert dedup.check(other) is other
    refused = dedup.check(again)
    assert refused == Skipped(
        origin=str(tmp_path / "more.jsonl"),
        reason=f"identifiant en double : déjà lu dans seeds{os.sep}a.txt",
        line=7,
        size=20,
    )


def test_display_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert display_path(str(tmp_path / "d" / "f.jsonl"), 3) == os.path.join("d", "f.jsonl") + ":3"
    assert display_path("/elsewhere/f.txt") == "/elsewhere/f.txt"
