"""Extraction results are cached by content hash and extractor version."""

from __future__ import annotations

import datetime as dt

from search.article import Article, Quote
from search.extract.cache import ExtractionCache


def _extracted() -> Article:
    return Article(
        id="a", text="t", content_hash="hash-1", source="AFP", date=dt.date(2016, 12, 10),
        date_precision="day", byline="Laila Bassam", dateline="ALEP (Reuters) -",
        speakers=["John Kerry"], locations=["Alep"],
        quotes=[Quote("John Kerry", "Nous avançons", "direct", "a dit", 5, "person")],
    )


def test_stored_results_fill_a_fresh_article_after_reopening(tmp_path):
    cache = ExtractionCache(tmp_path / "c.sqlite", version=1)
    cache.store(_extracted())
    cache.close()
    fresh = Article(id="a", text="t", content_hash="hash-1")
    reopened = ExtractionCache(tmp_path / "c.sqlite", version=1)
    assert reopened.fill(fresh)
    assert fresh == _extracted()


def test_other_hash_or_version_is_a_miss(tmp_path):
    cache = ExtractionCache(tmp_path / "c.sqlite", version=1)
    cache.store(_extracted())
    cache.flush()
    assert not cache.fill(Article(id="a", text="t", content_hash="hash-2"))
    assert not ExtractionCache(tmp_path / "c.sqlite", version=2).fill(Article(id="a", text="t", content_hash="hash-1"))
