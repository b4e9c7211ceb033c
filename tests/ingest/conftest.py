"""Paths to the ingest fixtures (tests/data/ingest)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
TEXT = DATA / "text"
JSONL = DATA / "jsonl" / "articles.jsonl"
PAGES = {
    "auto": DATA / "orangesum-3767.html",
    "afp": DATA / "orangesum-10172.html",
    "6medias": DATA / "orangesum-27345.html",
}


@pytest.fixture
def data_dir() -> Path:
    """The fixture folder (read-only: copy files to ``tmp_path`` to change them)."""
    return DATA
