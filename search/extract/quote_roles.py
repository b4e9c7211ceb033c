"""Roles as descriptors: a role's head noun and the words of its complement, and whether two
roles name the same position (``le député de Paris`` is not ``le député de l'Essonne``)."""

from __future__ import annotations

import re

from search.extract.name_data import fold

_OF = re.compile(r"\b(?:de|du|des|d['’])\s*", re.IGNORECASE)
_COMPLEMENT_WORD = re.compile(r"[\w-]{4,}")
#: Words of a complement are compared by their first letters (``Ukraine``, ``ukrainien``).
_STEM = 5


def role_descriptor(head: str, extension: str) -> str:
    """A role's head noun and the words of its ``de`` complement, capitalized ones (names of
    places and bodies) marked so: ``depute|Esson`` for ``le député de l'Essonne``,
    ``president|centr memoi`` for ``le président du centre de la mémoire``."""
    of = _OF.search(extension)
    found = _COMPLEMENT_WORD.findall(extension[of.end() :]) if of else []
    words = [_fold(w)[:_STEM].capitalize() if w[0].isupper() else _fold(w)[:_STEM] for w in found]
    return f"{head}|{' '.join(words)}" if words else head


def _complement(descriptor: str) -> tuple[str, set[str], set[str]]:
    head, _, words = descriptor.partition("|")
    return head, {w.lower() for w in words.split()}, {w.lower() for w in words.split() if w[0].isupper()}


def role_match(descriptor: str, other: str) -> int:
    """How well two descriptors name the same role: 0 not at all (another head noun, or
    names that differ: ``le député de Paris`` is not ``le député de l'Essonne``), 2 when
    their complements share a word, else 1."""
    head, words, names = _complement(descriptor)
    other_head, other_words, other_names = _complement(other)
    if head != other_head or (names and other_names and not names & other_names):
        return 0
    return 2 if words & other_words else 1


def _fold(word: str) -> str:
    return fold(word.replace("’", "'"))
