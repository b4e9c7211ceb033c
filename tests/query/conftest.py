"""An index with several segments and deleted documents, to compare array evaluation with Whoosh."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from whoosh import index as whoosh_index

from search.article import Article
from search.document import to_index_document
from search.schema import build_schema

WORDS = (
    "président gouvernement Genève négociation évacuation Alep rebelles ministre que le la les de des "
    "un une réforme santé masque vaccin école élections député Paris Moscou Lyon accord crise"
).split()
SPEAKERS = ("Sergueï Lavrov", "John Kerry", "Staffan de Mistura", "Angela Merkel", "Jean Castex")
PLACES = ("Alep", "Genève", "Paris", "Moscou", "Lyon", "Berlin")
SOURCES = ("AFP", "Reuters", "Le Monde", None)


def _article(number: int, rng: random.Random) -> Article:
    words = [rng.choice(WORDS) for _ in range(rng.randint(5, 60))]
    return Article(
        id=f"doc-{number}",
        title=" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 7))),
        text=" ".join(words),
        source=rng.choice(SOURCES),
        date=dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 1500)) if rng.random() < 0.9 else None,
        date_precision="day",
        speakers=rng.sample(SPEAKERS, rng.randint(0, 3)),
        locations=rng.sample(PLACES, rng.randint(0, 3)),
        origin=f"/virtual/{number}.txt",
        content_hash=f"h-{number}",
    )


@pytest.fixture(scope="session")
def segmented_index(tmp_path_factory) -> whoosh_index.Index:
    """About 600 random articles over three segments, some deleted (treat as read-only)."""
    rng = random.Random(20261121)
    ix = whoosh_index.create_in(str(tmp_path_factory.mktemp("segmented")), build_schema())
    for batch in range(3):
        writer = ix.writer()
        for number in range(batch * 200, batch * 200 + 200):
            writer.add_document(**to_index_document(_article(number, rng)))
        writer.commit(merge=False)
    writer = ix.writer()
    for number in range(3, 600, 7):
        writer.delete_by_term("id", f"doc-{number}")
    writer.commit(merge=False)
    return ix
