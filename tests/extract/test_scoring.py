"""Tests for search.extract.scoring and the make eval command (search.extract.evaluate)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from search.article import Article, Quote
from search.extract import evaluate, scoring
from search.extract.scoring import (
    SetScore,
    below_floors,
    compare_sets,
    count_outcomes,
    date_outcome,
    dates_agree,
    format_date,
    micro_score,
    name_key,
    parse_iso,
    place_key,
    source_key,
    source_outcome,
)

D = dt.date

# ---------------------------------------------------------------- keys


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Emmanuel Macron", "emmanuel macron"),
        ("M. Macron", "macron"),
        ("Mme Adelkhah", "adelkhah"),
        ("Me Edouard Bourgin", "edouard bourgin"),
        ("Pr Fabrice Michel", "fabrice michel"),
        ("Jean-François  Bayart", "jean francois bayart"),
        ("JEAN FRANÇOIS BAYART", "jean francois bayart"),
        ("Gholamhossein Esmaïli", "gholamhossein esmaili"),
        ("Ahmad al‑Mesmari", "ahmad al mesmari"),  # non-breaking hyphen
        ("Éliane Houlette", "eliane houlette"),
        ("M.", "m"),  # a title alone is kept
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


def test_place_key_keeps_every_word() -> None:
    assert place_key("États-Unis") == place_key("Etats Unis") == "etats unis"
    assert place_key("Burkina-Faso") == place_key("Burkina Faso")
    assert place_key("Me") == "me"
    assert place_key("Côte d'Ivoire") == place_key("Côte d’Ivoire")


def test_source_key_knows_agency_spellings() -> None:
    assert source_key("Agence France-Presse") == source_key("AFP") == source_key("afp") == "afp"
    assert source_key("Reuters") == "reuters"
    assert source_key("Le Parisien") == "le parisien"


# ---------------------------------------------------------------- sets


def test_set_score_measures() -> None:
    score = SetScore(tp=3, fp=1, fn=2)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert SetScore().precision == SetScore().recall == 1.0
    assert SetScore(fp=2).f1 == 0.0
    assert SetScore(1, 2, 3) + SetScore(4, 5, 6) == SetScore(5, 7, 9)
    assert SetScore(1, 1, 0).as_dict() == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0, "f1": 0.6667}


def test_compare_sets_by_key_and_counts_duplicates_once() -> None:
    diff = compare_sets(
        ["M. Macron", "Emmanuel Macron", "emmanuel macron", "Donald Trump", ""],
        ["Emmanuel Macron", "Jean-François Bayart"],
    )
    assert diff.matched == ("Emmanuel Macron",)
    assert diff.missed == ("Jean-François Bayart",)
    assert diff.spurious == ("Donald Trump", "M. Macron")
    assert diff.score == SetScore(tp=1, fp=2, fn=1)


def test_micro_score_sums_before_dividing() -> None:
    pairs = [
        (["A B"], ["A B"]),  # 1 tp
        ([], ["C D", "E F", "G H"]),  # 3 fn
        (["I J"], []),  # 1 fp
    ]
    score = micro_score(pairs)
    assert score == SetScore(tp=1, fp=1, fn=3)
    assert score.precision == 0.5
    assert score.recall == 0.25


# ---------------------------------------------------------------- source and date


@pytest.mark.parametrize(
    ("found", "expected", "outcome"),
    [
        ("AFP", "AFP", "correct"),
        ("Agence France-Presse", "AFP", "correct"),
        ("Reuters", "AFP", "wrong"),
        ("AFP", None, "wrong"),  # the text names no source: a guess is wrong
        (None, "AFP", "unknown"),
        ("  ", "AFP", "unknown"),
        (None, None, "none"),
    ],
)
def test_source_outcome(found, expected, outcome) -> None:
    assert source_outcome(found, expected) == outcome


def test_parse_and_format_dates() -> None:
    assert parse_iso("2020-06-19") == (D(2020, 6, 19), "day")
    assert parse_iso("2020-06") == (D(2020, 6, 1), "month")
    assert parse_iso(None) == (None, "unknown")
    with pytest.raises(ValueError):
        parse_iso("19/06/2020")
    assert format_date(D(2020, 6, 19), "day") == "2020-06-19"
    assert format_date(D(2020, 6, 19), "month") == "2020-06"
    assert format_date(D(2020, 6, 19), "unknown") is None
    assert format_date(None, "day") is None


def test_dates_agree_at_the_coarser_precision() -> None:
    assert dates_agree(D(2020, 6, 19), "day", D(2020, 6, 1), "month")
    assert not dates_agree(D(2020, 6, 19), "day", D(2020, 6, 18), "day")
    assert not dates_agree(D(2020, 7, 1), "month", D(2020, 6, 19), "day")


@pytest.mark.parametrize(
    ("found", "found_p", "expected", "expected_p", "meta", "outcome"),
    [
        (D(2020, 6, 19), "day", D(2020, 6, 19), "day", D(2020, 6, 19), "correct"),
        (D(2020, 6, 1), "month", D(2020, 6, 19), "day", D(2020, 6, 19), "correct"),
        (D(2020, 6, 18), "day", D(2020, 6, 19), "day", None, "wrong"),
        (None, "unknown", D(2020, 6, 19), "day", D(2020, 6, 19), "unknown"),
        (None, "unknown", None, "unknown", D(2020, 6, 19), "none"),
        (D(2020, 6, 19), "unknown", None, "unknown", None, "none"),  # a date without precision is no date
        # the text fixes no date: agreeing with the metadata is a lucky guess, contradicting it is wrong
        (D(2016, 10, 1), "month", None, "unknown", D(2016, 10, 17), "extra"),
        (D(2016, 10, 15), "day", None, "unknown", D(2016, 10, 17), "wrong"),
        (D(2016, 10, 15), "day", None, "unknown", None, "wrong"),
        # contradicting the metadata is wrong even when the annotation agrees at month precision
        (D(2020, 6, 18), "day", D(2020, 6, 1), "month", D(2020, 6, 19), "wrong"),
    ],
)
def test_date_outcome(found, found_p, expected, expected_p, meta, outcome) -> None:
    assert date_outcome(found, found_p, expected, expected_p, meta) == outcome


def test_count_outcomes() -> None:
    counts = count_outcomes(["correct", "none", "none"])
    assert counts == {"correct": 1, "wrong": 0, "unknown": 0, "none": 2, "extra": 0}
    with pytest.raises(ValueError):
        count_outcomes(["bad"])


def test_below_floors() -> None:
    scores = {
        "eval": {
            "speakers_direct": {"precision": 0.8, "recall": 0.5, "f1": 0.61},
            "locations": {"precision": 0.9, "recall": 0.9, "f1": 0.9},
            "source": {"wrong": 0},
            "date": {"wrong": 2},
        }
    }
    floors = {"_comment": "ignored", "eval": {"speakers_direct": {"recall": 0.6, "precision": 0.8}}}
    failures = below_floors(scores, floors)
    assert failures == ["eval: speakers_direct recall 0.500 < floor 0.600", "eval: 2 wrong date(s) (must be 0)"]
    assert below_floors({"eval": {"speakers_direct": {"precision": 0, "recall": 0, "f1": 0}}}, {}) == []


# ---------------------------------------------------------------- make eval


def _annotation(article_id: str) -> dict:
    """An article's annotation, from whichever set holds it (ids are unique across sets)."""
    folders = [evaluate.GOLDEN, *(evaluate.DATA / name for name in evaluate.CORPUS_SETS)]
    path = next(folder / f"{article_id}.json" for folder in folders if (folder / f"{article_id}.json").exists())
    return json.loads(path.read_text(encoding="utf-8"))


def perfect(articles: list[Article]) -> list[Article]:
    """An extractor that returns the annotations themselves."""
    for article in articles:
        record = _annotation(article.id)
        article.quotes = [
            Quote(q["speaker"], q["text"], q["kind"], speaker_kind=q["speaker_kind"]) for q in record["quotes"]
        ]
        article.locations = list(record["locations"])
        article.source = record["source"]
        article.date, article.date_precision = parse_iso(record["date"])
    return articles


def test_corpus_sets_are_read_without_metadata() -> None:
    sizes = {"eval": 44, "tune": 30, **{f"tune{n}": 40 for n in range(2, 30)}}
    for name, size in sizes.items():
        articles, annotations = evaluate.load_set(name)
        assert len(articles) == len(annotations) == size
        assert all(a.source is None and a.date is None and a.date_precision == "unknown" for a in articles)
    seeds, golden = evaluate.load_set("seeds")
    assert len(seeds) == len(golden) == 5


def test_the_sets_share_no_article() -> None:
    ids = [article.id for name in evaluate.SETS for article in evaluate.load_set(name)[0]]
    assert len(ids) == len(set(ids)) == 5 + 30 + 56 * 40 + 44


def test_perfect_extraction_scores_one_and_passes() -> None:
    out = io.StringIO()
    status = evaluate.run(extract=perfect, floors={}, as_json=True, out=out)
    report = json.loads(out.getvalue())
    assert status == 0 and report["failures"] == []
    for set_name in evaluate.SETS:
        scores = report["scores"][set_name]
        for metric in scoring.SET_METRICS:
            assert scores[metric]["f1"] == 1.0
            assert scores[metric]["fp"] == scores[metric]["fn"] == 0
        assert scores["source"]["wrong"] == scores["date"]["wrong"] == 0
        assert scores["source"]["unknown"] == 0


def test_empty_extraction_fails_positive_floors_only() -> None:
    out = io.StringIO()
    assert evaluate.run(extract=lambda articles: articles, floors={}, out=out) == 0
    assert "speakers (direct)" in out.getvalue() and "PASS" in out.getvalue()
    floors = {"eval": {"locations": {"recall": 0.5}}}
    out = io.StringIO()
    assert evaluate.run(sets=["eval"], extract=lambda articles: articles, floors=floors, out=out) == 1
    assert "eval: locations recall 0.000 < floor 0.500" in out.getvalue()


def test_a_guessed_source_or_contradicted_date_fails() -> None:
    def guess(articles: list[Article]) -> list[Article]:
        for article in articles:
            article.source = "AFP"
            article.date, article.date_precision = D(1999, 1, 1), "day"
        return articles

    out = io.StringIO()
    assert evaluate.run(sets=["eval"], extract=guess, floors={}, verbose=True, out=out) == 1
    text = out.getvalue()
    assert "wrong source(s)" in text and "wrong date(s)" in text
    assert "date wrong: found '1999-01-01'" in text


def test_verbose_lists_each_articles_errors() -> None:
    def drop_first_location(articles: list[Article]) -> list[Article]:
        perfect(articles)
        for article in articles:
            article.locations = article.locations[1:] + ["Atlantide"]
        return articles

    out = io.StringIO()
    evaluate.run(sets=["seeds"], extract=drop_first_location, floors={}, verbose=True, out=out)
    text = out.getvalue()
    assert "001_orangesum-13092" in text
    assert "locations: missed Italie" in text
    assert "locations: spurious Atlantide" in text


def test_missing_pipeline_is_a_clear_error(monkeypatch, capsys) -> None:
    monkeypatch.setattr(evaluate, "PIPELINE", "search.extract.no_such_pipeline")
    assert evaluate.run(floors={}) == 2
    assert "does not exist yet" in capsys.readouterr().err


def test_articles_missing_from_the_extraction_are_an_error(capsys) -> None:
    assert evaluate.run(sets=["seeds"], extract=lambda articles: articles[1:], floors={}) == 2
    assert "returned no article" in capsys.readouterr().err


def test_floors_file_has_every_set_and_metric() -> None:
    floors = evaluate.load_floors()
    for set_name in evaluate.SETS:
        for metric in scoring.SET_METRICS:
            assert set(floors[set_name][metric]) == set(scoring.MEASURES)
            assert all(0.0 <= value <= 1.0 for value in floors[set_name][metric].values())


def test_speakers_of_either_kind_count_each_person_once() -> None:
    """What the speaker facet lists: a person quoted both ways is one speaker, one quoted only
    indirectly is a speaker too."""
    article = Article(id="x", title="", text="")
    article.quotes = [
        Quote(speaker="Anne Hidalgo", text="...", kind="direct"),
        Quote(speaker="Anne Hidalgo", text="...", kind="indirect"),
        Quote(speaker="Rachida Dati", text="...", kind="indirect"),
        Quote(speaker="OMS", text="...", kind="direct", speaker_kind="organisation"),
    ]
    annotation = {
        "speakers_direct": ["Anne Hidalgo"],
        "speakers_indirect": ["Anne Hidalgo", "Valérie Pécresse"],
        "locations": [],
        "source": None,
        "date": None,
    }
    diff = evaluate.compare_article(article, annotation).sets["speakers_any"]
    assert (diff.score.tp, diff.score.fp, diff.score.fn) == (1, 1, 1)
    assert diff.missed == ("Valérie Pécresse",) and diff.spurious == ("Rachida Dati",)
