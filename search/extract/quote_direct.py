"""Direct speech: quotations in quotation marks and who they are attributed to.

A quotation is kept only when its sentence attributes it: a speech verb right
after it or before it, ``selon X``, or the attribution of a quotation it
continues (``"...", a insisté Ayrault, "..."``; ``"..." "...", a-t-il dit``).
A short quotation (a few words, no verb of its own) with no speech verb right
next to it is a scare quote or a title (``une "pandémie"``, ``les "gilets jaunes"``) and is not a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from search.extract.quote_before import attribution_before
from search.extract.quote_colon import subject_before_colon, subject_of_previous
from search.extract.quote_incise import incise_after
from search.extract.quote_kinds import has_verb, is_scare_quote
from search.extract.quote_marks import SCARE_QUOTE, Quoted
from search.extract.quote_passive import agent_before_colon, passive_agent
from search.extract.quote_patterns import (
    announced_before_colon,
    comme_after,
    comme_before,
    coordinated_before,
    headline_opinion_after,
    headline_speaker,
    headline_speaker_after,
    incise_before,
    incise_inside,
    parenthesized,
    said_next,
    sentence_final,
)
from search.extract.quote_participles import named_participle_before, opening_participle, participle_before
from search.extract.quote_phrases import Mention
from search.extract.quote_speakers import Attribution, attributed_after, attribution_after, attribution_headline
from search.extract.quote_verbs import present_participles
from search.extract.structure_types import Entity, Span

#: A quotation of at most this many words needs a verb right next to it when it has
#: no verb of its own (``quote_kinds.is_scare_quote``).
SHORT_QUOTE_WORDS = 3
_CONTINUES = re.compile(r"^\s*[,:;]?\s*(?:et\s+|puis\s+)?$")
_PARTICIPLE = re.compile(r"^[^.;:«»]{0,60}?,\s*(?:en\s+)?([\w-]+ant)\b[^.;«»]{0,60}$")
#: A short quotation is attributed after it only past a punctuation mark: ``"Bientôt", promet X``.
_PUNCTUATED = re.compile(r"\s*[,!?…]")
_ADJACENT = re.compile(r"^[\s.,!?…;:]*$")  # no "-": "- "Subhead" -" starts a new section


@dataclass(frozen=True)
class Found:
    """A quotation or reported clause with its attribution (``mention`` None: unattributed)."""

    start: int
    end: int
    kind: str
    verb: str
    mention: Mention | None
    place: str = ""  # "after", "before", "opening", "previous", "inline", "adjacent", "passive" (direct); "indirect"


#: Between a speaker and their quotation, the verb group only: no comma, no other clause.
_RIGHT_BEFORE = re.compile(r"[^,;:.!?«»]{1,60}")


def sentence_of(sentences: list[Span], pos: int) -> Span:
    """The sentence that contains offset ``pos`` (or the nearest one before it)."""
    index = max(0, bisect_right([s for s, _ in sentences], pos) - 1)
    return sentences[index] if sentences else (0, pos)


def _word_count(text: str, span: Span) -> int:
    return len(text[span[0] : span[1]].split())


def _attribute(
    text: str,
    original: str,
    quoted: list[Quoted],
    i: int,
    sentences: list[Span],
    entities: list[Entity],
    headline_end: int,
    short: bool,
) -> tuple[Attribution | None, str]:
    """The attribution of quotation ``i`` from its own sentence, and where it was found."""
    pair = quoted[i]
    start, end = sentence_of(sentences, pair.open)
    end = max(end, pair.close + 1)
    following = quoted[i + 1].open if i + 1 < len(quoted) else len(text)
    limit = min(end, following)
    # a scare quote before it does not end the words that attribute it ("Pour X, un militant du "Hirak", "...")
    longer = [q for q in quoted[:i] if _word_count(text, (q.open + 1, q.close)) > SHORT_QUOTE_WORDS]
    floor = max(start, longer[-1].close + 1 if longer else 0)
    headline = pair.close < headline_end
    if short and text[pair.close - 1] not in ".!?…" and not _PUNCTUATED.match(text, pair.close + 1):
        limit = pair.close + 1  # "l'interprète de "Poker face" a remercié ...": a title, not a quotation
    after = (
        attribution_after(text, pair.close + 1, limit, entities, partial=not short)
        or comme_after(text, pair.close + 1, limit, entities)
        or (incise_after(text, pair.close + 1, limit, entities) if not short else None)
        or (parenthesized(text, pair.close + 1, limit, entities) if _caption(original, pair) else None)
        or (headline_opinion_after(text, pair.close + 1, headline_end, entities) if headline and not short else None)
    )
    announced = announced_before_colon(text, floor, pair.open, entities) if not short else None
    if after:
        if announced and after.mention.kind == "pronoun":
            return Attribution(after.verb, announced, after.end), "after"  # "X : "...", a-t-il dit"
        pronoun = after.mention.kind == "pronoun"
        inside = incise_inside(original, pair.open + 1, pair.close, entities) if pronoun else None
        if inside and inside.mention.kind == "person":  # '"..., explique X au Parisien. ...", indique-t-elle'
            named_here = replace(inside.mention, start=after.mention.start, end=after.mention.end)
            return Attribution(after.verb, named_here, after.end), "after"
        according = after.verb in ("selon", "d'après", "d’après")  # 'X a jugé qu'il "...", selon l'agence Y'
        if after.mention.kind == "organisation" or according:  # 'X avait assuré "...", souligne BFM TV'
            relayed = attribution_before(text, floor, pair.open, entities, short)
            close = relayed is not None and (according or _RIGHT_BEFORE.fullmatch(text, relayed.mention.end, pair.open))
            if close and relayed.mention.kind == "person":
                return relayed, "before"
        return after, "after"
    if attributed_after(text, pair.close + 1, limit):
        return None, "unresolved"
    passive = passive_agent(text, pair.close + 1, limit, entities) if not short else None
    if passive:
        return passive, "passive"  # '"..." promis par X': X's words, and only these
    before = (
        attribution_before(text, floor, pair.open, entities, short)
        or comme_before(text, floor, pair.open, entities)
        or coordinated_before(text, start, floor, pair.open, entities)
        or (participle_before(text, start, floor, pair.open, entities, short) if floor == start else None)
        or named_participle_before(text, floor, pair.open, entities, short)
    )  # after an earlier quotation, a participle goes on with its speaker (see direct_quotes)
    if before is None and floor == start:
        opening = opening_participle(text, start, pair.open, pair.close, end, entities, short)
        if opening:
            return opening, "opening"  # 'Dénonçant des "...", la procureure a requis': its main clause is read too
    if before is None and headline:
        before = attribution_headline(text, floor, pair.open, entities) or headline_speaker_after(
            text, pair.close + 1, headline_end, entities, short=short
        )
        if before is None and not short:
            before = headline_speaker(text, pair.open, entities)
    elif before is None and not text[start : pair.open].strip(" -–"):  # '"Une bataille est engagée" : X a appelé'
        before = headline_speaker_after(text, pair.close + 1, end, entities, colon_only=True)
    if before is None and announced:
        before = Attribution(":", announced, pair.open)
    if before is None and not short:
        before = agent_before_colon(text, floor, pair.open, entities)  # 'X a été saluée par Y : "..."'
    if before is None:
        before = incise_before(text, floor, pair.open, entities)
    if before is None and not short:
        inside = incise_inside(original, pair.open + 1, pair.close, entities)
        if inside:
            return inside, "inside"
    if before is None and following >= end:
        final = sentence_final(text, pair.close + 1, end, entities)  # the sentence's last quotation
        if final:
            return final, "after"
        upto = min(following, sentence_of(sentences, end + 1)[1]) if end < len(text) else end
        said = said_next(text, pair.close + 1, end, upto, entities) if not short else None
        if said:
            return said, "after"
    if before is None and not short and not original[pair.open + 1 : pair.close].isupper():  # not a subhead
        subject = subject_before_colon(text, floor, pair.open, entities)  # 'X a réagi dans un tweet : "..."'
        if subject is None and start > 0 and not text[start : pair.open].strip() and floor == start:
            previous = sentence_of(sentences, start - 1)  # 'X est revenue sur la polémique. "..."'
            subject = subject_of_previous(text, previous[0], pair.open, entities) if previous[0] < start else None
            if subject:
                return Attribution(":", subject, pair.open), "previous"
        before = Attribution(":", subject, pair.open) if subject else None
    return (before, "before") if before else (None, "")


def _caption(original: str, pair: Quoted) -> bool:
    """A quotation long enough, and with a verb, to be someone's words before a name in
    parentheses (``« J'ai dit qu'un blessé ... » (Castaner)``), not a title and its author
    (``"Le mystère de la Chambre jaune" (Bruno Podalydès)``)."""
    words = original[slice(*pair.inner(original))]
    return len(words.split()) >= 6 and has_verb(words)


def _participle_between(between: str) -> str:
    """``", a dit X, estimant que "...``: the speech participle with which the same speaker
    goes on, or ""."""
    match = _PARTICIPLE.match(SCARE_QUOTE.sub("", between))  # '... de «xxxx» du régime, plaidant pour "...'
    return match.group(1) if match and match.group(1).lower() in present_participles(declarative_only=False) else ""


def _borrowed(
    text: str, quoted: list[Quoted], i: int, attributions: list[tuple[Attribution | None, str]], shorts: list[bool]
) -> tuple[Attribution | None, str]:
    """The attribution quotation ``i``, which has none of its own, takes from the statement
    before it: a participle going on with the last longer quotation's speaker
    (``"...", a lancé X, assurant que le "conseil" n'a "..."``: the participle is its verb),
    or, for a longer quotation, the attribution of the quotation right before it."""
    j = max((k for k in range(i) if attributions[k][0] is not None and not shorts[k]), default=-1)
    if j < 0:
        return None, ""
    previous, previous_place = attributions[j]
    between = text[previous.end : quoted[i].open]
    after_previous = text[quoted[j].close + 1 : quoted[i].open]
    participle = _participle_between(between if previous_place == "after" else after_previous)
    if participle and previous_place in ("after", "before", "opening", "previous"):
        return Attribution(participle, previous.mention, previous.end), "inline"
    if shorts[i] or j != i - 1:
        return None, ""
    if previous_place == "after" and _CONTINUES.match(between):
        return previous, "inline"
    if previous_place in ("before", "opening", "previous", "adjacent") and _ADJACENT.match(after_previous):
        return previous, "adjacent"
    return None, ""


def direct_quotes(
    text: str, original: str, quoted: list[Quoted], sentences: list[Span], entities: list[Entity], headline_end: int = 0
) -> list[Found]:
    """Every attributed quotation. ``text`` is the masked text (see ``mask_quoted``) of
    ``original``; quotations before ``headline_end`` may be headline quotes (``Name : "..."``)."""
    attributions: list[tuple[Attribution | None, str]] = []
    shorts = [is_scare_quote(original[slice(*pair.inner(original))]) for pair in quoted]
    for i, short in enumerate(shorts):
        attribution, place = _attribute(text, original, quoted, i, sentences, entities, headline_end, short)
        if attribution is None and place != "unresolved" and i > 0:
            attribution, place = _borrowed(text, quoted, i, attributions, shorts)
        attributions.append((attribution, place))
    for i in range(len(quoted) - 2, -1, -1):
        following, following_place = attributions[i + 1]
        own, own_place = attributions[i]
        if (
            (own is None or own_place == "previous")  # 'X ... . "Q1" et "Q2", a dit Y': Y's words
            and own_place != "unresolved"
            and following is not None
            and following_place in ("after", "adjacent", "sentence")
            and not shorts[i]
        ):
            between = text[quoted[i].close + 1 : quoted[i + 1].open]
            adjacent = _ADJACENT.match(between) and (text[quoted[i].close - 1] in ".!?…" or between.strip() == ",")
            if own is None and adjacent:  # the subject of the sentence before yields only within one sentence
                attributions[i] = (following, "adjacent")
            elif (
                sentence_of(sentences, quoted[i].open) == sentence_of(sentences, quoted[i + 1].open)
                and following_place != "adjacent"
            ):
                attributions[i] = (following, "sentence")  # "Q1" qui "Q2", admet-il
    found = []
    for pair, (attribution, place) in zip(quoted, attributions, strict=True):
        start, end = pair.inner(text)
        if attribution is not None and end > start:
            found.append(Found(start, end, "direct", attribution.verb, attribution.mention, place))
    return found
