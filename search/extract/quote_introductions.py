"""A person introduced by an apposition after the name: ``Barbara Mensah, âgée de 70 ans``.

Feature stories introduce the person they quote in an apposition, often as an
object or after a colon (``le tabloïd a interrogé cette femme, Barbara Mensah, âgée de
70 ans``; ``c'est le même rituel: Gertrud Schop, une Allemande de 60 ans, allume ...``),
then quote her with a pronoun (``elle dit : "..."``, ``assure-t-elle``). Such a
person is the one later pronouns point back to, as a subject is. The apposition
gives one person's age (``35 ans``, ``âgée de 70 ans``, not ``âgées de``), a word of
``person_introductions.txt`` (``connue pour``), or a nationality, alone or after a people noun or role
(``une Allemande de 60 ans``, ``universitaire turque``).
"""

from __future__ import annotations

import re
from functools import cache

from search.extract.name_data import fold, folded_words, person_nouns
from search.extract.place_gazetteer import load_gazetteer
from search.extract.place_text import place_key
from search.extract.quote_phrases import PREPOSITIONS, word_before

_APPOSITION = re.compile(r"\s*,\s*(?:(?:une|un|le|la)\s+|l['’]\s*)?(?P<words>[^,.;:!?«»\"]{1,60})")
_AGE = re.compile(r"(?:\w+\s+de\s+)?\d{1,3}\s+ans\b")
_PLURAL_AGE = re.compile(r"âgée?s\b", re.IGNORECASE)
_NOT_AFTER = (PREPOSITIONS - {"comme"}) | {"et", "ou"}


@cache
def _introducing_words() -> frozenset[str]:
    return folded_words("person_introductions.txt")


def _nationality(word: str) -> bool:
    return place_key(word) in load_gazetteer().demonyms  # every form: turc, turque, turcs


def introduces_person(text: str, start: int, end: int) -> bool:
    """True when the name at ``start:end`` is followed by an apposition that introduces
    a person: an age, ``connu(e) pour``, or a nationality (after one people noun or role).
    Not a name in a list or after a preposition (``l'assassinat de Javier Valdez, journaliste
    mexicain``, ``Jade et Joy, âgées de ...``), but an example (``comme X, connue pour``)."""
    if word_before(text, start) in _NOT_AFTER:
        return False
    match = _APPOSITION.match(text, end)
    if not match:
        return False
    words = match.group("words")
    if _AGE.match(words):
        return not _PLURAL_AGE.match(words)  # "Jade et Joy, âgées de 13 et 9 ans": no one person
    folded = fold(words).split()
    if not folded:
        return False
    if folded[0] in _introducing_words() or _nationality(folded[0]):
        return True
    return len(folded) > 1 and folded[0] in person_nouns() and _nationality(folded[1])
