"""Features of a quotation and a person who may have said it, for the scored attribution.

The rules (``quote_direct``, ``quote_continuation``) attribute most quotations; a longer
quotation they leave without any attribution is scored against every person the article
names (``quote_scorer``). Each (quotation, person) pair is described by a few numbers that
say, in general terms, how a reader links them: the person is named in the quotation's
sentence (before or after it), is its nearest name, opens the clause before a colon, was the
subject of the sentence before a quotation that opens its own, is what a pronoun there
points to, spoke the statement just before or just after, speaks elsewhere in the article,
is named often, first, or lately; and about the quotation itself: its length, first-person
words, whether it opens its sentence, stands alone, follows ``de`` like a title, stands
between paragraphs like a subhead, or sits in the headline. ``FEATURES`` names them in the
order of the vectors (and of the weights in ``data/attribution_model.json``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from search.extract.names import canonical_names, person_key
from search.extract.quote_context import PersonMention
from search.extract.quote_marks import Quoted
from search.extract.quote_phrases import PREPOSITIONS, word_before
from search.extract.quote_verbs import mentions_speech
from search.extract.structure_types import Span

FEATURES = (
    "same_before", "same_after", "prev_sent", "next_sent", "dist_before", "dist_after", "subject_same",
    "subject_prev", "prev_subject_open", "pronoun_before", "pronoun_after", "prev_speaker", "prev_speaker_near",
    "next_speaker_near", "speaks_elsewhere", "count", "first_named", "colon_subject", "recent_rank",
    "nearest_before", "nearest_after", "complement", "speech_near",
    "q_claimed", "q_anonymous", "q_title", "q_prev_other", "q_subhead", "q_words", "q_first_person",
    "q_alone", "q_open", "q_headline", "q_speech_verb", "q_others_named",
)  # fmt: skip
#: A distance (characters, log scale) given when the person is not named on that side at all.
FAR = 1.5
#: A name at most this far after a quotation may be its inverted subject (``", poursuit X``).
INVERTED_GAP = 50
#: The scored attribution reads quotations of at least this many words: a shorter one with a
#: verb is as often a motto, a title or someone else's phrase (``"tout casser"``, ``"Show must
#: go on"``) as a statement.
MIN_WORDS = 5
_FIRST_PERSON = re.compile(r"\b(?:je|j['’]|me|m['’]|moi|nous|notre|nos|mon|ma|mes)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"(?<![\w'’])(il|elle)(?![\w'’])|-t-(il|elle)\b", re.IGNORECASE)
_QUOTED = re.compile(r"«[^«»]*»")
_COLON_END = re.compile(r":\s*$")
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:d['’]|de|du|des|intitulée?s?|baptisée?s?|titre|livre|film|émission|ouvrage|roman|album|chanson"
    r"|série|slogan|hashtag|mot-dièse)|l['’])\s*«?$",
    re.IGNORECASE,
)
_SUBHEAD_DASH = re.compile(r"(?:^|[.!?»]\s*)[-–]\s*$")
_COMPLEMENT = PREPOSITIONS - {"par"}  # "partagé par X" names who speaks


@dataclass(frozen=True)
class Statement:
    """A person's statement the rules found: where its words start, who, direct or indirect."""

    start: int
    name: str
    kind: str


@dataclass
class Reading:
    """One article as the scored attribution reads it (offsets index into ``text``).

    ``masked`` has the quoted words masked; ``mentions`` are the persons named (before the
    rules added their speakers); ``claimed`` the starts of quotations the rules attributed,
    to someone or to nobody; ``other`` those attributed to no person (an organisation, an
    anonymous source); ``statements`` the person statements the rules found;
    ``pronoun`` resolves ``il``/``elle`` at an offset (``People.last_person``).
    """

    text: str
    masked: str
    quoted: list[Quoted]
    sentences: list[Span]
    mentions: list[PersonMention]
    statements: list[Statement]
    claimed: frozenset[int]
    other: frozenset[int]
    pronoun: Callable[[int, str], PersonMention | None]
    headline_end: int = 0
    anonymous: Sequence[int] = ()
    organisations: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        counts = Counter(m.name for m in self.mentions if m.name)
        counts.update(s.name for s in self.statements)
        self.canonical = canonical_names(counts) if counts else {}
        self.persons: dict[str, list[PersonMention]] = {}
        organisations = {person_key(name) for name in self.organisations}
        for mention in self.mentions:
            if mention.name and person_key(mention.name) not in organisations:
                self.persons.setdefault(self.canonical[mention.name], []).append(mention)
        self.spoken = sorted((s.start, self.canonical.get(s.name, s.name), s.kind) for s in self.statements)
        self.starts = [s for s, _ in self.sentences] or [0]

    def sentence(self, pos: int) -> int:
        """The index of the sentence holding offset ``pos``."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def span(self, index: int, default: Span) -> Span:
        """Sentence number ``index``, or ``default`` when there is none."""
        return self.sentences[index] if 0 <= index < len(self.sentences) else default


def _resolved(reading: Reading, start: int, end: int) -> str | None:
    """The person the first ``il``/``elle`` between ``start`` and ``end`` points to: None
    when there is no such pronoun, "" when it points to nobody named."""
    for match in _PRONOUN.finditer(reading.masked, start, end):
        word = (match.group(1) or match.group(2)).lower()
        person = reading.pronoun(match.start(), "f" if word == "elle" else "m")
        if person is None or not person.name:
            return ""
        return reading.canonical.get(person.name, person.name)
    return None


def _quotation(reading: Reading, pair: Quoted, here: Span, previous: Span) -> dict[str, float]:
    """What the quotation alone says about being someone's words."""
    start, end = pair.inner(reading.text)
    words = reading.text[start:end]
    outside = _QUOTED.sub(" ", reading.masked[here[0] : here[1]])
    before = reading.text[max(0, pair.open - 3) : pair.open].rstrip()
    after = reading.text[pair.close + 1 : pair.close + 4]
    glued = before[-1:] in (".", "!", "?", "»", '"') and after[:1].isupper()
    dash = _SUBHEAD_DASH.search(reading.text, max(0, pair.open - 4), pair.open)
    return {
        "q_claimed": float(start in reading.claimed),
        "q_anonymous": float(any(previous[0] <= at < here[1] for at in reading.anonymous)),
        "q_title": float(bool(_TITLE_BEFORE.search(reading.masked, max(0, pair.open - 30), pair.open))),
        "q_prev_other": float(any(previous[0] <= at < pair.open for at in reading.other)),
        "q_subhead": float(glued or bool(dash) or words.isupper()),
        "q_words": math.log1p(len(words.split())),
        "q_first_person": float(bool(_FIRST_PERSON.search(words))),
        "q_alone": float(len(outside.split()) <= 3),
        "q_open": float(not _QUOTED.sub(" ", reading.masked[here[0] : pair.open]).strip(" -–")),
        "q_headline": float(pair.open < reading.headline_end),
        "q_speech_verb": float(mentions_speech(outside)),
    }


@dataclass
class _Around:
    """What surrounds one quotation: its sentence (``here``, number ``index``), the ones
    before and after, and the persons who stand out there."""

    start: int
    index: int
    here: Span
    previous: Span
    following: Span
    quote: dict[str, float]
    pronoun_before: str | None
    pronoun_after: str | None
    colon: bool
    nearest_before: str | None
    nearest_after: str | None
    recent: list[str]
    first: str | None
    previous_speaker: tuple[int, str, str] | None
    next_speaker: tuple[int, str, str] | None


def _around(reading: Reading, pair: Quoted) -> _Around:
    index = reading.sentence(pair.open)
    start, end = reading.span(index, (0, len(reading.text)))
    here = (start, max(end, pair.close + 1))
    previous = reading.span(index - 1, (here[0], here[0]))
    quote = _quotation(reading, pair, here, previous)
    named = [
        (m.start, name)
        for name, mentions in reading.persons.items()
        for m in mentions
        if here[0] <= m.start < here[1] and not pair.open <= m.start <= pair.close
    ]
    quote["q_others_named"] = math.log1p(len({name for _, name in named}))
    pronoun_before = _resolved(reading, here[0], pair.open)
    if pronoun_before == "":  # "Une fonctionnaire ... explique, elle, avoir ... pour "...""
        quote["q_anonymous"] = 1.0
    inner = pair.inner(reading.text)[0]
    earlier = [s for s in reading.spoken if s[0] < inner]
    later = [s for s in reading.spoken if s[0] > inner]
    last = {name: max((m.start for m in ms if m.start < pair.open), default=-1) for name, ms in reading.persons.items()}
    return _Around(
        start=inner,
        index=index,
        here=here,
        previous=previous,
        following=reading.span(index + 1, (here[1], here[1])),
        quote=quote,
        pronoun_before=pronoun_before,
        pronoun_after=_resolved(reading, pair.close, min(here[1], pair.close + 60)),
        colon=bool(_COLON_END.search(reading.masked, here[0], pair.open)),
        nearest_before=max((n for n in named if n[0] < pair.open), default=(0, None))[1],
        nearest_after=min((n for n in named if pair.close < n[0] <= pair.close + INVERTED_GAP), default=(0, None))[1],
        recent=[name for name, at in sorted(last.items(), key=lambda item: -item[1]) if at >= 0],
        first=min(reading.persons, key=lambda n: reading.persons[n][0].start, default=None),
        previous_speaker=earlier[-1] if earlier else None,
        next_speaker=later[0] if later else None,
    )


def quotation_features(reading: Reading, pair: Quoted) -> list[tuple[str, list[float]]]:
    """``(person, vector)`` for every person named in the article, for quotation ``pair``."""
    around = _around(reading, pair)
    return [(name, _vector(reading, pair, name, around)) for name in reading.persons]


def _vector(reading: Reading, pair: Quoted, name: str, around: _Around) -> list[float]:
    mentions = reading.persons[name]
    here, previous, following = around.here, around.previous, around.following
    before = [m for m in mentions if here[0] <= m.start < pair.open]
    after = [m for m in mentions if pair.close < m.start < here[1]]
    near = before + after
    distances_before = [pair.open - m.start for m in mentions if m.start < pair.open]
    distances_after = [m.start - pair.close for m in mentions if m.start > pair.close]
    subject_previous = any(m.subject and previous[0] <= m.start < previous[1] for m in mentions)
    spoke_before = around.previous_speaker is not None and around.previous_speaker[1] == name
    spoke_after = around.next_speaker is not None and around.next_speaker[1] == name
    values = {
        **around.quote,
        "same_before": float(bool(before)),
        "same_after": float(bool(after)),
        "prev_sent": float(any(previous[0] <= m.start < previous[1] for m in mentions)),
        "next_sent": float(any(following[0] <= m.start < following[1] for m in mentions)),
        "dist_before": math.log1p(min(distances_before)) / 8 if distances_before else FAR,
        "dist_after": math.log1p(min(distances_after)) / 8 if distances_after else FAR,
        "subject_same": float(any(m.subject for m in near)),
        "subject_prev": float(subject_previous),
        "prev_subject_open": float(subject_previous) * around.quote["q_open"],
        "pronoun_before": float(around.pronoun_before == name),
        "pronoun_after": float(around.pronoun_after == name),
        "prev_speaker": float(spoke_before),
        "prev_speaker_near": float(spoke_before and reading.sentence(around.previous_speaker[0]) >= around.index - 1),
        "next_speaker_near": float(spoke_after and reading.sentence(around.next_speaker[0]) <= around.index + 1),
        "speaks_elsewhere": float(
            any(s[1] == name and s[2] == "direct" and s[0] != around.start for s in reading.spoken)
        ),
        "count": math.log1p(len(mentions)),
        "first_named": float(around.first == name),
        "colon_subject": float(around.colon and any(m.subject for m in before) and around.nearest_before == name),
        "recent_rank": 1.0 / (1 + around.recent.index(name)) if name in around.recent else 0.0,
        "nearest_before": float(around.nearest_before == name),
        "nearest_after": float(around.nearest_after == name),
        "complement": float(bool(near) and all(word_before(reading.masked, m.start) in _COMPLEMENT for m in near)),
        "speech_near": float(
            any(mentions_speech(reading.masked[max(here[0], m.start - 50) : min(here[1], m.start + 80)]) for m in near)
        ),
    }
    return [values[feature] for feature in FEATURES]


def unclaimed(reading: Reading) -> list[Quoted]:
    """The quotations the rules left without any attribution that may be someone's words:
    ``MIN_WORDS`` long at least (never a scare quote), not in the headline (where the rules
    read names and colons), not after ``de`` or a word for a work (titles), not in a sentence
    where an unnamed person is mentioned (``Une fonctionnaire ... pour "..."``)."""
    found = []
    for pair in reading.quoted:
        start, end = pair.inner(reading.text)
        words = reading.text[start:end]
        if len(words.split()) < MIN_WORDS or start in reading.claimed or pair.open < reading.headline_end:
            continue
        if _TITLE_BEFORE.search(reading.masked, max(0, pair.open - 30), pair.open):
            continue
        here = reading.span(reading.sentence(pair.open), (pair.open, pair.close))
        if any(here[0] <= at < max(here[1], pair.close) for at in reading.anonymous):
            continue
        found.append(pair)
    return found
