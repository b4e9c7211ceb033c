"""What the words around a candidate place say about it.

Small pure predicates over ``(text, start, end)``: is the name at a sentence start, after
a locative phrase ("à", "en", "près de", "dans la région de"), glued to another
capitalised word that makes it part of a longer name ("Air France", "Nancy Pelosi"),
or inside a person's or an organisation's name found by the recogniser.
"""

from __future__ import annotations

import re

from search.extract.place_text import WORD_RE, is_all_caps, is_capitalised
from search.extract.structure_types import Entity

Span = tuple[int, int]
SENTENCE_ENDS = ".!?:;\n•—–|"
OPENING_MARKS = " \t\"'«“‘(\u00a0*"
_ARTICLE = r"(?:(?:la|le|les)\s+|l['’]\s*)?"
_OF = r"\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)"
# Prepositions: "à Tomblaine", "en Corse", "au Mali", "dans les Yvelines".
WEAK_LOCATIVE = (
    r"(?<![\w-])(?:[àÀ]|[eE]n|[aA]u|[aA]ux|[dD]ans|[vV]ers|[dD]epuis|[jJ]usqu['’]\s*[àa]|[vV]ia)\s+" + _ARTICLE
)
# A noun that names a place, and "of": "la commune de", "la station balnéaire de", "près de".
STRONG_LOCATIVE = (
    r"(?<![\w-])(?:région|ville|province|commune|département|banlieue|village|localité|quartier"
    r"|gouvernorat|district|canton|comté|île|préfecture|capitale|agglomération|station|bourg|hameau"
    r"|péage|massif|col|lac|vallée|plaine|plateau|baie|golfe|port|base|camp|oasis|faubourg|cité|aéroport"
    r"|maire|habitants?|environs|alentours|rues?)(?:\s+de\s+ski|\s+[a-zà-ÿ]+)?" + _OF
    + r"|(?<![\w-])(?:près|proche|non\s+loin|à\s+proximité|au\s+nord|au\s+sud|à\s+l['’]est|à\s+l['’]ouest"
    r"|au\s+nord-est|au\s+nord-ouest|au\s+sud-est|au\s+sud-ouest|en\s+direction|originaire|natif|native)"
    + _OF
)
LOCATIVE_RE = re.compile(f"(?:{WEAK_LOCATIVE}|{STRONG_LOCATIVE})$")
STRONG_LOCATIVE_RE = re.compile(f"(?:{STRONG_LOCATIVE})$")
LOOKBEHIND = 48
LAST_WORD_RE = re.compile(r"[^\W\d_]+$")
NEXT_WORD_RE = re.compile(r"[^\W_]+")
# Words that may stand capitalised right before a place at a sentence start.
OPENERS = frozenset(
    "à en au aux dans de des du depuis vers selon pour sur pres près et ou mais car le la les l "
    "a à après avant entre contre chez via région province département ville commune île canton "
    "district comté gouvernorat préfecture métropole agglomération".split()
)


def is_sentence_start(text: str, start: int) -> bool:
    """True when nothing but spaces and quotes stands between ``start`` and a sentence end."""
    i = start
    while i > 0 and text[i - 1] in OPENING_MARKS:
        i -= 1
    if i == 0:
        return True
    prev = text[i - 1]
    return prev in SENTENCE_ENDS or (prev == "-" and (i < 2 or text[i - 2] in " \n"))


def has_locative_context(text: str, start: int, *, strong: bool = False) -> bool:
    """True when a locative phrase ("à", "en", "près de", "région de"...) ends right at ``start``.

    With ``strong``, only a noun that names a place ("commune de", "près de") counts.
    """
    window = text[max(0, start - LOOKBEHIND) : start]
    return bool((STRONG_LOCATIVE_RE if strong else LOCATIVE_RE).search(window))


def word_before(text: str, start: int) -> tuple[int, str] | None:
    """The word right before ``start`` when only one space separates them."""
    if start < 2 or text[start - 1] not in " \u00a0" or not text[start - 2].isalpha():
        return None
    window_start = max(0, start - 61)
    m = LAST_WORD_RE.search(text, window_start, start - 1)
    return (m.start(), m.group()) if m else None


def word_after(text: str, end: int) -> tuple[int, str] | None:
    """The word (or number) right after ``end`` when only one space separates them."""
    if text[end : end + 1] not in (" ", "\u00a0"):
        return None
    m = NEXT_WORD_RE.match(text, end + 1)
    return (end + 1, m.group()) if m else None


def in_longer_name(text: str, start: int, end: int, entities: list[Entity]) -> bool:
    """True when a capitalised word glued to the name makes it part of a longer proper name.

    ``Air France``, ``Nancy Pelosi``, ``France 2``, ``Washington Post``: the place is part of
    another name. Titles written in capitals and a person's name after a country
    ("la Syrie Bachar al-Assad") are not.
    """
    caps = all(is_all_caps(w) or len(w) == 1 for w in WORD_RE.findall(text[start:end]))
    before = word_before(text, start)
    if before and is_capitalised(before[1]) and not (caps and is_all_caps(before[1])):
        if before[1].lower() not in OPENERS and not is_sentence_start(text, before[0]):
            return True
    after = word_after(text, end)
    if after is None:
        return False
    word = after[1]
    if word.isdigit():
        return True
    if not is_capitalised(word) or (caps and is_all_caps(word)):
        return False
    return not any(e.start == after[0] and e.label in ("PER", "LOC") for e in entities)


def covering(entities: list[Entity], start: int, end: int) -> list[Entity]:
    """The entities whose span covers ``[start, end)`` (equal spans included)."""
    return [e for e in entities if e.start <= start and end <= e.end]


def overlapping(entities: list[Entity], start: int, end: int) -> list[Entity]:
    """The entities whose span meets ``[start, end)``."""
    return [e for e in entities if e.start < end and start < e.end]


DETERMINERS = ("le ", "la ", "les ", "l'", "l’", "un ", "une ", "des ")
JUNK_RE = re.compile(r"[.)(\n]|^-|[a-zà-ÿ][A-ZÀ-Þ]")


def is_junk(entity: Entity) -> bool:
    """True for a recogniser span that runs across sentences glued by the scraper."""
    return bool(JUNK_RE.search(entity.text))


def starts_with_other_name(entity: Entity, start: int) -> bool:
    """True when the entity starts, after a determiner, with a capitalised word before ``start``.

    ``Festival de Cannes``, ``Agence régionale de santé d'Ile-de-France``, ``France 3
    Occitanie`` do; ``gendarmerie de Gironde``, ``La gendarmerie de Gironde`` do not (a body
    named by a common noun: the place is its seat and counts).
    """
    head = entity.text
    offset = entity.start
    for determiner in DETERMINERS:
        if head.lower().startswith(determiner):
            offset += len(determiner)
            head = head[len(determiner) :]
            break
    return offset < start and (head[:1].isupper() or head[:1].isdigit())


def inside_other_name(entities: list[Entity], start: int, end: int) -> bool:
    """True when a person's name, or an organisation's or work's proper name, contains the span."""
    for e in covering(entities, start, end):
        if e.label not in ("PER", "ORG", "MISC") or (e.start, e.end) == (start, end) or is_junk(e):
            continue
        if e.label == "PER" or starts_with_other_name(e, start):
            return True
    return False


def tagged(entities: list[Entity], start: int, end: int, label: str) -> bool:
    """True when an entity of ``label`` meets the span."""
    return any(e.label == label for e in overlapping(entities, start, end))


def in_spans(spans: list[Span], start: int, end: int) -> bool:
    """True when ``[start, end)`` meets one of the spans."""
    return any(s < end and start < e for s, e in spans)
