"""Full names written out in an article for a surname (``Étienne Guyot`` for ``M. Guyot``).

The recogniser may not have read the sentence that introduced a person, so a
surname-only speaker is looked up in the text itself: capitalized words right
before the surname that are not function words, roles or honorifics.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from search.extract.name_data import fold, honorifics, organisation_words, particles, person_nouns
from search.extract.name_keys import parse_name
from search.extract.quote_phrases import NAME_WORD, PREPOSITIONS

#: Capitalized words that start sentences or phrases and are never given names.
_NOT_GIVEN = frozenset(
    "le la les l un une des du de d ce cette ces son sa ses leur leurs mais et ou donc car or ni "
    "selon pour lors dans sur sous avec sans chez par après avant depuis pendant quand si il elle "
    "ils elles on nous vous je tu en au aux a à ainsi alors aussi encore enfin puis comme cependant "
    "toutefois interrogé interrogée invité invitée".split()
)


def _given_word(word: str) -> bool:
    folded = fold(word).rstrip(".")
    return not (
        folded in _NOT_GIVEN
        or folded in PREPOSITIONS
        or folded in person_nouns()
        or folded in honorifics()
        or folded in organisation_words()
        or word.isupper()
    )


def full_names_for(text: str, surname: str, exclude: Callable[[str], bool] = lambda name: False) -> list[str]:
    """Every ``Given [Given] Surname`` written in ``text`` whose surname key is ``surname``."""
    if not surname or surname.split()[-1] not in fold(text):
        return []
    names = []
    pattern = re.compile(rf"((?:{NAME_WORD}\s+){{1,2}})({NAME_WORD}(?:-{NAME_WORD})?)(?![\w-])")
    for match in pattern.finditer(text):
        given = match.group(1).split()
        while given and not _given_word(given[0]):
            given = given[1:]
        if not given or not all(_given_word(word) or fold(word) in particles() for word in given[1:]):
            continue
        name = " ".join([*given, match.group(2)])
        parts = parse_name(name)
        if parts.surname == surname and parts.is_full and not exclude(name):
            names.append(name)
    return names
