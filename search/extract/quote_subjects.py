"""Names that stand where a subject could but are complements of another noun.

- after a preposition and a role (and its adjectives): ``dirigé par le docteur Anthony Fauci``,
  ``critique à l'encontre du milliardaire américain George Soros``;
- inside the complement of the sentence's first noun phrase: ``Les avocats de
  l'ancien chef militaire des Serbes de Bosnie Ratko Mladic, ..., ont demandé``
  (the lawyers speak, not Ratko Mladic).
"""

from __future__ import annotations

import re

from search.extract.name_data import fold, person_nouns

_ROLE_AFTER_PREPOSITION = re.compile(
    r"\b(?:par|de|du|des|à|au|aux|avec|pour|sur|chez|contre)\s+(?:(?:le|la|les|l['’])\s*)?(?P<role>[\w-]+)"
    r"(?:\s+[a-zà-ÿ][\w-]*){0,2}\s+$",  # "à l'encontre du milliardaire américain George Soros"
    re.IGNORECASE,
)
#: A sentence that opens with a common noun and its complement: ``Les avocats de ...``.
_NOUN_OF = re.compile(
    r"\s*(?:(?:Les|Le|La|L['’]|Un|Une|Des|Ses|Son|Sa|Leurs|Leur)\s*)(?P<noun>[a-zà-ÿ][\w-]*)"
    r"(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de|des|du|d['’])\s*[^,;:«»]*$"
)


def is_complement(text: str, floor: int, pos: int) -> bool:
    """True when a phrase at ``pos`` (sentence or clause from ``floor``) is a complement."""
    match = _ROLE_AFTER_PREPOSITION.search(text, max(floor, pos - 60), pos)
    if match and fold(match.group("role")) in person_nouns():
        return True
    opening = _NOUN_OF.match(text, floor, pos)
    return bool(opening) and fold(opening.group("noun")) not in person_nouns()
