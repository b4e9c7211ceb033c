"""Named entities (PER, ORG, LOC, MISC) with spaCy's French models.

Only the ``ner`` component is run: in ``fr_core_news_sm`` and ``_md`` it has its
own token-to-vector layer, so the tagger, parser, lemmatizer and shared
``tok2vec`` are excluded, which makes it about twice as fast as the full
pipeline (500 OrangeSum articles, 2 cores: 25 -> 50 articles/s). The parser's
one effect on NER is that entities never cross its sentence boundaries: on
whole articles, about 5% of entities differ, nearly all around sentences glued
without a space (``juillet.Enfants``). ``EntityRecognizer.in_spans`` reads
sentences one by one, which has the same effect as the parser; with the spans
``search.extract.quotes.entity_spans`` selects (the sentences quotations need)
it reads about 80 articles/s.

``fr_core_news_sm`` is the default: for quotation speakers it scores as well as
``fr_core_news_md`` (direct-speech speakers F1 0.74 against 0.73 on the 44
annotated evaluation articles; with version 110's rules, 0.925 against 0.923 on
the 41 tuning sets) and reads the quotation spans faster (80 against 70
articles/s); it is also the model the project depends on.

The model is loaded on first use, from the installed model package (no network).
A recogniser pickles without its loaded model: each worker process that
receives one loads its own copy on first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from search.extract.structure_types import Entity, Span

DEFAULT_MODEL = "fr_core_news_sm"
#: Components not needed for NER in spaCy's French pipelines.
EXCLUDED_COMPONENTS = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")
#: Texts per ``nlp.pipe`` batch: the recogniser reads sentences, for which 64 measured about
#: a fifth faster than 16 (300 dev articles, one process).
BATCH_SIZE = 64
LABELS = ("PER", "ORG", "LOC", "MISC")


class EntityRecognizer:
    """Callable that finds named entities in texts, loading its spaCy model lazily."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE) -> None:
        self.model = model
        self.batch_size = batch_size
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline with only its ``ner`` component (loaded on first use)."""
        if self._nlp is None:
            import spacy

            self._nlp = spacy.load(self.model, exclude=list(EXCLUDED_COMPONENTS))
        return self._nlp

    def __getstate__(self) -> dict[str, Any]:
        return {"model": self.model, "batch_size": self.batch_size, "_nlp": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __call__(self, texts: Sequence[str]) -> list[list[Entity]]:
        """The entities of each text, offsets relative to that text."""
        results = []
        for doc in self.nlp.pipe(texts, batch_size=self.batch_size):
            results.append([Entity(ent.text, ent.label_, ent.start_char, ent.end_char) for ent in doc.ents])
        return results

    def in_spans(self, items: Sequence[tuple[str, Sequence[Span]]]) -> list[list[Entity]]:
        """For each ``(text, spans)``, the entities found in those spans of ``text``.

        Each span is read on its own (one sentence, say) and all spans of all
        texts are batched together; offsets in the result index into ``text``.
        """
        pieces = [
            (index, start, text[start:end])
            for index, (text, spans) in enumerate(items)
            for start, end in spans
            if end > start
        ]
        found = self([piece for _, _, piece in pieces])
        results: list[list[Entity]] = [[] for _ in items]
        for (index, offset, _), entities in zip(pieces, found, strict=True):
            results[index].extend(Entity(e.text, e.label, e.start + offset, e.end + offset) for e in entities)
        return results


_SHARED: dict[str, EntityRecognizer] = {}


def shared_recognizer(model: str = DEFAULT_MODEL) -> EntityRecognizer:
    """One recogniser per model and process (for callers and tests that load it once)."""
    if model not in _SHARED:
        _SHARED[model] = EntityRecognizer(model)
    return _SHARED[model]
