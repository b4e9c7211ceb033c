"""The date of an article, when its metadata or its own text fixes it.

Order of evidence, first that applies wins:

1. Metadata: a date the file states (``article.date``) is returned unchanged,
   with its precision.
2. The dateline, ``ALEP, Syrie, 10 décembre (Reuters) -``, gives the day and the
   month (or only the month, ``LONDRES, décembre 2016 (Reuters) -``). The year
   comes from

   * the dateline itself (``PARIS, 3 mars 2016 (AFP) -``); or
   * a full date in the text on the dateline's day and month (``jeudi 10
     décembre 2016``, ``10/12/2016``, ``2016-12-10``; not one introduced as an
     event's, ``le 10 décembre 2016``, ``du 10/12/2016``), confirmed by the
     weekday the text gives for that day (``jeudi 10 décembre``, in the
     dateline or the body, or ``ce jeudi``): exactly one such full date may
     fall on that weekday, it must be the latest year the text mentions, and
     the text must not mark an anniversary ("il y a un an", "jour pour jour",
     "100 ans plus tôt"...).

   A weekday the text gives for the article's day must always agree, and two
   different ones refuse a date. A month-only dateline needs its own year
   (``LONDRES, décembre 2016 (Reuters) -``): a ``<month> <year>`` of the text is
   most often an earlier month (in the experiment below, 160 wrong of 380).

Why so strict: a full date on the dateline's day in another year is by
construction an anniversary or a plan, and a year the text mentions is rarely
the article's own. On the 20,288 OrangeSum articles, each given a dateline
built from its stated date, the article's year is among the years the text
mentions in only 2,021 of the 9,591 that mention one; choosing "the one
mentioned year (or the year after the latest) on which the day falls on the
weekday the text names" dated 1,265 articles and got 408 years wrong; taking
the year of a full date on the dateline's day as such, 62 wrong of 130. The
rules above date 32 of them, all right.

Nothing else is used: dates of events in the body are not the article's date,
and no year is ever assumed. Precision is ``"day"`` when day, month and year
are fixed, ``"month"`` when only month and year are; anything less gives
``(None, "unknown")``. A month-precise date is the first day of its month, as
in :mod:`search.ingest.dates`.

"ce jeudi" usually means today in a news story, but can mean the coming
Thursday; it only ever confirms or refuses a year, never picks one alone.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources

from search.article import Article
from search.extract.structure_types import Structure, full_text

UNKNOWN: tuple[dt.date | None, str] = (None, "unknown")


def _data_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a file of ``search/extract/data``."""
    text = resources.files("search.extract").joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _numbered_forms(name: str) -> dict[str, int]:
    """``{form (lower case): number}`` from a ``number<TAB>form<TAB>form...`` file."""
    table: dict[str, int] = {}
    for line in _data_lines(name):
        number, *forms = line.split("\t")
        for form in forms:
            table[form.strip().lower()] = int(number)
    return table


MONTHS: dict[str, int] = _numbered_forms("months.tsv")
WEEKDAYS: dict[str, int] = _numbered_forms("weekdays.tsv")


def _alternation(forms: list[str]) -> str:
    """A regex alternation of literal forms, longest first; a form ending in a
    dot needs no word boundary after it, others do."""
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        parts.append(re.escape(form) + ("" if form.endswith(".") else r"\b"))
    return "(?:" + "|".join(parts) + ")"


#: Regex fragments (case-insensitive) for a month name and a weekday name.
MONTH_RE = _alternation(list(MONTHS))
WEEKDAY_RE = _alternation(list(WEEKDAYS))
#: A day of the month: "10", "1er".
DAY_RE = r"(?:1er|[0-3]?\d)"

_ANNIVERSARY = re.compile("|".join(_data_lines("months_anniversary.txt")), re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20\d\d)(?![\d]|[.,]\d|\s*(?:%|€|\$|euros?\b|dollars?\b))")
_WORD_DATE = re.compile(rf"\b(?:({WEEKDAY_RE})\s+)?({DAY_RE})\s+({MONTH_RE})\s*((?:19|20)\d\d)\b", re.IGNORECASE)
_EVENT_PREFIX = re.compile(r"(?:\b(?:le|du|au|des|dès le|depuis le|jusqu'au)|\bl['’])\s*$", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-]?\d)")
_ISO_DATE = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])")
_WEEKDAY_DATE = re.compile(rf"\b({WEEKDAY_RE})\s+(?:le\s+)?({DAY_RE})\s+({MONTH_RE})", re.IGNORECASE)
_THIS_WEEKDAY = re.compile(rf"\b(?:ce|aujourd'hui|aujourd’hui)\s+({WEEKDAY_RE})(?!\s+{DAY_RE}\b)", re.IGNORECASE)


def month_number(word: str) -> int | None:
    """The month (1-12) a French month name stands for, ``None`` if it is none."""
    return MONTHS.get(word.strip().lower())


def weekday_number(word: str) -> int | None:
    """The weekday (Monday = 0) a French weekday name stands for, ``None`` if none."""
    return WEEKDAYS.get(word.strip().lower())


def day_number(word: str) -> int:
    """The day of month of ``"10"`` or ``"1er"``."""
    return 1 if word.lower() == "1er" else int(word)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dateline_year(dateline: str) -> int | None:
    """The year written in a dateline (``PARIS, 3 mars 2016 (AFP) -``), if any."""
    head = dateline.split("(", 1)[0]
    years = {int(y) for y in _YEAR.findall(head)}
    return years.pop() if len(years) == 1 else None


def mentioned_years(text: str) -> set[int]:
    """Years the text mentions (1950-2099), not amounts such as ``2000 euros``."""
    return {int(year) for year in _YEAR.findall(text)}


def _names_an_event(text: str, start: int) -> bool:
    """True if the date at ``start`` is introduced as an event's: ``le 10 mai
    1974``, ``du 13 novembre 2015``, ``depuis le 10/12/2016``."""
    return _EVENT_PREFIX.search(text, max(0, start - 15), start) is not None


def full_date_years(text: str, day: int, month: int) -> set[int]:
    """Years of the full dates in ``text`` that fall on ``day``/``month`` and
    may be the article's own: word dates (``jeudi 10 décembre 2016``,
    ``10 décembre 2016``), numeric French dates (``10/12/2016``) and ISO dates
    (``2016-12-10``), except those introduced as an event's (``le 10 décembre
    2016``, ``du 10/12/2016``) unless a weekday comes with them.
    """
    years: set[int] = set()
    for match in _WORD_DATE.finditer(text):
        if day_number(match.group(2)) == day and month_number(match.group(3)) == month:
            if match.group(1) or not _names_an_event(text, match.start()):
                years.add(int(match.group(4)))
    for match in _NUMERIC_DATE.finditer(text):
        if int(match.group(1)) == day and int(match.group(3)) == month and not _names_an_event(text, match.start()):
            years.add(int(match.group(4)))
    for match in _ISO_DATE.finditer(text):
        if int(match.group(3)) == day and int(match.group(2)) == month and not _names_an_event(text, match.start()):
            years.add(int(match.group(1)))
    return years


def article_weekdays(text: str, day: int, month: int) -> set[int]:
    """Weekdays the text gives for the article's own day.

    ``jeudi 10 décembre`` counts when 10 décembre is the dateline's day;
    ``ce jeudi`` (and ``aujourd'hui jeudi``) counts unless a day follows
    (``ce mercredi 17 janvier`` speaks of the 17th). More than one
    weekday in the result means the text contradicts itself.
    """
    found: set[int] = set()
    for match in _WEEKDAY_DATE.finditer(text):
        if day_number(match.group(2)) == day and month_number(match.group(3)) == month:
            found.add(WEEKDAYS[match.group(1).lower()])
    for match in _THIS_WEEKDAY.finditer(text):
        found.add(WEEKDAYS[match.group(1).lower()])
    return found


def _latest(year: int, text: str) -> bool:
    """True if no year the text mentions comes after ``year``."""
    return all(mentioned <= year for mentioned in mentioned_years(text))


def _month_only(dateline: str, month: int) -> tuple[dt.date | None, str]:
    """A dateline without a day: the month, if the dateline states the year."""
    year = dateline_year(dateline)
    return (dt.date(year, month, 1), "month") if year is not None else UNKNOWN


def _text_year(text: str, day: int, month: int, weekdays: set[int]) -> int | None:
    """The year of the single full date on ``day``/``month`` that falls on the
    weekday the text gives for that day, if it is the latest year mentioned and
    the text marks no anniversary (see the module documentation)."""
    if len(weekdays) != 1 or _ANNIVERSARY.search(text):
        return None
    fitting = [y for y in full_date_years(text, day, month) if _weekday_of(y, month, day) in weekdays]
    return fitting[0] if len(fitting) == 1 and _latest(fitting[0], text) else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    date = _safe_date(year, month, day)
    return None if date is None else date.weekday()


def find_date(article: Article, structure: Structure) -> tuple[dt.date | None, str]:
    """``(date, precision)`` of an article; ``(None, "unknown")`` when not fixed.

    Metadata wins; otherwise the dateline's day and month with a year the
    dateline or a weekday-confirmed full date fixes (see the module
    documentation for the exact rules). Never guesses: two possible years, or
    none, give no date.
    """
    if article.date is not None:
        return article.date, article.date_precision
    month, day = structure.dateline_month, structure.dateline_day
    if month is None:
        return UNKNOWN
    text = full_text(article)
    if day is None:
        return _month_only(structure.dateline, month)
    weekdays = article_weekdays(text, day, month)
    if len(weekdays) > 1:
        return UNKNOWN
    year = dateline_year(structure.dateline)
    if year is None:
        year = _text_year(text, day, month, weekdays)
    elif weekdays and _weekday_of(year, month, day) not in weekdays:
        return UNKNOWN
    date = None if year is None else _safe_date(year, month, day)
    return (date, "day") if date is not None else UNKNOWN
