"""The tuning set (tests/data/extract/tune): a verbatim copy of its corpus lines, and
annotations consistent with themselves and with the texts."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

TUNE = Path(__file__).resolve().parents[1] / "data" / "extract" / "tune"
CORPUS = Path("/work/shared/corpora/orangesum-dev.jsonl")
ARTICLES = [json.loads(line) for line in (TUNE / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_thirty_articles_each_annotated():
    assert len(ARTICLES) == 30
    assert {a["id"] for a in ARTICLES} == {p.stem for p in TUNE.glob("*.json")}


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_annotation_is_consistent(article):
    record = json.loads((TUNE / f"{article['id']}.json").read_text(encoding="utf-8"))
    full = _norm("\n\n".join(part for part in (article["title"], article["lede"], article["text"]) if part))
    assert (record["meta_date"], record["meta_source"]) == (article["date"], article["source"])
    for quote in record["quotes"]:
        assert _norm(quote["text"]) in full
        if quote["speaker_kind"] == "organisation":
            assert quote["speaker"] in record["organisations"]
    for kind in ("direct", "indirect"):
        persons = {q["speaker"] for q in record["quotes"] if q["kind"] == kind and q["speaker_kind"] == "person"}
        assert persons == set(record[f"speakers_{kind}"])
    assert not set(record["organisations"]) & set(record["speakers_direct"] + record["speakers_indirect"])


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not available")
def test_articles_follow_the_selection_rule():
    spec = importlib.util.spec_from_file_location("select_tune", TUNE / "select_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    chosen = module.select(CORPUS)
    assert "".join(line for _, line in chosen) == (TUNE / "articles.jsonl").read_text(encoding="utf-8")
    assert all((number - 1) % 487 not in (0, 243) for number, _ in chosen)  # no line of the evaluation set
