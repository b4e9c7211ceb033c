"""A speech participle before a quotation, and whose words it introduces.

- the sentence's subject: ``Edouard Philippe a tenté d'apaiser la polémique en appelant
  au "respect ..."``;
- the subject of an absolute participle clause, after a comma and a role: ``Pékin n'a pas
  confirmé d'incident, un porte-parole ..., Zhao Lijian, assurant que "..."``;
- the person named right before the participle: ``Les hommages se sont enchaînés, le président
  Emmanuel Macron saluant notamment "une femme libre"``.
"""

from __future__ import annotations

import re

from search.extract.quote_gaps import introduces
from search.extract.quote_phrases import Mention, phrase_at, phrase_starts
from search.extract.quote_speakers import Attribution
from search.extract.quote_verbs import present_participles
from search.extract.structure_types import Entity

_PARTICIPLE_BEFORE = re.compile(
    r"(?:,\s*(?:(?:le|la|les|l['’]|lui|leur|se|s['’])\s*)?|\ben\s+)"  # ", le qualifiant de "...""
    r"(?P<part>[a-zà-ÿ]+ant)\b(?P<gap>[^.;:!?«»]{0,80})$",
    re.IGNORECASE,
)
_OPENER = re.compile(r"\s*(?:[^,;:«»]{1,120},\s*)?")
#: A participle's object before a short quotation: ``dénonçant une agression "grave et intolérable"``.
_OBJECT = re.compile(r"\s*(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s*[a-zà-ÿ-]{3,}\s+")


#: A comma, then a role's determiner: where the subject of an absolute participle clause starts.
_COMMA_THEN_ROLE = re.compile(r",\s*(?=(?:un|une|le|la|l['’])\s*\w)", re.IGNORECASE)


def _absolute_subject(text: str, sentence_start: int, end: int, entities: list[Entity]) -> Mention | None:
    """The named person a role phrase after a comma gives, right before the participle's comma at
    ``end``: ``Pékin n'a pas confirmé d'incident, un porte-parole du ministère chinois des Affaires
    étrangères, Zhao Lijian, assurant que "..."`` (the participle has its own subject)."""
    for comma in _COMMA_THEN_ROLE.finditer(text, sentence_start, end):
        mention = phrase_at(text, comma.end(), end, entities)
        if mention and mention.kind == "person" and not text[mention.end : end].strip():
            return mention
    return None


def participle_before(
    text: str, sentence_start: int, floor: int, pos: int, entities: list[Entity], short: bool
) -> Attribution | None:
    """``Edouard Philippe a tenté d'apaiser la polémique en appelant au "respect ..."``:
    a speech participle before the quotation; the speaker is the sentence's subject."""
    match = _PARTICIPLE_BEFORE.search(text, floor, pos)
    if not match or match.group("part").lower() not in present_participles():
        return None
    if not (introduces(match.group("gap"), short) or (short and _OBJECT.fullmatch(match.group("gap")))):
        return None
    absolute = _absolute_subject(text, sentence_start, match.start(), entities)
    if absolute is not None:
        return Attribution(match.group("part"), absolute, pos)
    for start in phrase_starts(text, sentence_start, match.start(), entities):
        opener = _OPENER.match(text, sentence_start, start)
        if opener.end() != start:
            continue
        mention = phrase_at(text, start, match.start(), entities)
        if mention and mention.kind != "pronoun":
            return Attribution(match.group("part"), mention, pos)
    return None


#: A speech participle right after a word, without a comma: ``X saluant notamment "..."``.
_BARE_PARTICIPLE = re.compile(r"\s(?P<part>[a-zà-ÿ]+ant)\b(?=(?P<gap>[^.;:!?«»]{0,80})$)")
#: How far before the quotation such a participle may stand.
_BARE_REACH = 100
#: A medium or a place before the name: ``sur la radio allemande Deutsche Welle évoquant ...``.
_PLACE_BEFORE = re.compile(r"\b(?:sur|dans|via|à|au|aux|chez)\s+(?:(?:l['’]|[a-zà-ÿ-]+\s+)\s*){0,3}$", re.IGNORECASE)


def named_participle_before(text: str, floor: int, pos: int, entities: list[Entity], short: bool) -> Attribution | None:
    """``Les hommages se sont enchaînés, le président Emmanuel Macron saluant notamment "une femme
    libre"``, ``a poursuivi Emmanuel Macron estimant que "..."``: a speech participle right after
    a person's name, or a role that stands for one; that person speaks the quotation."""
    for match in _BARE_PARTICIPLE.finditer(text, max(floor, pos - _BARE_REACH), pos):
        part, gap = match.group("part"), match.group("gap")
        if part.lower() not in present_participles(declarative_only=False):
            continue
        if not (introduces(gap, short) or (short and _OBJECT.fullmatch(gap))):
            continue
        for start in phrase_starts(text, floor, match.start(), entities):
            mention = phrase_at(text, start, match.start(), entities)
            if mention and mention.kind in ("person", "title") and not text[mention.end : match.start()].strip():
                placed = _PLACE_BEFORE.search(text, max(floor, start - 40), start)
                return None if placed else Attribution(part, mention, pos)
    return None
