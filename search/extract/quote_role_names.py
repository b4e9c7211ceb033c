"""A role right before a name after a speech verb: ``", s'est félicité le linguiste Alain
Rey"``, ``", a twitté le prévisionniste de Météo-France François Jobard"``, ``", précise au
journal Le Monde le chercheur Pascal Crépey"``: the name is the verb's inverted subject, not
its object, even when no data file knows the role noun."""

from __future__ import annotations

import re
from functools import cache

from search.extract.name_data import fold, folded_words
from search.extract.place_gazetteer import is_demonym
from search.extract.quote_phrases import Mention, phrase_at
from search.extract.structure_types import Entity

#: Nouns before a medium's name: ``précise au journal Le Monde``, ``à l'hebdomadaire Le Point``.
MEDIUM_NOUNS = ("journal", "quotidien", "magazine", "hebdomadaire", "site", "chaîne")
#: Words that end a role's words: ``un commentateur cité par| Ynet``.
_ROLE_STOPS = "par|pour|sur|avec|dans|chez|sans|selon|contre|entre"
#: A role noun the data files do not list, with its article, right before a name: ``le
#: linguiste et lexicographe``, ``la romancière``, ``une spectatrice,``, ``son agente`` (a name
#: after it is the subject, not an object). It may follow a medium (``déclare à l'AFP le
#: Britannique Lee Price``, ``précise au journal Le Monde le chercheur X``, ``s'insurge auprès de
#: France 3 un autre membre de la CFE-CGC, X``), be a nationality
#: (capitalized) and take a capitalized complement (``le prévisionniste de Météo-France X``).
_ROLE_BEFORE_NAME = re.compile(
    r"(?:\s*(?:à|au|auprès\s+(?:du|des|de))\s+(?:la\s+|l['’]\s*)?"
    rf"(?:(?:{'|'.join(MEDIUM_NOUNS)}|micro\s+de)\s+)?"
    r"(?:[A-ZÀ-Þ][\w'’-]*(?:\s+(?:[A-ZÀ-Þ][\w-]*|\d{1,2}\b)){0,2}|télévision|radio|presse))?"
    r"\s*(?P<det>le|la|l['’]|son|sa|un|une)\s*"
    rf"(?P<role>[a-zà-ÿ-]{{3,}}(?:\s+(?:et\s+)?(?!(?:{_ROLE_STOPS})\s)[a-zà-ÿ-]{{3,}}){{0,2}}|[A-ZÀ-Þ][a-zà-ÿ-]{{3,}})"
    r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[A-ZÀ-Þ][\w-]*)?\s*,?\s+"
)


def person_after_role(text: str, start: int, starts: list[int], limit: int, entities: list[Entity]) -> Mention | None:
    """The person a role names right after a verb, past a medium or a complement that would read
    as the speaker or an object (``_ROLE_BEFORE_NAME``: ``s'est félicité le linguiste Alain Rey``,
    ``a twitté le prévisionniste de Météo-France François Jobard``), or None."""
    for pos in starts:
        match = _ROLE_BEFORE_NAME.fullmatch(text, start, pos)
        role = match.group("role") if match else ""
        if not role or not (role[0].islower() or is_demonym(role)) or fold(role.split()[0]) in _documents():
            continue
        if fold(role.split()[0]) in _not_persons():
            return None  # "ajoute encore le camp Sarkozy": his side speaks, not he
        mention = phrase_at(text, match.start("det"), limit, entities)  # a role the data knows keeps its descriptor
        if mention and mention.kind == "organisation":
            return None  # "s'enthousiasme la fondation Brigitte Bardot"
        if not (mention and mention.kind == "person"):
            mention = phrase_at(text, pos, limit, entities)
        return mention if mention and mention.kind == "person" else None
    return None


@cache
def _documents() -> frozenset[str]:
    return folded_words("documents.txt")


@cache
def _not_persons() -> frozenset[str]:
    """Nouns after which a name is not the person speaking (``le camp Sarkozy``, ``la famille Trump``,
    ``la loi Macron``): ``names_not_given.txt``."""
    return folded_words("names_not_given.txt")
