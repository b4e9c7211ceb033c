"""Who wrote an article: the news agency, when the metadata or the text says so,
and the people bylines and credits name.

Order of evidence, first that applies wins:

1. Metadata: ``article.source`` set by the reader is returned unchanged.
2. The dateline agency: ``ALEP, Syrie, 10 décembre (Reuters) -``.
3. A closing credit only one agency writes: ``(... pour le service français)``
   is the Reuters French service's.
4. Authorship markers in the text (``data/agencies_markers.tsv``): somebody
   spoke or wrote *to* the agency (``a déclaré à l'AFP``, ``explique-t-elle à
   l'AFP``, ``auprès de l'AFP``, ``interrogé par l'AFP``), the agency's own
   reporters saw or counted (``un journaliste de l'AFP``, ``selon un décompte de
   l'AFP``, ``a constaté l'AFP``), a copyright line (``© 2016 AFP``) or a final
   ``-AFP``. They count only when they name exactly one agency, and that
   agency is never *cited* in the same text (``selon Reuters``, ``a rapporté
   l'agence Reuters``, ``cité par l'AFP``, ``Source : Reuters``, ``l'Agence
   France-Presse (AFP)``): a text quoting an agency's work was written by
   somebody else, who may also repeat what was said to that agency.

No evidence, or conflicting evidence, gives ``None`` ("source inconnue"): a
wrong source is worse than none. Photo credits (``© AFP/Archives``, ``(Photo :
Omar Sanadiki/Reuters)``) name who took a picture, not who wrote the text, and
never count; nor does "l'agence Reuters" (how others, not Reuters, name it).

Canonical display names come from ``data/agencies.tsv``.

The second half of the module reads people's names in bylines, closing credits
and photo credits (``split_people``, ``credit_people``, ``photo_people``), for
:mod:`search.extract.structure`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from search.article import Article
from search.extract.structure_types import Structure, full_text


def _data_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a file of ``search/extract/data``."""
    text = resources.files("search.extract").joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _load_agencies() -> dict[str, str]:
    """``{name as written: canonical name}`` from ``agencies.tsv``."""
    names: dict[str, str] = {}
    for line in _data_lines("agencies.tsv"):
        canonical, forms = line.split("\t", 1)
        for form in forms.split("|"):
            names[form.strip()] = canonical.strip()
    return names


#: Every name of every agency, as written in texts -> canonical display name.
AGENCY_NAMES: dict[str, str] = _load_agencies()
#: Canonical display names, in data file order.
AGENCIES: tuple[str, ...] = tuple(dict.fromkeys(AGENCY_NAMES.values()))

_NAME = "(?-i:" + "|".join(re.escape(n) for n in sorted(AGENCY_NAMES, key=len, reverse=True)) + ")"
_NAME_GROUP = rf"(?<!\w)(?P<agency>{_NAME})(?![\w-])"
_ANY_NAME = re.compile(rf"(?<!\w){_NAME}(?![\w-])")
_ARTICLE = r"(?:l['’]\s?|la\s+|le\s+)"
_PLACEHOLDERS = {
    "{OWN}": rf"{_ARTICLE}?{_NAME_GROUP}",
    "{ANY}": rf"(?:{_ARTICLE}?agence\s+(?:de\s+presse\s+)?(?:[\w-]+\s+){{0,2}}?)?{_ARTICLE}?{_NAME_GROUP}",
    "{VERB}": "|".join(_data_lines("agencies_verbs.txt")),
    "{W}": r"(?:M\.|Mme|Mlle|Me|Dr|Pr|[^\W\d][\w'’-]*)",
}


def _compile(template: str) -> re.Pattern[str]:
    for placeholder, regex in _PLACEHOLDERS.items():
        template = template.replace(placeholder, regex)
    return re.compile(template, re.IGNORECASE)


@dataclass(frozen=True)
class _Markers:
    author: tuple[re.Pattern[str], ...]
    cite: tuple[re.Pattern[str], ...]
    credit: tuple[tuple[re.Pattern[str], str], ...]


def _load_markers() -> _Markers:
    """The patterns of ``agencies_markers.tsv``, by kind."""
    kinds: dict[str, list[re.Pattern[str]]] = {"author": [], "cite": []}
    credit = []
    for line in _data_lines("agencies_markers.tsv"):
        kind, pattern, *agency = line.split("\t")
        if kind == "credit":
            credit.append((re.compile(pattern, re.IGNORECASE), agency[0]))
        else:
            kinds[kind].append(_compile(pattern))
    return _Markers(tuple(kinds["author"]), tuple(kinds["cite"]), tuple(credit))


_MARKERS = _load_markers()


_AGENCY_LINE = re.compile(
    rf"(?:(?:©|\(c\)|Copyright)\s*(?:\d{{4}}\s+)?|[-–—(]\s*)?{_NAME}(?:\s+\d{{4}})?\s*\)?\.?", re.IGNORECASE
)


def is_agency_line(line: str) -> bool:
    """True for a line that only names an agency as the text's owner: a
    copyright line (``© 2016 AFP``, ``Copyright Reuters``) or a signature
    (``-AFP``, ``(AFP)``); not a photo credit (``© AFP/Archives``)."""
    return _AGENCY_LINE.fullmatch(line.strip()) is not None


def canonical_agency(name: str | None) -> str | None:
    """The display name of an agency as written (``"dpa"`` -> ``"DPA"``); None if unknown."""
    if not name:
        return None
    return AGENCY_NAMES.get(name.strip())


#: Characters searched before and after each agency name: every marker fits.
_BEFORE, _AFTER = 240, 120


def _agencies_matching(patterns: tuple[re.Pattern[str], ...], text: str) -> dict[str, int]:
    """``{canonical agency: number of matches}`` of ``patterns`` in ``text``.

    Only the surroundings of each agency name are searched (much faster than
    the whole text); a match counts for the name it ends on or starts with.
    """
    counts: dict[str, int] = {}
    for name in _ANY_NAME.finditer(text):
        low = max(0, name.start() - _BEFORE)
        high = len(text) if len(text) - name.end() < 2 * _AFTER else name.end() + _AFTER
        for pattern in patterns:
            for match in pattern.finditer(text, low, high):
                if match.start("agency") == name.start():
                    agency = AGENCY_NAMES[match.group("agency")]
                    counts[agency] = counts.get(agency, 0) + 1
    return counts


def authoring_agencies(text: str) -> dict[str, int]:
    """Agencies the text shows as its author, with the number of markers each."""
    return _agencies_matching(_MARKERS.author, text)


def cited_agencies(text: str) -> dict[str, int]:
    """Agencies the text quotes or mentions as a source, with their counts."""
    return _agencies_matching(_MARKERS.cite, text)


def credit_agency(credit: str) -> str | None:
    """The agency a closing credit belongs to (``pour le service français`` -> Reuters)."""
    for pattern, agency in _MARKERS.credit:
        if pattern.search(credit):
            return agency
    return None


def text_agency(text: str) -> str | None:
    """The single agency the text's markers show as author and never cite; else None."""
    authors = authoring_agencies(text)
    if len(authors) != 1:
        return None
    (agency,) = authors
    return None if agency in cited_agencies(text) else agency


def find_source(article: Article, structure: Structure) -> str | None:
    """The agency (or outlet) that wrote ``article``, or ``None`` when unknown.

    Metadata wins, unchanged; then the dateline agency, the closing credit and
    the text's authorship markers (see the module documentation). Never guesses.
    """
    if article.source:
        return article.source
    agency = canonical_agency(structure.dateline_agency)
    if agency is not None:
        return agency
    agency = credit_agency(structure.credit) if structure.credit else None
    if agency is not None:
        return agency
    return text_agency(full_text(article))


# People who wrote, edited or photographed the story (bylines and credits).


def structure_markers() -> dict[str, list[str]]:
    """``{kind: [values]}`` from ``data/structure_markers.tsv`` (credit and name words)."""
    table: dict[str, list[str]] = {}
    for line in _data_lines("structure_markers.tsv"):
        kind, value = line.split("\t", 1)
        table.setdefault(kind, []).append(value.strip())
    return table


_S = structure_markers()
_PARTICLES = frozenset("|".join(_S["particle"]).split("|"))
_NOT_NAME = frozenset("|".join(_S["not_name"]).split("|"))
_PHOTO_AGENCIES = frozenset(name.lower() for name in "|".join(_S["photo_agency"]).split("|"))
_CREDIT_ROLE = re.compile(r"(?<!\w)(?:" + "|".join(_S["credit_role"]) + r")(?!\w)", re.IGNORECASE)
_PHOTO = "|".join(_S["photo"])
_PHOTO_INLINE = re.compile(
    rf"\(\s*(?:(?:{_PHOTO})\s*:|©)[^()\n]{{1,120}}\)|(?<!\w)cr[ée]dits?(?:\s+photos?)?\s*:[^\n]{{1,80}}|©[^\n()]{{1,80}}",
    re.IGNORECASE,
)
_PHOTO_MARK = re.compile(rf"^[(\s]*(?:(?:{_PHOTO})\s*:)?\s*(?:©|\(c\))?\s*|\)\s*$", re.IGNORECASE)
#: What separates names in a byline or a credit: commas, "et", "avec"...
NAME_SEPARATORS = re.compile(r"\s*(?:[,;:]|\bet\b|\bavec\b|\band\b)\s*")
_PLACE_SUFFIX = re.compile(r"\s+(?:à|au|aux|en|depuis|dans|pour)\s.*$")


def is_person_name(chunk: str) -> bool:
    """True when ``chunk`` looks like a person's name: 2-6 words, capitalised
    except name particles (``de``, ``al-``...), no agency or service word."""
    tokens = chunk.split()
    if not 2 <= len(tokens) <= 6 or not tokens[0][:1].isupper():
        return False
    for token in tokens:
        word = token.strip(".,").lower()
        if word in _NOT_NAME or not any(c.isalpha() for c in token):
            return False
        head = re.split(r"[-'’]", token, maxsplit=1)[0].lower()
        if not token[:1].isupper() and word not in _PARTICLES and head not in _PARTICLES:
            return False
    return True


def split_people(names: str) -> list[str]:
    """Person names listed in ``names`` (``"X, Y et Z à Beyrouth"``), places cut off."""
    people = []
    for chunk in NAME_SEPARATORS.split(names):
        chunk = _PLACE_SUFFIX.sub("", chunk.strip(" .()"))
        if is_person_name(chunk) and chunk not in people:
            people.append(chunk)
    return people


def credit_people(credit: str) -> list[str]:
    """People named in a closing credit, roles (``avec``, ``édité par``...) removed."""
    return split_people(_CREDIT_ROLE.sub(";", credit.strip().strip("()")))


def photo_people(photo_credit: str) -> list[str]:
    """Photographers named in a press photo credit, ``Name/Agency`` with a news
    or photo agency last (``Omar Sanadiki/Reuters`` -> Omar Sanadiki). Other
    credits often name a company or the subject's own account (``Crédit photo :
    Mecum Auctions``, ``Elon Musk/Twitter``): nobody is taken from them."""
    parts = [part.strip() for part in _PHOTO_MARK.sub("", photo_credit).split("/")]
    if len(parts) < 2 or (parts[-1].lower() not in _PHOTO_AGENCIES and parts[-1] not in AGENCY_NAMES):
        return []
    return split_people(";".join(parts[:-1]))


def find_photo_credits(text: str) -> list[str]:
    """Photo credits anywhere in ``text``, as written, in order, without overlaps
    (a copyright line such as ``© 2016 AFP`` is not a photo credit)."""
    credits: list[str] = []
    last_end = -1
    for match in _PHOTO_INLINE.finditer(text):
        if match.start() >= last_end and not is_agency_line(match.group(0).strip()):
            credits.append(match.group(0).strip())
            last_end = match.end()
    return credits
