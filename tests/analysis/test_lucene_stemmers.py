"""Tests for search.analysis.lucene_stemmers (the ports used for comparison)."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.analysis.lucene_stemmers import lucene_light_stem, lucene_minimal_stem
from search.analysis.vectors import read_vectors

STEMMERS = {
    "FrenchLightStemFilter": lucene_light_stem,
    "FrenchMinimalStemFilter": lucene_minimal_stem,
}


def test_lucene_unit_test_examples(data_dir: Path) -> None:
    """Every example of Lucene's TestFrench{Light,Minimal}StemFilter."""
    lines = (data_dir / "stemmer_examples.tsv").read_text("utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert len(rows) == 85
    for name, word, expected in rows:
        assert STEMMERS[name](word) == expected, (name, word)


@pytest.mark.parametrize(
    ("file", "stem"),
    [("lucene-frlight.txt", lucene_light_stem), ("lucene-frminimal.txt", lucene_minimal_stem)],
)
def test_ports_reproduce_the_lucene_vectors_exactly(file: str, stem, data_dir: Path) -> None:
    pairs = read_vectors(data_dir / file)
    assert len(pairs) > 1000
    missed = [(w, e, stem(w)) for w, e in pairs if stem(w) != e]
    assert missed == []


def test_short_words_are_left_alone() -> None:
    assert lucene_minimal_stem("chats") == "chats"
    assert lucene_light_stem("x") == "x"
