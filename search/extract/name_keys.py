"""Person keys: one string per way of writing a person's name that varies only in form.

``Bachar al Assad``, ``Bachar al-Assad`` and ``Bachar Al-Assad`` share the key
``bachar assad``; ``Staffan de Mistura`` and ``Staffan De Mistura`` share
``staffan mistura``; ``M. Lavrov`` and ``Lavrov`` share ``lavrov``; ``Armin S.``
(a surname withheld) and ``Armin`` share ``armin``.

A key folds case and accents, drops honorifics (``M.``, ``Mme``, ``Dr``) and
particles (``al``, ``de``, ``van`` ...: their spelling varies between sources),
and reads hyphens as spaces (``Jean-Marc`` = ``Jean Marc``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from search.extract.name_data import fold, honorifics, particles

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})
_NOT_NAME = re.compile(r"[^\w\s'-]")
_HYPHENS = re.compile(r"[-‐‑–]")
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.")


@dataclass(frozen=True)
class NameParts:
    """A name taken apart: its given-name words and its surname (the last word), folded.

    ``honorific`` is the folded honorific that introduced the name (``m``, ``mme``) or "".
    A word written with hyphens stays one word (``jean marc``, ``saint exupery``).
    """

    given: tuple[str, ...]
    surname: str
    honorific: str = ""

    @property
    def key(self) -> str:
        """The person key: given words and surname joined by spaces."""
        return " ".join((*self.given, self.surname)).strip()

    @property
    def is_full(self) -> bool:
        """True when the name has a given name as well as a surname."""
        return bool(self.given) and bool(self.surname)


def _drop_particle_prefix(word: str) -> str:
    """``al-Assad`` -> ``Assad``, ``d'Estaing`` -> ``Estaing``, ``O'Neill`` -> ``ONeill``."""
    for separator in ("-", "'"):
        head, sep, rest = word.partition(separator)
        if sep and rest and fold(head) in particles():
            return _drop_particle_prefix(rest)
    return word.replace("'", "")


def _word_units(words: list[str]) -> list[str]:
    """The folded name words, particles removed unless nothing else would remain."""
    kept = [word for word in words if fold(word) not in particles()]
    if not kept:
        kept = words
    units = []
    for word in kept:
        unit = fold(_HYPHENS.sub(" ", _drop_particle_prefix(word)))
        unit = " ".join(_NOT_NAME.sub("", unit).split())
        if unit:
            units.append(unit)
    return units


@lru_cache(maxsize=1 << 14)
def parse_name(name: str) -> NameParts:
    """Take a person's name apart: honorific, given-name words and surname (cached: a
    name is compared many times)."""
    cleaned = name.translate(_APOSTROPHES).replace("\u00a0", " ").replace(".", ". ")
    words = [word for word in cleaned.split() if word.strip(",;:")]
    words = [word.strip(",;:") for word in words]
    honorific = ""
    known = honorifics()
    while len(words) > 1 and fold(words[0]).rstrip(".") in known:
        honorific = honorific or fold(words[0]).rstrip(".")
        words = words[1:]
    while len(words) > 1 and _INITIAL.fullmatch(words[-1]):
        words = words[:-1]  # "Liliane B.", "Armin S.": a surname withheld is no surname
    words = [word.rstrip(".") for word in words if word.rstrip(".")]
    units = _word_units(words)
    if not units:
        return NameParts((), "", honorific)
    return NameParts(tuple(units[:-1]), units[-1], honorific)


def person_key(name: str) -> str:
    """The key shared by every spelling of one person's name (see the module docstring)."""
    return parse_name(name).key


def display_name(name: str) -> str:
    """A name as written, without its honorific and extra spaces: ``M. Guyot`` -> ``Guyot``."""
    words = " ".join(name.split()).split(" ")
    known = honorifics()
    while len(words) > 1 and fold(words[0]).rstrip(".") in known:
        words = words[1:]
    return " ".join(words)
