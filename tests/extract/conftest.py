"""Fixtures shared by the extraction tests: one spaCy recogniser per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from search.article import Article, Quote
from search.extract.entities import EntityRecognizer, shared_recognizer
from search.extract.quotes import entity_spans, find_quotes
from search.extract.structure_types import Structure, full_text


@pytest.fixture(scope="session")
def recognizer() -> EntityRecognizer:
    """The recogniser the pipeline uses (model loaded once)."""
    return shared_recognizer()


@pytest.fixture(scope="session")
def quotes_of(recognizer) -> Callable[..., list[Quote]]:
    """Quotes found in a text, with the pipeline's entities (``whole=True``: NER on the whole text)."""

    def run(
        text: str, title: str = "", lede: str = "", authors: tuple[str, ...] = (), whole: bool = False
    ) -> list[Quote]:
        article = Article(id="t", text=text, title=title, lede=lede)
        full = full_text(article)
        entities = recognizer([full])[0] if whole else recognizer.in_spans([(full, entity_spans(full))])[0]
        return find_quotes(article, Structure(byline_people=list(authors)), entities)

    return run
