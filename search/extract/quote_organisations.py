"""Organisations that speak: which names are theirs, and one name per organisation.

``Observatoire syrien des droits de l'homme (OSDH)`` and later ``l'OSDH`` are one
speaker, shown without the parenthesis; ``le Conseil`` after ``le Conseil
scientifique`` is the Conseil scientifique, when only one longer name starts so.
Names the recogniser reads as persons' may be organisations' (``is_organisation``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from search.extract.name_data import (
    data_lines,
    fold,
    given_names,
    honorifics,
    organisation_words,
    person_nouns,
)
from search.extract.place_gazetteer import load_gazetteer

#: An article right before a name, in the folded text (``selon le dauphine libere``).
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:le|la|les|l['’])\s*$")
_ACRONYM = re.compile(r"\s*\((?P<acronym>[^()]{2,15})\)\s*$")


def _bare(name: str) -> tuple[str, str]:
    """A name without its trailing parenthesis, and the acronym in it ("" if none)."""
    match = _ACRONYM.search(name)
    if not match:
        return name.strip(), ""
    return name[: match.start()].strip(), match.group("acronym").strip()


def organisation_names(names: list[str], known: list[str] = ()) -> dict[str, str]:
    """Map each organisation name (as a speaker phrase gives it) to the article's name for it.

    ``known`` are other organisation names of the article (entities) that a short
    name may stand for.
    """
    bare = {name: _bare(name) for name in [*names, *known]}
    by_acronym = {fold(acronym): full for full, acronym in bare.values() if acronym}
    fulls = sorted({full for full, _ in bare.values()}, key=len, reverse=True)
    result = {}
    for name in names:
        full, _ = bare[name]
        if fold(full) in by_acronym:
            result[name] = by_acronym[fold(full)]
            continue
        prefix = fold(full) + " "
        longer = [other for other in fulls if fold(other).startswith(prefix)]
        result[name] = longer[0] if len(longer) == 1 else full
    return result


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """``fold(text)``, once per article text (``is_organisation`` is asked about each speaker)."""
    return fold(text)


#: A party, body or office then the place it is of: ``LR de Nice``, ``MoDem de Mont-de-Marsan``.
OF_PLACE = re.compile(r"(?P<head>\S+(?: \S+)?) (?:(?:de la|de|du|des) |de l['’]|d['’])(?P<place>.+)")


def _name_key(name: str) -> str:
    """A proper name folded, hyphens as spaces and a closing ``!`` dropped: ``Var Matin`` is
    ``Var-Matin``, ``En Marche!`` is ``En Marche``."""
    return " ".join(fold(name).replace("-", " ").rstrip("!").split())


@cache
def _names() -> frozenset[str]:
    """Organisations' proper names (keys): those read as persons' names, and those that
    contain a place's (``place_blocked.txt``: ``Météo France``, ``L'Est républicain``)."""
    blocked = {line for line in data_lines("place_blocked.txt") if _named_like_organisation(line)}
    return frozenset(_name_key(name) for name in [*data_lines("organisations_names.txt"), *blocked])


def _named_like_organisation(name: str) -> bool:
    """A name of ``place_blocked.txt`` that cannot be a person's: it has a lowercase word,
    an organisation noun, or ends with a place (``Météo France``), unlike ``Paris Hilton``."""
    words = [w for w in re.split(r"[\s'’-]+", name) if w]
    return (
        any(w[:1].islower() or _plain_word(fold(w)) for w in words)
        or load_gazetteer().lookup(words[-1]) is not None
    )


#: A one-word name after a capitalised article in mid-sentence: ``selon Le Canard``, ``dans La Provence``.
_TITLE = re.compile(r"[a-zà-ÿ,]\s+(?:Le|La|Les|L['’])\s*(?P<word>[A-ZÀ-ÖØ-Þ][\w-]+)(?![\w'’-]|\s+[A-ZÀ-ÖØ-Þ])")


@lru_cache(maxsize=4)
def _titled_words(text: str) -> frozenset[str]:
    """The one-word titles ``text`` writes with a capitalised article in mid-sentence (once per article)."""
    return frozenset(match.group("word") for match in _TITLE.finditer(text))


def _titled(name: str, text: str) -> bool:
    """True when ``name`` (``Canard``, ``Le Canard``) is the title of a medium or a work, written
    with its capitalised article in mid-sentence, and the text names no person by it
    (``Bruno Le Maire``, ``Mme Le Pen``)."""
    word = re.sub(r"^(?:Le|La|Les|L['’])\s*", "", name.strip())
    if not word or " " in word:
        return False
    if word not in _titled_words(text):
        return False
    return not re.search(rf"(?:[A-ZÀ-ÖØ-Þ][\w.-]*)\s+(?:Le|La|Les|L['’])\s*{re.escape(word)}(?![\w-])", text)


def _naming_nouns(media: bool) -> str:
    """The organisation nouns that their own name follows (``l'association``), as an alternation;
    media among them (``le magazine``) only if ``media``."""
    rows = [line.split("\t") for line in data_lines("organisations.txt")]
    nouns = [row[0] for row in rows if row[1:2] == ["names"] and (media or "medium" not in row[2:])]
    return "|".join(sorted((re.escape(fold(n)) for n in nouns), key=len, reverse=True))


@cache
def _naming_noun() -> re.Pattern[str]:
    """An organisation noun that its own name follows: ``l'association``, ``le groupe allemand``."""
    return re.compile(rf"\b(?:{_naming_nouns(media=True)})(?:\s+[a-z]+)?\s+$")


@cache
def _body_noun() -> re.Pattern[str]:
    """A body's noun right before its name of several words: ``le collectif`` (not a medium's)."""
    return re.compile(rf"\b(?:{_naming_nouns(media=False)})\s+$")


def _plain_word(word: str) -> bool:
    """An organisation word that is not also a place or a given name (``Paris``, ``Marianne``)."""
    return word in organisation_words() and word not in given_names() and (
        load_gazetteer().lookup(word) is None
    )


def is_organisation(name: str, text: str) -> bool:
    """True when a name the recogniser read as a person's is an organisation's: a known one
    (``Santé publique France``, ``Bercy``), one with an organisation noun in it
    (``Assistance publique-Hôpitaux de Paris``), a known one of a place (``MoDem de
    Mont-de-Marsan``), a title (``selon Le Canard``, see ``_titled``), or a one-word one that
    ``text`` writes after an organisation noun (``l'association Anticor``, ``le groupe
    Leclerc``)."""
    folded = fold(name)
    if _name_key(name) in _names() or any(_plain_word(word) for word in re.split(r"[\s'’-]+", folded)):
        return True
    of_place = OF_PLACE.fullmatch(name)
    if of_place and _name_key(of_place.group("head")) in _names() and load_gazetteer().lookup(of_place.group("place")):
        return True  # "MoDem de Mont-de-Marsan", "LR du Nord"
    if _titled(name, text) or _spelled_out(name, text):
        return True
    lowered = _folded(text)
    if " " in folded:  # "explique dans le magazine Roch Voisine": a person after a medium
        return not _person_words(name) and any(
            _ARTICLE_BEFORE.search(lowered, max(0, start - 5), start)
            or _body_noun().search(lowered, max(0, start - 40), start)
            for start in _occurrences(folded, lowered)
        )  # "selon le Dauphiné Libéré", "le collectif Stop Homophobie"
    return any(_naming_noun().search(lowered, max(0, start - 40), start) for start in _occurrences(folded, lowered))



#: An acronym in parentheses right after a name: ``Procréation Médicalement Assistée (PMA)``.
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-ZÀ-Þ]{2,8})\)")


def _spelled_out(name: str, text: str) -> bool:
    """True when ``text`` follows ``name`` with the acronym of its words' initials, as a body's or
    a thing's name is spelled out (``une Procréation Médicalement Assistée (PMA)``), not a
    person's."""
    words = [word for word in re.split(r"[\s'’-]+", name) if word[:1].isupper()]
    initials = fold("".join(word[0] for word in words))
    start = text.find(name)
    while start >= 0:
        after = _ACRONYM_AFTER.match(text, start + len(name))
        if after and fold(after.group("acronym")) == initials:
            return True
        start = text.find(name, start + 1)
    return False


def _occurrences(word: str, lowered: str) -> Iterator[int]:
    """Where ``lowered`` writes ``word`` as a whole word (a string search: no pattern per name)."""
    start = lowered.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and (lowered[start - 1].isalnum() or lowered[start - 1] in "_-")) and not (
            end < len(lowered) and (lowered[end].isalnum() or lowered[end] in "_-")
        ):
            yield start
        start = lowered.find(word, start + 1)


def _person_words(name: str) -> bool:
    """True when ``name`` has a word only persons' names have: a given name or a title
    (``la Pr Florence Ader``, ``le Général de Gaulle``)."""
    words = [fold(word).rstrip(".") for word in name.split()]
    return any(word in person_nouns() or word in given_names() or word in honorifics() for word in words)
