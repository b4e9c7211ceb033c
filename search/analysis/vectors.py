"""Stemmer test vectors: reading them and measuring agreement.

A vector file holds ``input<TAB>expected`` lines (``#`` starts a comment
line). The Snowball files (``snowball-french-*.tsv``) come from three versions
of the Snowball French stemmer; the Lucene files from Lucene's
``FrenchLightStemmer`` and ``FrenchMinimalStemmer`` tests.

Our pipeline folds before stemming, so agreement compares folded forms: a
vector counts as reproduced when ``stem(input) == fold(expected)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from search.analysis.folding import fold_word

#: Vector files by label, in the order reports list them.
VECTOR_FILES: dict[str, str] = {
    "snowball at-1d45f46": "snowball-french-at-1d45f46.tsv",
    "snowball at-9fa59c4": "snowball-french-at-9fa59c4.tsv",
    "snowball head-dc98645": "snowball-french-head-dc98645.tsv",
    "lucene light": "lucene-frlight.txt",
    "lucene minimal": "lucene-frminimal.txt",
}


def read_vectors(path: str | Path) -> list[tuple[str, str]]:
    """Return the (input, expected) pairs of a vector file."""
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) >= 2:
                pairs.append((fields[-2], fields[-1]))
    return pairs


def disagreements(
    stem: Callable[[str], str], pairs: Iterable[tuple[str, str]]
) -> list[tuple[str, str, str]]:
    """Return (input, folded expected, got) for every vector ``stem`` misses."""
    missed = []
    for word, expected in pairs:
        want = fold_word(expected)
        got = stem(word)
        if got != want:
            missed.append((word, want, got))
    return missed


def agreement(stem: Callable[[str], str], pairs: Iterable[tuple[str, str]]) -> float:
    """Share (0..1) of vectors for which ``stem(input) == fold(expected)``."""
    pairs = list(pairs)
    if not pairs:
        return 0.0
    return 1.0 - len(disagreements(stem, pairs)) / len(pairs)


def load_vector_dir(directory: str | Path) -> dict[str, list[tuple[str, str]]]:
    """Read every known vector file present in ``directory``, by label."""
    directory = Path(directory)
    found = {}
    for label, name in VECTOR_FILES.items():
        path = directory / name
        if path.exists():
            found[label] = read_vectors(path)
    return found
