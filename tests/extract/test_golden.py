"""The hand annotations of tests/data/extract are well-formed and match their articles.

Golden files annotate the seeds (``seeds/*.txt``); eval files annotate the
articles copied in ``eval/articles.jsonl``. See tests/data/extract/README.md.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import unicodedata
from pathlib import Path

import pytest

from search.extract.scoring import name_key, parse_iso, place_key

from search.extract.evaluate import EVAL, GOLDEN, ROOT, SEEDS
from search.extract.evaluate import EVAL_ARTICLES as ARTICLES

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum-dev.jsonl"

KEYS = {
    "id", "source", "date", "date_precision", "meta_source", "meta_date",
    "speakers_direct", "speakers_indirect", "organisations", "quotes", "locations", "notes",
}  # fmt: skip
QUOTE_KEYS = {"speaker", "kind", "text", "speaker_kind"}
ARTICLE_FIELDS = {"id", "title", "date", "source", "url", "lede", "text"}
TITLES = ("M. ", "Mme ", "Me ", "Mlle ", "Dr ", "Pr ")


def _load(folder: Path) -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}


def _articles() -> dict[str, dict]:
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    return {record["id"]: record for record in map(json.loads, lines)}


GOLDEN_FILES = _load(GOLDEN)
EVAL_FILES = _load(EVAL)
EVAL_ARTICLES = _articles()
ALL = {**{f"golden/{k}": v for k, v in GOLDEN_FILES.items()}, **{f"eval/{k}": v for k, v in EVAL_FILES.items()}}


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _full_text(name: str) -> str:
    """The annotated article's text: title, lede and body."""
    folder, article_id = name.split("/")
    if folder == "golden":
        return (SEEDS / f"{article_id}.txt").read_text(encoding="utf-8")
    record = EVAL_ARTICLES[article_id]
    return "\n\n".join(part for part in (record["title"], record["lede"], record["text"]) if part)


def test_golden_files_cover_exactly_the_seeds() -> None:
    assert sorted(GOLDEN_FILES) == sorted(path.stem for path in SEEDS.glob("*.txt"))


def test_eval_files_cover_exactly_the_copied_articles() -> None:
    assert len(EVAL_ARTICLES) >= 40
    assert sorted(EVAL_FILES) == sorted(EVAL_ARTICLES)


def test_copied_articles_are_complete_records() -> None:
    for line in ARTICLES.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert set(record) == ARTICLE_FIELDS, record["id"]
        assert len((record["lede"] or "") + (record["text"] or "")) >= 600, record["id"]
        assert not record["title"].rstrip().endswith("actualité automobile, infos, scoop"), record["id"]


@pytest.mark.parametrize("name", sorted(ALL))
def test_annotation_schema(name: str) -> None:
    record = ALL[name]
    assert set(record) == KEYS
    assert record["id"] == name.split("/")[1]
    assert record["source"] is None or (isinstance(record["source"], str) and record["source"].strip())
    date, precision = parse_iso(record["date"])
    assert record["date_precision"] == precision
    assert isinstance(record["meta_source"], str) and record["meta_source"]
    dt.date.fromisoformat(record["meta_date"])
    for field in ("speakers_direct", "speakers_indirect", "organisations", "locations"):
        values = record[field]
        assert isinstance(values, list) and all(isinstance(v, str) and v.strip() == v and v for v in values), field
        keys = [place_key(v) if field == "locations" else name_key(v) for v in values]
        assert len(keys) == len(set(keys)), f"{field} has duplicates: {values}"
    assert isinstance(record["notes"], str)
    for quote in record["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert quote["kind"] in ("direct", "indirect")
        assert quote["speaker_kind"] in ("person", "organisation")
        assert quote["speaker"].strip() and quote["text"].strip()


@pytest.mark.parametrize("name", sorted(ALL))
def test_speaker_lists_agree_with_quotes(name: str) -> None:
    record = ALL[name]
    persons = {"direct": set(), "indirect": set()}
    organisations = set()
    for quote in record["quotes"]:
        if quote["speaker_kind"] == "person":
            persons[quote["kind"]].add(quote["speaker"])
        else:
            organisations.add(quote["speaker"])
    assert persons["direct"] == set(record["speakers_direct"])
    assert persons["indirect"] == set(record["speakers_indirect"])
    assert organisations <= set(record["organisations"])


@pytest.mark.parametrize("name", sorted(ALL))
def test_no_speaker_is_both_person_and_organisation(name: str) -> None:
    record = ALL[name]
    people = {name_key(p) for p in record["speakers_direct"] + record["speakers_indirect"]}
    assert not people & {name_key(o) for o in record["organisations"]}
    assert not any(p.startswith(TITLES) for p in record["speakers_direct"] + record["speakers_indirect"])


@pytest.mark.parametrize("name", sorted(ALL))
def test_quotes_are_taken_from_the_article(name: str) -> None:
    text = _squash(_full_text(name))
    for quote in ALL[name]["quotes"]:
        assert _squash(quote["text"]) in text, quote["text"][:60]


@pytest.mark.parametrize("name", sorted(EVAL_FILES))
def test_eval_metadata_is_the_articles(name: str) -> None:
    record, article = EVAL_FILES[name], EVAL_ARTICLES[name]
    assert record["meta_source"] == article["source"]
    assert record["meta_date"] == article["date"]


@pytest.mark.parametrize("name", sorted(ALL))
def test_annotated_date_never_contradicts_metadata(name: str) -> None:
    record = ALL[name]
    date, precision = parse_iso(record["date"])
    if date is not None:
        assert record["meta_date"].startswith(record["date"])


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared OrangeSum corpus is not available")
def test_eval_set_follows_the_selection_rule() -> None:
    spec = importlib.util.spec_from_file_location("select_articles", EVAL / "select_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = CORPUS.read_text(encoding="utf-8").splitlines(keepends=True)
    chosen = module.selected_lines(lines)
    assert [raw.rstrip("\n") for _, raw in chosen] == ARTICLES.read_text(encoding="utf-8").splitlines()
