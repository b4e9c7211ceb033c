"""Indirect speech: reported clauses without quotation marks.

In a sentence that has no quotation of its own:

- ``Selon X, <clause>.`` / ``<clause>, selon X.`` / ``d'après X`` (also before a quotation
  in the same sentence: ``<clause>, selon X, qui a salué "..."``);
- ``<clause>, a déclaré X.`` / ``<clause>, a-t-il ajouté.``;
- ``X a déclaré que <clause>.`` / ``X estime qu'<clause>`` (declarative verbs only:
  ``X pense que`` is an opinion, not a statement);
- ``X l'a martelé durant la campagne : <clause>.``;
- an infinitive clause or the object of a speech act (``quote_reported``), and the
  clause that goes on after a quotation's attribution (``, précisant que ...``).

A ``<clause>, a déclaré X`` that an opening mark never closed starts is a direct
quotation (``reopened``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from search.extract.quote_appositions import apposition_end
from search.extract.quote_direct import Found
from search.extract.quote_patterns import comme_subject
from search.extract.quote_phrases import phrase_at, phrase_starts
from search.extract.quote_reported import goes_on, infinitive_or_object
from search.extract.quote_speakers import SELON, attribution_after, selon_subject, subject_before
from search.extract.quote_verbs import is_declarative, verb_groups_in
from search.extract.structure_types import Entity, Span

#: A reported clause has at least this many words.
MIN_CLAUSE_WORDS = 4
_THAT = re.compile(r"\s+(?:[^,:.;«»]{1,60}?\s+)??(?:,\s*)?(?:que\b|qu['’])\s*", re.IGNORECASE)
_TRIM = " ,;:.!?…\n"


def _clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``text[start:end]`` without outer spaces and punctuation, if long enough."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (start, end) if len(text[start:end].split()) >= MIN_CLAUSE_WORDS else None


def _selon(text: str, start: int, end: int, entities: list[Entity], clause_first: bool = False) -> Found | None:
    """``Selon X, <clause>`` or ``<clause>, selon X``; with ``clause_first`` only the latter
    (before a quotation: ``Elle s'est éteinte ..., selon l'historien X, qui a salué "..."``).
    A short opener may come first (``À noter que selon X, ...``), and an apposition after
    the name is not part of the clause (``selon X, député LFI de Seine-Saint-Denis, ...``)."""
    for match in SELON.finditer(text, start, end):
        opener = _OPENER.fullmatch(text, start, match.start())
        if match.start() > start and text[start : match.start()].rstrip()[-1:] not in (",", "") and not opener:
            continue  # "selon" inside a phrase ("classés selon leur âge")
        mention = selon_subject(text, match.end(), end, entities)
        if not mention:
            continue
        if text[start : match.start()].strip(_TRIM) and not opener:
            clause = _clause(text, start, match.start())
        elif clause_first:
            continue
        else:
            clause = _clause(text, apposition_end(text, mention.end, end), end)
        if clause:
            return Found(clause[0], clause[1], "indirect", match.group("verb").lower(), mention, "indirect")
    return None


#: A short opener before ``selon`` that leaves the clause after it: ``À noter que``, ``Mais``.
_OPENER = re.compile(r"\s*(?:[^,;:«»]{0,30}\s)?(?:que|qu['’]|mais|et|or|car|donc|Mais|Et|Or|Car|Donc)\s*", re.IGNORECASE)


#: ``Comme l'avait annoncé X, <clause>``: an opening ``comme`` with a speech verb.
_COMME_OPENING = re.compile(r"\s*(?:(?:Et|Mais)\s+)?(?:[Cc]omme|[Aa]insi\s+que)\s+(?:l['’]\s*)?")
#: An adverbial between the speaker and the clause: ``, dans la soirée de vendredi,``.
_ADVERBIAL = re.compile(r"\s*,\s*(?:dans|lors|en|au|à|dès|depuis|pendant|sur|le|ce|cette)\b[^,;:«»]{0,60}(?=,)")
_FOR_WHOM = re.compile(r"\s*,\s*pour\s+qui\s+")


def _comme_clause(text: str, start: int, end: int, entities: list[Entity]) -> Found | None:
    """``Comme l'avait annoncé la ministre, Agnès Buzyn, dans la soirée, la priorité est ...``."""
    opening = _COMME_OPENING.match(text, start, end)
    found = comme_subject(text, opening.end(), end, entities) if opening else None
    if found is None or found.mention.kind not in ("person", "title", "pronoun"):
        return None
    adverbial = _ADVERBIAL.match(text, found.mention.end, end)
    clause = _clause(text, adverbial.end() if adverbial else found.mention.end, end)
    return Found(clause[0], clause[1], "indirect", found.verb, found.mention, "indirect") if clause else None


def _for_whom(text: str, start: int, end: int, entities: list[Entity]) -> Found | None:
    """``le discours du ministre Gérald Darmanin, pour qui légaliser le cannabis serait ...``:
    the opinion of the person named right before ``, pour qui``."""
    for pos in phrase_starts(text, start, end, entities):
        mention = phrase_at(text, pos, end, entities)
        after = _FOR_WHOM.match(text, mention.end, end) if mention and mention.kind == "person" else None
        clause = _clause(text, after.end(), end) if after else None
        if clause:
            return Found(clause[0], clause[1], "indirect", "pour qui", mention, "indirect")
    return None


def _inverted(text: str, start: int, end: int, entities: list[Entity]) -> Found | None:
    for comma in (m.start() for m in re.finditer(",", text[start:end])):
        comma += start
        attribution = attribution_after(text, comma, end, entities)
        if attribution and not attribution.verb.startswith(("selon", "d'", "d’")) and is_declarative(attribution.verb):
            verb_start = text.index(attribution.verb.split()[0], comma)
            if subject_before(text, start, verb_start, entities):
                continue  # "Brigitte Bardot, militante ..., critique le ministre X": not inverted
            clause = _clause(text, start, comma)
            if clause:
                return Found(clause[0], clause[1], "indirect", attribution.verb, attribution.mention, "indirect")
    return None


def _that_clause(text: str, start: int, end: int, entities: list[Entity]) -> Found | None:
    for group in verb_groups_in(text, start, end, declarative_only=True):
        that = _THAT.match(text, group.end(), end)
        if not that:
            continue
        mention = subject_before(text, start, group.start(), entities)
        clause = _clause(text, that.end(), end)
        if mention and clause:
            return Found(clause[0], clause[1], "indirect", " ".join(group.group("verb").split()), mention, "indirect")
    return None


_COLON = re.compile(r"[^.;:!?«»]{0,60}?:\s*")


def _colon_clause(text: str, start: int, end: int, entities: list[Entity]) -> Found | None:
    """``Emmanuel Macron l'a martelé durant toute la campagne : son épouse est ...``."""
    for group in verb_groups_in(text, start, end, declarative_only=True):
        colon = _COLON.match(text, group.end(), end)
        if not colon or text[colon.end() : colon.end() + 1] in "«\"“":
            continue  # a quotation after the colon is direct speech
        mention = subject_before(text, start, group.start(), entities)
        clause = _clause(text, colon.end(), end)
        if mention and clause:
            return Found(clause[0], clause[1], "indirect", " ".join(group.group("verb").split()), mention, "indirect")
    return None


def _infinitive_or_object(
    text: str, start: int, end: int, entities: list[Entity], announcing: bool = False
) -> Found | None:
    item = infinitive_or_object(text, start, end, entities, announcing)
    return Found(item[0], item[1], "indirect", item[2], item[3], "indirect") if item else None


def _going_on(text: str, end: int, quotes: list[Found]) -> Found | None:
    """``"...", confie X, qui explique avoir ...``: the speaker of the sentence's last quotation."""
    last = quotes[-1]
    if last.mention is None or last.mention.end <= last.end:
        return None
    item = goes_on(text, last.mention.end, end)
    return Found(item[0], item[1], "indirect", item[2], last.mention, "indirect") if item else None


def _after_quotes(text: str, end: int, quotes: list[Found], entities: list[Entity]) -> Found | None:
    """``X assure que "...", la sénatrice Y a dénoncé une décision "..."``: a statement of
    another subject in the clause after the sentence's last quotation and its attribution; after
    a participle clause, the main clause (``Dénonçant des "...", X a promis de ...``)."""
    last = max(max(f.end, f.mention.end if f.mention and f.place != "opening" else 0) for f in quotes)
    comma = text.find(",", last, end)
    if comma < 0:
        return None
    return _infinitive_or_object(text, comma + 1, end, entities) or _that_clause(text, comma + 1, end, entities)


def indirect_quotes(text: str, sentences: list[Span], direct: list[Found], entities: list[Entity]) -> list[Found]:
    """Reported clauses of the sentences that hold no attributed quotation, and clauses that
    go on after a quotation's attribution; ``text`` is masked."""
    found = []
    for start, end in sentences:
        quotes = [f for f in direct if start <= f.start < end or start < f.end <= end]
        if quotes:
            first = min(f.start for f in quotes)
            opening = text.rfind("«", start, first)
            leading = _selon(text, start, opening, entities, clause_first=True) if opening > start else None
            if leading:
                found.append(leading)
            announced = quotes[0].verb == ":" and opening > start  # 'X salue son bilan : "..."'
            item = (
                (_infinitive_or_object(text, start, opening, entities, announcing=True) if announced else None)
                or _going_on(text, end, quotes)
                or _after_quotes(text, end, quotes, entities)
            )
        else:
            item = (
                _selon(text, start, end, entities)
                or _comme_clause(text, start, end, entities)
                or _inverted(text, start, end, entities)
                or _that_clause(text, start, end, entities)
                or _infinitive_or_object(text, start, end, entities)
                or _colon_clause(text, start, end, entities)
                or _for_whom(text, start, end, entities)
            )
        if item:
            found.append(item)
    return found


#: An unclosed quotation is read back at most this many characters before its attribution.
MAX_UNCLOSED = 600
_ATTRIBUTION_AFTER = re.compile(r"\s*,")


def reopened(found: Found, text: str, openings: list[int]) -> Found:
    """A reported clause attributed after it (``<clause>, a déclaré X``) that an unclosed
    opening mark starts, in the same paragraph and with no other mark between (``openings``
    from ``quote_marks.unclosed_openings``), is a direct quotation from that mark: the
    closing mark was forgotten (``"Pour surmonter une crise ... efficace, a déclaré le
    vice-président de Sanofi Pasteur, Thomas Triomphe, cité dans un communiqué``)."""
    if found.kind != "indirect" or not _ATTRIBUTION_AFTER.match(text, found.end):
        return found
    before = [o for o in openings if found.start - MAX_UNCLOSED <= o <= found.start]
    if not before or re.search("[\n\"«»“”]", text[before[-1] + 1 : found.end]):
        return found
    start = before[-1] + 1
    while text[start].isspace():
        start += 1
    return replace(found, start=start, kind="direct", place="after")
