"""Full names written out in an article for a surname (``Étienne Guyot`` for ``M. Guyot``),
and surnames written alone where the recogniser found the full name elsewhere.

The recogniser may not have read the sentence that introduced a person, so a
surname-only speaker is looked up in the text itself: capitalized words right
before the surname that are not function words, roles or honorifics.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from search.extract.name_data import (
    fold,
    folded_words,
    given_names,
    honorifics,
    is_given_word,
    organisation_words,
    particles,
    person_nouns,
)
from search.extract.name_keys import parse_name
from search.extract.place_gazetteer import is_demonym, load_gazetteer
from search.extract.quote_context import medium_complement
from search.extract.quote_name_pairs import split_pair
from search.extract.quote_organisations import OF_PLACE, is_organisation
from search.extract.quote_phrases import NAME_WORD, PREPOSITIONS
from search.extract.structure_types import Entity

#: Capitalized words that start sentences or phrases and are never given names.
_NOT_GIVEN = frozenset(
    "le la les l un une des du de d ce cette ces son sa ses leur leurs mais et ou donc car or ni "
    "selon pour lors dans sur sous avec sans chez par après avant depuis pendant quand si il elle "
    "ils elles on nous vous je tu en au aux a à ainsi alors aussi encore enfin puis comme cependant "
    "toutefois interrogé interrogée invité invitée".split()
)


def plain_given_word(word: str) -> bool:
    """True when a capitalized ``word`` may be part of a person's name: not a function word,
    a preposition, a role, an honorific, an organisation's noun, an acronym or a word that
    is never a given name (``Affaire``)."""
    folded = fold(word).rstrip(".")
    return not (
        folded in _NOT_GIVEN
        or folded in PREPOSITIONS
        or folded in person_nouns()
        or folded in honorifics()
        or folded in organisation_words()
        or folded in folded_words("names_not_given.txt")  # "Affaire Théo"
        or word.isupper()
    )


def full_names_for(text: str, surname: str, exclude: Callable[[str], bool] = lambda name: False) -> list[str]:
    """Every ``Given [Given] Surname`` written in ``text`` whose surname key is ``surname``."""
    if not surname or surname.split()[-1] not in fold(text):
        return []
    names = []
    # words of one line only: "... les époux Balkany\n\nAnticor, l'association" names nobody
    pattern = re.compile(rf"((?:{NAME_WORD}[^\S\n]+){{1,2}})({NAME_WORD}(?:-{NAME_WORD})?)(?![\w-])")
    for match in pattern.finditer(text):
        if _medium_end(text, match.start()) >= 0:
            continue  # "raconte au Parisien Idrissa": the medium is no given name
        given = match.group(1).split()
        while given and not plain_given_word(given[0]):
            given = given[1:]
        if not given or not all(plain_given_word(word) or fold(word) in particles() for word in given[1:]):
            continue
        name = " ".join([*given, match.group(2)])
        parts = parse_name(name)
        if parts.surname == surname and parts.is_full and not exclude(name):
            names.append(name)
    return names


#: Relatives named together, the surname written once: ``les frères Jorge et Bayron Benitez``.
_RELATIVES_TOGETHER = r"\b(?i:frères|sœurs|soeurs|époux|jumeaux|jumelles|cousins|cousines)\s+"


def full_names_from_given(text: str, given: str) -> set[str]:
    """Every ``Given Surname`` written in ``text`` for a given name written alone elsewhere
    (``Julie`` -> ``Julie Trossat``): the capitalized words after it that can be a surname
    (``Tedros Adhanom Ghebreyesus``), a particle among them (``Hervé Le Hir``); for relatives
    named together, the surname after the other's given name (``les frères Jorge et Bayron
    Benitez``: ``Jorge`` -> ``Jorge Benitez``)."""
    word = rf"{NAME_WORD}(?:-{NAME_WORD})?"
    alone = re.compile(rf"(?<![\w-]){re.escape(given)}((?:[^\S\n]+{word}){{1,3}})(?![\w'’-])")
    together = re.compile(
        rf"{_RELATIVES_TOGETHER}{re.escape(given)}\s+et\s+{word}((?:[^\S\n]+{word}){{1,2}})(?![\w'’-])"
    )
    names = set()
    for match in [*alone.finditer(text), *together.finditer(text)]:
        words = _surname_words(match.group(1).split(), given)
        if words:
            names.add(" ".join([given, *words]))
    return names


def _surname_words(candidates: list[str], given: str) -> list[str]:
    """The words of ``candidates``, written after a given name, that can be its surname."""
    words = []
    for part in candidates:
        if fold(part) in particles() and part[:1].isupper():
            words.append(part)  # "Hervé Le Hir"
            continue
        if not plain_given_word(part) or load_gazetteer().lookup(part) is not None or fold(part) == fold(given):
            break
        if is_demonym(part):
            break  # "celle de Hana Tchécoslovaque": her nationality, not her surname
        words.append(part)
    while words and fold(words[-1]) in particles():
        words.pop()
    return words


_HONORIFIC_BEFORE = re.compile(r"\b(?:M|MM|Mme|Mlle|Dr|Pr|Me|Mgr)\.?\s+$")
_SURNAME_PREFIXES = frozenset("le la du de des van von di da el al ben abou".split())


def surname_entities(text: str, entities: list[Entity], quoted: list[tuple[int, int]] = ()) -> list[Entity]:
    """``entities`` and the person entities the recogniser missed where a person it found
    with a full name is written by surname alone (``Macron demande ...``, ``a insisté Ayrault``),
    outside the ``quoted`` spans."""
    spans = [(e.start, e.end) for e in entities]
    surnames = set()
    for entity in entities:
        words = entity.text.split()
        if entity.label != "PER" or len(words) < 2 or not all(w[:1].isupper() for w in words[-2:]):
            continue
        surname = words[-1]
        if len(words) >= 3 and fold(words[-2]) in _SURNAME_PREFIXES:
            surname = " ".join(words[-2:])  # "Le Pen", "Le Maire"
        folded = fold(surname)
        if len(surname) >= 3 and folded not in organisation_words() and folded not in person_nouns():
            if load_gazetteer().lookup(surname) is None and not is_organisation(entity.text, text):
                surnames.add(surname)  # not "Libéré" for "le Dauphiné Libéré"
    if not surnames:
        return entities
    # "Le Foll" labelled MISC (read as "Le Monde") where "Stéphane Le Foll" is a person
    entities = [Entity(e.text, "PER", e.start, e.end) if e.text in surnames else e for e in entities]
    added = []
    for surname in surnames:
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text):
            if _HONORIFIC_BEFORE.search(text, max(0, match.start() - 6), match.start()):
                continue  # "M. Mladic" is read with its honorific
            if any(start < match.start() < end for start, end in quoted):
                continue  # "c'est du Macron tout craché": quoted words name no speaker
            if not any(start < match.end() and match.start() < end for start, end in spans):
                added.append(Entity(surname, "PER", match.start(), match.end()))
    return sorted(entities + added, key=lambda e: e.start) if added else entities


_GLUED = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_SURNAME_AFTER = re.compile(rf"[^\S\n]+({NAME_WORD}(?:-{NAME_WORD})?)(?![\w'’-])")
#: A surname written as its initial (``Fatima E. revient``), then a lowercase word or punctuation:
#: not a capitalized word, which may open the next sentence.
_INITIAL_AFTER = re.compile(r"[^\S\n]+[A-ZÀ-Þ]\.(?=[^\S\n]*[,;:)»\"]|[^\S\n]+[a-zà-ÿ])")


#: The first part of a compound given name the recogniser left out: "François-" before "Michel",
#: also after a list's dash ("-Jean-" before "Pierre Chevènement").
_GIVEN_BEFORE_HYPHEN = re.compile(r"(?:(?<![\w-])|(?<=\s-)|(?<=^-))[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+-$", re.MULTILINE)
_COMPLEMENT_BEFORE = re.compile(r"(?:\b(?:à|au|aux|du|des)|\b(?:à|de)\s+la|\b[dl]['’])\s*$", re.IGNORECASE)
_WORD_BEFORE = re.compile(rf"({NAME_WORD})[^\S\n]+$")
_MEDIUM_BEFORE = re.compile(r"\s+(?:à|au|aux)\s+(?:l['’]|la\s+|le\s+)?$")


def _medium_end(text: str, start: int) -> int:
    """The end of a medium complement (``au Parisien``, ``à l'AFP``) whose name is written
    at ``start``, or -1."""
    before = _MEDIUM_BEFORE.search(text, max(0, start - 12), start)
    medium = medium_complement().match(text, before.start()) if before else None
    return medium.end() if medium and medium.end() > start else -1


def _glued_to_given_name(entity: Entity, words: list[str], text: str) -> bool:
    """A complement's name and a first name read as one entity, set off by a comma after
    it: two words after a preposition, the second a given name (``au Progrès Georges,``), or
    a known medium then a name (``au Parisien Idrissa,``, ``à l'AFP Dior,``)."""
    if len(words) != 2 or text[entity.end : entity.end + 1] != ",":
        return False
    if entity.start < _medium_end(text, entity.start) < entity.end and fold(words[0]) not in given_names():
        return True  # the medium is the first word, a name the second (not "à Télé Loisirs")
    return (
        entity.label != "PER"
        and fold(words[1]) in given_names()
        and fold(words[0]) not in given_names()
        and bool(_COMPLEMENT_BEFORE.search(text, max(0, entity.start - 8), entity.start))
    )


def _medium_split(entity: Entity, words: list[str], text: str) -> int:
    """1 when the entity starts with the last word of a medium's name the word before it
    begins, a name following (``au micro de France Info Patrick Michel`` read as ``Info
    Patrick Michel``), else 0."""
    before = _WORD_BEFORE.search(text, max(0, entity.start - 30), entity.start)
    if len(words) < 3 or before is None or not is_given_word(words[1]):
        return 0
    medium = is_organisation(f"{before.group(1)} {words[0]}", "")
    return 1 if medium and not is_organisation(before.group(1), "") and not is_organisation(words[0], "") else 0


def _glued_words(words: list[str], label: str) -> int:
    """How many leading words of an entity are a party, a place or a medium glued before a
    person's name (``DVG Samia Ghali``, ``Alpes-Maritimes Éric Ciotti``, ``dans Capital Fabien
    Vanhemlryck``, ``Les Républicains Bruno Retailleau``, ``sur Facebook Nasri Sayegh``), or 0.
    The name left has two words at least and starts with a given name, or, in an entity not
    read as an organisation, follows a one-word organisation's name (``Facebook``)."""
    for size in (1, 2, 3):
        if len(words) - size < 2:
            break
        prefix, first = " ".join(words[:size]), words[size]
        if size == 1 and fold(prefix) not in given_names():
            acronym = 2 <= len(prefix) <= 5 and prefix.isupper()
            if (acronym or load_gazetteer().lookup(prefix) is not None) and is_given_word(first):
                return 1
            rest = words[1:]  # "Facebook Nasri Sayegh", not "région Grand Est"
            named = is_given_word(first) or (
                label != "ORG"
                and prefix[0].isupper()
                and all(w[:1].isupper() for w in rest)
                and load_gazetteer().lookup(" ".join(rest)) is None
            )
            if named and is_organisation(prefix, ""):
                return 1
        elif size > 1 and is_given_word(first) and (is_organisation(prefix, "") or load_gazetteer().lookup(prefix)):
            return size  # "Les Républicains Bruno Retailleau", "Sao Paulo Bruno Covas"
    return _glued_of_place(words)


#: A noun that an organisation's name follows: ``la maison d'édition Ellipses``, ``le groupe Casino``.
_ORGANISATION_NOUN_BEFORE = re.compile(
    r"\b(?:maison\s+d['’]édition|éditions|groupe|société|marque|enseigne|entreprise|association|fondation"
    r"|magazine|journal|quotidien|hebdomadaire|chaîne|radio|cabinet|agence|institut|compagnie|laboratoire)\s+$",
    re.IGNORECASE,
)
#: A video caption glued to the speaker's surname: ``estime Retailleaupar Europe 1``.
_CAPTION_GLUED = re.compile(r"(?<=[a-zà-ÿ]{3})par(?=[^\S\n]+[A-ZÀ-Þ])")


def _named_after_organisation_noun(entity: Entity, words: list[str], text: str) -> int:
    """1 when a one-word organisation's name after a noun that introduces one is read with the
    person's name that follows it (``la maison d'édition Ellipses Brieuc Bénézet``), else 0."""
    if len(words) < 3 or not is_given_word(words[1]) or fold(words[0]) in given_names():
        return 0
    return 1 if _ORGANISATION_NOUN_BEFORE.search(text, max(0, entity.start - 24), entity.start) else 0


def _caption_glued(entity: Entity, entities: list[Entity], text: str) -> Entity:
    """``entity`` without the ``par`` of a video caption glued to its last word, when the
    article names the person with the word left elsewhere (``Retailleaupar Europe 1``, with
    ``Bruno Retailleau`` named)."""
    glued = _CAPTION_GLUED.match(text, entity.end - 3)
    surname = entity.text[:-3].split()[-1] if glued else ""
    if not glued or not any(e is not entity and surname in e.text.split() for e in entities):
        return entity
    return Entity(entity.text[:-3], entity.label, entity.start, entity.end - 3)


def _glued_of_place(words: list[str]) -> int:
    """How many leading words are a party, body or office of a place glued before a given
    name (``LR de Nice Christian Estrosi``, ``Républicains des Alpes-Maritimes Eric Ciotti``),
    or 0: the head is an acronym or an organisation's name, the place is in the gazetteer,
    and two words at least are left."""
    for size in range(3, min(len(words) - 2, 6) + 1):
        match = OF_PLACE.fullmatch(" ".join(words[:size]))
        if match is None or not is_given_word(words[size]):
            continue
        head = match.group("head")
        party = (2 <= len(head) <= 6 and head.isupper()) or is_organisation(head, "")
        if party and fold(head.split()[0]) not in given_names() and load_gazetteer().lookup(match.group("place")):
            return size
    return 0


def _given_name_read_as_other(entity: Entity, words: list[str], text: str) -> bool:
    """A known given name alone that the recogniser read as an organisation, a miscellany or a
    place (``Jenifer``, ``Angèle``, ``Meghan``): no place, no organisation the article names so."""
    return (
        entity.label in ("ORG", "MISC", "LOC")
        and len(words) == 1
        and fold(entity.text) in given_names()
        and entity.text[:1].isupper()
        and not entity.text.isupper()
        and load_gazetteer().lookup(entity.text) is None
        and not is_organisation(entity.text, text)
    )


def _surname_of_another(word: str, entities: list[Entity]) -> bool:
    """True when a person entity of the article ends with ``word``: ``Philippe`` alone is
    Édouard Philippe's surname there, not a given name."""
    return any(e.label == "PER" and e.text.split()[-1] == word and " " in e.text for e in entities)


def completed_given_names(entities: list[Entity], text: str) -> list[Entity]:
    """``entities`` with the persons the recogniser cut wrong: a known given name alone
    extended over the capitalized surname written right after it (``a réagi Marlène
    Schiappa mardi`` tagged ``Marlène``) or over a surname's initial (``Fatima E.``, whatever
    the label of ``Fatima``), and a party's acronym before a given name
    dropped (``la sénatrice DVG Samia Ghali`` tagged as one organisation), a medium
    glued to the given name after it (``a expliqué au Progrès Georges, l'une des victimes``),
    and the first part of a compound given name put back (``François-Michel Lambert``); a
    place or a medium glued before a given name is dropped too (``des Alpes-Maritimes Éric
    Ciotti``, ``dans Capital Fabien Vanhemlryck``); two persons read apart at a particle are
    one (``Roland`` and ``Barbentane`` in ``Roland de Barbentane``), and so are a full name read as a
    miscellany and a person after it (``Emelyne Rodrigues`` and ``Jesus``)."""
    completed = []
    for i, entity in enumerate(entities):
        hyphenated = _GIVEN_BEFORE_HYPHEN.search(text, max(0, entity.start - 20), entity.start)
        if entity.label == "PER" and hyphenated:  # "François-Michel Lambert" read as "Michel Lambert"
            entity = Entity(text[hyphenated.start() : entity.end], "PER", hyphenated.start(), entity.end)
        entity = _caption_glued(entity, entities, text)
        words = entity.text.split()
        if _given_name_read_as_other(entity, words, text) and not _surname_of_another(entity.text, entities):
            entity = Entity(entity.text, "PER", entity.start, entity.end)  # "Jenifer raconte" read as an organisation
        glued = _glued_words(words, entity.label) or _medium_split(entity, words, text)
        glued = glued or _named_after_organisation_noun(entity, words, text)
        if glued:
            offset = entity.text.index(words[glued], len(" ".join(words[:glued])))
            entity = Entity(entity.text[offset:], "PER", entity.start + offset, entity.end)
        elif _glued_to_given_name(entity, words, text):
            offset = entity.text.index(words[1], len(words[0]))
            entity = Entity(words[1], "PER", entity.start + offset, entity.end)
        match = _SURNAME_AFTER.match(text, entity.end)
        following = entities[i + 1].start if i + 1 < len(entities) else len(text)
        if (
            entity.label == "PER"
            and " " not in entity.text
            and fold(entity.text) in given_names()
            and match
            and match.end() <= following
            and plain_given_word(match.group(1))
            and not _GLUED.search(match.group(1))  # "Alain JuppéPour": a sentence glued to the name
            and fold(match.group(1)) not in given_names()
            and load_gazetteer().lookup(match.group(1)) is None
        ):
            entity = Entity(text[entity.start : match.end()], "PER", entity.start, match.end())
        elif " " not in entity.text and fold(entity.text) in given_names():
            initial = _INITIAL_AFTER.match(text, entity.end)  # "Fatima E." read as "Fatima" (MISC)
            if initial and initial.end() <= following:
                entity = Entity(text[entity.start : initial.end()], "PER", entity.start, initial.end())
        last = completed[-1] if completed else None
        joined = last and entity.label == "PER" and _person_like(last)
        if joined and _particle_gap().fullmatch(text, last.end, entity.start):
            entity = Entity(text[last.start : entity.end], "PER", last.start, entity.end)
            completed.pop()
        completed.extend(split_pair(entity, text))  # "l'avocat de Michel Platini William Bourdon"
    return completed


def _person_like(entity: Entity) -> bool:
    """A person, or a full name read as a miscellany that opens on a known given name (``Emelyne
    Rodrigues``, then ``de Jesus``)."""
    words = entity.text.split()
    return entity.label == "PER" or (entity.label == "MISC" and len(words) >= 2 and fold(words[0]) in given_names())


@cache
def _particle_gap() -> re.Pattern[str]:
    """The words between two parts of one name: `` de ``, `` van ``, `` d'``."""
    kept = particles() - {"y", "le", "la", "les"}  # "Felipe y Letizia" are two
    words = "|".join(sorted((re.escape(p) for p in kept), key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:{words})\s+|d['’]\s*)", re.IGNORECASE)
