"""Finding gazetteer names in a text, and the spans where no place may be taken.

The scan walks the words of the text and, at each word, tries the longest gazetteer
name first (``Alep-Est`` before ``Alep``, ``Corée du Nord`` before ``Corée``). A name
must stand alone: ``Nice`` in ``Nice-Matin`` is not matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from search.extract.place_gazetteer import Gazetteer, PlaceName
from search.extract.place_text import WORD_RE, is_all_caps, is_capitalised, normalise_apostrophes, place_key

Span = tuple[int, int]
JOINERS = frozenset({" ", "-", "'", "’", "\u00a0"})
# Streets and gates named after places: "rue de Paris", "porte de Versailles".
STREET_RE = re.compile(
    r"\b(?i:rue|avenue|av\.|boulevard|bd|quai|allée|impasse|square|chemin|porte|station|canal|cimetière|métro)"
    r"\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')?(?=[A-ZÉÈÎÔÂ])[\w'-]+(?:\s+[A-Z][\w-]+)?"
)


# Capitalised names of venues, events, institutions and works: "Théâtre de Paris",
# "Festival de Cannes", "Traité de Lisbonne", "université d'Oxford".
VENUE_RE = re.compile(
    r"(?<![\w-])(?:(?:Théâtre|Stade|Musée|Palais|Opéra|Zénith|Institut|Festival|Mostra|Salon|Foire|Parc"
    r"|Jardin|Hôtel|Grand\s+Prix|Open|Masters|Biennale|Conservatoire|Orchestre|Ballet|Comédie|Cirque"
    r"|Lycée|Collège|École|Ecole|Tournoi|Marathon|Rallye|Carnaval|Forum|Conférence|Accords?|Traité|Pacte"
    r"|Prix|Coupe|Tour|Printemps|Nuit|Fête|Sommet|Congrès|Jeux|Miss|Procès|Déclaration|Appel)"
    r"|(?i:université|universite|festival|mostra|biennale|carnaval|francofolies))"
    r"(?:\s+[a-zà-ÿ]+)?\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
    r"[A-ZÀ-Þ][\w'-]*(?:\s+[A-ZÀ-Þ][\w-]*)?"
)


@dataclass(frozen=True)
class Match:
    """A gazetteer name found in the text: its span, its words' text and its entry."""

    start: int
    end: int
    text: str
    entry: PlaceName


CAMEL_RE = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")


def word_spans(text: str) -> list[Span]:
    """The spans of the words (letter runs) of a text.

    A run glued by a missing space ("New YorkCette", a frequent flaw of scraped text) is
    cut where a small letter meets a capital followed by a small letter.
    """
    spans = []
    for m in WORD_RE.finditer(text):
        word, start = m.group(), m.start()
        if word.islower() or word.isupper() or word[1:].islower():
            spans.append(m.span())
            continue
        for cut in CAMEL_RE.finditer(word):
            spans.append((start, m.start() + cut.start()))
            start = m.start() + cut.start()
        spans.append((start, m.end()))
    return spans


def stands_alone(text: str, start: int, end: int) -> bool:
    """False when the name is glued to more letters or digits by a hyphen or directly."""
    before = text[start - 2 : start] if start >= 2 else " " + text[:start]
    after = text[end : end + 2]
    if before[-1:] == "-" and before[:1].isalnum() or before[-1:].isdigit():
        return False
    if after[:1].isdigit() or (after[:1] == "-" and after[1:2].isalnum()):
        return False
    if before[-1:].isalpha() and not CAMEL_RE.match(text, start):
        return False
    return not after[:1].isalpha() or bool(CAMEL_RE.match(text, end))


def capitals_fit(words: list[str], capitals: tuple[bool, ...], hyphenated: tuple[bool, ...] = ()) -> bool:
    """Words capitalised in the gazetteer are capitalised in the text, and one at least is.

    A word hyphenated to a capitalised one may be in lower case ("Seine-maritime").
    """
    if not any(is_capitalised(w) for w in words):
        return False
    if len(capitals) != len(words):
        return is_capitalised(words[0])
    joined = hyphenated or (False,) * len(words)
    return all(
        is_capitalised(w) or not cap or (i and joined[i] and is_capitalised(words[i - 1]))
        for i, (w, cap) in enumerate(zip(words, capitals))
    )


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The folded key of one word."""
    return place_key(word)


def longest_at(text: str, spans: list[Span], i: int, gazetteer: Gazetteer) -> Match | None:
    """The longest gazetteer name starting at word ``i``, if any."""
    first = word_key(text[spans[i][0] : spans[i][1]])
    longest = gazetteer.first_words.get(first)
    if not longest:
        return None
    keys = [first]
    last = i
    for j in range(i + 1, min(i + longest, len(spans))):
        if text[spans[j - 1][1] : spans[j][0]] not in JOINERS:
            break
        keys.append(word_key(text[spans[j][0] : spans[j][1]]))
        last = j
    for n in range(last - i + 1, 0, -1):
        entry = gazetteer.names.get(" ".join(keys[:n]))
        if entry is None:
            continue
        start, end = spans[i][0], spans[i + n - 1][1]
        words = [text[s:e] for s, e in spans[i : i + n]]
        hyphenated = tuple(j > i and text[spans[j - 1][1] : spans[j][0]] == "-" for j in range(i, i + n))
        if capitals_fit(words, entry.capitals, hyphenated) and stands_alone(text, start, end):
            return Match(start, end, text[start:end], entry)
    return None


LOWER_ARTICLES = frozenset({"le", "la", "les", "l"})


def scan(text: str, gazetteer: Gazetteer) -> list[Match]:
    """Every gazetteer name in the text, longest first, in text order.

    A lower-case article is part of a name only when the words after it name nothing:
    "le Val d'Oise" is Val-d'Oise, not the commune Le Val; "la Réunion" is La Réunion.
    """
    spans = word_spans(text)
    matches: list[Match] = []
    i = 0
    while i < len(spans):
        match = longest_at(text, spans, i, gazetteer)
        if match is not None and i + 1 < len(spans) and text[spans[i][0] : spans[i][1]] in LOWER_ARTICLES:
            if longest_at(text, spans, i + 1, gazetteer) is not None:
                match = None
        if match is None:
            i += 1
            continue
        matches.append(match)
        while i < len(spans) and spans[i][0] < match.end:
            i += 1
    return matches


@lru_cache(maxsize=4)
def blocked_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all blocked phrases, longest first, whole words only."""
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])")


def blocked_spans(text: str, gazetteer: Gazetteer) -> list[Span]:
    """Spans of organisation names containing places, and of street names."""
    plain = normalise_apostrophes(text)
    spans = [m.span() for m in blocked_pattern(gazetteer.blocked).finditer(plain)]
    spans.extend(m.span() for m in STREET_RE.finditer(plain))
    spans.extend(venue_spans(plain))
    return spans


def venue_spans(text: str) -> list[Span]:
    """Spans of venue and event names, and of their repeats in lower case ("théâtre de Paris")."""
    found = list(VENUE_RE.finditer(text))
    spans = [m.span() for m in found]
    for phrase in {m.group().lower() for m in found if m.group()[:1].isupper()}:
        pattern = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w])", re.IGNORECASE)
        spans.extend(m.span() for m in pattern.finditer(text))
    return spans


def is_all_caps_match(match_text: str) -> bool:
    """True when every word of a matched name is in capitals (datelines, titles)."""
    return all(is_all_caps(w) or len(w) == 1 for w in WORD_RE.findall(match_text))
