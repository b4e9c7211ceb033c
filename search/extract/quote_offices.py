"""Offices one person holds at a time (``data/offices.tsv``): the phrases that name each one
(``le chef du gouvernement``, ``le locataire de Matignon``) share one role descriptor, and a
person known to hold one office is not the holder of another (``le Premier ministre`` is not
the person introduced as ``le ministre de l'Intérieur``)."""

from __future__ import annotations

import re
from functools import cache

from search.extract.name_data import data_lines, fold
from search.extract.place_gazetteer import is_demonym
from search.extract.quote_roles import NATIONALITY_MARK, OFFICE_MARK, role_descriptor

#: A role phrase's determiner, dropped before its words are compared with the office phrases.
_DETERMINER = re.compile(r"^(?:l['’]|le\s+|la\s+|son\s+|sa\s+|leur\s+|ce\s+|cet\s+|cette\s+|notre\s+|votre\s+)")
#: The word after an office phrase, maybe a nationality (``le chef de l'Etat libanais``).
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
#: French, the nationality every office is unless another is named.
FRENCH = frozenset({"francais", "francaise"})


def _key(phrase: str) -> str:
    return " ".join(fold(phrase.replace("’", "'")).split())


@cache
def office_phrases() -> tuple[tuple[str, str], ...]:
    """``(folded phrase, descriptor)`` pairs of ``data/offices.tsv``, longest phrase first. Each
    descriptor ends with the word ``office``, which no role's complement gives (those are cut
    to five letters): ``l'ancien ministre de l'Intérieur`` (``ministre|Inter``) is no office."""
    pairs = []
    for line in data_lines("offices.tsv"):
        descriptor, _, phrase = line.partition("\t")
        descriptor = descriptor.strip()
        pairs.append((_key(phrase), f"{descriptor}{' ' if '|' in descriptor else '|'}{OFFICE_MARK}"))
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


@cache
def office_descriptors() -> frozenset[str]:
    """Every office's descriptor."""
    return frozenset(descriptor for _, descriptor in office_phrases())


def office_descriptor(phrase: str, head: str = "") -> str:
    """The office a role phrase names (``Le Premier ministre`` -> ``premier-ministre|office``,
    ``le patron de la place Beauvau, Gérald Darmanin`` -> ``ministre|Inter office``), or "".
    Another country's office is the phrase's ``head`` noun and the country (``le chef de l'Etat
    libanais`` -> ``chef|Liban``): never the holder of ``le président de la République``, nor
    whoever is ``le président``."""
    words = _DETERMINER.sub("", _key(phrase))
    for office, descriptor in office_phrases():
        if words.startswith(office) and not words[len(office) : len(office) + 1].isalnum():
            following = _NEXT_WORD.match(words, len(office))
            nationality = following.group(1) if following else ""
            if not nationality or nationality in FRENCH or not is_demonym(nationality):
                return descriptor
            return role_descriptor(head or descriptor.partition("|")[0], f"de {nationality.capitalize()}")
    return ""


def other_office(descriptor: str, role: str) -> bool:
    """True when ``role`` is an office and ``descriptor`` (a person's known role) another
    office, or the same noun with another complement (``le président de l'époque`` is not
    ``le chef de l'Etat``)."""
    offices = office_descriptors()
    if role not in offices or descriptor == role:
        return False
    head, _, complement = descriptor.partition("|")
    places = [word for word in complement.split() if not word.startswith(NATIONALITY_MARK)]  # not "américain"
    return descriptor in offices or (bool(places) and head == role.partition("|")[0])
