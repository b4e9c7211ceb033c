"""Several named persons of one statement: ``Éric Ciotti et Valérie Boyer ont dénoncé
"..."``, ``Sophie Marceau, Audrey Pulvar ou encore Nagui ont signé``, ``26 personnalités,
dont X, Y ou encore Z, demandent``: each signs it (a jointly signed statement is listed
once per signatory)."""

from __future__ import annotations

import re
from dataclasses import replace

from search.extract.name_data import fold, is_given_word, organisation_words
from search.extract.place_gazetteer import load_gazetteer
from search.extract.quote_phrases import GENITIVES, NAME_WORD, Mention, phrase_at, phrase_starts, word_before
from search.extract.structure_types import Entity

#: What may follow a listed name before the next one: a party in parentheses (``Muriel Jourda
#: (LR) et``) and an apposition closed by a comma (``Alain Weill, président de NextradioTV,``)
#: or by ``et`` and the next name (``Jaume Roures, associé-fondateur de Mediapro et Julien
#: Bergeaud``), one that opens on a lowercase word that is no relative pronoun or verb.
_AFTER_NAME = (
    r"(?:\s*\([^()]{1,40}\))?"
    r"(?:\s*,\s*(?P<apposition>(?!(?:et|ou|qui|que|qu|dont|où|a|ont|est|sont|avait|avaient)\b)"
    r"[a-zà-ÿ][^,.;:!?«»\"“”()]{0,80}?)(?=\s*,|\s+et\s+(?P<next>[A-ZÀ-Þ])))?"
)
#: The words between two listed names: ``, ``, ``et``, ``ou encore``, ``mais aussi``.
_AND = r"(?:,?\s*(?:mais\s+aussi|ainsi\s+que)\b|,|et\b|ou(?:\s+encore)?\b)"
_AND_BEFORE = re.compile(_AFTER_NAME + rf"\s*(?:{_AND}|,\s*dont)\s*$")
_AND_AFTER = re.compile(_AFTER_NAME + rf"\s*{_AND}\s*")
#: The words between two listed names when no apposition is skipped.
_AND_ONLY = re.compile(rf"\s*{_AND}\s*")
MAX_CO_SPEAKERS = 6
_PLURAL_AUXILIARIES = ("ont", "avaient", "auraient", "sont", "étaient", "auront")


def is_plural(verb: str) -> bool:
    """``ont déclaré``, ``dénoncent``, ``se sont dits``: a verb group with a plural subject."""
    words = verb.lower().replace("’", "'").split()
    return bool(words) and (words[0] in _PLURAL_AUXILIARIES or words[-1].endswith("ent") or "-ils" in verb)


def _listed_person(text: str, start: int, limit: int, entities: list[Entity]) -> Mention | None:
    """The person named at ``start`` in a list of persons: a person phrase, or a one-word
    name the recogniser took for a place or a work that the gazetteer does not know
    (``Sophie Marceau, Nagui ou encore ...``)."""
    mention = phrase_at(text, start, limit, entities)
    if mention is not None:
        return mention if mention.kind == "person" else None
    for entity in entities:
        if (
            entity.start == start
            and entity.end <= limit
            and entity.label in ("LOC", "MISC")
            and re.fullmatch(NAME_WORD, entity.text)
            and not entity.text.isupper()
            and text[entity.start - 1 : entity.start] not in ("'", "’")  # "le secrétaire d'Etat, X"
            and fold(entity.text) not in organisation_words()
            and load_gazetteer().lookup(entity.text) is None
        ):
            return Mention("person", entity.text, entity.start, entity.end)
    return None


def _listing_gap(match: re.Match[str] | None, entities: list[Entity]) -> bool:
    """True when ``match`` is a gap between two listed names: it matched, and its apposition
    names no person (``le secrétaire national d'EELV David Cormand`` is the next listed person,
    not an apposition to skip) but as a complement (``associé-fondateur de Mediapro``)."""
    if match is None:
        return False
    start, end = match.span("apposition")
    return start < 0 or not any(
        e.label == "PER" and start <= e.start < end and word_before(match.string, e.start) not in GENITIVES
        for e in entities
    )


def _gap_after(text: str, end: int, entities: list[Entity]) -> int:
    """Where the next listed name may start after a name ending at ``end``, past an apposition
    that names no one (``X, président de NextradioTV, et``); 0 when no list goes on. An
    apposition naming a person is the next listed one (``Olivier Faure, le secrétaire
    national d'EELV Julien Bayou``)."""
    after = _AND_AFTER.match(text, end)
    if _listing_gap(after, entities) and (after.start("next") < 0 or _full_name_at(after.start("next"), entities)):
        return after.end()
    plain = _AND_ONLY.match(text, end)
    return plain.end() if plain else 0


def _full_name_at(start: int, entities: list[Entity]) -> bool:
    """True when a person's full name starts at ``start``: an apposition closed by ``et`` is
    one only before such a name (``associé-fondateur de Mediapro et Julien Bergeaud``), not
    inside an organisation's name (``président de l'association Ville et Banlieue``)."""
    return any(e.start == start and e.label == "PER" and " " in e.text for e in entities)


#: ``et`` alone between a given name and the next person's full name: ``Cécile et Didier Noyer``.
_AND_PLAIN = re.compile(r"\s+et\s+")


def _sharing_surname(text: str, listed: Mention, following: Mention) -> Mention:
    """``listed`` with the surname of ``following`` when a couple shares it: a lone given name
    joined by ``et`` to a full name opening on a given name (``Cécile et Didier Noyer`` gives
    Cécile Noyer). Not when a role comes with it (``le prince Harry et Meghan Markle``), nor when
    the article writes it elsewhere: it may be someone's surname (``Philippe et Emmanuel Macron``
    after Édouard Philippe) or all the name a person goes by (``Loana et Phil Storm``, then
    ``Loana``)."""
    words, following_words = listed.name.split(), following.name.split()
    if (
        len(words) != 1
        or len(following_words) < 2
        or not is_given_word(words[0])
        or not is_given_word(following_words[0])
        or not _AND_PLAIN.fullmatch(text, listed.end, following.start)
        or listed.descriptor
        or len(re.findall(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", text)) > 1
    ):
        return listed
    return replace(listed, name=" ".join([words[0], *following_words[1:]]))


def with_partners_surname(text: str, mention: Mention, entities: list[Entity]) -> Mention:
    """``mention`` with the surname of the full name that ``et`` joins right after it, when
    the two share it (``ont déclaré Déborah et Valentine Veil``: Déborah Veil; see
    ``_sharing_surname``)."""
    joined = _AND_PLAIN.match(text, mention.end)
    following = _listed_person(text, joined.end(), min(len(text), joined.end() + 80), entities) if joined else None
    return _sharing_surname(text, mention, following) if following else mention


def _with_role(text: str, mention: Mention, entities: list[Entity]) -> Mention:
    """``mention`` widened to the role written before its name (``la chancelière allemande
    Angela Merkel``), so that the name listed before the role is found next to it."""
    for start in phrase_starts(text, max(0, mention.start - 60), mention.start, entities):
        phrase = phrase_at(text, start, mention.end, entities)
        if phrase is not None and phrase.kind == "person" and phrase.end == mention.end and phrase.name == mention.name:
            return phrase
    return mention


def co_speakers(text: str, mention: Mention, entities: list[Entity], limit: int = MAX_CO_SPEAKERS) -> list[Mention]:
    """Persons coordinated with ``mention`` (``Éric Ciotti et Valérie Boyer ont dénoncé``,
    ``X, Y ou encore Z ont signé``, ``26 personnalités, dont X, Y ou encore Z demandent``),
    ``limit`` at most: each signs the statement too."""
    found: list[Mention] = []
    first = _with_role(text, mention, entities)
    while len(found) < limit:  # "Les députés X, Y et Z ont ..."
        before = [
            other
            for start in phrase_starts(text, max(0, first.start - 80), first.start, entities)
            if (other := _listed_person(text, start, first.start, entities))
            and _listing_gap(_AND_BEFORE.fullmatch(text, other.end, first.start), entities)
        ]
        if not before:
            break
        first = _sharing_surname(text, before[0], first)
        found.append(first)
    last = mention
    while len(found) < limit and (after := _gap_after(text, last.end, entities)):
        other = _listed_person(text, after, min(len(text), after + 80), entities)
        if other is None:
            break
        found.append(other)
        last = other
    return found
