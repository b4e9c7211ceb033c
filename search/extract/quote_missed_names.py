"""Speakers the recogniser did not see at all: a known given name and a capitalized surname
in the incise after a quotation (``"...", a ironisé sur Twitter l'eurodéputée LFI Manon
Aubry.`` gives no entity).

Only there, where a person is expected, outside every entity found, and only where
nothing says the two words name something else: a street or a school (``rue Victor Hugo``),
a place, a longer capitalized name, a common word (``Affaire``), a given name as surname.
"""

from __future__ import annotations

import re

from search.extract.name_data import fold, folded_words, given_names, is_given_word
from search.extract.place_gazetteer import load_gazetteer
from search.extract.quote_names import plain_given_word
from search.extract.structure_types import Entity

_UPPER_WORD = r"[A-ZÀ-Þ][a-zà-ÿ]+"
#: A given name and a surname (compound ones too), not inside a longer capitalized run.
_GIVEN_AND_SURNAME = re.compile(
    rf"(?<![\w'’.-])({_UPPER_WORD}(?:-{_UPPER_WORD})?)[^\S\n]+({_UPPER_WORD}(?:-{_UPPER_WORD})?)"
    r"(?![\w'’-]|[^\S\n]+[A-ZÀ-Þ])"
)
#: The incise after a closing quotation mark: a comma, then words up to the sentence's end.
_INCISE = re.compile(r"[^\S\n]*,[^.!?;:\n«»\"“”]{3,150}")


def incise_persons(text: str, entities: list[Entity], closes: list[int]) -> list[Entity]:
    """``entities`` with a ``PER`` entity for each given name and surname that no entity
    covers in the incise right after a closing quotation mark (offsets in ``closes``)."""
    taken = [(e.start, e.end) for e in entities]
    found = []
    for close in closes:
        incise = _INCISE.match(text, close + 1)
        if incise is None:
            continue
        for match in _GIVEN_AND_SURNAME.finditer(text, incise.start(), incise.end()):
            overlaps = any(start < match.end() and match.start() < end for start, end in taken)
            if not overlaps and _names_a_person(match, text):
                found.append(Entity(match.group(), "PER", match.start(), match.end()))
    return sorted(entities + found, key=lambda e: e.start) if found else entities


def _names_a_person(match: re.Match[str], text: str) -> bool:
    given, surname = match.group(1), match.group(2)
    before = text[max(0, match.start() - 30) : match.start()].split()
    if before and fold(before[-1]) in folded_words("names_not_given.txt"):  # "rue Victor Hugo"
        return False
    return (
        is_given_word(given)
        and plain_given_word(given)
        and plain_given_word(surname)
        and fold(surname) not in given_names()
        and load_gazetteer().lookup(surname) is None
        and load_gazetteer().lookup(match.group()) is None
    )
