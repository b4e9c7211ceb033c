"""The extraction chain: ``Article`` -> structure -> source, date, quotes, speakers, places.

Each step is a small function of the article (and of what earlier steps
found); named entities come from one spaCy pass per batch of articles.
``extract_stream`` runs the chain over a build's articles in worker processes,
skipping articles whose results are cached by content hash.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice

from search.article import Article
from search.extract.cache import ExtractionCache
from search.extract.dates import find_date
from search.extract.entities import EntityRecognizer, shared_recognizer
from search.extract.places import find_locations
from search.extract.quotes import entity_spans, find_quotes
from search.extract.source import find_source
from search.extract.structure import parse_structure
from search.extract.structure_types import Entity, full_text

#: Bump when any extractor changes what it finds: cached results of other versions are ignored.
EXTRACTOR_VERSION = 147
BATCH_SIZE = 32
#: What ``Extractor.load`` extracts to read every word list before workers are forked.
_WARM_UP = Article(id="warm-up", title="Essai", text='« Oui », a déclaré Jean Dupont lundi à Paris, selon l\'AFP.')


def extract_article(article: Article, entities: list[Entity]) -> Article:
    """Fill an article's extracted fields from its text and its named entities."""
    structure = parse_structure(article)
    article.byline = article.byline or structure.byline
    article.dateline = structure.dateline
    article.source = find_source(article, structure)
    article.date, article.date_precision = find_date(article, structure)
    article.quotes = find_quotes(article, structure, entities)
    people = [q.speaker for q in article.quotes if q.speaker_kind == "person"]
    article.speakers = list(dict.fromkeys(people))
    article.locations = find_locations(article, structure, entities)
    return article


class Extractor:
    """Runs the chain on batches of articles with one entity recogniser."""

    def __init__(self, recognizer: EntityRecognizer | None = None) -> None:
        self.recognizer = recognizer or EntityRecognizer()

    def __call__(self, articles: list[Article]) -> list[Article]:
        texts = [full_text(a) for a in articles]
        # Only the sentences that can name a speaker go through the recogniser
        # (about 1.5 times faster than whole texts); places come mostly from the gazetteer.
        entities = self.recognizer.in_spans([(text, entity_spans(text)) for text in texts])
        return [extract_article(a, e) for a, e in zip(articles, entities, strict=True)]

    def load(self) -> None:
        """Load the model and read the word lists now, by extracting a short article
        (worker processes forked after this share them instead of loading their own:
        about 5 seconds each on a two-core machine)."""
        self([Article(**_WARM_UP.__dict__)])


_process_extractor: Extractor | None = None


def process_extractor() -> Extractor:
    """This process's extractor, with the process's shared recogniser (loaded once)."""
    global _process_extractor
    if _process_extractor is None:
        _process_extractor = Extractor(shared_recognizer())
    return _process_extractor


def extract_articles(articles: list[Article]) -> list[Article]:
    """Extract a list of articles in this process (evaluation, tests, small jobs)."""
    return process_extractor()(articles)


def _extract_in_worker(articles: list[Article]) -> list[Article]:
    return process_extractor()(articles)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_stream(
    articles: Iterable[Article], cache: ExtractionCache | None = None, processes: int = 2
) -> Iterator[Article]:
    """Extract articles in order, in ``processes`` workers, with a bounded queue.

    Cached results are used as they are; fresh ones are stored in the cache.
    """

    def split(batch: list[Article]) -> tuple[list[Article], list[Article]]:
        if cache is None:
            return [], batch
        done, todo = [], []
        for article in batch:
            (done if cache.fill(article) else todo).append(article)
        return done, todo

    def merged(batch: list[Article], fresh: list[Article]) -> list[Article]:
        by_id = {a.id: a for a in fresh}
        if cache is not None:
            for article in fresh:
                cache.store(article)
        return [by_id.get(a.id, a) for a in batch]

    if processes <= 1:
        for batch in _batches(articles, BATCH_SIZE):
            _, todo = split(batch)
            yield from merged(batch, extract_articles(todo) if todo else [])
        return

    with ExitStack() as stack:
        pool = None
        pending: deque = deque()
        for batch in _batches(articles, BATCH_SIZE):
            _, todo = split(batch)
            if todo and pool is None:  # the first article to extract: load, then fork the workers
                process_extractor().load()
                pool = stack.enter_context(multiprocessing.get_context("fork").Pool(processes))
            pending.append((batch, pool.apply_async(_extract_in_worker, (todo,)) if todo else None))
            while len(pending) > 2 * processes:
                done_batch, result = pending.popleft()
                yield from merged(done_batch, result.get() if result else [])
        while pending:
            done_batch, result = pending.popleft()
            yield from merged(done_batch, result.get() if result else [])
