"""Text helpers for place names: folding keys, word tokens, capitalisation, display forms.

A place *key* ignores case, accents and punctuation: ``Genève``, ``GENEVE`` and
``geneve`` share the key ``geneve``; ``Alep-Est`` and ``Alep Est`` share ``alep est``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# A word is a run of letters; hyphens, apostrophes and spaces separate words.
WORD_RE = re.compile(r"[^\W\d_]+")
_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")
APOSTROPHES = "'’ʼ`´"
# Lower-case words inside French place names ("Saint-Jean-de-Luz", "Côte d'Ivoire").
PARTICLES = frozenset(
    "de du des la le les l d sur sous en et lès lez aux au à a el al ez ed di da del".split()
)
ARTICLES = ("le ", "la ", "les ", "l'")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII transliteration: ``Écosse`` -> ``ecosse``, ``Œ`` -> ``oe``."""
    return unidecode(text).lower()


def place_key(name: str) -> str:
    """The matching key of a place name: case, accents and punctuation ignored.

    >>> place_key("Alep-Est") == place_key("ALEP EST") == "alep est"
    True
    """
    return _NON_ALNUM_RE.sub(" ", fold(name)).strip()


def words(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the words of ``text``."""
    return [m.span() for m in WORD_RE.finditer(text)]


def is_capitalised(word: str) -> bool:
    """True when a word starts with an upper-case letter."""
    return word[:1].isupper()


def is_all_caps(word: str) -> bool:
    """True for a word of two or more letters written in capitals (``GENEVE``)."""
    return len(word) > 1 and word.isupper()


def normalise_apostrophes(text: str) -> str:
    """Typographic apostrophes replaced by the plain one."""
    for mark in APOSTROPHES[1:]:
        text = text.replace(mark, "'")
    return text


def _title_word(word: str, first: bool) -> str:
    lower = word.lower()
    if not first and lower in PARTICLES:
        return lower
    return lower[:1].upper() + lower[1:]


def display_form(name: str) -> str:
    """A place name as written, with capitals undone: ``SAINT-JEAN-DE-LUZ`` -> ``Saint-Jean-de-Luz``.

    Names that are not written in capitals are only trimmed.
    """
    name = " ".join(normalise_apostrophes(name).split()).strip(" ,.;:-")
    if not any(is_all_caps(name[s:e]) for s, e in words(name)):
        return name
    parts = re.split(r"([\s\-']+)", name)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
        else:
            out.append(_title_word(part, first=(i == 0)))
    return "".join(out)


def strip_article(name: str) -> str:
    """A name without its leading French article: ``la France`` -> ``France``; else unchanged."""
    lowered = name.lower()
    for article in ARTICLES:
        if lowered.startswith(article) and len(name) > len(article):
            return name[len(article) :].lstrip()
    return name
