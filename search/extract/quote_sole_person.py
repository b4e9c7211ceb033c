"""The one person named in the last sentences, whom a pronoun means when no subject came.

``puisque le lendemain Rémi Gaillard a posté une photo. "...", a-t-il ironisé``: no
sentence of the window had a subject and one person was named there, so the pronoun is
theirs. Not when the name is not plainly a person's (``Turbo S``; a place: ``dans les
rues de Tsim Sha Tsui``; the complement of a person noun: ``l'acolyte de X``), when the
sentence that names them opens on someone else (``Le maire de Pau, qui écoutait Emmanuel
Macron, ...``), or when an unnamed subject opens a sentence since (``L'ancien chef du
gouvernement a justifié son choix``).

A pronoun closing a quotation (``"...", raconte-t-elle``) that finds no one so may mean the
one person the whole article has named so far (``sole_in_article``): feature stories name
their witness once, then describe the scene for a few sentences before quoting her.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from search.extract.name_data import fold, given_names, organisation_words, particles, person_nouns
from search.extract.name_keys import person_key
from search.extract.place_context import has_locative_context
from search.extract.place_gazetteer import load_gazetteer
from search.extract.quote_context import PersonMention
from search.extract.quote_phrases import classify_entity
from search.extract.quote_roles import sole_name
from search.extract.structure_types import Entity

#: An adverbial opening a sentence, up to its comma: ``Dans un communiqué, ``.
_ADVERBIAL_LEAD = re.compile(r"\s*(?:[^,;:«»]{1,60},\s*)?")
_SPACES = re.compile(r"\s*")
#: A sentence whose subject is a noun phrase, after an adverbial: ``Selon Le Figaro, le chanteur ...``.
_UNNAMED_SUBJECT = re.compile(
    rf"{_ADVERBIAL_LEAD.pattern}(?:(?:Pour|Selon|D['’]après)\s+)?"
    r"(?:Le|La|Les|L['’]|Un|Une|Ce|Cet|Cette|Son|Sa|Ses|le|la|les|l['’]|un|une|ce|cet|cette|son|sa|ses)"
    r"\s*(?P<noun>\w[\w-]*)"
)
#: A subject pronoun: one that comes before a name in its sentence stands for someone else.
_PRONOUN = re.compile(r"\b(?:il|elle)\b", re.IGNORECASE)
_GENITIVE_BEFORE = re.compile(r"\b(?:de|du|des|d['’])\s*$")
#: A person noun and ``de`` right before a name: ``l'acolyte de``, ``la fille d'``.
_RELATION_BEFORE = re.compile(r"(?P<noun>[\w-]+)\s+(?:de|du|d['’])\s*$")
#: A word of a name written as names are: a capital, then lowercase (``Allin-Khan``, ``d'Estaing``).
_PLAIN_NAME_WORD = re.compile(r"(?:[a-z]['’])?[A-ZÀ-Þ][a-zà-ÿ]+(?:[-'’][A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]+)*")


def sole_candidate(
    text: str, entities: list[Entity], sentence_starts: list[int], window: list[PersonMention], here: int
) -> PersonMention | None:
    """The one person named in ``window`` (the mentions of the sentences a pronoun in sentence
    ``here`` looks back on, nearest first) when none of them was a subject (``puisque le
    lendemain Rémi Gaillard a posté``, ``confirmée par Jérôme Salomon``); None when the window
    holds someone else or someone unnamed, or as the module docstring says."""
    name = sole_name([m.name for m in window]) if window and all(m.name for m in window) else ""
    mention = next((m for m in window if m.name == name), None) if name else None
    if mention is None or not _plainly_a_person(text, mention):
        return None
    first = bisect_right(sentence_starts, mention.start) - 1
    if _opens_on_someone_else(text, entities, sentence_starts[first], mention):
        return None
    if any(_UNNAMED_SUBJECT.match(text, sentence_starts[i]) for i in range(first + 1, here + 1)):
        return None
    return mention


def sole_in_article(
    text: str, mentions: list[PersonMention], sentence_starts: list[int], pos: int, gender: str
) -> PersonMention | None:
    """The one person an article has named before ``pos``, whom a pronoun closing a quotation
    means when no subject or name came in the last sentences (``une future mariée nommée Israa
    Seblani. [four sentences about the blast] "...", raconte-t-elle``). None when someone else
    or someone unnamed was named since, when the gender differs, when the name is not plainly
    a person's (and a known given name first: not ``Aigle Azur``), when it is a complement (``le
    procès de l'assassinat de Javier Valdez``) or a pronoun comes before it in its sentence (``il
    ... avait aperçu son fils Maël``), or when its sentence or one since opens on a person or
    body noun (``Le ministre turc a justifié ... sur la radio Deutsche Welle``, ``Le parti a
    justifié son choix``)."""
    before = [m for m in mentions if m.start < pos]
    if not before or not before[-1].name or len({person_key(m.name) for m in before if m.name}) != 1:
        return None
    mention = before[-1]
    if gender != "-" and mention.gender not in ("-", gender) or not _plainly_a_person(text, mention):
        return None
    if not _opens_on_given_name(mention.name):
        return None
    first, here = bisect_right(sentence_starts, mention.start) - 1, bisect_right(sentence_starts, pos)
    if _PRONOUN.search(text, sentence_starts[max(0, first)], mention.start):
        return None  # "il ... avait aperçu son fils Maël": the sentence is about someone named before
    if _GENITIVE_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return None  # "l'assassinat de Javier Valdez": a complement, what the article is about
    for start in sentence_starts[first:here]:
        subject = _UNNAMED_SUBJECT.match(text, start)
        noun = fold(subject.group("noun")) if subject else ""
        if noun in person_nouns() or noun in organisation_words():
            return None
    return mention


def _opens_on_someone_else(text: str, entities: list[Entity], start: int, mention: PersonMention) -> bool:
    """True when the sentence opening at ``start``, which names ``mention``, opens (after an
    adverbial) on another subject: a role (``Le maire de Pau, qui écoutait Emmanuel Macron,
    ...``) or, the name being a complement, an organisation (``Reporters sans frontières
    dénonce ... l'assassinat de Javier Valdez``)."""
    role = _UNNAMED_SUBJECT.match(text, start)
    if role and fold(role.group("noun")) in person_nouns():
        return True
    if not _GENITIVE_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return False
    opening = {_ADVERBIAL_LEAD.match(text, start).end(), _SPACES.match(text, start).end()}
    return any(e.start in opening and classify_entity(e) == "organisation" for e in entities)


def _plainly_a_person(text: str, mention: PersonMention) -> bool:
    """True when a mention written in the text is a person's name by its form (a known given
    name first, or capitalized words: not ``Turbo S``, ``LPLa Haute``), not a place's (``dans
    les rues de Tsim Sha Tsui``) and not the complement of a person noun (``l'acolyte de X``)."""
    words = mention.name.split()
    if not mention.written or (
        not _opens_on_given_name(mention.name)
        and (len(words) == 1 or not all(_PLAIN_NAME_WORD.fullmatch(w) or fold(w) in particles() for w in words))
    ):
        return False
    if load_gazetteer().lookup(mention.name) or has_locative_context(text, mention.start, strong=True):
        return False
    relation = _RELATION_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return not (relation and fold(relation.group("noun")) in person_nouns())


def _opens_on_given_name(name: str) -> bool:
    """True when ``name``'s first word (its first part, ``Jean`` of ``Jean-Luc``) is a known given name."""
    return fold(name.split()[0].split("-")[0]) in given_names()
