"""The parts of a plain-text news article, as found before any other extraction.

Every extractor reads the same string, ``full_text(article)``: title, lede and
text joined by blank lines. All offsets (structure spans, entities, quote
positions) index into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from search.article import Article

Span = tuple[int, int]
PART_SEPARATOR = "\n\n"


def full_text(article: Article) -> str:
    """Title, lede and text joined by blank lines: the string extractors read."""
    return PART_SEPARATOR.join(part for part in (article.title, article.lede, article.text) if part)


@dataclass(frozen=True)
class Entity:
    """A named entity found by the recogniser: ``label`` is PER, ORG, LOC or MISC."""

    text: str
    label: str
    start: int
    end: int


@dataclass
class Structure:
    """Where each part of the article is. Offsets index into ``full_text(article)``.

    Bylines and credits name the people who wrote or illustrated the story:
    they are never speakers.
    """

    headline: str = ""
    summary: list[str] = field(default_factory=list)  # bullet lines under the headline
    byline: str = ""  # "Laila Bassam et John Davison"
    byline_people: list[str] = field(default_factory=list)
    dateline: str = ""  # "ALEP, Syrie, 10 décembre (Reuters) -"
    dateline_places: list[str] = field(default_factory=list)  # ["ALEP", "Syrie"] as written
    dateline_agency: str | None = None  # "Reuters"
    dateline_day: int | None = None  # 10
    dateline_month: int | None = None  # 12
    body: list[Span] = field(default_factory=list)  # body paragraphs (dateline stripped)
    subheads: list[str] = field(default_factory=list)  # all-caps section titles
    credit: str = ""  # "(avec ... ; ... pour le service français)"
    credit_people: list[str] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)

    @property
    def authors(self) -> list[str]:
        """Everyone who wrote, edited or illustrated the story (never speakers)."""
        return [*self.byline_people, *self.credit_people]
