"""Scores of extraction against hand annotations: pure functions, no I/O.

Names (speakers, places) are compared by a normalised key: case and accents
folded, hyphens, apostrophes and spaces made one space, a leading title
(M., Mme, Me, Dr...) dropped. Sets are scored by precision, recall and F1,
micro-averaged over articles (true and false positives summed first).

Source and date are single values. Each article gives one outcome:

``correct``  the value found is the annotated one;
``wrong``    a value is found that the text does not support: another value than
             the annotated one, a value where the text fixes none, or (dates) a
             date that contradicts the metadata date;
``unknown``  nothing found although the text fixes a value;
``none``     nothing found and the text fixes nothing (the right abstention);
``extra``    (dates only) a date found where the text fixes none, that agrees with
             the metadata date: a lucky guess, counted apart, not wrong.

A run passes only when no outcome is ``wrong``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from unidecode import unidecode

#: Titles dropped before a person's name ("M. Macron", "Me Bourgin", "Pr Michel").
TITLES = frozenset(
    {"m", "mm", "mme", "mmes", "mlle", "me", "dr", "pr", "mgr", "monsieur", "madame", "mademoiselle", "maitre"}
)
#: Spellings of the same agency or outlet, by key.
SOURCE_ALIASES = {
    "agence france presse": "afp",
    "france presse": "afp",
    "associated press": "ap",
    "reuters": "reuters",
    "agence reuters": "reuters",
}
OUTCOMES = ("correct", "wrong", "unknown", "none", "extra")
PRECISIONS = ("day", "month", "unknown")

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015'\u2019`.,;:()\"]+")


def name_key(name: str, *, titles: bool = True) -> str:
    """The comparison key of a name: ``"M. Jean-François Bayart"`` -> ``"jean francois bayart"``.

    With ``titles`` (the default) a leading title such as M., Mme or Me is
    dropped, unless it is the whole name.
    """
    words = [word for word in _SEPARATORS.split(unidecode(name).casefold()) if word]
    if titles:
        while len(words) > 1 and words[0] in TITLES:
            words = words[1:]
    return " ".join(words)


def place_key(name: str) -> str:
    """The comparison key of a place: like ``name_key`` but keeps every word."""
    return name_key(name, titles=False)


def source_key(name: str) -> str:
    """The comparison key of a source: ``"Agence France-Presse"`` and ``"AFP"`` give ``"afp"``."""
    key = name_key(name, titles=False)
    return SOURCE_ALIASES.get(key, key)


# ---------------------------------------------------------------- sets


@dataclass(frozen=True)
class SetScore:
    """True positives, false positives and false negatives, with P, R and F1.

    Precision is 1.0 when nothing was found and recall 1.0 when nothing was
    expected, so that an empty article neither helps nor hurts a micro-average.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: SetScore) -> SetScore:
        return SetScore(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class SetDiff:
    """One article's comparison: names found and expected, missed, and found in excess."""

    matched: tuple[str, ...]
    missed: tuple[str, ...]  # expected, not found (false negatives, as annotated)
    spurious: tuple[str, ...]  # found, not expected (false positives, as found)

    @property
    def score(self) -> SetScore:
        return SetScore(len(self.matched), len(self.spurious), len(self.missed))


def _by_key(names: Iterable[str], key) -> dict[str, str]:
    """First spelling of each key, blank names left out."""
    keyed: dict[str, str] = {}
    for name in names:
        k = key(name)
        if k and k not in keyed:
            keyed[k] = name
    return keyed


def compare_sets(found: Iterable[str], expected: Iterable[str], key=name_key) -> SetDiff:
    """Compare two sets of names by ``key``; duplicates (same key) count once."""
    got, want = _by_key(found, key), _by_key(expected, key)
    return SetDiff(
        matched=tuple(sorted(want[k] for k in want.keys() & got.keys())),
        missed=tuple(sorted(want[k] for k in want.keys() - got.keys())),
        spurious=tuple(sorted(got[k] for k in got.keys() - want.keys())),
    )


def micro_score(pairs: Iterable[tuple[Iterable[str], Iterable[str]]], key=name_key) -> SetScore:
    """Micro-averaged score over (found, expected) pairs, one pair per article."""
    total = SetScore()
    for found, expected in pairs:
        total = total + compare_sets(found, expected, key).score
    return total


# ---------------------------------------------------------------- source


def source_outcome(found: str | None, expected: str | None) -> str:
    """Outcome of one article's source (see the module docstring)."""
    found = found if found and found.strip() else None
    if expected is None:
        return "none" if found is None else "wrong"
    if found is None:
        return "unknown"
    return "correct" if source_key(found) == source_key(expected) else "wrong"


# ---------------------------------------------------------------- dates


def parse_iso(value: str | None) -> tuple[dt.date | None, str]:
    """An annotated date: ``"2020-06-19"`` (day), ``"2020-06"`` (month) or None (unknown)."""
    if value is None:
        return None, "unknown"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value), "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dt.date.fromisoformat(value + "-01"), "month"
    raise ValueError(f"not an ISO date (YYYY-MM-DD or YYYY-MM): {value!r}")


def format_date(date: dt.date | None, precision: str) -> str | None:
    """A date as written in annotations: the ISO prefix its precision fixes."""
    if date is None or precision == "unknown":
        return None
    return date.isoformat()[: 10 if precision == "day" else 7]


def _coarser(a: str, b: str) -> str:
    return a if PRECISIONS.index(a) >= PRECISIONS.index(b) else b


def dates_agree(a: dt.date, a_precision: str, b: dt.date, b_precision: str) -> bool:
    """Whether two dates agree at the coarser of their precisions (day or month)."""
    precision = _coarser(a_precision, b_precision)
    if precision == "unknown":
        return True
    return format_date(a, precision) == format_date(b, precision)


def date_outcome(
    found: dt.date | None,
    found_precision: str,
    expected: dt.date | None,
    expected_precision: str,
    meta: dt.date | None = None,
) -> str:
    """Outcome of one article's date (see the module docstring).

    ``meta`` is the date the corpus metadata gives (day precision); a date found
    must never contradict it. Without ``meta``, a date found where none is
    annotated is ``wrong``: it cannot be checked.
    """
    if found is None or found_precision == "unknown":
        return "none" if expected is None or expected_precision == "unknown" else "unknown"
    if meta is not None and not dates_agree(found, found_precision, meta, "day"):
        return "wrong"
    if expected is None or expected_precision == "unknown":
        return "extra" if meta is not None else "wrong"
    return "correct" if dates_agree(found, found_precision, expected, expected_precision) else "wrong"


def count_outcomes(outcomes: Iterable[str]) -> dict[str, int]:
    """Count outcomes; every outcome name is present, zero when absent."""
    counts = Counter(outcomes)
    unknown_names = set(counts) - set(OUTCOMES)
    if unknown_names:
        raise ValueError(f"unknown outcomes: {sorted(unknown_names)}")
    return {name: counts.get(name, 0) for name in OUTCOMES}


# ---------------------------------------------------------------- floors

SET_METRICS = ("speakers_direct", "speakers_indirect", "speakers_any", "locations")
VALUE_METRICS = ("source", "date")
MEASURES = ("precision", "recall", "f1")


def below_floors(scores: dict, floors: dict) -> list[str]:
    """What fails: a set score under its floor, or any wrong source or date.

    ``scores`` is ``{set_name: {"speakers_direct": {"precision": ..}, ..,
    "source": {"wrong": ..}, ..}}`` and ``floors`` has the same shape with
    the floor of each measure (missing floors count as 0.0).
    """
    failures = []
    for set_name, metrics in scores.items():
        set_floors = floors.get(set_name, {})
        for metric in SET_METRICS:
            if metric not in metrics:
                continue
            for measure in MEASURES:
                floor = set_floors.get(metric, {}).get(measure, 0.0)
                value = metrics[metric][measure]
                if value + 1e-9 < floor:
                    failures.append(f"{set_name}: {metric} {measure} {value:.3f} < floor {floor:.3f}")
        for metric in VALUE_METRICS:
            wrong = metrics.get(metric, {}).get("wrong", 0)
            if wrong:
                failures.append(f"{set_name}: {wrong} wrong {metric}(s) (must be 0)")
    return failures
