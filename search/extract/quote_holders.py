"""Who is known to hold a role (``data/role_holders.tsv``): ``le ministre de l'Intérieur`` in an
article that names Gérard Collomb and no other holder of that office is Gérard Collomb.

News articles name a politician once and then call them by their office: ``"...", a précisé
Gérard Collomb`` in one paragraph, ``le ministre de l'Intérieur avait expliqué`` in the next,
with nothing in the article saying he is that minister. The table holds the roles the dev
corpus itself gives people in appositions (``le maire de Bordeaux Alain Juppé``, ``Florence
Parly, ministre des Armées``), mined by ``bench/mine_role_holders.py``. A role may have had
several holders (three ministers of the Interior); only the persons the article names are
candidates, and when two of them fit, the role names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from search.extract.name_data import data_lines
from search.extract.name_keys import parse_name, person_key
from search.extract.quote_offices import office_descriptors
from search.extract.quote_phrases import phrase_at
from search.extract.quote_roles import role_match

#: A role phrase's determiner (``le``, ``la``, ``l'``, any case).
_DETERMINER = re.compile(r"^(?:l['’]|le\s|la\s)", re.IGNORECASE)


def phrase_descriptor(phrase: str) -> str:
    """The role descriptor of a role phrase written alone, with its determiner or without
    (``le maire de Bordeaux``, ``ministre des Armées``), "" when it names no role or has no
    complement: a role without one (``le journaliste``) says too little to stand for one person."""
    if not _DETERMINER.match(phrase):
        phrase = f"le {phrase}"
    mention = phrase_at(phrase, 0, len(phrase), [])
    if mention is None or mention.kind != "title" or "|" not in mention.descriptor:
        return ""
    return mention.descriptor


@cache
def role_holders() -> dict[str, frozenset[str]]:
    """Person keys (``name_keys.person_key``) to the descriptors of the roles they are known by."""
    table: dict[str, set[str]] = {}
    for line in data_lines("role_holders.tsv"):
        name, phrase, _ = line.split("\t")
        descriptor = phrase_descriptor(phrase)
        if descriptor:
            table.setdefault(person_key(name), set()).add(descriptor)
    return {key: frozenset(descriptors) for key, descriptors in table.items()}


def holds(known: str, role: str) -> bool:
    """True when a role known for a person (``known``) is the ``role`` a phrase names. An
    office matches only itself (``le Premier ministre`` is not ``le ministre de l'Intérieur``);
    other roles need the same head noun, or a synonym, and a shared complement word
    (``maire|Borde``, not ``maire``)."""
    offices = office_descriptors()
    if known in offices or role in offices:
        return known == role
    return role_match(known, role) == 2


@cache
def _keys_by_surname() -> dict[str, frozenset[str]]:
    """The table's surnames to the person keys that have them (``darmanin`` -> ``gerald darmanin``)."""
    keys: dict[str, set[str]] = {}
    for line in data_lines("role_holders.tsv"):
        parts = parse_name(line.split("\t")[0])
        keys.setdefault(parts.surname, set()).add(parts.key)
    return {surname: frozenset(found) for surname, found in keys.items()}


def _known_roles(name: str) -> frozenset[str]:
    """The roles the table knows for ``name``; for a surname alone (``Darmanin``), those of the
    one person of the table with that surname."""
    parts = parse_name(name)
    table = role_holders()
    if parts.is_full or parts.key in table:
        return table.get(parts.key, frozenset())
    keys = _keys_by_surname().get(parts.surname, frozenset())
    return table.get(next(iter(keys)), frozenset()) if len(keys) == 1 else frozenset()


def known_holder(role: str, names: Iterable[str]) -> str:
    """The one name among ``names`` known to hold ``role``; "" when none is, or several are
    (an article naming two ministers of the Interior leaves ``le ministre`` to nobody)."""
    fitting = [name for name in dict.fromkeys(names) if any(holds(known, role) for known in _known_roles(name))]
    full = {parse_name(name).key: name for name in fitting if parse_name(name).is_full}
    surnames = {parse_name(name).surname for name in fitting}
    if len(full) > 1 or len(surnames) > 1:
        return ""
    return next(iter(full.values())) if full else (fitting[0] if fitting else "")  # "Macron" is Emmanuel Macron
