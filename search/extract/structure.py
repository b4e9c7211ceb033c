"""Find the parts of a news article: the layout news agencies give their copy.

::

    Les rebelles d'Alep-Est acceptent une évacuation         <- headline (title)
        * Les combats ont cessé jeudi soir                   <- summary
    par Laila Bassam et John Davison                         <- byline
    ALEP, Syrie, 10 décembre (Reuters) - Les derniers ...    <- dateline + body
    LES CIVILS PRIS AU PIÈGE                                 <- subhead
    (avec Tom Perry à Beyrouth ; ... pour le service français)  <- closing credit

Line by line over ``full_text(article)`` after the title: leading bullet lines
are the summary (only without a lede, which is a summary itself), a leading
``par X et Y`` / ``Par X, Y et Z`` / ``par X, avec Y`` line of names the
byline. The first body line (and the first line of ``article.text`` after a
lede) may open with a dateline ``PLACE[/PLACE][, Country][, [weekday] day
month [year]] (Agency) -`` (hyphen, en or em dash; agencies of
``data/agencies.tsv``), cut from the body. A trailing block in parentheses that
opens with a credit word (``avec``, ``édité par``...) or holds ``pour le
service français`` is the closing credit. Photo credits (``© AFP/Archives``,
``Crédit photo : ...``), copyright lines (``© 2016 AFP``) and agency signatures
(``-AFP``) on their own line are not body; short lines without lower-case
letters, and AFP's ``- Subhead -``, are subheads. The rest is body: one span
per paragraph (runs of body lines), lede included.

Photo credits inside paragraphs (``(Photo : Omar Sanadiki/Reuters)``) are
listed too, as written. ``credit_people`` holds the people of the closing
credit and the photographers of ``Name/Agency`` photo credits, so that
``Structure.authors`` is everyone who wrote, edited or illustrated the story.
Parsing never fails: odd input only gives fewer parts.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from search.article import Article
from search.extract.dates import DAY_RE, MONTH_RE, WEEKDAY_RE, day_number, month_number
from search.extract.source import (
    AGENCY_NAMES,
    NAME_SEPARATORS,
    credit_people,
    find_photo_credits,
    is_agency_line,
    photo_people,
    split_people,
    structure_markers,
)
from search.extract.structure_types import PART_SEPARATOR, Span, Structure, full_text

_M = structure_markers()
_CREDIT_START = re.compile(r"\(\s*(?:" + "|".join(_M["credit_start"]) + r")(?!\w)", re.IGNORECASE)
_PHOTO = "|".join(_M["photo"])
_AGENCY = "|".join(re.escape(name) for name in sorted(AGENCY_NAMES, key=len, reverse=True))

_DASHED_SUBHEAD = re.compile(r"[-–—]\s+(\S.{0,78}?)\s+[-–—]")
_BULLET = re.compile(r"[*•·▪‣◦◆■►–—-]\s+(\S.{0,200})")
_BYLINE = re.compile(r"(?:par|Par|PAR)\s+(\S.{0,140}?)\.?")
_DATELINE = re.compile(rf"(?:(?P<head>[^\W\d_][^()\n]{{0,100}}?)\s*)?\((?P<agency>{_AGENCY})\)\s*[-–—]")
_PLACE = re.compile(r"[^\W\d_][\w'’.\- ]{0,40}")
_DATE_SEGMENT = re.compile(
    rf"(?:(?P<weekday>{WEEKDAY_RE})\s+)?(?:(?P<day>{DAY_RE})\s+)?(?P<month>{MONTH_RE})(?:\s+(?:19|20)\d\d)?",
    re.IGNORECASE,
)
_PHOTO_LINE = re.compile(rf"\(?\s*(?:(?:{_PHOTO})\s*:|©|\(c\)\s)", re.IGNORECASE)


class _Line(NamedTuple):
    """One line of the text: stripped content and its offsets in the full text."""

    start: int
    end: int
    text: str


def _lines(text: str, begin: int) -> list[_Line]:
    """The lines of ``text[begin:]``, stripped, with absolute offsets."""
    lines = []
    position = begin
    for raw in text[begin:].split("\n"):
        stripped = raw.strip()
        start = position + (raw.find(stripped) if stripped else 0)
        lines.append(_Line(start, start + len(stripped), stripped))
        position += len(raw) + 1
    return lines


def parse_byline(line: str) -> tuple[str, list[str]] | None:
    """``(byline, people)`` for a ``par X et Y`` line whose parts are all names."""
    match = _BYLINE.fullmatch(line)
    if match is None:
        return None
    chunks = [c for c in NAME_SEPARATORS.split(match.group(1)) if c.strip()]
    people = split_people(match.group(1))
    if not chunks or len(people) != len(chunks):
        return None
    return match.group(1).strip(), people


class Dateline(NamedTuple):
    """A parsed dateline: its length in the line and its fields."""

    end: int
    places: list[str]
    agency: str
    day: int | None
    month: int | None


def parse_dateline(line: str) -> Dateline | None:
    """The dateline opening ``line``, or None (places must look like places)."""
    match = _DATELINE.match(line)
    if match is None:
        return None
    places: list[str] = []
    day = month = None
    segments = [s.strip() for s in (match.group("head") or "").split(",")] if match.group("head") else []
    for index, segment in enumerate(segments):
        date = _DATE_SEGMENT.fullmatch(segment) if index else None
        if date is not None and index == len(segments) - 1:
            month = month_number(date.group("month"))
            day = day_number(date.group("day")) if date.group("day") else None
            continue
        parts = [p.strip() for p in segment.split("/")] if index == 0 else [segment]
        if not all(_PLACE.fullmatch(p) and p[0].isupper() and len(p.split()) <= 4 for p in parts):
            return None
        places.extend(parts)
    return Dateline(match.end(), places, match.group("agency"), day, month)


def subhead_text(line: str) -> str | None:
    """The title a subhead line holds: a short line with a word of 3+ letters
    and no lower-case letter (``LES CIVILS PRIS AU PIÈGE``), or AFP's dashed
    form (``- Retour du football en Allemagne -``, dashes removed); else None."""
    dashed = _DASHED_SUBHEAD.fullmatch(line)
    if dashed is not None:
        return dashed.group(1)
    if not 3 <= len(line) <= 80 or any(c.islower() for c in line):
        return None
    if re.search(r"[^\W\d_]{3}", line) is None or line.endswith(("-", "–", "—")):
        return None
    return line.lstrip("-–—•* ")


def _is_tail_line(line: str) -> bool:
    """Photo credit, copyright line or bare agency signature (never body)."""
    return len(line) <= 150 and (_PHOTO_LINE.match(line) is not None or is_agency_line(line))


def _leading(lines: list[_Line], structure: Structure, bullets: bool) -> int:
    """Fill summary (if ``bullets``) and byline from the leading lines; index of
    the first other line."""
    index = 0
    while index < len(lines):
        line = lines[index].text
        bullet = _BULLET.fullmatch(line) if line and bullets and not _DASHED_SUBHEAD.fullmatch(line) else None
        byline = parse_byline(line) if line and not structure.byline else None
        if bullet is not None:
            structure.summary.append(bullet.group(1).strip())
        elif byline is not None:
            structure.byline, structure.byline_people = byline
        elif line:
            break
        index += 1
    return index


def _trailing(lines: list[_Line], first: int, full: str, structure: Structure) -> int:
    """Find the closing credit among the trailing lines; index after the last body line."""
    end = len(lines)
    while end > first:
        line = lines[end - 1]
        if not line.text or _is_tail_line(line.text):
            end -= 1
            continue
        start = end - 1
        while start > first and lines[start - 1].text:
            start -= 1
        block = full[lines[start].start : line.end]
        if structure.credit or not (block.endswith(")") and _CREDIT_START.match(block)):
            break
        structure.credit = block
        structure.credit_people = credit_people(block)
        end = start
    return end


def _middle_kind(line: str) -> str:
    if not line:
        return "blank"
    if _is_tail_line(line):
        return "photo"
    if not any(c.isalnum() for c in line):
        return "separator"
    return "subhead" if subhead_text(line) is not None else "body"


def _apply_dateline(lines: list[_Line], candidates: list[int], structure: Structure) -> tuple[int, int] | None:
    """Parse the first dateline among candidate lines; ``(line index, body start)``."""
    for index in candidates:
        dateline = parse_dateline(lines[index].text)
        if dateline is None:
            continue
        line = lines[index]
        structure.dateline = line.text[: dateline.end]
        structure.dateline_places = dateline.places
        structure.dateline_agency = dateline.agency
        structure.dateline_day, structure.dateline_month = dateline.day, dateline.month
        rest = line.text[dateline.end :]
        return index, line.start + dateline.end + (len(rest) - len(rest.lstrip()))
    return None


def _body_spans(lines: list[_Line], kinds: list[str], starts: dict[int, int]) -> list[Span]:
    """Runs of body lines as ``(start, end)`` spans; ``starts`` moves line starts."""
    spans: list[Span] = []
    previous = False
    for index, (line, kind) in enumerate(zip(lines, kinds)):
        start = starts.get(index, line.start)
        body = kind == "body" and start < line.end
        if body and previous:
            spans[-1] = (spans[-1][0], line.end)
        elif body:
            spans.append((start, line.end))
        previous = body
    return spans


def _part_starts(article: Article) -> tuple[int, int | None]:
    """Offsets in the full text where the parts after the title and the text start."""
    offset = len(article.title) + len(PART_SEPARATOR) if article.title else 0
    if not (article.lede or article.text):
        return offset, None
    text_start = offset + len(article.lede) + len(PART_SEPARATOR) if article.lede else offset
    return offset, text_start if article.text else None


def parse_structure(article: Article) -> Structure:
    """The parts of ``article`` (see the module documentation); offsets index
    into ``full_text(article)``. Articles without agency layout are all body."""
    structure = Structure(headline=article.title.strip())
    full = full_text(article)
    begin, text_start = _part_starts(article)
    if begin >= len(full):
        return structure
    lines = _lines(full, begin)
    first = _leading(lines, structure, bullets=not article.lede)
    end = _trailing(lines, first, full, structure)
    kinds = ["blank"] * first + [_middle_kind(line.text) for line in lines[first:end]] + ["tail"] * (len(lines) - end)
    candidates = [i for i in range(first, end) if lines[i].text][:1]
    if text_start is not None and article.lede:
        candidates += [i for i in range(first, end) if lines[i].start >= text_start and lines[i].text][:1]
    starts: dict[int, int] = {}
    dateline = _apply_dateline(lines, candidates, structure)
    if dateline is not None:
        kinds[dateline[0]] = "body"
        starts[dateline[0]] = dateline[1]
    structure.subheads = [subhead_text(line.text) or "" for line, kind in zip(lines, kinds) if kind == "subhead"]
    structure.body = _body_spans(lines, kinds, starts)
    structure.photo_credits = find_photo_credits(full[begin:])
    for credit in structure.photo_credits:
        structure.credit_people += [p for p in photo_people(credit) if p not in structure.credit_people]
    return structure
