"""The hand annotations of tests/data/extract are well-formed and match their articles.

Golden files annotate the seeds (``seeds/*.txt``); the corpus sets (``tune``, ``tune2``,
``eval``) annotate the articles copied in ``<set>/articles.jsonl``, chosen from the
OrangeSum corpus by the rules of ``select_articles.py``. See tests/data/extract/README.md.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import unicodedata
from pathlib import Path

import pytest

from search.extract.evaluate import CORPUS_SETS, DATA, GOLDEN, ROOT, SEEDS
from search.extract.scoring import name_key, parse_iso, place_key

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum-dev.jsonl"
SIZES = {"tune": 30, **{f"tune{n}": 40 for n in range(2, 58)}, "eval": 44}

KEYS = {
    "id", "source", "date", "date_precision", "meta_source", "meta_date",
    "speakers_direct", "speakers_indirect", "organisations", "quotes", "locations", "notes",
}  # fmt: skip
QUOTE_KEYS = {"speaker", "kind", "text", "speaker_kind"}
ARTICLE_FIELDS = {"id", "title", "date", "source", "url", "lede", "text"}
TITLES = ("M. ", "Mme ", "Me ", "Mlle ", "Dr ", "Pr ")


def _load(folder: Path) -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}


def _articles(name: str) -> dict[str, dict]:
    lines = (DATA / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return {record["id"]: record for record in map(json.loads, lines)}


GOLDEN_FILES = _load(GOLDEN)
SET_FILES = {name: _load(DATA / name) for name in CORPUS_SETS}
SET_ARTICLES = {name: _articles(name) for name in CORPUS_SETS}
ALL = {
    **{f"golden/{k}": v for k, v in GOLDEN_FILES.items()},
    **{f"{name}/{k}": v for name, files in SET_FILES.items() for k, v in files.items()},
}
CORPUS_FILES = sorted(name for name in ALL if not name.startswith("golden/"))


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _full_text(name: str) -> str:
    """The annotated article's text: title, lede and body."""
    folder, article_id = name.split("/")
    if folder == "golden":
        return (SEEDS / f"{article_id}.txt").read_text(encoding="utf-8")
    record = SET_ARTICLES[folder][article_id]
    return "\n\n".join(part for part in (record["title"], record["lede"], record["text"]) if part)


def _selection_module():
    spec = importlib.util.spec_from_file_location("select_articles", DATA / "select_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_golden_files_cover_exactly_the_seeds() -> None:
    assert sorted(GOLDEN_FILES) == sorted(path.stem for path in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("name", CORPUS_SETS)
def test_set_files_cover_exactly_the_copied_articles(name: str) -> None:
    assert len(SET_ARTICLES[name]) == SIZES[name]
    assert sorted(SET_FILES[name]) == sorted(SET_ARTICLES[name])


@pytest.mark.parametrize("name", CORPUS_SETS)
def test_copied_articles_are_complete_records(name: str) -> None:
    for record in SET_ARTICLES[name].values():
        assert set(record) == ARTICLE_FIELDS, record["id"]
        assert len((record["lede"] or "") + (record["text"] or "")) >= 600, record["id"]
        assert not record["title"].rstrip().endswith("actualité automobile, infos, scoop"), record["id"]


@pytest.mark.parametrize("name", sorted(ALL))
def test_annotation_schema(name: str) -> None:
    record = ALL[name]
    assert set(record) == KEYS
    assert record["id"] == name.split("/")[1]
    assert record["source"] is None or (isinstance(record["source"], str) and record["source"].strip())
    _, precision = parse_iso(record["date"])
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


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_set_metadata_is_the_articles(name: str) -> None:
    folder, article_id = name.split("/")
    record, article = ALL[name], SET_ARTICLES[folder][article_id]
    assert record["meta_source"] == article["source"]
    assert record["meta_date"] == article["date"]


@pytest.mark.parametrize("name", sorted(ALL))
def test_annotated_date_never_contradicts_metadata(name: str) -> None:
    record = ALL[name]
    date, _ = parse_iso(record["date"])
    if date is not None:
        assert record["meta_date"].startswith(record["date"])


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared OrangeSum corpus is not available")
@pytest.mark.parametrize("name", CORPUS_SETS)
def test_set_follows_its_selection_rule(name: str) -> None:
    module = _selection_module()
    lines = CORPUS.read_text(encoding="utf-8").splitlines(keepends=True)
    chosen = module.selected_lines(lines, module.RULES[name])
    assert [raw.rstrip("\n") for _, raw in chosen] == (DATA / name / "articles.jsonl").read_text(
        encoding="utf-8"
    ).splitlines()


#: A corpus of 20,288 lines every rule may take, to see which lines each takes.
FAKE_CORPUS = ['{"title": "t", "lede": "", "text": "x \\" y' + " z" * 400 + '"}\n'] * 20288


def test_selection_rules_share_no_line() -> None:
    module = _selection_module()
    chosen = {name: {number for number, _ in module.selected_lines(FAKE_CORPUS, module.RULES[name])} for name in SIZES}
    earlier = chosen["tune"] | chosen["tune2"] | chosen["tune3"] | chosen["eval"]
    later = chosen["tune4"] | chosen["tune5"] | chosen["tune6"] | chosen["tune7"]
    for n in range(10, 38):  # every later set avoids all the sets before it
        assert not chosen[f"tune{n}"] & (earlier | later | set().union(*(chosen[f"tune{m}"] for m in range(8, n))))
    assert not chosen["tune9"] & (earlier | later | chosen["tune8"])
    assert not chosen["tune8"] & (earlier | later)
    assert not chosen["tune7"] & (earlier | chosen["tune4"] | chosen["tune5"] | chosen["tune6"])
    assert not chosen["tune6"] & (earlier | chosen["tune4"] | chosen["tune5"])
    assert not chosen["tune5"] & (earlier | chosen["tune4"])
    assert not chosen["tune4"] & earlier
    assert not chosen["tune3"] & (chosen["tune"] | chosen["tune2"] | chosen["eval"])
    assert not chosen["tune2"] & (chosen["tune"] | chosen["eval"])
    assert not chosen["tune"] & chosen["eval"]


def test_the_sets_read_last_take_no_line_of_the_dev_articles_read_while_rules_are_made() -> None:
    module = _selection_module()
    for n in range(21, 38):
        numbers = [number for number, _ in module.selected_lines(FAKE_CORPUS, module.RULES[f"tune{n}"])]
        assert len(numbers) == 40 and min(numbers) >= 7000


def test_the_sets_read_last_avoid_every_earlier_set_and_the_dev_slices_read_while_rules_are_made() -> None:
    module = _selection_module()
    chosen = {name: {number for number, _ in module.selected_lines(FAKE_CORPUS, module.RULES[name])} for name in SIZES}
    for n in range(46, 58):
        earlier = set().union(*(numbers for name, numbers in chosen.items() if name != f"tune{n}" and _rank(name) < n))
        assert len(chosen[f"tune{n}"]) == 40 and not chosen[f"tune{n}"] & earlier
        assert all(number >= 7000 and number % 10 != 4 for number in chosen[f"tune{n}"])
    for n in range(50, 58):  # dev slices 5 and 7 are read too from extractor version 120
        assert all(number % 10 not in (6, 8) for number in chosen[f"tune{n}"])


def _rank(name: str) -> int:
    """The order in which a set's rule was written: ``tune<n>`` is n, the first three sets come first."""
    return int(name[4:] or 1) if name.startswith("tune") else 0
