"""Person mentions, the clean-up of person names found by the recogniser, and first
names the recogniser missed after a speech verb."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from search.extract.name_data import (
    data_lines,
    fold,
    folded_words,
    given_names,
    honorifics,
    organisation_words,
    particles,
    person_nouns,
)
from search.extract.name_keys import parse_name
from search.extract.place_gazetteer import is_demonym, load_gazetteer
from search.extract.quote_appositions import INITIAL
from search.extract.quote_offices import office_descriptor

_INSIDE_NAME = re.compile(
    r"[\"«»“”\n•▪►]|(?<=\w)\.(?=[A-ZÀ-Þ][a-zà-ÿ])|(?<=\b[A-ZÀ-Þ]\.)(?=[a-zà-ÿ]{2})"
    r"|(?<=[a-zà-ÿ]{4})(?=[A-ZÀ-Þ][a-zà-ÿ]{2})"  # "Serge AurierVenu": the next sentence glued on
)


@dataclass(frozen=True)
class PersonMention:
    """A person named at ``start``; ``gender`` m/f/-; ``descriptor`` the role they were given;
    ``subject`` when the mention opens its sentence or clause (or is a speaker).
    An empty ``name`` is an anonymous person (``un diplomate``); ``written`` is False
    for a role that stands for a person named elsewhere (``le ministre``)."""

    name: str
    start: int
    gender: str = "-"
    descriptor: str = ""
    subject: bool = False
    written: bool = True


#: Initials opening a name: ``J.B.``, ``J.-B.``.
_INITIALS = re.compile(rf"(?:{INITIAL})+")


#: A sentence's full stop glued to the name's last word (a word of two lowercase letters at least).
_SENTENCE_DOT = re.compile(r"[a-zà-ÿ]{2}\.$")


def clean_person_name(name: str) -> str:
    """A recogniser's person name without line breaks, quotes, a glued next sentence
    (``Armin S.travaille``, ``Serge AurierVenu``) or a place glued before it."""
    match = _INSIDE_NAME.search(name)
    if match:
        name = name[: match.start()]
    name = name.strip(" ,;:'’-•·►")
    if _SENTENCE_DOT.search(name):
        name = name[:-1]  # "Olivier Véran.• Le télétravail", not "Fatima E."
    words = name.split()
    while len(words) > 1 and words[0].isupper() and len(words[0]) > 1 and not _INITIALS.fullmatch(words[0]):
        words = words[1:]  # "AFP Umesh Pandey" (after "a déclaré à l'AFP"), not "J.B. Pritzker"
    while len(words) > 2 and _place_not_name(words[0]):
        words = words[1:]  # "Strasbourg Yolande Renzi" ("l'adjointe au maire de Strasbourg Yolande Renzi")
    while len(words) > 1 and fold(words[-1]) in particles():
        words = words[:-1]  # "Emmanuel Macron de" ("Emmanuel Macron de ... ")
    return " ".join(words)


def _place_not_name(word: str) -> bool:
    """A place name that is no given name: it glues a role's place to the name after it."""
    return load_gazetteer().lookup(word) is not None and fold(word) not in given_names()


@cache
def _lowercase_name_words() -> frozenset[str]:
    """Lowercase words a person's name may hold: particles (``de``, ``al``) and connectors
    (``ben`` in ``Mohammed ben Salmane``)."""
    return frozenset(particles()) | folded_words("names_connectors.txt")


#: Determiners that a recogniser's entity may end on when a subhead runs into the sentence after it.
_DETERMINERS = frozenset(("ce", "cet", "cette", "ces", "ses", "leur", "leurs", "un", "une"))


def is_person_name(name: str) -> bool:
    """Plausible as a person's name: one to five capitalized words (particles aside),
    not a pronoun, a determiner or an acronym (``Santé publique France`` is not one)."""
    words = name.split()
    return (
        0 < len(words) <= 5
        and name[:1].isupper()
        and not name.isupper()
        and name.lower() not in ("il", "elle")
        and ":" not in name  # "Sommets Trump/Kim: Séoul accuse": a headline's topic, then its clause
        and all(w[:1].isupper() or fold(re.split(r"[-'’]", w)[0]) in _lowercase_name_words() for w in words)
        and fold(words[0]) not in folded_words("names_not_given.txt")
        and fold(" ".join(words[:2])) not in folded_words("names_not_given.txt")  # "Fan de Meryl"
        and not (len(words) == 1 and is_demonym(name))  # "le Russe"
        and not (len(words) == 1 and fold(name) in person_nouns())  # "le Premier Ministre"
        and not (len(words) == 1 and fold(name) in _DETERMINERS)  # "DE NANTES Cet argent": a subhead's entity
        and "Les" not in words  # "le candidat Les Républicains", "Europe Ecologie Les Verts": parties
        and not office_descriptor(name)  # "Président de la République"
        and not _role_then_its_complement(words)  # "Député LR des Alpes-Maritimes", "Directeur Général"
    )


def _role_then_its_complement(words: list[str]) -> bool:
    """True when a capitalized role noun opens the words and what follows it is a party's
    acronym, another role noun or a ``de`` complement, not a name (``Prince Harry``)."""
    if len(words) < 2 or fold(words[0]) not in person_nouns():
        return False
    second, folded = words[1], fold(words[1])
    return (second.isupper() and len(second) >= 2) or folded in person_nouns() or folded in ("de", "des", "du")


_BARE_NAME = re.compile(
    r"\s+(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
    r"(?:\s+[A-ZÀ-Þ]\.|\s+(?:(?:de\s+la|de|du|des|van|von)\s+|d['’])?[A-ZÀ-Þ][a-zà-ÿ'’-]+)?)\*?"
    # "Sophie", "Liliane B.", "Aloys Vimard", "Marie-Pierre de la Gontrie", "Nicolas*"
    r"(?=\s*(?:,\s*(?:\d{1,3}\s+ans\b|un\b|une\b|le\b|la\b|l['’]|les\b|qui\b|à\s+qui\b|son\b|sa\b|en\s+[a-zà-ÿ]+ant\b"
    r"|[a-zà-ÿ]{3,})"
    r"|\s+qui\b|\s+(?:à|au|aux)\s|\s+\d{1,3}\s+ans\b|[.!?]|\(|$))"  # "explique Armin au Parisien.", "Naeem 35 ans"
)
_CALENDAR = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout "
    "septembre octobre novembre decembre".split()
)


def bare_name(text: str, pos: int, limit: int) -> tuple[str, int, int] | None:
    """A first name alone right after a speech verb, as interviews give them and the
    recogniser often misses: ``", confie Sophie, 42 ans."``, ``", raconte Adel."``, ``", lance
    Nadim, en regardant par une fenêtre."``."""
    match = _BARE_NAME.match(text, pos, limit)
    if not match:
        return None
    name = match.group("name")
    first = fold(name.split()[0])
    if (
        first in _CALENDAR
        or first in organisation_words()
        or first in person_nouns()
        or first in honorifics()
        or first in folded_words("names_not_given.txt")
        or first in ("il", "elle", "on", "ils", "elles", "ce", "cette")
    ):
        return None
    place = load_gazetteer().lookup(name.split()[0])
    if place is not None and "ner" not in place.flags:
        return None  # "a indiqué Paris"
    return name, match.start("name"), match.end("name")


@cache
def medium_complement() -> re.Pattern[str]:
    """``à l'AFP``, ``au Parisien``, ``à Reuters``: the agency or medium words were said to
    (``data/agencies.tsv``, ``data/organisations_names.txt``; ``Le Parisien`` also as ``Parisien``)."""
    names = [name for line in data_lines("agencies.tsv") for name in line.split("\t")[1].split("|")]
    for line in data_lines("organisations_names.txt"):
        names.append(line)
        names.append(re.sub(r"^(?:Le|La|Les)\s+|^L['’]", "", line))
    alternation = "|".join(sorted({re.escape(name) for name in names}, key=len, reverse=True))
    return re.compile(rf"\s+(?:à|au|aux)\s+(?:l['’]|la\s+|le\s+)?(?:{alternation})(?![\w-])")


def bare_name_after_medium(text: str, pos: int, limit: int) -> tuple[str, int, int] | None:
    """A first name alone after the medium a speech verb names: ``", a expliqué à l'AFP Dior,
    étudiante de 21 ans"``, ``", raconte au Parisien Mohamed, 32 ans"``."""
    match = medium_complement().match(text, pos, limit)
    return bare_name(text, match.end(), limit) if match else None


def topic_label(name: str, text: str) -> bool:
    """True when a one-word name opening a headline is a topic label (``Coronavirus : "..."``,
    ``Retraites : ...``): no known given name, and ``text`` never writes it after another
    capitalised word (``Marine Le Pen`` makes ``Pen`` a surname)."""
    word = name.strip()
    if " " in word or fold(word) in given_names():
        return False
    return not re.search(rf"[A-ZÀ-ÖØ-Þ][\w'’-]+\s+{re.escape(word)}(?![\w-])", text)


def known_genders(named: list[tuple[str, str]]) -> dict[str, str]:
    """The gender of each person key the text tells one for, from ``(name, gender)`` pairs
    (``-`` unknown), a surname alone and the one full name with it sharing theirs: ``Castaner``
    in a headline is ``m`` when ``Christophe Castaner`` is. A key told both genders has none,
    and so does a surname two full names share (``Alexia Daval`` tells nothing of ``Jonathann
    Daval``)."""
    genders: dict[str, set[str]] = {}
    full_names: dict[str, set[str]] = {}
    for name, gender in named:
        parts = parse_name(name)
        if parts.is_full:
            full_names.setdefault(parts.surname, set()).add(parts.key)
        if parts.key and gender != "-":
            genders.setdefault(parts.key, set()).add(gender)
    for surname, keys in full_names.items():
        if len(keys) == 1:
            told = genders.get(next(iter(keys)), set()) | genders.get(surname, set())
            for key in (*keys, surname):
                genders[key] = told
    return {key: next(iter(told)) for key, told in genders.items() if len(told) == 1}
