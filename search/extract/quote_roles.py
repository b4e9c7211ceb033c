"""Roles as descriptors: a role's head noun and the words of its complement, and whether two
roles name the same position (``le député de Paris`` is not ``le député de l'Essonne``; ``le
patron de la CGT`` is the ``secrétaire général de la CGT``)."""

from __future__ import annotations

import re
from functools import cache

from search.extract.name_data import data_lines, fold

_OF = re.compile(r"\b(?:(?:de|du|des)\b|d['’])\s*", re.IGNORECASE)  # not "de" in "devant"
#: Words of four letters or more, acronyms (``la CGT``, ``du PS``) and ordinals (``du 7e arrondissement``).
_COMPLEMENT_WORD = re.compile(r"\b\d+(?:e|er|ème)\b|[\w-]{4,}|\b[A-Z]{2,3}\b")
#: Words of a complement are compared by their first letters (``Ukraine``, ``ukrainien``).
_STEM = 5


def role_descriptor(head: str, extension: str) -> str:
    """A role's head noun and the words of its ``de`` complement, capitalized ones (names of
    places and bodies) marked so: ``depute|Esson`` for ``le député de l'Essonne``,
    ``president|centr memoi`` for ``le président du centre de la mémoire``."""
    of = _OF.search(extension)
    found = _COMPLEMENT_WORD.findall(extension[of.end() :]) if of else []
    words = [_party(w) or (_fold(w)[:_STEM].capitalize() if _body_name(w) else _fold(w)[:_STEM]) for w in found]
    return f"{head}|{' '.join(words)}" if words else head


#: Parties whose name begins as an office's word does: ``le président des Républicains`` is
#: ``le président de LR``, not ``le président de la République``.
_PARTIES = {"republicains": "lr"}


def _party(word: str) -> str:
    """The acronym a party is also called by (``Républicains`` -> ``lr``), or ""."""
    return _PARTIES.get(_fold(word).lower(), "")


def _body_name(word: str) -> bool:
    """A capitalized complement word that names a place or body; a short acronym (``CGT``,
    ``CFC``) is a plain word: it may abbreviate a name spelled out elsewhere."""
    return word[0].isupper() and not (word.isupper() and len(word) <= 3)


#: Complement stems (folded, ``_STEM`` letters) that name the same thing: the head of state
#: (``chef de l'État``) is the president of the Republic (``président de la République``).
_SAME_WORD = {"repub": "etat"}


#: Ends the descriptor of an office (``president|Etat office``, ``president|Ameri office``; see ``quote_offices``).
OFFICE_MARK = "office"
#: Marks a nationality in a descriptor: ``president|~bresi`` for ``le président brésilien``.
NATIONALITY_MARK = "~"


def nationality_descriptor(head: str, nationality: str) -> str:
    """The descriptor of a role whose only complement is a nationality adjective (``le président
    brésilien`` -> ``president|~bresi``). The adjective is no place name (``américain`` is not
    ``États-Unis``): it only tells two nationalities apart."""
    return f"{head}|{NATIONALITY_MARK}{_fold(nationality)[:_STEM].lower()}"


def _complement(descriptor: str) -> tuple[str, set[str], set[str], set[str]]:
    head, _, words = descriptor.partition("|")
    nations = {w for w in words.split() if w.startswith(NATIONALITY_MARK)}
    # an ordinal names a place as a capitalized word does: the 7th arrondissement is not the 9th
    lowered = [
        (_SAME_WORD.get(w.lower(), w.lower()), w[0].isupper() or w[0].isdigit())
        for w in words.split()
        if w not in nations
    ]
    return head, {w for w, _ in lowered}, {w for w, capital in lowered if capital}, nations


@cache
def role_synonyms() -> dict[str, frozenset[str]]:
    """Folded role nouns to the head nouns they may stand for (``data/role_synonyms.tsv``):
    ``patron`` -> ``president``, ``secretaire``, ``dirigeant`` ..."""
    table: dict[str, frozenset[str]] = {}
    for line in data_lines("role_synonyms.tsv"):
        noun, _, others = line.partition("\t")
        table[fold(noun.strip())] = frozenset(fold(word) for word in others.split())
    return table


def role_match(descriptor: str, other: str) -> int:
    """How well two descriptors name the same role: 0 not at all (another head noun, or
    names or nationalities that differ: ``le député de Paris`` is not ``le député de l'Essonne``), 2 when
    their complements share a word, else 1. Two synonym heads (``role_synonyms``) match
    only through a shared complement word (``patron|cgt``, ``general|cgt``), and then as 1."""
    head, words, names, nations = _complement(descriptor)
    other_head, other_words, other_names, other_nations = _complement(other)
    if names and other_names and not names & other_names:
        return 0
    if nations and other_nations and not nations & other_nations:
        return 0  # "le président brésilien" is not "le président russe"
    stems = {n.lstrip(NATIONALITY_MARK) for n in nations}
    other_stems = {n.lstrip(NATIONALITY_MARK) for n in other_nations}
    if (stems and OFFICE_MARK in other_words and not stems & other_names) or (
        other_stems and OFFICE_MARK in words and not other_stems & names
    ):
        return 0  # nor the President of the Republic, but "le président américain" is the US one
    words, other_words = words | stems, other_words | other_stems
    if head != other_head:
        synonyms = head in role_synonyms().get(other_head, ()) or other_head in role_synonyms().get(head, ())
        return 1 if synonyms and words & other_words else 0
    return 2 if words & other_words else 1


def sole_name(names: list[str]) -> str:
    """The one person the candidates ``names`` (nearest first) name, "" when they name two
    or more (two persons fit equally: better nobody than the wrong one) or nobody."""
    distinct = set(names)
    return names[0] if len(distinct) == 1 and names[0] else ""


def _fold(word: str) -> str:
    return fold(word.replace("’", "'"))
