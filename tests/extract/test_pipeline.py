"""The whole extraction chain on agency-style articles, in one process and in workers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from search.article import Article
from search.extract.cache import ExtractionCache
from search.extract.entities import shared_recognizer
from search.extract.pipeline import EXTRACTOR_VERSION, extract_articles, extract_stream, process_extractor
from search.ingest import read_sources

STRUCTURE = Path(__file__).resolve().parents[1] / "data" / "extract" / "structure"


@pytest.fixture(scope="module")
def reuters() -> Article:
    [article] = [a for a in read_sources([STRUCTURE / "reuters_alep.txt"]) if isinstance(a, Article)]
    return article


def test_chain_fills_every_extracted_field(reuters):
    [article] = extract_articles([reuters])
    assert article.source == "Reuters"
    assert (article.date, article.date_precision) == (dt.date(2016, 12, 10), "day")
    assert article.byline == "Laila Bassam et John Davison"
    assert article.dateline.startswith("ALEP, Syrie, 10 décembre (Reuters)")
    assert "Sergueï Lavrov" in article.speakers
    assert "Abou Mohammed" in article.speakers
    # The people who wrote the story are never speakers.
    assert not {"Laila Bassam", "John Davison", "Tom Perry", "Jean-Philippe Lefief"} & set(article.speakers)
    assert {"Alep", "Syrie", "Idlib"} <= set(article.locations)
    kinds = {q.speaker_kind for q in article.quotes}
    assert "organisation" in kinds and "person" in kinds


def test_metadata_wins_over_the_text(reuters):
    given = Article(**{**reuters.__dict__, "id": "meta", "source": "Le Monde", "date": dt.date(2016, 12, 11), "date_precision": "day"})
    [article] = extract_articles([given])
    assert (article.source, article.date) == ("Le Monde", dt.date(2016, 12, 11))


def test_stream_in_workers_keeps_order_and_fills_the_cache(reuters, tmp_path):
    articles = [Article(**{**reuters.__dict__, "id": f"a{n}", "content_hash": f"h{n}"}) for n in range(40)]
    cache = ExtractionCache(tmp_path / "cache.sqlite", EXTRACTOR_VERSION)
    streamed = list(extract_stream(articles, cache, processes=2))
    cache.flush()
    assert [a.id for a in streamed] == [f"a{n}" for n in range(40)]
    assert all(a.source == "Reuters" and "Sergueï Lavrov" in a.speakers for a in streamed)

    again = [Article(**{**reuters.__dict__, "id": f"a{n}", "content_hash": f"h{n}", "source": None}) for n in range(3)]
    assert all(cache.fill(a) for a in again)  # cached: no extraction needed
    assert again[0].speakers == streamed[0].speakers


def test_one_extractor_per_process_loaded_before_workers_fork():
    """``extract_articles`` and forked workers share one extractor whose model ``load`` reads at once."""
    extractor = process_extractor()
    assert process_extractor() is extractor
    extractor.load()
    assert extractor.recognizer.nlp is shared_recognizer().nlp
    assert extractor.recognizer._nlp is not None
