"""The spaCy entity recogniser: NER only, lazy, picklable, offsets into the given text."""

from __future__ import annotations

import pickle


from search.extract.entities import DEFAULT_MODEL, EntityRecognizer, shared_recognizer
from search.extract.structure_types import Entity


def test_model_is_loaded_lazily():
    fresh = EntityRecognizer()
    assert fresh.model == DEFAULT_MODEL == "fr_core_news_sm"
    assert fresh._nlp is None


def test_only_the_ner_component_runs(recognizer):
    assert recognizer.nlp.pipe_names == ["ner"]


def test_entities_have_labels_and_offsets(recognizer):
    text = "Le ministre Jean-Marc Ayrault a reçu à Paris les représentants de l'ONU."
    [entities] = recognizer([text])
    assert all(isinstance(e, Entity) and text[e.start : e.end] == e.text for e in entities)
    assert ("Jean-Marc Ayrault", "PER") in {(e.text, e.label) for e in entities}
    assert ("Paris", "LOC") in {(e.text, e.label) for e in entities}
    assert {e.label for e in entities} <= {"PER", "ORG", "LOC", "MISC"}


def test_batches_keep_the_order_of_texts(recognizer):
    texts = ["Sergueï Lavrov est arrivé à Genève.", "", "Angela Merkel a parlé à Berlin."]
    results = recognizer(texts)
    assert len(results) == 3 and results[1] == []
    assert "Sergueï Lavrov" in {e.text for e in results[0]}
    assert "Angela Merkel" in {e.text for e in results[2]}


def test_spans_are_read_alone_and_mapped_back(recognizer):
    text = "Titre sans nom\n\nLe président Emmanuel Macron a parlé.Le chef du Kremlin Vladimir Poutine a répondu."
    second = text.index("Le chef")
    spans = [(16, second), (second, len(text))]
    [entities] = recognizer.in_spans([(text, spans)])
    assert all(text[e.start : e.end] == e.text for e in entities)
    names = {e.text for e in entities if e.label == "PER"}
    assert {"Emmanuel Macron", "Vladimir Poutine"} <= names
    assert recognizer.in_spans([(text, [])]) == [[]]


def test_pickles_without_the_model(recognizer):
    copy = pickle.loads(pickle.dumps(recognizer))
    assert copy.model == recognizer.model and copy._nlp is None
    assert copy(["Angela Merkel a parlé."])[0] == recognizer(["Angela Merkel a parlé."])[0]


def test_shared_recognizer_is_one_per_model():
    assert shared_recognizer() is shared_recognizer(DEFAULT_MODEL)
