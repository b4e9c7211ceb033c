"""The last pass over an article's quotations: parts of one statement, and subheads.

- A scare quote that is part of a direct statement is dropped (``without_scare_parts``).
- A subhead quotation glued to the next quotation takes its speaker (``glued_subheads``), also
  between dashes (``with_dash_subheads``).
"""

from __future__ import annotations

import re

from search.article import Quote
from search.extract.quote_direct import Found, sentence_of
from search.extract.quote_kinds import is_scare_quote
from search.extract.quote_marks import past_dash_subhead
from search.extract.structure_types import Span

#: A subhead quotation glued between a sentence's end and the next quotation: ``."`` ... ``""``.
_GLUED_SUBHEAD = re.compile(r"[.!?][\"«“]")
_GLUED_NEXT = re.compile(r"[\"»”][\"«“]")
#: The opening mark of the quotation right after a subhead between dashes.
_OPENING = re.compile(r"[\"«“]\s?")


def without_scare_parts(quotes: list[Quote], found: list[Found], sentences: list[Span]) -> list[Quote]:
    """Drop a scare quote that is part of a direct statement: the same attribution gives a
    longer quotation in the same sentence (``"...", a lancé X, assurant que le "conseil" n'a "..."``).
    Under another verb it is a statement of its own (``X a dénoncé "le racisme" et appelé à "..."``)."""

    def key(quote: Quote) -> tuple[str, str, tuple[int, int]]:
        return quote.speaker, quote.verb, sentence_of(sentences, quote.start)

    direct = {key(q) for q in quotes if q.kind == "direct"}
    return [
        q
        for q, f in zip(quotes, found, strict=True)
        if not (f.kind == "direct" and q.kind == "indirect" and key(q) in direct)
    ]


def glued_subheads(quotes: list[Quote], text: str) -> list[Quote]:
    """A quotation that opens right after a sentence's end and closes glued to the next
    quotation (``... le nombre."Le signal est celui de l'ouverture""Bien sûr, je ..."``) is a
    subhead pulled from that next quotation: it takes that quotation's speaker, or none."""
    by_start = {q.start: q for q in quotes}
    kept = []
    for quote in quotes:
        end = quote.start + len(quote.text)
        if quote.kind == "direct" and _GLUED_SUBHEAD.match(text, quote.start - 2) and _GLUED_NEXT.match(text, end):
            following = by_start.get(end + 2)
            if following is None:
                continue
            quote = Quote(following.speaker, quote.text, quote.kind, quote.verb, quote.start, following.speaker_kind)
        kept.append(quote)
    return kept


def with_dash_subheads(
    pending: list[Found], resolved: list[tuple[Found, str, str]], text: str
) -> list[tuple[Found, str, str]]:
    """``resolved`` (statements with their speaker's name and kind, in text order) with each
    unattributed AFP subhead between dashes glued to a direct quotation that has a speaker
    (``- "Nous avions tout perdu" -"Il y aura des gens ...", affirme Michel Franck``): the
    subhead is pulled from that quotation and takes its speaker. A few words without a verb
    (``- "Oubliés" -``) title the section and are no one's."""
    done = {found.start for found, _, _ in resolved}
    by_start = {found.start: (name, kind) for found, name, kind in resolved if found.kind == "direct"}
    subheads = []
    for found in pending:
        after = past_dash_subhead(text, found.start, found.end)
        opening = _OPENING.match(text, after) if after is not None else None
        titled = is_scare_quote(text[found.start : found.end])  # "- "Oubliés" -": a title, nobody's statement
        if found.start not in done and opening and opening.end() in by_start and not titled:
            subheads.append((found, *by_start[opening.end()]))
    return sorted(resolved + subheads, key=lambda statement: statement[0].start)
