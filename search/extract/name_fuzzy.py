"""Near-identical spellings of one long, rare word (``malahifji`` / ``malahifdji``).

Candidates are found by symmetric deletion blocking: two words within one edit
of each other share the word itself or a one-letter deletion of it, so only
words that share such a variant are ever compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

#: Words shorter than this are never merged on spelling alone.
MIN_FUZZY_LENGTH = 7


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` becomes ``b`` by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def _variants(word: str) -> set[str]:
    """The word and every one-letter deletion of it."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def near_pairs(words: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of distinct words (each at least ``MIN_FUZZY_LENGTH`` long) within one edit."""
    buckets: dict[str, set[str]] = defaultdict(set)
    for word in set(words):
        if len(word) >= MIN_FUZZY_LENGTH and " " not in word:
            for variant in _variants(word):
                buckets[variant].add(word)
    pairs: set[tuple[str, str]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if within_one_edit(a, b):
                    pairs.add((a, b))
    return sorted(pairs)
