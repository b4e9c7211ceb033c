"""A speech participle before a quotation, and whose words it introduces.

- the sentence's subject: ``Edouard Philippe a tenté d'apaiser la polémique en appelant
  au "respect ..."``;
- the subject of an absolute participle clause, after a comma and a role: ``Pékin n'a pas
  confirmé d'incident, un porte-parole ..., Zhao Lijian, assurant que "..."``;
- the person named right before the participle: ``Les hommages se sont enchaînés, le président
  Emmanuel Macron saluant notamment "une femme libre"``;
- the subject of the main clause after a participle clause that opens the sentence:
  ``Dénonçant des "violences en réunion", la procureure, Sandra Reymond, a requis ...``.
"""

from __future__ import annotations

import re

from search.extract.quote_colon import PREDICATE
from search.extract.quote_gaps import introduces
from search.extract.quote_phrases import Mention, phrase_at, phrase_starts
from search.extract.quote_speakers import Attribution
from search.extract.quote_verbs import AUXILIARIES, REFLEXIVE_AUXILIARIES, finite_words, present_participles
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


#: A speech participle opening the sentence, then its clause up to the quotation (other
#: quotations, masked, may stand in it: ``Fustigeant la «...», «...», il a estimé``).
_OPENING = re.compile(
    r"\s*(?:[-–—]\s*)?(?P<part>[A-ZÀ-Þ][a-zà-ÿ]+ant)\b(?P<gap>(?:[^.;:!?«»]|«[^«»]{0,200}»){0,160})"
)
_COMMA = re.compile(r",\s*")
#: The rest of the participle clause after the quotation, up to a comma.
_CLAUSE_REST = re.compile(r"(?:[^.;:!?«»]|«[^«»]{0,200}»){0,160}?,\s*")


def opening_participle(
    text: str, sentence_start: int, pos: int, close: int, end: int, entities: list[Entity], short: bool
) -> Attribution | None:
    """``Dénonçant des "violences en réunion", la procureure, Sandra Reymond, a requis ...``: a
    quotation (from ``pos`` to ``close``) inside a speech participle's clause that opens the
    sentence ending at ``end``; the participle's subject, and the speaker, is the main clause's."""
    match = _OPENING.fullmatch(text, sentence_start, pos)
    if not match or match.group("part").lower() not in present_participles(declarative_only=False):
        return None
    if not (introduces(match.group("gap"), short) or (short and _OBJECT.fullmatch(match.group("gap")))):
        return None
    if any(e.start <= match.start("part") and e.end > match.end("part") for e in entities):
        return None  # "Jugeant Nagui "minable"" read as a name
    if any(phrase_at(text, comma.end(), pos, entities) for comma in _COMMA.finditer(text, match.end("part"), pos)):
        return None  # "Jugeant la situation grave, le maire signe un arrêté "...": the main clause's own
    subject = _subject_after_comma(text, close + 1, end, entities)
    return Attribution(match.group("part"), subject, pos) if subject else None


def _subject_after_comma(text: str, start: int, end: int, entities: list[Entity]) -> Mention | None:
    """The subject of a main clause after the first comma from ``start`` that opens one
    (a person, a definite role, an organisation, ``il``/``elle``, then its verb)."""
    at = start
    while True:
        comma = _CLAUSE_REST.match(text, at, end)
        if comma is None:
            return None
        at = comma.end()
        mention = phrase_at(text, at, end, entities)
        if mention and mention.kind in ("organisation", "title"):
            mention = _up_to_verb(text, mention, end, entities)  # "la CGT| estime de son côté"
        if mention is None or not PREDICATE.match(text, mention.end, end):
            continue
        if mention.kind == "pronoun" and mention.name not in ("il", "elle"):
            return None
        if mention.kind == "title" and not mention.definite:
            return None
        return mention


#: The first word of a verb group after a subject, past its clitics: ``la CGT| estime``.
_VERB_WORD = re.compile(r"\s+(?:(?:ne|n['’]|se|s['’]|l['’]|lui|leur|les|y|en)\s*)*(?P<word>[a-zà-ÿ]+)\b")
#: An apposition after the subject, which ends it: ``l'ex-député ..., battu aux législatives, s'est interrogé``.
_APPOSITION_NEXT = re.compile(r"\s*,")
#: Auxiliaries and modals that open a verb group (not ``à``, a slip for ``a`` but also a preposition).
_FINITE_WORDS = frozenset(
    (*AUXILIARIES, *REFLEXIVE_AUXILIARIES, "va", "vont", "vient", "doit", "peut", "veut")
) - {"à"}


def _up_to_verb(text: str, mention: Mention, end: int, entities: list[Entity]) -> Mention | None:
    """An organisation or a role read up to the verb after it, which a noun phrase may have taken
    for an adjective (``la CGT estime de son côté``); None when no verb follows it."""
    for word in re.finditer(r"\s+[a-zà-ÿ]+\b", text[mention.start : mention.end]):
        verb = _VERB_WORD.match(text, mention.start + word.start(), end)
        if verb and _is_verb(verb.group("word")):
            cut = phrase_at(text, mention.start, mention.start + word.start(), entities)
            return cut if cut and cut.kind == mention.kind else None
    if _APPOSITION_NEXT.match(text, mention.end, end):
        return mention  # "l'ex-député ..., battu aux dernières législatives, s'est interrogé"
    verb = _VERB_WORD.match(text, mention.end, end)
    return mention if verb and (_is_verb(verb.group("word")) or verb.group("word") == "qui") else None


def _is_verb(word: str) -> bool:
    """True when ``word`` opens a finite verb group: an auxiliary, a modal, a speech verb's form."""
    return word in _FINITE_WORDS or word in finite_words()
