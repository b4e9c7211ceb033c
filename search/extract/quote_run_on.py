"""A name after a role and a comma that is no apposition but the subject of the clause.

``Pour le chef de l'État, Jean-Luc Mélenchon "se comporte comme ..."``: after ``pour``,
``selon`` or ``d'après``, the role is whose opinion it is, and the name that follows it
without a closing comma (a quotation or a verb comes next) is what the opinion is about.
"""

from __future__ import annotations

import re

from search.extract.quote_phrases import Mention, phrase_at, word_before
from search.extract.structure_types import Entity

#: What comes right after a name that runs on into the clause: a quotation or a lowercase word.
_RUNS_ON = re.compile(r"\s*(?:[«\"“]|[a-zà-ÿ])")
#: The words after which a role gives whose opinion follows.
_OPINION_WORDS = frozenset(("pour", "selon", "d'apres", "d’apres"))


def role_alone(text: str, mention: Mention, entities: list[Entity]) -> Mention:
    """``mention`` without the name apposed to its role when that name runs on into the clause
    (``Pour le chef de l'État, Jean-Luc Mélenchon "..."``: the role alone); else ``mention``."""
    comma = text.find(",", mention.start, mention.end) if mention.kind == "person" else -1
    if comma < 0 or not _RUNS_ON.match(text, mention.end):
        return mention
    role = phrase_at(text, mention.start, comma, entities)
    return role if role is not None and role.kind == "title" else mention


def after_opinion_word(text: str, start: int) -> bool:
    """True when the phrase at ``start`` follows ``pour``, ``selon`` or ``d'après``."""
    return word_before(text, start) in _OPINION_WORDS
