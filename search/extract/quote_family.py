"""A child named by a given name alone after a parent's possessive (``sa fille Maëlle``,
``son fils Nicolas``) bears the family's surname: the annotation guide (a decision under
tune8) and the speaker facet name them in full (``Maëlle Gaudin``), though two older
annotations record the given name as written (docs/extraction.md, version 107). So do a
sibling and a nephew (``sa sœur Éléonore``, ``son neveu François``: decisions under tune42 and
tune54) and a grandchild (``sa petite-fille Louise``); a spouse does not (``sa femme Rita``: a
decision under tune46)."""

from __future__ import annotations

import re
from collections import Counter

from search.extract.name_data import fold, is_given_word
from search.extract.quote_context import PersonMention

#: A child, a sibling, a nephew or a grandchild named by a relative's possessive: ``sa fille
#: Maëlle``, ``son fils Hamza``, ``son frère Cédric``, ``son neveu François``.
_RELATIVE_OF = re.compile(
    r"(?:son|sa)\s+(?:fils|fille|cadet|cadette|aîné|aînée|frère|sœur|soeur|neveu|nièce|petit-fils|petite-fille)"
    r"\s+(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)
#: Given names that also open surnames (``Ben Laden``, ``Abou Bakr``).
_NOT_GIVEN_ALONE = frozenset("ben bin ibn abou abu".split())


def _given_then_surname(name: str) -> bool:
    """A name written as a given name then a surname (``Jean-Michel Gaudin``), not a surname
    that opens on a given name's spelling (``Ben Laden``)."""
    words = name.split()
    return len(words) >= 2 and is_given_word(words[0]) and fold(words[0]) not in _NOT_GIVEN_ALONE


def child_full_name(text: str, start: int, name: str, mentions: list[PersonMention]) -> str:
    """``name`` (a phrase at ``start``) completed with the family's surname when it is a given
    name alone after ``son fils``/``sa fille`` or another relative's noun (``son frère``, ``son
    neveu``): the surname of the person named in full whom the ``mentions`` before it make a
    subject most, then name most (the story's family); else ``name``."""
    if " " in name or not _RELATIVE_OF.match(text, start):
        return name
    subjects = Counter(m.name.split()[-1] for m in mentions if m.name and m.subject)
    surnames = Counter(m.name.split()[-1] for m in mentions if m.name)
    full = [m.name for m in mentions if _given_then_surname(m.name)]
    if not full:
        return name
    parent = max(full, key=lambda n: (subjects[n.split()[-1]], surnames[n.split()[-1]], -full.index(n)))
    return f"{name} {' '.join(parent.split()[1:])}"
