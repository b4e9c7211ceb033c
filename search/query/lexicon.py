"""One field's vocabulary as arrays: prefix and fuzzy expansion without scanning in Python.

Whoosh expands ``Kery~`` by computing an edit distance in Python against every
word of the field (about a second at 100,000 articles) and does it again to
highlight. Here the words of a generation are loaded once, grouped by length
as code-point matrices, and the Damerau-Levenshtein distance (Whoosh's
variant: adjacent transpositions count one) is computed for all words of a
length at once with numpy. Prefixes are a binary search in the sorted words.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np
from whoosh.reading import IndexReader


@dataclass(frozen=True)
class _SameLength:
    """The words of one length: their numbers and code points (one row per word)."""

    numbers: np.ndarray  # int32
    codes: np.ndarray  # int32, shape (words, length)


def _distances(word: str, codes: np.ndarray) -> np.ndarray:
    """Damerau-Levenshtein (optimal string alignment) distance from ``word`` to each row of ``codes``."""
    count, length = codes.shape
    target = np.array([ord(c) for c in word], dtype=np.int32)
    two_ago: np.ndarray | None = None
    one_ago = np.tile(np.arange(length + 1, dtype=np.int32), (count, 1))
    for i in range(1, len(target) + 1):
        row = np.empty((count, length + 1), dtype=np.int32)
        row[:, 0] = i
        for j in range(1, length + 1):
            differs = (codes[:, j - 1] != target[i - 1]).astype(np.int32)
            best = np.minimum(np.minimum(one_ago[:, j] + 1, row[:, j - 1] + 1), one_ago[:, j - 1] + differs)
            if two_ago is not None and j > 1:
                swapped = (codes[:, j - 1] == target[i - 2]) & (codes[:, j - 2] == target[i - 1]) & (differs == 1)
                best = np.where(swapped, np.minimum(best, two_ago[:, j - 2] + 1), best)
            row[:, j] = best
        two_ago, one_ago = one_ago, row
    return one_ago[:, length]


class FieldLexicon:
    """The words of one field in one generation, with their document frequencies."""

    def __init__(self, reader: IndexReader, fieldname: str) -> None:
        fieldobj = reader.schema[fieldname]
        frequency: dict[bytes, int] = {}
        for segment, _ in reader.leaf_readers():  # one sequential pass per segment, no lookups
            if fieldname in segment.indexed_field_names():
                for btext, info in segment.iter_field(fieldname):
                    frequency[btext] = frequency.get(btext, 0) + info.doc_frequency()
        ordered = sorted(frequency)
        self.words = [fieldobj.from_bytes(btext) for btext in ordered]  # in the index's order
        self.frequencies = np.array([frequency[btext] for btext in ordered], dtype=np.int64)
        words = self.words
        lengths = np.array([len(w) for w in words], dtype=np.int32)
        self._by_length: dict[int, _SameLength] = {}
        for length in np.unique(lengths).tolist():
            numbers = np.flatnonzero(lengths == length).astype(np.int32)
            joined = "".join(words[n] for n in numbers).encode("utf-32-le")
            codes = np.frombuffer(joined, dtype=np.int32).reshape(len(numbers), length)
            self._by_length[length] = _SameLength(numbers, codes)

    def starting_with(self, prefix: str) -> np.ndarray:
        """Numbers of the words beginning with ``prefix``."""
        first = bisect.bisect_left(self.words, prefix)
        last = bisect.bisect_left(self.words, prefix + "\U0010ffff")
        return np.arange(first, last, dtype=np.int32)

    def within(self, word: str, maxdist: int, prefixlength: int = 0) -> np.ndarray:
        """Numbers of the words at most ``maxdist`` edits from ``word`` sharing its first ``prefixlength`` letters."""
        found: list[np.ndarray] = []
        for length in range(max(1, len(word) - maxdist), len(word) + maxdist + 1):
            group = self._by_length.get(length)
            if group is None:
                continue
            codes, numbers = group.codes, group.numbers
            if prefixlength:
                prefix = np.array([ord(c) for c in word[:prefixlength]], dtype=np.int32)
                same = np.all(codes[:, : len(prefix)] == prefix, axis=1) if len(prefix) <= length else np.zeros(len(codes), bool)
                codes, numbers = codes[same], numbers[same]
            if len(numbers):
                found.append(numbers[_distances(word, codes) <= maxdist])
        return np.sort(np.concatenate(found)) if found else np.empty(0, dtype=np.int32)

    def most_frequent(self, numbers: np.ndarray, limit: int) -> list[str]:
        """The ``limit`` most frequent of the given words (ties: alphabetical), most frequent first."""
        order = np.lexsort((numbers, -self.frequencies[numbers]))[:limit]
        return [self.words[n] for n in numbers[order]]
