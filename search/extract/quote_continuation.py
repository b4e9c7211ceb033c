"""Quotations with no attribution of their own that continue the previous speaker.

A quotation that no verb, ``selon`` or colon attributes belongs to the speaker
the surrounding text gives (see the annotation guide):

- the speaker of the statement just before it, in the previous sentence or earlier
  in its own sentence (``Selon X, ... . "Quand elle n'est pas revenue, ..."``;
  ``X annonce que ... . La statue "ne rentrera pas à Grévin ..."``);
- the speaker of a quotation just before it in its sentence, when at most a few
  lowercase words join the two (``X explique "..." et "..."``, ``combattre "..." avec
  "..."``, ``compte "..." sans "..."``): one statement in two quotations;
- the person the previous sentence announces as holding the next opinion
  (``Un avis partagé par Christian Estrosi. "Je suis opposé ..."``, ``Même son de
  cloche du côté de Florian Philippot, président des Patriotes. "..."``);
- or the person who is the subject of the previous sentence when that sentence
  reports speech without quoting it (``Emmanuel Macron n'a pas hésité à tacler la
  politique de François Hollande. "Écoutez, ..."``).

The quotation's own sentence must be the quotation alone or nearly (a few words
such as ``La statue`` or ``Elle``), with no speech verb and no other person named:
a quotation standing in a sentence of its own is someone's words, a title in a
longer sentence is not; a short one glued between paragraphs is a subhead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from search.extract.quote_kinds import is_scare_quote
from search.extract.quote_marks import past_dash_subhead
from search.extract.quote_people import People
from search.extract.quote_subject_position import OPINION_LEAD
from search.extract.quote_verbs import mentions_speech
from search.extract.structure_types import Span

#: At most this many words of the sentence may stand outside the quotation.
MAX_OUTSIDE_WORDS = 6
#: A quotation needs more than this many words to continue a speaker.
MIN_WORDS = 4
#: A quotation glued between two paragraphs with at most this many words is a subhead.
MAX_SUBHEAD_WORDS = 8
_QUOTED = re.compile(r"«[^«»]*»")
_WORD = re.compile(r"[\w'’-]+")
_SOMEONE_ELSE = re.compile(r"\b(?:selon|d['’]après)\b|«", re.IGNORECASE)
#: At most this many lowercase words join two quotations of one statement.
MAX_JOIN_WORDS = 3
#: Words that open another clause, maybe someone else's: ``"..." tandis que "..."``.
_NEW_CLAUSE = frozenset({"tandis", "alors", "mais", "quand", "lorsque", "pendant", "contrairement", "comme"})


def _index(sentences: Sequence[Span], pos: int) -> int:
    return max(0, bisect_right([s for s, _ in sentences], pos) - 1)


def _outside(text: str, span: Span) -> str:
    return _QUOTED.sub(" ", text[span[0] : span[1]])


def _subhead(text: str, original: str, quote: Span, words: int) -> bool:
    """A subhead glued between two paragraphs (``CNRS."Les odeurs, elles sont là !"Aussi``),
    or written in capitals: it repeats or announces, it does not continue a statement."""
    before = text[quote[0] - 3 : quote[0]].rstrip("«")
    after = text[quote[1] : quote[1] + 3].lstrip(".!?»")
    glued = bool(before) and before[-1:] in ".!?»" and after[:1].isupper()
    inner = original[quote[0] : quote[1]]
    dashed = past_dash_subhead(original, quote[0], quote[1]) is not None  # '.- "Pas la vengeance" -Stefano'
    return (
        ((glued or dashed) and words <= MAX_SUBHEAD_WORDS)
        or (inner.isupper() and words <= 2 * MAX_SUBHEAD_WORDS)
    )


def joined_quotation(text: str, previous_end: int, quote_start: int) -> bool:
    """True when the masked ``text`` between a quotation's end and the next quotation
    joins them in one sentence with a few lowercase words and nothing else: ``" et "``,
    ``" avec "``, never a comma, a speech verb or a name (``", estime X. "``)."""
    gap = text[previous_end:quote_start].strip(" «»\u00a0")
    words = _WORD.findall(gap)
    return (
        0 < len(words) <= MAX_JOIN_WORDS
        and not re.search(r"[^\w\s'’-]", gap)
        and all(word[:1].islower() and word not in _NEW_CLAUSE for word in words)
        and not mentions_speech(gap)
    )


class Statement(NamedTuple):
    """A statement resolved before a quotation: its span (``end`` includes the attribution),
    speaker, the end of its quotation (0 for an indirect one) and of its content, and
    whether its speaker is named there or by a pronoun (not by a role pointing back)."""

    start: int
    end: int
    name: str
    kind: str
    quotation_end: int
    content_end: int
    named: bool


def inside_statement(quote: Span, statement: Statement, people: People) -> bool:
    """True when a quotation lies inside the reported content of an indirect statement
    whose speaker is named there or by a pronoun, with no other person named between the
    statement's start and the quotation: the quoted words are the speaker's own (``X a
    annoncé l'obligation du port "dans plusieurs lieux fréquentés"``), unlike a title in the
    attribution (``selon l'auteur d'"..."``)."""
    if statement.quotation_end or not statement.named:
        return False
    if not statement.start <= quote[0] < quote[1] <= statement.content_end:
        return False
    return all(
        m.name == statement.name
        for m in people.mentions
        if m.name and m.written and statement.start <= m.start < quote[0]
    )


def _opinion_holder(text: str, sentence: Span, people: People) -> str | None:
    """The person a ``sentence`` announces as holding the next opinion (``Un avis partagé
    par Christian Estrosi.``): its subject after the lead; None when it is no such lead."""
    if not OPINION_LEAD.match(text, sentence[0], sentence[1]):
        return None
    holder = next((m for m in people.mentions if m.subject and sentence[0] <= m.start < sentence[1]), None)
    return holder.name if holder is not None and holder.name else None


def continued_speaker(
    text: str,
    original: str,
    quote: Span,
    words: int,
    sentences: Sequence[Span],
    previous: Sequence[Statement],
    people: People,
) -> tuple[str, str] | None:
    """``(name, kind)`` for an unattributed quotation ``quote`` (inner span in the masked
    ``text`` of ``original``, ``words`` long), or None. ``previous`` are the statements resolved so far
    before it, in text order."""
    if not sentences or _subhead(text, original, quote, words):
        return None
    last = previous[-1] if previous else None
    if last and inside_statement(quote, last, people) and not is_scare_quote(original[quote[0] : quote[1]]):
        return last.name, last.kind  # "X a annoncé ... "dans plusieurs lieux"", "selon X, ils "contestent fermement""
    if words < MIN_WORDS:
        return None
    here = _index(sentences, quote[0])
    if last and last.quotation_end and joined_quotation(text, last.quotation_end, quote[0]):
        return last.name, last.kind  # "X explique "..." et "...""
    outside = _outside(text, sentences[here])
    if len(_WORD.findall(outside)) > MAX_OUTSIDE_WORDS or mentions_speech(outside):
        return None
    start = sentences[here][0]
    speaker = last.name if last else ""
    if any(m.name and m.name != speaker and start <= m.start < sentences[here][1] for m in people.mentions):
        return None  # someone else is named around the quotation (not "Pour l'Insoumis," for the last speaker)
    floor = sentences[here - 1][0] if here > 0 else start
    if here > 0 and (holder := _opinion_holder(text, sentences[here - 1], people)):
        return holder, "person"
    if previous:
        found_start, found_end, name, kind = last[:4]
        if found_end > floor or found_start >= floor:
            named_since = [m for m in people.mentions if m.name and m.written and found_end <= m.start < quote[0]]
            if not named_since or all(m.name == name for m in named_since):
                return name, kind
            return None
    if here == 0:
        return None
    before = sentences[here - 1]
    subjects = [m for m in people.mentions if m.subject and m.name and before[0] <= m.start < before[1]]
    if not subjects or _SOMEONE_ELSE.search(text, before[0], before[1]):
        return None  # "Selon le rapport, Théo ne souffrait ...": the report speaks
    return (subjects[0].name, "person") if mentions_speech(_outside(text, (subjects[0].start, before[1]))) else None
