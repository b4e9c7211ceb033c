"""Tests for search.analysis.evaluate (the stemmer comparison script)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search.analysis import french_analyzer
from search.analysis.evaluate import (
    MUST_NOT_CONFLATE,
    SHOULD_CONFLATE,
    accent_consistency,
    candidates,
    class_agreement,
    corpus_vocabulary,
    evaluate,
    format_table,
    main,
    pair_scores,
    same_term,
)
from search.analysis.folding import fold_word

CHOSEN = "snowball+repair+exceptions (chosen)"


def test_pair_lists_are_small_and_distinct() -> None:
    assert 30 <= len(SHOULD_CONFLATE) <= 50
    assert 10 <= len(MUST_NOT_CONFLATE) <= 30
    assert not set(SHOULD_CONFLATE) & set(MUST_NOT_CONFLATE)


def test_chosen_candidate_is_what_the_analyzer_does() -> None:
    chosen = candidates()[CHOSEN]
    analyzer = french_analyzer()
    for pair in SHOULD_CONFLATE + MUST_NOT_CONFLATE:
        for word in pair:
            assert [t.text for t in analyzer(word)] in ([chosen(word)], []), word


def test_same_term_checks_unaccented_spellings() -> None:
    stem_then_fold = candidates()["snowball stem-then-fold"]
    assert same_term(stem_then_fold, "chat", "chats")
    # sécurité -> secur but securite -> securit: a user typing without accents misses
    assert not same_term(stem_then_fold, "sécurité", "sécurités")
    assert same_term(candidates()[CHOSEN], "sécurité", "sécurités")


def test_pair_scores_of_the_chosen_stemmer() -> None:
    recall, apart = pair_scores(candidates()[CHOSEN])
    assert recall >= 0.95
    assert apart >= 0.6
    assert pair_scores(fold_word) == (0.0, pytest.approx(16 / 19))


def test_corpus_measures(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    docs = [
        {"id": "1", "title": "Sécurité", "lede": "", "text": "La sécurité, securite 20 000"},
        {"id": "2", "title": "Élections", "text": "élections election"},
    ]
    corpus.write_text("\n".join(json.dumps(d) for d in docs) + "\n", "utf-8")
    vocab = corpus_vocabulary(corpus)
    assert vocab == {"sécurité": 2, "la": 1, "securite": 1, "élections": 2, "election": 1}
    assert corpus_vocabulary(corpus, limit=1) == {"sécurité": 2, "la": 1, "securite": 1}
    chosen = candidates()[CHOSEN]
    assert accent_consistency(chosen, vocab) == 1.0
    assert accent_consistency(candidates()["snowball stem-then-fold"], vocab) == 0.5
    words = ["chat", "chats", "chien"]
    assert class_agreement(chosen, chosen, words) == (1.0, 1.0)
    assert class_agreement(fold_word, chosen, words) == (0.0, 0.0)


def test_evaluate_on_bundled_vectors(data_dir: Path) -> None:
    rows = evaluate(data_dir, None, None)
    assert [row["name"] for row in rows] == list(candidates())
    chosen = rows[0]
    assert chosen["snowball head-dc98645"] > 0.97
    assert "accents" not in chosen
    table = format_table(rows)
    assert table.splitlines()[0].startswith("| stemmer | recall | apart |")
    assert len(table.splitlines()) == 2 + len(rows)


def test_main_prints_a_table(data_dir: Path, capsys) -> None:
    main(["--vectors", str(data_dir), "--no-corpus"])
    out = capsys.readouterr().out
    assert CHOSEN in out and "| stemmer |" in out
