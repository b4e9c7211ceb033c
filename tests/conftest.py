"""Shared fixtures: real Whoosh indexes built on disk from small real corpora."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from search.article import Article, Quote
from search.build import build_index
from search.store import IndexStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def make_article(article_id: str, text: str, **fields) -> Article:
    """An article as a reader and the extractors would produce it."""
    return Article(id=article_id, text=text, origin=f"/virtual/{article_id}.txt", content_hash=f"h-{article_id}", **fields)


#: A small archive with every facet filled, for facet and filter tests.
NEWS = [
    make_article(
        "alep-1",
        "Les négociations sur l'évacuation d'Alep-Est ont repris à Genève, a déclaré John Kerry. "
        "Quelque 20 000 civils attendent toujours.",
        title="Reprise des négociations à Genève",
        source="Reuters", date=dt.date(2016, 12, 10), date_precision="day",
        speakers=["John Kerry", "Sergueï Lavrov"], locations=["Alep", "Genève"],
        quotes=[Quote("John Kerry", "les négociations sur l'évacuation ont repris", "indirect", "a déclaré", 0)],
    ),
    make_article(
        "alep-2",
        "Sergueï Lavrov a affirmé que l'évacuation des rebelles serait achevée. Les bus ont quitté Alep.",
        title="Moscou annonce la fin de l'évacuation",
        source="AFP", date=dt.date(2016, 12, 15), date_precision="day",
        speakers=["Sergueï Lavrov"], locations=["Alep", "Moscou"],
    ),
    make_article(
        "geneve-3",
        "Staffan de Mistura a réuni les délégations au palais des Nations à Genève pour une négociation.",
        title="Nouvelle session de pourparlers",
        source="AFP", date=dt.date(2017, 2, 23), date_precision="day",
        speakers=["Staffan de Mistura"], locations=["Genève"],
    ),
    make_article(
        "paris-4",
        "Jean-Marc Ayrault a reçu ses homologues à Paris ; l'aviation syrienne a poursuivi ses frappes.",
        title="Réunion des « affinitaires » à Paris",
        source="Reuters", date=dt.date(2016, 12, 1), date_precision="month",
        speakers=["Jean-Marc Ayrault"], locations=["Paris"],
    ),
    make_article(
        "sans-date-5",
        "Un texte sans date ni source qui parle d'œuvre et de culture à Lyon.",
        title="Culture",
    ),
]


@pytest.fixture(scope="session")
def news_store(tmp_path_factory) -> IndexStore:
    """A real index of ``NEWS``, built once for the session (treat as read-only)."""
    store = IndexStore(tmp_path_factory.mktemp("news") / "index")
    build_index([Path("/virtual")], store, rebuild=True, records=NEWS, extract=False)
    return store


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory) -> IndexStore:
    """A real index of the project's seeds/ folder (treat as read-only)."""
    store = IndexStore(tmp_path_factory.mktemp("seeds") / "index")
    build_index([SEEDS], store, rebuild=True)
    return store
