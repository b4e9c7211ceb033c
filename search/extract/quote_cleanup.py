"""The last pass over an article's quotations: parts of one statement, and subheads.

- A scare quote that is part of a direct statement is dropped (``without_scare_parts``).
- A subhead quotation glued to the next quotation takes its speaker (``glued_subheads``).
"""

from __future__ import annotations

import re

from search.article import Quote
from search.extract.quote_direct import Found, sentence_of
from search.extract.structure_types import Span

#: A subhead quotation glued between a sentence's end and the next quotation: ``."`` ... ``""``.
_GLUED_SUBHEAD = re.compile(r"[.!?][\"«“]")
_GLUED_NEXT = re.compile(r"[\"»”][\"«“]")


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
