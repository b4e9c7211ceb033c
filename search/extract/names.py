"""One name per person: person keys and the canonical display name of every variant.

``canonical_names`` is pure and runs in near-linear time: names are grouped by
key, surname-only forms are looked up by surname, and near-identical spellings
are found by deletion blocking (see :mod:`search.extract.name_fuzzy`), so it
serves one article as well as a whole index (tens of thousands of names).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping

from search.extract.name_data import diminutive_pairs, fold, given_names, person_nouns, rare_given_names
from search.extract.name_fuzzy import near_pairs, within_one_edit
from search.extract.name_keys import NameParts, display_name, parse_name, person_key
from search.extract.place_gazetteer import is_demonym

__all__ = ["canonical_names", "person_key", "parse_name", "display_name"]

#: A surname carried by more full names (different given names) than this is common,
#: and never merged with another spelling on spelling alone.
RARE_SURNAME_MAX_NAMES = 2
#: Given names at least this long may differ by one edit and still be one person's.
MIN_GIVEN_LENGTH = 6
#: A surname alone stands for the full name mentioned this many times as often as any other.
DOMINANT = 3


class _Clusters:
    """Union-find over person keys."""

    def __init__(self, keys: list[str]) -> None:
        self.parent = {key: key for key in keys}

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _merge_near_spellings(full: dict[str, NameParts], clusters: _Clusters) -> None:
    """Merge full names with the same given names and near-identical rare surnames."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, parts in full.items():
        by_surname[parts.surname].append(key)
    for a, b in near_pairs(by_surname):
        if len(by_surname[a]) > RARE_SURNAME_MAX_NAMES or len(by_surname[b]) > RARE_SURNAME_MAX_NAMES:
            continue
        for key_a in by_surname[a]:
            for key_b in by_surname[b]:
                if full[key_a].given == full[key_b].given:
                    clusters.union(key_a, key_b)


def _merge_near_given_names(full: dict[str, NameParts], clusters: _Clusters) -> None:
    """Merge full names with the same rare surname and given names one edit apart
    (``Johana Rolland`` / ``Johanna Rolland``) or a short form and its full given name
    (``Doug Hurley`` / ``Douglas Hurley``, ``data/names_diminutives.tsv``)."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, parts in full.items():
        by_surname[parts.surname].append(key)
    for keys in by_surname.values():
        if not 2 <= len(keys) <= RARE_SURNAME_MAX_NAMES:
            continue
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                first, second = " ".join(full[a].given), " ".join(full[b].given)
                if (first, second) in diminutive_pairs() or (
                    min(len(first), len(second)) >= MIN_GIVEN_LENGTH and within_one_edit(first, second)
                ):
                    clusters.union(a, b)


def _merge_extended_names(full: dict[str, NameParts], clusters: _Clusters) -> None:
    """Merge a full name with the same name plus one leading word the recogniser took
    along (``Insoumise Danièle Obono`` / ``Danièle Obono``), when the surname is rare."""
    per_surname: dict[str, int] = defaultdict(int)
    for parts in full.values():
        per_surname[parts.surname] += 1
    for key, parts in full.items():
        if len(parts.given) >= 2 and per_surname[parts.surname] <= RARE_SURNAME_MAX_NAMES:
            shorter = NameParts(parts.given[1:], parts.surname).key
            if shorter in full:
                clusters.union(key, shorter)


def _attach_short_forms(
    short: dict[str, NameParts], full: dict[str, NameParts], clusters: _Clusters, counts: Mapping[str, int]
) -> None:
    """Attach each surname-only form to the one full name it can stand for, if exactly one,
    or to the one named ``DOMINANT`` times as often as each other (``Trump`` is Donald Trump
    in an article that names Ivanka Trump once); ``counts`` are mentions per key."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for key, parts in full.items():
        by_surname[parts.surname].add(key)
        by_first[parts.given[0]].add(key)
    near: dict[str, list[str]] = defaultdict(list)
    for a, b in near_pairs([*by_surname, *(p.surname for p in short.values())]):
        near[a].append(b)
        near[b].append(a)
    for key, parts in short.items():
        word = parts.surname
        candidates = {clusters.find(k) for k in by_surname.get(word, ())}
        if not candidates and parts.honorific:  # "Dr Tedros", "M. Xi"; a bare "Mehdi" stays apart
            candidates = {clusters.find(k) for k in by_first.get(word, ())}
        if not candidates:
            fuzzy = [k for other in near.get(word, ()) for k in by_surname.get(other, ())]
            if len(fuzzy) <= RARE_SURNAME_MAX_NAMES:
                candidates = {clusters.find(k) for k in fuzzy}
        if len(candidates) > 1:
            weight: Counter[str] = Counter()
            for other in by_surname.get(word, ()):
                weight[clusters.find(other)] += counts.get(other, 0)
            ranked = weight.most_common(2)
            if len(ranked) == 2 and ranked[0][1] >= DOMINANT * max(ranked[1][1], 1):
                candidates = {ranked[0][0]}
        if len(candidates) == 1:
            clusters.union(key, candidates.pop())


#: ``le`` or ``la`` in lower case opening a surname, not after ``de``: a slip (``Jean-Marie le Guen``,
#: ``Marine le Pen``); ``Jean de la Fontaine`` writes its particle so.
_MISCASED_ARTICLE = re.compile(r"(?<!\bde)(?<!\bd['’])\s(?:le|la)\s")


def _display_choice(spellings: Counter[str]) -> str:
    """A spelling whose first word is a common given name (``Christophe Castaner``, not the
    typo ``Cristophe``, a rare one) if any, else a rare one; one that writes ``Le`` of a surname
    in capitals (``Jean-Marie Le Guen``, not ``le Guen``); then the most frequent, the one with
    more accents, the first given."""
    order = {spelling: i for i, spelling in enumerate(spellings)}

    def rank(spelling: str) -> tuple[int, bool, int, int, int]:
        first = fold(spelling.split()[0].split("-")[0])
        tier = 2 if first not in given_names() else 1 if first in rare_given_names() else 0
        miscased = bool(_MISCASED_ARTICLE.search(spelling))
        return tier, miscased, -spellings[spelling], -sum(ord(ch) > 127 for ch in spelling), order[spelling]

    return min(spellings, key=rank)


def canonical_names(names: Mapping[str, int]) -> dict[str, str]:
    """Map every name variant (with its count) to one canonical display name.

    Same key => same person. A surname-only or title form (``M. Lavrov``,
    ``Lavrov``) goes to the full name with that surname when exactly one exists
    (an honorific with a given name, ``Dr Tedros``, to the one full name it starts).
    Full names whose long rare surnames differ by one edit (``Malahifji`` /
    ``Malahifdji``) merge when their given names are the same, full names with the
    same rare surname whose given names differ by one edit (``Johana`` / ``Johanna``)
    or are a short form and its full name (``Doug`` / ``Douglas``) merge, and so do a full
    name and the same with one more leading word (``Insoumise Danièle Obono``)
    when the surname is rare. The display name
    of a person is their most frequent full spelling (without honorific).
    """
    parsed = {name: parse_name(name) for name in names}
    by_key: dict[str, NameParts] = {}
    for parts in parsed.values():
        if parts.key:
            by_key.setdefault(parts.key, parts)
    full = {key: parts for key, parts in by_key.items() if parts.is_full}
    short = {key: parts for key, parts in by_key.items() if not parts.is_full}
    clusters = _Clusters(list(by_key))
    _merge_near_spellings(full, clusters)
    _merge_near_given_names(full, clusters)
    _merge_extended_names(full, clusters)
    key_counts: Counter[str] = Counter()
    for name, parts in parsed.items():
        key_counts[parts.key] += names[name]
    _attach_short_forms(short, full, clusters, key_counts)

    full_spellings: dict[str, Counter[str]] = defaultdict(Counter)
    any_spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for name, parts in parsed.items():
        if not parts.key:
            continue
        root = clusters.find(parts.key)
        shown = display_name(name)
        any_spellings[root][shown] += names[name]
        if parts.is_full:
            full_spellings[root][shown] += names[name]
    after_honorific = {display_name(name) for name, parts in parsed.items() if parts.honorific}
    shown: dict[str, str] = {}
    result: dict[str, str] = {}
    for name, parts in parsed.items():
        if not parts.key:
            result[name] = display_name(name)
            continue
        root = clusters.find(parts.key)
        if root not in shown:
            full = _without_surname_forms(full_spellings[root], after_honorific) if root in full_spellings else None
            shown[root] = _display_choice(full or any_spellings[root])
        result[name] = shown[root]
    return result


def _without_surname_forms(spellings: Counter[str], after_honorific: set[str]) -> Counter[str]:
    """The full spellings but those written after an honorific that end a longer one whose
    first word describes nobody: beside ``Moataz Abdel Fattah``, ``M. Abdel Fattah`` writes a
    surname of two words (beside ``Insoumise Danièle Obono``, ``Mme Danièle Obono`` stays)."""

    def extends(other: str, spelling: str) -> bool:
        extra = other[: -len(spelling)].split()
        return other.endswith(" " + spelling) and not any(
            fold(word) in person_nouns() or is_demonym(word) for word in extra
        )

    return Counter({
        spelling: count
        for spelling, count in spellings.items()
        if not (spelling in after_honorific and any(extends(other, spelling) for other in spellings))
    })
