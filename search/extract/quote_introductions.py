"""A person introduced by an apposition after the name: ``Barbara Mensah, âgée de 70 ans``.

Feature stories introduce the person they quote in an apposition, often as an
object or after a colon (``le tabloïd a interrogé cette femme, Barbara Mensah, âgée de
70 ans``; ``c'est le même rituel: Gertrud Schop, une Allemande de 60 ans, allume ...``),
then quote her with a pronoun (``elle dit : "..."``, ``assure-t-elle``). Such a
person is the one later pronouns point back to, as a subject is. The apposition
gives one person's age (``35 ans``, ``âgée de 70 ans``, not ``âgées de``), a word of
``person_introductions.txt`` (``connue pour``), or a nationality, alone or after a people noun or role
(``une Allemande de 60 ans``, ``universitaire turque``). A name so introduced, followed by
``un``/``une`` and a people noun (``Michalis, un employé ...``) or apposed after them (``une
étudiante âgée de 20 ans, Le Hoang Yen``), is a person's whatever label the recogniser gave it
(``introduced_persons``).
"""

from __future__ import annotations

import re
from functools import cache

from search.extract.name_data import fold, folded_words, given_names, person_nouns
from search.extract.place_gazetteer import is_demonym, load_gazetteer
from search.extract.quote_organisations import is_organisation
from search.extract.quote_phrases import ADJECTIVE_PREFIXES, PREPOSITIONS, phrase_at, phrase_patterns, word_before
from search.extract.structure_types import Entity

#: The comma after a name that an apposition follows.
_APPOSED_ROLE = re.compile(r"\s*,\s*")
#: A verb right after a role: the role is the subject of the next clause, not an apposition.
_VERB_NEXT = re.compile(
    r"\s+(?:a|avait|aurait|est|était|sera|serait|va|allait|vient|venait|n['’]|ne|s['’]|se)(?=[\s'’])"
)
#: A name inside its sentence, after a lowercase word: a complement (``interpellé par le
#: neurologue X``), not the sentence's subject (``X, le ministre de l'Intérieur a ...``, a
#: comma left out).
_INSIDE_CLAUSE = re.compile(r"(?:^|[.!?»\n])[^.!?»\n]*\b[a-zà-ÿ]{2,}[^.!?»\n]*$")
_APPOSITION = re.compile(r"\s*,\s*(?:(?:une|un|le|la)\s+|l['’]\s*)?(?P<words>[^,.;:!?«»\"]{1,60})")
_AGE = re.compile(r"(?:\w+\s+de\s+)?\d{1,3}\s+ans\b")
_PLURAL_AGE = re.compile(r"âgée?s\b", re.IGNORECASE)
_NOT_AFTER = (PREPOSITIONS - {"comme"}) | {"et", "ou"}


@cache
def _introducing_words() -> frozenset[str]:
    return folded_words("person_introductions.txt")


def introduces_person(text: str, start: int, end: int) -> bool:
    """True when the name at ``start:end`` is followed by an apposition that introduces
    a person: an age, ``connu(e) pour``, or a nationality (after one people noun or role).
    Not a name in a list or after a preposition (``l'assassinat de Javier Valdez, journaliste
    mexicain``, ``Jade et Joy, âgées de ...``), but an example (``comme X, connue pour``) or a
    name after ``de`` with an age and a role (``sous la direction de X, 69 ans, lieutenant-colonel``)."""
    before = word_before(text, start)
    if before in _NOT_AFTER:
        return before in ("de", "du", "des") and _aged_with_role(text, end)
    match = _APPOSITION.match(text, end)
    if not match:
        return False
    words = match.group("words")
    if _AGE.match(words):
        return not _PLURAL_AGE.match(words)  # "Jade et Joy, âgées de 13 et 9 ans": no one person
    folded = fold(words).split()
    if not folded:
        return False
    if folded[0] in _introducing_words() or is_demonym(folded[0]):
        return True
    return len(folded) > 1 and folded[0] in person_nouns() and is_demonym(folded[1])


#: An age then a role apposed to a name: ``, 69 ans, lieutenant-colonel de l'armée``.
_AGE_THEN_ROLE = re.compile(r"\s*,\s*\d{1,3}\s+ans\s*,\s*(?:(?:une|un|le|la)\s+|l['’]\s*)?(?P<noun>[a-zà-ÿ][\w-]*)")


def _aged_with_role(text: str, end: int) -> bool:
    """True when an age and a role follow the name ending at ``end``: after ``de`` too, that
    introduces the person the story turns to (``sous la direction de Nikolaï Dolgopol, 69 ans,
    lieutenant-colonel ...``)."""
    match = _AGE_THEN_ROLE.match(text, end)
    return bool(match) and fold(match.group("noun")) in person_nouns()


#: A clause that opens with a preposition, up to the name: ``Sur le réseau social Twitter``.
_ENDS_ADVERBIAL = re.compile(
    r"(?:^|[.!?;:,\n»\"”]\s*)(?:sur|dans|par|avec|chez|via|depuis|en|à|au|aux)\s[^.!?;:,\n«»\"“”]*$",
    re.IGNORECASE,
)
#: An apposition that gives a person's description with an indefinite article: ``, un employé``.
_PEOPLE_APPOSITION = re.compile(r"\s*,\s*(?:un|une)\s+(?P<noun>[\w-]+)")
#: A role apposed with a definite article or none (adjectives before it), then its complement: ``, président de``.
_ROLE_APPOSITION = re.compile(
    rf"\s*,\s*(?:(?:le|la)\s+|l['’]\s*)?{ADJECTIVE_PREFIXES}"  # ", première autrice de l'étude"
    r"(?P<noun>[\w-]+)\s+(?:de|du|des|d['’]|à|au)\b"
)


#: A description with an indefinite article, then a comma, right before a name: ``une étudiante
#: âgée de 20 ans, Le Hoang Yen``.
_DESCRIBED_BEFORE = re.compile(r"\b(?:un|une)\s+(?P<noun>[\w-]+)[^,.;:!?«»\"]{0,50},\s*$")


def _described_before(entity: Entity, words: list[str], text: str) -> re.Match[str] | None:
    """The people noun of the description a name of two words or more, no known place, is apposed
    to: ``raconte une étudiante âgée de 20 ans, Le Hoang Yen`` (read as a work's name)."""
    if len(words) < 2 or load_gazetteer().lookup(entity.text):
        return None
    return _DESCRIBED_BEFORE.search(text, max(0, entity.start - 90), entity.start)


def _name_with_role(entity: Entity, words: list[str], text: str) -> re.Match[str] | None:
    """The role apposed to a name of two words or more that is no known place, whatever the
    recogniser read it as: ``Santiago Levin, président de l'Association`` (read as a place),
    ``Atefa Tayeb, membre de l'assemblée`` (read as an organisation, its given name unknown); not
    an organisation's name (``La France insoumise, membre de ...``)."""
    gazetteer = load_gazetteer()
    if len(words) < 2 or gazetteer.lookup(entity.text) or gazetteer.lookup(words[-1]):
        return None
    if entity.label == "ORG" and fold(words[0]) not in given_names() and is_organisation(entity.text, text):
        return None
    return _ROLE_APPOSITION.match(text, entity.end)


def introduced_persons(entities: list[Entity], text: str) -> list[Entity]:
    """``entities`` with the names an apposition introduces as a person's relabelled ``PER``
    when the recogniser gave them another label: ``Ion, 56 ans,`` (read as an organisation),
    ``Michalis, un employé des services d'asile`` (read as a place). A name of one to three
    capitalised words, introduced as ``introduces_person`` says or by ``un``/``une`` and a
    people noun or role (after the name, or before it for two words or more), is a person's."""
    relabelled = []
    for entity in entities:
        words = entity.text.split()
        if entity.label != "PER" and 0 < len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words):
            if _ENDS_ADVERBIAL.search(text, max(0, entity.start - 80), entity.start):
                relabelled.append(entity)  # "Sur son compte Instagram, la star américaine ...": no apposition
                continue
            noun = (
                _PEOPLE_APPOSITION.match(text, entity.end)
                or _name_with_role(entity, words, text)
                or _described_before(entity, words, text)
            )
            described = bool(noun) and fold(noun.group("noun")) in person_nouns()
            if (described and word_before(text, entity.start) not in _NOT_AFTER) or introduces_person(
                text, entity.start, entity.end
            ):
                entity = Entity(entity.text, "PER", entity.start, entity.end)
        relabelled.append(entity)
    return relabelled


def role_after_name(text: str, entity: Entity, entities: list[Entity], of_role: bool = False) -> tuple[str, str]:
    """Gender and role descriptor an apposition gives a name: ``Alex Younger, le patron du MI6``,
    or without its article (``Bastien Millot, porte-parole de Bygmalion,``: read as if ``le``
    opened it; there a feminine noun tells a woman, a masculine one nothing, ``Marian Knight,
    professeur à Oxford``); ``("-", "")`` when there is none. After a preposition the comma
    opens the next clause (``Face à Caroline de Haas, l'animatrice ...``), unless the name is the
    complement of a role (``of_role``: ``L'épouse de Patrick Balkany, le maire LR de
    Levallois-Perret, a tenté``)."""
    comma = _APPOSED_ROLE.match(text, entity.end)
    before = word_before(text, entity.start)
    if re.split(r"['’]", before)[-1] in folded_words("names_not_given.txt"):
        return "-", ""  # "l'affaire Adama Traoré, le ministre ..."
    if before in PREPOSITIONS and not of_role:
        return "-", ""
    if not comma or comma.end() == entity.end:
        return "-", ""
    role = phrase_patterns()["title"].match(text, comma.end())
    if role:
        limit = min(len(text), role.end() + 120)
        mention = phrase_at(text, role.start(), limit, [e for e in entities if e.start > role.end()])
        if mention and mention.kind == "title":  # not "X, la ministre des Armées, Florence Parly"
            inside = _INSIDE_CLAUSE.search(text, max(0, entity.start - 160), entity.start)
            if inside and _VERB_NEXT.match(text, mention.end):
                return "-", ""  # "interpellé par le neurologue X, le chef de l'Etat avait promis": a new subject
            return mention.gender, mention.descriptor
        return "-", ""
    bare = "le " + text[comma.end() : min(len(text), comma.end() + 120)]
    mention = phrase_at(bare, 0, len(bare), [])
    if mention and mention.kind == "title":
        return ("f" if person_nouns().get(mention.name) == "f" else "-"), mention.descriptor
    return "-", ""


#: A complement that may hold a role right before a name: ``du``, ``au``, ``de la``, ``à l'``.
_ROLE_COMPLEMENT = re.compile(r"\b(?:du|au|des|aux)\s+|\b(?:de|à)\s+(?:la\s+|l['’]\s*)", re.IGNORECASE)
#: Role heads that are also ordinals.
_ORDINALS = frozenset({"premier", "premiere"})
#: How far before a name a role in a complement may start.
_ROLE_REACH = 120


def role_before_name(text: str, entity: Entity) -> str:
    """The role descriptor of a role written in a complement right before a name and apposed to
    it: ``selon un communiqué du ministre de l'Intérieur, Bruno Le Roux`` -> ``ministre|Inter
    office``; "" when there is none. It only tells who holds the role: the name stays a
    complement, no subject."""
    for match in _ROLE_COMPLEMENT.finditer(text, max(0, entity.start - _ROLE_REACH), entity.start):
        bare = "le " + text[match.end() : entity.end]
        shift = match.end() - 3
        named = Entity(entity.text, entity.label, entity.start - shift, entity.end - shift)
        mention = phrase_at(bare, 0, len(bare), [named])
        head = mention.descriptor.partition("|")[0] if mention else ""
        if mention and mention.kind == "person" and mention.end == len(bare) and head not in ("", *_ORDINALS):
            return mention.descriptor  # not "Au premier jour du G20, Emmanuel Macron"
    return ""
