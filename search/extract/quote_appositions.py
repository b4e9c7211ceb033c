"""The name that goes with a role: ``le ministre de l'Economie Bruno Le Maire``,
``le directeur général de l'OMS, Tedros Adhanom Ghebreyesus``, ``une habitante, Sophie,``.

The recogniser's person entities come first. When it missed the name or gave
it another label, the capitalized words at the end of the role phrase (or
right after its comma) are read as the name.
"""

from __future__ import annotations

import re
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
from search.extract.place_gazetteer import is_demonym, load_gazetteer
from search.extract.structure_types import Entity

UPPER = "A-ZÀ-ÖØ-Þ"
#: One initial of a name: ``J.`` in ``J.B. Pritzker``, ``J.-`` in ``J.-B.``.
INITIAL = rf"[{UPPER}]\.-?"
_CAPITALIZED = rf"[{UPPER}][\w’'-]*"
_COMPLEMENT_WORDS = ("de", "du", "des", "d", "l", "la", "le")
#: Nouns after which capitalized words name a company (``la compagnie Con Edison``), folded.
_COMPANY_NOUNS = frozenset(("compagnie", "societe", "entreprise", "firme", "marque", "enseigne"))
#: A person's name after a comma: ``, John McAvoy``.
_COMMA_NAME = re.compile(r"\s*,\s*[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ]")
#: Capitalized words that are not names (sentence openers, roles written with a capital).
#: The comma before an apposed name, past a short complement or participle clause.
_APPOSITION_COMMA = re.compile(
    r"(?:\s+(?:au|aux|à|en|pour|dans)\s+[^,.;:«»]{1,30}?)?"  # "... au GNA, Mohamad Gnounou", "dans la Dordogne, X"
    r"(?:\s*,\s*[a-zà-ÿ][^,.;:«»]{0,40}?)?"  # "..., reconnu par l'ONU, Mohamad Gnounou"
    r"\s*,\s*"
)
#: A person's role after ``de``, right before a name: ``de l'humoriste``, ``du chanteur``, ``des frères``.
_INNER_ROLE = re.compile(
    r"\b(?:du|des|de\s+la|de\s+l['’]|d['’]une?|de\s+son|de\s+sa|de\s+ses|de\s+leurs?)\s*"
    r"(?P<role>[a-zà-ÿ][\w-]*)(?:\s+[a-zà-ÿ][\w-]*){0,2}\s+$"
)
_NOT_NAMES = frozenset("le la les l un une selon mais et en pour lors dans il elle premier première tele tv".split())


@cache
def _run_pattern() -> re.Pattern[str]:
    particle = "|".join(sorted((re.escape(p) for p in particles()), key=len, reverse=True))
    return re.compile(rf"{_CAPITALIZED}(?:(?:\s+(?:(?:{particle})\s+|(?:{particle})['’-])*|-){_CAPITALIZED})*")


def _name_word(word: str, first: bool = True) -> bool:
    """A capitalized word that can be part of a name (a role noun only after the first word:
    ``Bruno Le Maire``, not ``Président Macron``)."""
    folded = fold(word.strip("'’"))
    return not (
        folded in _NOT_NAMES
        or folded in organisation_words()
        or (first and folded in person_nouns())
        or folded in honorifics()
        or (word.isupper() and len(word) > 1)
    )


def _person_entity(entity: Entity) -> bool:
    words = entity.text.split()
    return (
        entity.label in ("PER", "MISC")
        and 0 < len(words) <= 5
        and all(w[:1].isupper() or fold(re.split(r"[-'’]", w)[0]) in particles() for w in words)
        and not entity.text.isupper()
        and fold(words[0]) not in organisation_words()
    )


def _name_after_head(text: str, entity: Entity, start: int) -> bool:
    """A one-word name the recogniser gave another label, written right after a person's role
    (``son fils Hamza``, ``le rappeur Kaaris``): no place, inhabitant (``le jeune Angevin``),
    organisation or acronym."""
    word = entity.text.strip()
    return (
        not text[start : entity.start].strip()
        and re.fullmatch(_CAPITALIZED, word) is not None
        and _name_word(word)
        and load_gazetteer().lookup(word) is None
        and not is_demonym(word)
    )


def _placed_as_name(text: str, entity: Entity, start: int, end: int) -> bool:
    """A name inside a role phrase never follows ``de`` (``le porte-parole de M. Haftar``
    names Haftar's spokesman), nor another person's role after a relation's ``de`` (``le fils
    de l'humoriste Guy Bedos``: Guy Bedos is the humorist); a one-word name must also end the
    phrase and follow a plain word: ``le ministre Ayrault``, not ``le chef de file des
    Insoumis`` or ``le président La République en marche de ...``."""
    before = re.findall(r"\w+", text[max(0, entity.start - 20) : entity.start])
    if before and fold(before[-1]) in ("de", "du", "des", "d"):
        return False
    if _company_name(text, entity.start, entity.end):
        return False
    if _after_inner_role(text, start, entity.start):
        return False
    if " " in entity.text.strip():
        return True
    at_end = not text[entity.end : end].strip()
    return (
        at_end and bool(before) and fold(before[-1].rstrip("'’")) not in _COMPLEMENT_WORDS and before[-1][:1].islower()
    )


def _company_name(text: str, start: int, end: int) -> bool:
    """True when the capitalized words ``text[start:end]`` follow a company's noun and a name
    follows them after a comma: ``le PDG de la compagnie Con Edison, John McAvoy`` (not
    ``l'avocate de l'entreprise Lisa Blatt``, nor ``le gouvernement``, whose spokesperson's name
    follows it)."""
    before = re.findall(r"\w+", text[max(0, start - 20) : start])
    return bool(before) and fold(before[-1]) in _COMPANY_NOUNS and bool(_COMMA_NAME.match(text, end))


def _after_inner_role(text: str, start: int, pos: int) -> bool:
    """True when a name at ``pos``, in a role phrase whose head noun ends at ``start``, is
    another person's: the head names a relation (``data/relations.txt``) and the name follows
    that person's role after ``de`` (``la femme de l'humoriste Tomer Sisley``)."""
    head = re.search(r"([\w-]+)\s*$", text[max(0, start - 30) : start])
    if not head or fold(head.group(1)) not in folded_words("relations.txt"):
        return False
    inner = _INNER_ROLE.search(text, max(start, pos - 60), pos)
    role = fold(inner.group("role")) if inner else ""
    return role in person_nouns() or (role.endswith("s") and role[:-1] in person_nouns())  # "des frères X"


def _after_head(text: str, entity: Entity, start: int) -> Entity:
    """An entity that swallowed the role's head noun (``le capitaine Valenzuela`` read as
    ``capitaine Valenzuela``), cut to the words after ``start``; any other entity as it is."""
    if not (entity.start < start < entity.end and text[start].isspace() and " " not in text[entity.start : start]):
        return entity
    offset = start + len(text[start : entity.end]) - len(text[start : entity.end].lstrip())
    if not text[offset].isupper():
        return entity  # "le président de la République" read as one person entity
    return Entity(text[offset : entity.end], entity.label, offset, entity.end)


def name_within(text: str, start: int, end: int, entities: list[Entity]) -> tuple[str, int, int] | None:
    """The person named inside a role phrase ``text[start:end]`` (after its head noun)."""
    found = [
        e
        for e in (_after_head(text, entity, start) for entity in entities)
        if start <= e.start
        and e.end <= end
        and (_person_entity(e) or _name_after_head(text, e, start))
        and _placed_as_name(text, e, start, end)
    ]
    if found:
        name = found[-1].text
        words = name.split()
        after_determiner = re.search(
            r"(?:[lL]['’]|\b(?:[Ll]es|[Ll]e|[Ll]a)\s+)$", text[max(0, found[-1].start - 4) : found[-1].start]
        )
        if len(words) >= 4 and fold(words[0]) in ("le", "la", "les"):
            words = words[2:]  # "le sénateur Les Républicains Pierre Charon"
        elif (len(words) >= 3 and not _name_word(words[0])) or (len(words) >= 2 and after_determiner):
            words = words[1:]  # "la porte-parole de l'Insoumise Danièle Obono", "à la Défense Jim Mattis"
        name = " ".join(words)
        return name, found[-1].end - len(name), found[-1].end
    runs = list(_run_pattern().finditer(text, start, end))
    if not runs:
        return None
    runs = [r for r in runs if not (r.group().isupper() or text[max(start, r.start() - 1) : r.start()] == "(")]
    if not runs:
        return None  # "Valérie Pécresse (LR)": the party in parentheses is no name
    run = runs[-1]
    if _after_inner_role(text, start, run.start()) or _company_name(text, run.start(), run.end()):
        return None  # "l'avocat du chanteur Johnny Hallyday" is not Johnny Hallyday, nor is Con Edison a name
    words = run.group().split()
    before = re.findall(r"[\w']+", text[max(start, run.start() - 6) : run.start()])
    given = _given_after_place(words)
    if given:
        words = words[given:]  # "de la République de Paris Rémy Heitz": the name follows the place
    elif before and fold(before[-1].rstrip("'’")) in _COMPLEMENT_WORDS:
        if _organisation_run(run, entities):
            return None  # "une chercheuse de Human Rights Watch, Aya Majzoub": the complement is all of it
        words = words[1:]  # "de l'Economie Bruno Le Maire": "Economie" is the ministry's
        if words and fold(words[0]) in ("de", "du", "des"):
            return None  # "le ministre de l'Économie de François Hollande": Hollande's minister
        while words and re.match(r"[dlDL]['’]", words[0]):
            words = words[1:]  # "du Quai d'Orsay Agnès ..."
    while words and fold(words[0]) in particles():
        words = words[1:]
    if len([w for w in words if fold(w) not in particles()]) < 2 or not all(
        _name_word(w, False) or fold(w) in particles() for w in words[1:]
    ):
        return None
    if not _name_word(words[0]):
        return None
    name = " ".join(words)
    if load_gazetteer().lookup(name) is not None:
        return None  # "le conseiller de la région Grand Est": a place, not a name
    if not is_given_word(words[0]) and load_gazetteer().lookup(words[-1]) is not None:
        return None  # "le directeur de SNCF Réseau Île-de-France, Didier Bense": a body's name ends on its place
    return name, run.end() - len(name), run.end()


def _given_after_place(words: list[str]) -> int:
    """The index of a given name that follows a particle and a known place in a run of
    capitalized words (``République de Paris Rémy Heitz`` -> 3), or 0."""
    for i in range(len(words) - 3):
        if (
            fold(words[i + 1]) in ("de", "du", "des")
            and load_gazetteer().lookup(words[i + 2]) is not None
            and fold(words[i + 3]) in given_names()
        ):
            return i + 3
    return 0


def person_like(entity: Entity) -> bool:
    """An entity shaped like a person's name: one to five capitalised words or particles."""
    words = entity.text.split()
    return 1 <= len(words) <= 5 and all(_name_shaped(w) for w in words) and not entity.text.isupper()


def _name_shaped(word: str) -> bool:
    """A capitalised word, a particle, or a particle glued to a capitalised word (``al-Kaissi``)."""
    prefix, _, rest = word.partition("-")
    if word[0].isupper() or fold(word.replace("’", "'")) in particles():
        return True
    return fold(prefix) in particles() and rest[:1].isupper()


def person_read_otherwise(entity: Entity) -> bool:
    """An organisation's or a place's entity that is a person's name: two or three words shaped
    like a name that open on a given name, and for a place none the gazetteer knows (``Mounir
    Majhoubi`` read as an organisation, ``Caroline Fache`` and ``Bassem al-Kaissi`` as places)."""
    words = [w for w in re.split(r"[\s'’]+", entity.text) if w]
    return (
        entity.label in ("ORG", "LOC")
        and 2 <= len(words) <= 3
        and person_like(entity)
        and fold(words[0]) in given_names()
        and (entity.label == "ORG" or load_gazetteer().lookup(entity.text) is None)
    )


def _organisation_run(run: re.Match[str], entities: list[Entity]) -> bool:
    """A run of capitalised words the recogniser reads as one organisation, with no given name
    in it (``Human Rights Watch``; ``Jeunesse Gabriel Attal`` holds a person's name)."""
    return any(e.label == "ORG" and (e.start, e.end) == run.span() for e in entities) and not any(
        is_given_word(word) for word in run.group().split()
    )


def apposed_name(text: str, pos: int, limit: int, entities: list[Entity]) -> tuple[str, int, int] | None:
    """The person named right after a role phrase ending at ``pos``, after a comma:
    ``..., Tedros Adhanom Ghebreyesus,`` or ``une habitante, Sophie, 54 ans``."""
    comma = _APPOSITION_COMMA.match(text, pos, limit)
    if not comma:
        return None
    start = comma.end()
    for entity in entities:
        if (
            entity.start == start
            and entity.end <= limit
            and (
                _person_entity(entity)
                or (entity.label == "LOC" and (" " not in entity.text or person_read_otherwise(entity)))
            )
        ):
            if _name_word(entity.text.split()[0]):
                return entity.text, entity.start, entity.end
    run = _run_pattern().match(text, start, limit)
    if (
        run
        and all(_name_word(w, i == 0) for i, w in enumerate(run.group().split()))
        and re.match(r"\s*(?:[,.;]|$)", text[run.end() : limit])
    ):
        return run.group(), run.start(), run.end()
    return None


#: A role apposed to a name, between commas: ``, député LFI de Seine-Saint-Denis,``,
#: ``, l'ancien ministre,``.
_ROLE_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:le|la|l['’]|un|une)\s*)?(?:(?!(?:des|les|ces|ses|leurs)\s)[a-zà-ÿ]+\s+)?(?P<head>[a-zà-ÿ-]+)[^,;:.«»]{0,80},"
)


def apposition_end(text: str, pos: int, limit: int) -> int:
    """Where a role apposed to the name ending at ``pos`` ends (``selon X, député de Paris,``
    -> after the second comma); ``pos`` itself when no singular role noun heads what follows
    the comma (``selon X, des députés de la majorité, tous invités, ont ...``: the clause)."""
    match = _ROLE_APPOSITION.match(text, pos, limit)
    if match and fold(match.group("head")) in person_nouns():  # one person: a singular role
        return match.end()
    return pos
