"""The annotated fixture articles of ``tests/data/extract/quotes``: every quotation
found, with its speaker, kind, verb and words; nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search.article import Article, Quote
from search.extract.entities import shared_recognizer
from search.extract.quotes import entity_spans, find_quotes
from search.extract.structure_types import Structure, full_text

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "data" / "extract" / "quotes").glob("*.json"))


def _matches(quote: Quote, expected: dict) -> bool:
    words = quote.text == expected["text"] if expected["kind"] == "direct" else quote.text.startswith(expected["text"])
    return words and (quote.speaker, quote.kind, quote.speaker_kind) == (
        expected["speaker"],
        expected["kind"],
        expected["speaker_kind"],
    )


def _run(path: Path) -> tuple[dict, list[Quote], str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    article = Article(**data["article"])
    text = full_text(article)
    entities = shared_recognizer().in_spans([(text, entity_spans(text))])[0]
    return data, find_quotes(article, Structure(byline_people=data["authors"]), entities), text


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_quotes(path):
    data, quotes, text = _run(path)
    expected = list(data["expected"])
    for quote in quotes:
        assert text[quote.start : quote.start + len(quote.text)] == quote.text
        found = [e for e in expected if _matches(quote, e)]
        assert found, f"unexpected quote: {quote}"
        assert quote.verb == found[0]["verb"]
        expected.remove(found[0])
    assert not expected, f"missed: {expected}"
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_non_quotes(path):
    data, quotes, _ = _run(path)
    found = {q.text for q in quotes}
    assert not found & set(data["not_quotes"])


def test_fixtures_cover_the_patterns():
    kinds = set()
    for path in FIXTURES:
        for item in json.loads(path.read_text(encoding="utf-8"))["expected"]:
            kinds.add((item["kind"], item["speaker_kind"]))
            kinds.add(item["verb"])
    assert {
        ("direct", "person"),
        ("direct", "organisation"),
        ("indirect", "person"),
        ("indirect", "organisation"),
    } <= kinds
    assert {"selon", "d'après", "a-t-il ajouté", "a-t-elle déclaré", ":"} <= kinds
