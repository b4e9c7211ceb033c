"""A quotation announced by the sentence before it, whose subject is a person.

- after a colon: ``Le chef Eric Fréchon a fait part de sa tristesse dans un tweet : "..."``,
  ``Mohammad Arshad, brun longiligne, ... donne la mécanique de la demande de rançon: "..."``,
  ``Mais il a surtout remis en cause le travail ..., accusant le titre d'avoir ... : "..."``;
- as the next sentence: ``Sur le plateau de LCI lundi, Aurore Bergé est revenue sur la
  polémique. "J'ai une question ..."``, ``Stéphane Henon avait lui aussi pointé du doigt ce
  problème. "Grâce à notre ..."``.

No speech verb stands next to the quotation, but the clause that announces it has a person
(a name, a role, ``il``/``elle``) for subject, and the quotation is theirs. Only longer
quotations are read this way (a scare quote after a colon is a label).
"""

from __future__ import annotations

import re

from search.extract.name_data import fold, given_names
from search.extract.quote_phrases import Mention, phrase_at, phrase_patterns
from search.extract.quote_speakers import SELON
from search.extract.structure_types import Entity

#: Before the subject: a connector (``Mais``), then perhaps one adverbial clause (``Sur Twitter,``),
#: not one that gives someone else's words (``Selon le rapport cité par le Parisien, X ...``).
_CONNECTOR = re.compile(r"\s*(?:(?:et|mais|puis|enfin|ainsi|alors)\s+)?", re.IGNORECASE)
_ADVERBIAL = re.compile(
    r"(?!selon\b|d['’]apr[èe]s\b|pour\b)[^,;:«»\"“]{1,60},\s*", re.IGNORECASE
)
#: A longer adverbial clause that a subordinating word opens, up to the comma before a capital:
#: ``Après avoir appris que des SMS ... leur manque de résultats, Christophe Najdovski ...``.
_LONG_ADVERBIAL = re.compile(
    r"(?:Après|Alors\s+que|Lors|Face|Devant|Pendant|Avant|Depuis|Dès|Quand|Lorsque|Malgré"
    r"|Interrogée?s?|Invitée?s?)\b[^;:«»\"“]{1,160}?,\s*(?=[A-ZÀ-Þ])"
)
#: A medium opening the sentence without a comma before the name: ``Au micro de RTL François Carlier``.
_MEDIUM_OPENER = re.compile(
    r"(?:Au\s+micro|Sur\s+l['’]antenne|Sur\s+le\s+plateau|Dans\s+les\s+colonnes)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|d['’])(?P<medium>(?:[A-ZÀ-Þ][\w&-]*\s+){1,3})"
)
#: After the subject: appositions between commas, then a lower-case word (the verb group).
PREDICATE = re.compile(
    r"(?:\s*,[^,.;:«»\"“]{1,80}){0,3}\s*,?\s+(?:[nsl]['’]\s*)?[a-zà-ÿ]"
)
#: A short quotation, masked, inside the announcing clause: ``masques dits «xxxxxx xxxxxxx»``;
#: one that ends the sentence before the quotation does not announce it (``de «xxxxxxxxx».«...»``).
_SCARE = r"«[^«»]{1,40}»"
#: The clause ends with the colon right before the quotation, or ends its sentence right
#: before it; no other quotation inside it but a short one.
_CLAUSE = re.compile(rf"(?:[^.!?;«»\"“”]|{_SCARE}){{0,240}}:\s*")
#: A second clause with a subject of its own: the quotation may be that subject's.
_SECOND_SUBJECT = re.compile(
    r"\b(?:et|mais|tandis\s+que|alors\s+que)\s+(?:l['’]|la\s|le\s|les\s|un\s|une\s|son\s|sa\s|ses\s|leurs?\s|[A-ZÀ-Þ])"
    r"|,\s*(?:il|elle|ils|elles)\s"
)
_SENTENCE = re.compile(rf"(?:[^.!?;:«»\"“”]|{_SCARE}(?!\s*[.!?])){{0,240}}[.!?]\s*")


def subject_before_colon(
    text: str,
    floor: int,
    pos: int,
    entities: list[Entity],
    clause: re.Pattern[str] = _CLAUSE,
) -> Mention | None:
    """The person subject of the clause from ``floor`` to the colon right before ``pos``
    (``clause``: how the clause ends)."""
    connector = _CONNECTOR.match(text, floor, pos).end()
    adverbials = (_ADVERBIAL.match(text, connector, pos), _LONG_ADVERBIAL.match(text, connector, pos))
    medium = _after_medium(text, connector, pos)
    for start in (connector, *(a.end() for a in adverbials if a), *((medium,) if medium else ())):
        mention = _subject_at(text, start, pos, entities, clause)
        if mention:
            return mention
    return None


def _after_medium(text: str, start: int, pos: int) -> int | None:
    """Where the name starts after a medium that opens the clause without a comma: the medium
    is its first capitalised word and the next ones up to a given name (``RTL`` in ``Au micro de
    RTL François Carlier``, ``France Inter`` in ``... de France Inter Léa Salamé``)."""
    opener = _MEDIUM_OPENER.match(text, start, pos)
    if opener is None:
        return None
    words = list(re.finditer(r"\S+", opener.group("medium")))
    for word in words[1:]:
        if fold(word.group()) in given_names():
            return opener.start("medium") + word.start()
    return None


def subject_of_previous(
    text: str, floor: int, pos: int, entities: list[Entity]
) -> Mention | None:
    """The person named as subject of the sentence from ``floor`` that ends right before
    ``pos`` (a pronoun or a role there is too far from the quotation to be trusted); not in a
    sentence that reports someone else's words (``Laeticia serait très inquiète, selon lui.``)."""
    if SELON.search(text, floor, pos):
        return None
    mention = subject_before_colon(text, floor, pos, entities, _SENTENCE)
    return mention if mention and mention.kind == "person" else None


def _subject_at(
    text: str, start: int, pos: int, entities: list[Entity], clause: re.Pattern[str]
) -> Mention | None:
    start = pos - len(text[start:pos].lstrip())
    mention = phrase_at(text, start, pos, entities)
    if mention is None or mention.kind == "organisation":
        return None
    if (
        mention.kind == "person"
        and not mention.descriptor
        and not _recognised(text, mention, entities)
    ):
        return None  # "Raison évoquée par le ministère : ...", "Attentat de Strasbourg : ..."
    if mention.kind == "pronoun" and mention.name not in ("il", "elle"):
        return None
    if mention.kind == "title" and not mention.definite:
        return None
    predicate = PREDICATE.match(text, mention.end, pos)
    if predicate is None or not clause.fullmatch(text, predicate.end() - 1, pos):
        return None
    if _SECOND_SUBJECT.search(text, predicate.end(), pos):
        return None  # "il reste introuvable et la chancelière s'efforce d'apaiser la polémique."
    return mention


def _recognised(text: str, mention: Mention, entities: list[Entity]) -> bool:
    """An honorific introduces the name, or the recogniser read it as a person and it looks
    like one: a known given name first, capitalized words only, or a surname the article
    also gives with a first name (not ``Raison`` or ``Attentat de Strasbourg`` at a sentence start)."""
    if phrase_patterns()["honorific"].match(text, mention.start):
        return True
    if not any(e.start == mention.start and e.label == "PER" for e in entities):
        return False
    words = mention.name.split()
    if fold(words[0]) in given_names() or (
        len(words) >= 2 and all(w[:1].isupper() for w in words)
    ):
        return True
    return len(words) == 1 and any(
        e.label == "PER" and len(e.text.split()) >= 2 and e.text.split()[-1] == words[0]
        for e in entities
    )
