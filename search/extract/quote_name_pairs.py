"""Two names the recogniser read as one: the person a role is held for, then the one who
holds it (``l'avocat de Michel Platini William Bourdon``, ``la conseillère au cabinet de
Nicolas Sarkozy Véronique Waché``, ``le porte-parole de Benjamin Griveaux Sylvain
Maillard``); a medium, then the person who speaks on it (``sur Al Jazeera Sultan
Barakat``)."""

from __future__ import annotations

import re

from search.extract.name_data import fold, is_given_word, particles, person_nouns
from search.extract.quote_organisations import is_organisation
from search.extract.structure_types import Entity

#: A person noun, one to three words before ``de`` (``l'avocat de``, ``la conseillère au
#: cabinet de``, ``la secrétaire d'État auprès de``), right before the entity.
_ROLE_OF_BEFORE = re.compile(r"(?P<lead>(?:[\w'’-]+\s+){1,3}?)(?:auprès\s+)?(?:de|du|d['’])\s*$", re.IGNORECASE)


def _after_role_of(text: str, start: int) -> bool:
    """True when a role's ``de`` stands right before ``start`` (see ``_ROLE_OF_BEFORE``)."""
    before = _ROLE_OF_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    words = re.split(r"[\s'’]+", before.group("lead"))
    return any(fold(word).removeprefix("ex-") in person_nouns() for word in words if word)


def second_name_start(entity: Entity, text: str) -> int:
    """Where the second person's name starts among the words of ``entity``, or 0: a person
    entity of four words at least after a role's ``de``, opening on a given name, with a
    given name further on that does not follow another given name or a particle (the first
    person's surname comes before it), each part two words at least."""
    words = entity.text.split()
    if entity.label != "PER" or len(words) < 4 or not is_given_word(words[0]) or not _after_role_of(text, entity.start):
        return 0
    for index in range(2, len(words) - 1):
        before = fold(words[index - 1])
        if is_given_word(words[index]) and not is_given_word(words[index - 1]) and before not in particles():
            return index
    return 0


def split_pair(entity: Entity, text: str) -> list[Entity]:
    """``entity`` as the two persons it names (see ``second_name_start``), or alone."""
    index = second_name_start(entity, text)
    if not index:
        return [entity]
    words = list(re.finditer(r"\S+", entity.text))
    first_end, second_start = words[index - 1].end(), words[index].start()
    return [
        Entity(entity.text[:first_end], "PER", entity.start, entity.start + first_end),
        Entity(entity.text[second_start:], "PER", entity.start + second_start, entity.end),
    ]


#: A role apposed after a name: ``Sultan Barakat, directeur de recherches``.
_ROLE_AFTER = re.compile(r"\s*,\s*(?:(?:le|la|l['’]|un|une)\s*)?[a-zà-ÿ]")


def split_medium(entity: Entity, text: str) -> list[Entity]:
    """``entity`` as a medium or body and the person named right after it, when the recogniser
    read them as one (``sur Europe 1 Bernard Lavilliers``, ``sur Al Jazeera Sultan Barakat,
    directeur de recherches``): a known organisation's name of two words or more, then a name of
    capitalized words, two at least, a known given name first or a role apposed after it (not the
    station ``France Bleu Frequenza Mora``); else alone."""
    words = list(re.finditer(r"\S+", entity.text))
    texts = [word.group() for word in words]
    if entity.label == "ORG" or not all(word[:1].isupper() or word[:1].isdigit() for word in texts):
        return [entity]
    named = bool(_ROLE_AFTER.match(text, entity.end))
    for count in range(len(words) - 2, 1, -1):
        if is_organisation(" ".join(texts[:count]), "") and (is_given_word(texts[count]) or named):
            first_end, second_start = words[count - 1].end(), words[count].start()
            return [
                Entity(entity.text[:first_end], "ORG", entity.start, entity.start + first_end),
                Entity(entity.text[second_start:], "PER", entity.start + second_start, entity.end),
            ]
    return [entity]
