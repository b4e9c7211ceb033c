"""The places an article mentions, as canonical French names, in order of first mention.

Three sources of candidates, all checked against the context:

1. names of the offline gazetteer found in the text (``GENEVE`` -> ``Genève``, ``Idleb`` ->
   ``Idlib``), capitalised, standing alone, not inside a longer proper name ("Air France",
   "Nancy Pelosi"), an organisation's name or a blocked phrase ("Paris Saint-Germain");
   names that are also common words or people's names need NER's LOC label or a
   locative context ("à Orange", "près de Florence");
2. the recogniser's LOC entities: kept when the gazetteer knows them, or when they look like
   a multi-word place name ("Pont-de-Beauvoisin", "Perriers-en-Beauficel") right after a
   locative phrase ("à", "en", "près de", "dans la région de");
3. the places of the dateline (``ALEP, Syrie``), always.

Never places: nationality words ("syrien", "Français"), ``État`` ("chef de l'État",
"État islamique"), directions alone ("Nord", "Sud"), buildings standing for governments
("Maison Blanche", "Élysée") and organisations: the European Union is an organisation,
not a place (``Union européenne`` is never returned; ``Europe`` is).
"""

from __future__ import annotations

import re

from search.article import Article
from search.extract.place_context import (
    has_locative_context,
    in_longer_name,
    in_spans,
    inside_other_name,
    is_sentence_start,
    tagged,
)
from search.extract.place_gazetteer import Gazetteer, load_gazetteer
from search.extract.place_scan import Match, Span, blocked_spans, capitals_fit, is_all_caps_match, scan
from search.extract.place_text import PARTICLES, WORD_RE, display_form, fold, is_capitalised, place_key, strip_article
from search.extract.structure_types import Entity, Structure, full_text

__all__ = ["canonical_place", "find_locations", "place_key"]

Mention = tuple[int, str]  # (offset of the mention, canonical name)
MAX_NAME_WORDS = 6
PLAIN_NAME_RE = re.compile(r"[^\W\d_]+(?:(?:[ '’-]|' )[^\W\d_]+)*")
# Geographic nouns in lower case before a name: "massif de Belledonne", "lac de Côme".
GEO_HEAD_RE = re.compile(
    r"(?:massif|mont|monts|col|lac|île|îles|vallée|plaine|plateau|baie|golfe|désert|forêt|pic|presqu'île)"
    r"\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
)
CONTRACTED_RE = re.compile(r"(?<![\w-])(?:[aA]u|[dD]u|[aA]ux|[dD]es)\s+$")
SPEECH_TO_RE = re.compile(
    r"(?:confié|déclaré|dit|expliqué|indiqué|raconté|précisé|annoncé|assuré|affirmé|répondu|avoué|souligné"
    r"|demandé|écrit|accordé|interview\w*|rappelé|lancé|promis|reproché|adressé|envoyé|parlé)e?s?\s+[àa]\s+$"
)
LAST_HEADS = frozenset(
    "square street avenue palace hospital center centre tower building park stadium arena hall hotel bridge "
    "airport station mall plaza".split()
)
APPOSITION_RE = re.compile(
    r",\s+(?:(?:un|une|le|la|ce|cette|petit|petite|grand|grande)\s+)*"
    r"(?:ville|commune|localité|village|bourgade|cité|région|province|île|station)\b"
    r"|,\s+dans\s+l[ea]\s+(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:du|de)\b"
)
FOLLOWING_PLACE_RE = re.compile(
    r"\s*(?:,\s*)?(?:en|dans\s+l[ae]|dans\s+l'|dans\s+les|au|aux|\()\s*(?P<place>[A-ZÀ-Þ][\w'-]*(?:\s+[A-ZÀ-Þ][\w'-]*)?)"
)
# First words of organisation, building and event names ("Conseil de ...", "Stade de ...").
NAME_HEADS = frozenset(
    "nord sud est ouest centre grand grande mondial fort ferme theatre opera zenith salon foire jardin "
    "festival mostra tournoi marathon rallye forum conference accord accords traite pacte tour printemps "
    "conseil cour banque ministere assemblee union parti front comite commission agence organisation "
    "universite hopital tribunal palais maison eglise mosquee stade parc place rue avenue boulevard "
    "gare aeroport lycee college ecole institut centre fondation association societe groupe compagnie "
    "festival musee theatre hotel prix coupe championnat ligue federation journal radio chaine club "
    "armee forces brigade police gendarmerie prefecture mairie etat etats republique royaume".split()
)


def canonical_place(name: str) -> str | None:
    """The canonical French name of a known place, ignoring case and accents; None if unknown.

    >>> canonical_place("GENEVE"), canonical_place("Idleb"), canonical_place("Union européenne")
    ('Genève', 'Idlib', None)
    """
    gazetteer = load_gazetteer()
    for candidate in (name, strip_article(name.strip())):
        key = place_key(candidate)
        if key in gazetteer.stopwords:
            return None
        entry = gazetteer.names.get(key)
        if entry is not None:
            return entry.canonical
    return None


def find_locations(article: Article, structure: Structure, entities: list[Entity]) -> list[str]:
    """The places the article mentions (dateline included), canonical, unique, in order of first mention."""
    text = full_text(article)
    gazetteer = load_gazetteer()
    blocked = blocked_spans(text, gazetteer)
    persons = person_name_words(text, entities)
    matches = [m for m in scan(text, gazetteer) if keep_match(text, m, entities, blocked, gazetteer, persons)]
    mentions = [(m.start, m.entry.canonical) for m in matches]
    found = [(m.start, m.end) for m in matches]
    for entity in entities:
        if entity.label == "LOC":
            mention = entity_mention(text, entity, entities, blocked + found, gazetteer, persons)
            if mention is not None:
                mentions.append(mention)
    mentions.extend(dateline_mentions(text, structure, gazetteer))
    return unique_in_order(mentions)


def keep_match(
    text: str, match: Match, entities: list[Entity], blocked: list[Span], gazetteer: Gazetteer, persons: set[str]
) -> bool:
    """Whether a gazetteer name found in the text is a place mention here."""
    start, end = match.start, match.end
    if place_key(match.text) in gazetteer.stopwords or in_spans(blocked, start, end):
        return False
    if inside_other_name(entities, start, end) or in_longer_name(text, start, end, entities):
        return False
    loc = tagged(entities, start, end, "LOC")
    flags = match.entry.flags
    if flags and not match.entry.curated and is_person_name(match.text, persons):
        return False  # the small town of Montebourg beside "Arnaud Montebourg"
    if flags and match.text[:1].islower():
        return False  # "l'Union", "le Val": the article of an uncertain name is written as in the name
    if flags == "loc":
        return has_locative_context(text, start)
    if flags == "article":
        return after_contracted_article(text, start)
    if flags == "ner":
        other = tagged(entities, start, end, "PER") or tagged(entities, start, end, "ORG")
        return loc or (has_locative_context(text, start) and not other)
    if flags == "common" and not loc:
        return not is_sentence_start(text, start) and not is_all_caps_match(match.text)
    return True


def trimmed(entity: Entity, *, geo_head: bool = False) -> tuple[str, int, int]:
    """An entity's name without a leading article or trailing punctuation, with its span.

    ``la France`` -> ``France``; with ``geo_head``, ``massif de Belledonne`` -> ``Belledonne``.
    """
    name = entity.text.rstrip(" .,;:!?\"'»)")
    short = strip_article(name)
    head = GEO_HEAD_RE.match(short) if geo_head else None
    if head:
        short = short[head.end() :]
    start = entity.start + len(name) - len(short)
    return short, start, start + len(short)


def entity_mention(
    text: str, entity: Entity, entities: list[Entity], blocked: list[Span], gazetteer: Gazetteer, persons: set[str]
) -> Mention | None:
    """The place a LOC entity names, or None when it is not a place mention.

    ``blocked`` holds the spans where no place may be taken, and those of the places the
    scan found: a name inside one ("Europe" in "l'Europe occidentale") is not taken again.
    """
    name, start, end = trimmed(entity)
    if place_key(name) not in gazetteer.names:
        name, start, end = trimmed(entity, geo_head=True)
    key = place_key(name)
    if not key or key in gazetteer.stopwords or key in gazetteer.demonyms or in_spans(blocked, start, end):
        return None
    if in_longer_name(text, start, end, entities):
        return None
    entry = gazetteer.names.get(key)
    if entry is not None:
        if not capitals_fit(WORD_RE.findall(name), entry.capitals):
            return None  # "le champagne"
        if entry.flags == "loc" and not has_locative_context(text, start):
            return None
        if entry.flags == "article" and not after_contracted_article(text, start):
            return None
        if entry.flags and not entry.curated and is_person_name(name, persons):
            return None  # the small town of Montebourg beside "Arnaud Montebourg"
        return start, entry.canonical
    if unknown_place(text, name, start, end, gazetteer, persons):
        return start, display_form(name)
    return None


def unknown_place(text: str, name: str, start: int, end: int, gazetteer: Gazetteer, persons: set[str]) -> bool:
    """Whether a LOC entity unknown to the gazetteer is taken as a place.

    A multi-word name right after a locative phrase ("à Pont-de-Beauvoisin"); a one-word
    name after a noun naming a place ("la commune de Bizeneuille", "massif de Belledonne")
    or after a preposition and before a known place ("à Porticcio en Corse").
    """
    if not looks_like_place_name(name, gazetteer, persons) or contains_known_place(name, gazetteer):
        return False
    if len(WORD_RE.findall(name)) > 1:
        return has_locative_context(text, start) and not after_speech_verb(text, start)
    if has_locative_context(text, start, strong=True) or GEO_HEAD_RE.match(text, max(0, start - 30)):
        return True
    if not has_locative_context(text, start):
        return False
    return followed_by_known_place(text, end, gazetteer) or bool(APPOSITION_RE.match(text, end))


def after_contracted_article(text: str, start: int) -> bool:
    """True after "au", "du", "aux", "des": "au Havre", "du Caire"."""
    return bool(CONTRACTED_RE.search(text, max(0, start - 5), start))


def contains_known_place(name: str, gazetteer: Gazetteer) -> bool:
    """True when some run of the name's words is a known place ("Toulouse Jacqueline", "Vieux Dubaï").

    The known place is then reported by the scan, and the longer name is left alone.
    """
    chunks = [place_key(c) for c in name.split()]  # hyphenated words stay whole: "Rives-en-Seine"
    runs = (" ".join(chunks[i:j]) for i in range(len(chunks)) for j in range(i + 1, len(chunks) + 1))
    return any(run in gazetteer.names and run not in PARTICLES for run in runs if run != " ".join(chunks))


def after_speech_verb(text: str, start: int) -> bool:
    """True for "a confié à X", "a déclaré à X": X is whom one speaks to, not a place."""
    return bool(SPEECH_TO_RE.search(text[max(0, start - 40) : start]))


def followed_by_known_place(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """True for "X en Corse", "X, dans le Nord", "X (Meurthe-et-Moselle)" with a known place."""
    m = FOLLOWING_PLACE_RE.match(text, end)
    return bool(m) and gazetteer.lookup(m.group("place")) is not None


def is_person_name(name: str, persons: set[str]) -> bool:
    """True when every word of the name is a word of a person's name in the article."""
    words = [fold(w) for w in WORD_RE.findall(name)]
    return bool(words) and all(w in persons for w in words)


def looks_like_place_name(name: str, gazetteer: Gazetteer, persons: set[str]) -> bool:
    """A capitalised name of one to six words: no first name, title, nationality or name head."""
    words = WORD_RE.findall(name)
    if not 1 <= len(words) <= MAX_NAME_WORDS or not PLAIN_NAME_RE.fullmatch(name) or len(name) < 3:
        return False
    if not all(is_capitalised(w) or fold(w) in PARTICLES for w in words) or not is_capitalised(words[0]):
        return False
    if any(w[1:] != w[1:].lower() and not w.isupper() for w in words):
        return False  # "YorkCette": two words glued by the scraper
    if any(w.isupper() and len(w) <= 4 for w in words):
        return False  # acronyms: "BFM TV", "RER A", "ZUP"
    if fold(words[-1]) in LAST_HEADS:
        return False  # "Times Square", "Mercy Hospital"
    first = fold(words[0])
    if first in gazetteer.first_names or first in NAME_HEADS:
        return False
    content = [fold(w) for w in words if fold(w) not in PARTICLES]
    return not any(w in gazetteer.demonyms or w in gazetteer.titles or w in persons for w in content)


def person_name_words(text: str, entities: list[Entity]) -> set[str]:
    """The folded words of the persons' full names (two words or more) found in the article."""
    names = [WORD_RE.findall(e.text) for e in entities if e.label == "PER"]
    return {fold(w) for words in names if len(words) > 1 for w in words if len(w) > 2}


def dateline_mentions(text: str, structure: Structure, gazetteer: Gazetteer) -> list[Mention]:
    """The dateline's places, canonical when known, at the dateline's offset."""
    offset = text.find(structure.dateline) if structure.dateline else -1
    mentions = []
    for written in structure.dateline_places:
        key = place_key(written)
        if not key or key in gazetteer.stopwords or key in gazetteer.demonyms:
            continue
        entry = gazetteer.names.get(key) or gazetteer.lookup(strip_article(written))
        found = text.find(written, max(offset, 0))
        at = found if found >= 0 else max(offset, 0)
        mentions.append((at, entry.canonical if entry else display_form(written)))
    return mentions


def unique_in_order(mentions: list[Mention]) -> list[str]:
    """Canonical names by first offset, each once (compared by key)."""
    seen: set[str] = set()
    places = []
    for _, name in sorted(mentions, key=lambda m: m[0]):
        key = place_key(name)
        if key not in seen:
            seen.add(key)
            places.append(name)
    return places
