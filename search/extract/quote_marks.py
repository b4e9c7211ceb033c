"""Quotation marks: pairing them, and sentences read with quoted words masked.

The corpus mostly uses straight double quotes, which do not say whether they
open or close. A mark can open when the next character is not a space (or, set
off by spaces, ``" Nous ne céderons pas "``) and close when the previous one is
not, or when it cannot open; marks are paired in order within one part
of the article (title, lede, text), unless a part stops inside a quotation that
the next one closes (a lede cut from the text mid-quotation), and a mark that can
neither open nor close where it stands is left unpaired. A straight quotation inside
another (``"... "Titre". Suite", a dit X``) is read inside it when the mark after it can
only close; so are several short ones, side by side or in a quotation that opens on a capital
(``_keeps_outer``). Guillemets (« ») and curly quotes (“ ”) pair with their own kind; one that
no mark of its kind answers is read as a straight mark (``"A vomir... ma solidarité avec Alain #Finkielkraut »,
a regretté Manuel Valls``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from search.extract.name_data import fold, person_nouns

#: Opening mark -> closing mark.
PAIRS = {"«": "»", "“": "”", '"': '"'}
#: An open quotation not closed within this many characters is dropped.
MAX_QUOTE_LENGTH = 2500
_SPACES = " \t\n\u00a0\u202f"


@dataclass(frozen=True)
class Quoted:
    """A pair of quotation marks: ``open`` and ``close`` are the offsets of the marks."""

    open: int
    close: int

    def inner(self, text: str) -> tuple[int, int]:
        """The quoted words' span, without surrounding spaces."""
        start, end = self.open + 1, self.close
        while start < end and text[start] in _SPACES:
            start += 1
        while end > start and text[end - 1] in _SPACES:
            end -= 1
        return start, end


def _can_open(text: str, i: int) -> bool:
    if i + 1 >= len(text) or text[i + 1] in _SPACES + ",;:!?)":
        return False
    # `...l'endormi".La fusillade`, `Donald Trump ? ".La`: a mark before a full stop closes
    return text[i + 1] != "." or text.startswith("...", i + 1)


def _can_open_spaced(text: str, i: int) -> bool:
    """``" Nous ne céderons pas "``: a mark after a space, then a space and a word."""
    return (
        (i == 0 or text[i - 1] in _SPACES + "(:")
        and text.startswith(" ", i + 1)
        and i + 2 < len(text)
        and (text[i + 2].isalnum() or text[i + 2] in "(.")
    )


def _can_close(text: str, i: int) -> bool:
    return i > 0 and text[i - 1] not in _SPACES


#: Between two quotations inside a third: a space, a comma, ``et`` or ``ou``.
_NEXT_INNER = re.compile(r"[\s,]*|\s+(?:et|ou)\s+")


def _pair_family(text: str, opening: str, closing: str) -> list[Quoted]:
    """Pairs of one kind of mark, in order, within each part of the text."""
    found: list[Quoted] = []
    open_at = outer = -1  # outer: an opening mark that a second opening one followed
    straight = opening == closing
    for match in re.finditer(f"[{re.escape(opening + closing)}]|\n\n", text):
        i, mark = match.start(), match.group()
        if mark == "\n\n" and open_at >= 0 and _closes_next_part(text, match.end(), opening, closing):
            continue  # a lede that stops inside a quotation the text goes on with
        if mark == "\n\n" or (open_at >= 0 and i - open_at > MAX_QUOTE_LENGTH):
            open_at = outer = -1
            if mark == "\n\n":
                continue
        if open_at < 0:
            if outer >= 0 and straight and not _can_open(text, i) and i - outer <= MAX_QUOTE_LENGTH:
                found.append(Quoted(outer, i))  # `"... La Michodière "Tant qu'il y a de l'amour". Du ...", a commenté`
                outer = -1
            elif mark == opening and (not straight or _can_open(text, i) or _can_open_spaced(text, i)):
                if not (found and _keeps_outer(text, found[-1], outer, i)):
                    outer = -1  # a new quotation, not a second one inside the outer
                open_at = i
            else:
                outer = -1
        elif mark == closing and (not straight or _can_close(text, i) or not _can_open(text, i)):
            # a straight mark that cannot open closes the open quotation: `... @enmarchefr ". Tout`
            found.append(Quoted(open_at, i))
            open_at = -1
        elif mark == opening:
            outer, open_at = open_at, i  # the earlier mark was a stray one, or opens a quotation around this one
    return found


#: At most this many words in a quotation inside another one: a phrase it cites, not a statement.
MAX_INNER_WORDS = 8


def _keeps_outer(text: str, inner: Quoted, outer: int, following: int) -> bool:
    """True when the quotation ``inner``, just closed after the mark at ``outer`` opened, is a phrase the
    outer quotation cites, so that the outer one stays open over the next, opening at ``following``: a
    short one, and the next right after it (``"... au son de "Casse-toi" "Dehors" ..."``) or the outer
    quotation opening on a capital, as a statement does (``"Après la France "pays de race blanche", ...
    "Française de papier". ..."``); not a mark left open in a sentence (``ne prend "pas assez de
    précautions et ... "pas confiance"``), nor a statement that a mark never closed (``"La question ...,
    a expliqué le président. "Je pense que ..., a-t-il poursuivi. ..."``)."""
    if outer < 0 or len(text[inner.open + 1 : inner.close].split()) > MAX_INNER_WORDS:
        return False
    if _NEXT_INNER.fullmatch(text, inner.close + 1, following):
        return True
    return text[outer + 1 : outer + 2].isupper()


def _closes_next_part(text: str, start: int, opening: str, closing: str) -> bool:
    """True when the first mark of the part at ``start`` can only close a quotation (``Notre ville
    est accueillante et le restera", a écrit le maire``): one the part before left open."""
    match = re.compile(f"[{re.escape(opening + closing)}]|\n\n").search(text, start)
    if match is None or match.group() != closing:
        return False
    if opening != closing:
        return True
    i = match.start()
    return _can_close(text, i) and not (_can_open(text, i) or _can_open_spaced(text, i))


def _crosses(a: Quoted, b: Quoted) -> bool:
    return a.open < b.open < a.close < b.close or b.open < a.open < b.close < a.close


def find_quoted(text: str) -> list[Quoted]:
    """Every outermost pair of quotation marks in ``text``, in order (see the module docstring).

    Guillemets and curly quotes are trusted over straight marks: a straight pair
    that crosses one of them is dropped. Pairs inside another pair are left out.
    """
    typed = [q for opening, closing in PAIRS.items() if opening != '"' for q in _pair_family(text, opening, closing)]
    paired = {i for q in typed for i in (q.open, q.close)}
    stray = [m.start() for m in re.finditer("[«»“”]", text) if m.start() not in paired]
    as_straight = _with_straight_marks(text, stray) if stray else text
    straight = [q for q in _pair_family(as_straight, '"', '"') if not any(_crosses(q, t) for t in typed)]
    pairs = sorted(typed + straight, key=lambda q: (q.open, -q.close))
    outer: list[Quoted] = []
    for pair in pairs:
        if outer and pair.close <= outer[-1].close:
            continue
        outer.append(pair)
    return outer


def _with_straight_marks(text: str, offsets: list[int]) -> str:
    """``text`` with the marks at ``offsets`` written as straight double quotes."""
    chars = list(text)
    for i in offsets:
        chars[i] = '"'
    return "".join(chars)


def unclosed_openings(text: str, quoted: list[Quoted]) -> list[int]:
    """The offsets of the opening marks no closing mark answers (``"Nous sommes
    reconnaissants, a déclaré X, cité dans un communiqué.``): outside every pair, and
    followed by a word as an opening mark is."""
    paired = [(q.open, q.close) for q in quoted]
    return [
        match.start()
        for match in re.finditer("[\"«“]", text)
        if not any(start <= match.start() <= end for start, end in paired)
        and (match.group() != '"' or _can_open(text, match.start()))
        and text[match.start() + 1 : match.start() + 2].strip()
    ]


#: A quotation of one to three words in the masked text, masked or a title left as it is
#: (``un militant du «xxxxx»``, ``son mouvement «xx xx xxxxxx!»``, ``le leader de «La France
#: insoumise»``): readers skip it on the way from a verb to its speaker.
SCARE_QUOTE = re.compile(r"«\s*[^\s«»]+(?:\s+[^\s«»]+){0,2}\s*»")
#: A role noun and ``de`` right before a quotation: ``le présentateur de "Vivement dimanche"``.
_ROLE_OF = re.compile(r"\b(?P<noun>[a-zà-ÿ-]{3,})\s+(?:de|du|des|d['’])\s*$")
#: A title: capitalized, five words at most, no sentence punctuation.
_TITLE = re.compile(r"[A-ZÀ-Þ][^.!?;:,«»\"“”]{0,40}")


def _role_title(text: str, pair: Quoted) -> bool:
    """True when the quotation ``pair`` is a title completing a role noun before it (``le
    leader de "La France insoumise"``): it is part of the role, not anyone's words."""
    inner = text[pair.open + 1 : pair.close].strip()
    role = _ROLE_OF.search(text, max(0, pair.open - 40), pair.open)
    return (
        role is not None
        and fold(role.group("noun")) in person_nouns()
        and len(inner.split()) <= 5
        and _TITLE.fullmatch(inner) is not None
    )


def mask_quoted(text: str, quoted: list[Quoted]) -> str:
    """``text`` with quoted words replaced by ``x`` (same length, spaces kept, line breaks made
    spaces), so that punctuation and verbs inside quotations are not read as the article's own;
    not a title that completes a role (``_role_title``).
    Paired marks become ``«`` and ``»``. A final ``.``, ``!`` or ``?`` inside the quotation is
    kept: it may end the sentence."""
    chars = list(text)
    for pair in quoted:
        chars[pair.open], chars[pair.close] = "«", "»"
        if _role_title(text, pair):
            continue  # "le présentateur de «Vivement dimanche»": the role reads the title's words
        end = pair.close
        if end - 1 > pair.open and text[end - 1] in ".!?…":
            end -= 1
        for i in range(pair.open + 1, end):
            if chars[i] == "\n":
                chars[i] = " "  # a quotation that goes on in the next part is one sentence
            elif not chars[i].isspace():
                chars[i] = "x"
    return "".join(chars)


_ABBREVIATIONS = frozenset(
    {
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "dr",
        "pr",
        "me",
        "mgr",
        "st",
        "ste",
        "av",
        "cf",
        "etc",
        "vol",
        "no",
        "gal",
        "col",
        "cdt",
        "lt",
        "sgt",
    }
)
#: A sentence ends before a capital, a quotation mark or a number; or before a live report's next
#: time glued to its full stop (``a commenté Philippe Martinez.14h25``).
_BOUNDARY = re.compile(
    r'[.!?…]+[»”)]*(?=\s*(?:[«“]|"?[A-ZÀ-ÖØ-Þ-])|\s+[0-9]|(?<=[a-zà-öø-ÿ]\.)\d{1,2}h\d{0,2}(?!\w))|\n+'
)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the ``.`` at ``dot`` ends an abbreviation or an initial (``M.``, ``J.``)."""
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:dot]
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def subhead_ends(text: str, quoted: list[Quoted]) -> list[int]:
    """Where a subhead in capitals ends a sentence that its masked text does not end:
    ``... d'ouvrir le dialogue. "ON NE VEUT PAS TE PARLER" La ministre ...``, and where
    one is glued to the next sentence (``• SECRETS CAPILLAIRESIvanka Trump révèle``,
    ``BFMTVLes secours``, ``L214 se réjouit de l'initiativeBrigitte Gothière, présidente``)."""
    ends = [match.end() for match in _GLUED_CAPITALS.finditer(text)]
    inside = [(pair.open, pair.close) for pair in quoted]
    ends += [m.end() for m in _GLUED_WORDS.finditer(text) if not any(a < m.end() < b for a, b in inside)]
    for pair in quoted:
        inner = text[pair.open + 1 : pair.close]
        if len(inner.split()) >= 2 and inner.isupper() and _CAPITAL_AFTER.match(text, pair.close + 1):
            ends.append(pair.close + 1)
    return sorted(ends)


def dash_subhead_ends(text: str) -> list[int]:
    """Where an AFP subhead between dashes, opening a sentence, ends and the next sentence
    starts: ``à Argenteuil.- "L'omniprésence ne suffit plus" - Pour Philippe Moreau Chevrolet,``
    (``Pour X`` then opens its sentence). The recogniser reads such sentences whole."""
    return [match.end() for match in _DASH_SUBHEAD.finditer(text)]


def past_dash_subhead(text: str, start: int, end: int) -> int | None:
    """Where the next sentence starts when the quotation whose inner span is ``text[start:end]``
    is an AFP subhead between dashes (``santé.- "Contenir la vague" -"Nous ...``), else None."""
    for match in _DASH_SUBHEAD.finditer(text, max(0, start - _DASH_REACH), end + _DASH_REACH):
        if match.start() < start and end < match.end():
            return match.end()
    return None


#: An AFP subhead between dashes opening a sentence, glued to the next one:
#: ``à Argenteuil.- "L'omniprésence ne suffit plus" - Pour Philippe Moreau Chevrolet, ...``.
_DASH_SUBHEAD = re.compile(
    r'(?:(?<=[.!?…»”"])|^)\s?[-–—]\s'  # after a sentence's end, a dash and a space
    r'(?:"[^"\n]{2,80}"|«[^»\n]{2,80}»|“[^”\n]{2,80}”|(?:[^-–—.!?"«»“”\n]|(?<=\w)-(?=\w)){2,80}?)'
    r'\s[-–—]\s?(?=[«“"A-ZÀ-ÖØ-Þ])',  # a space, a dash, then the next sentence
    re.MULTILINE,
)
#: How far a subhead's dashes and marks stand from its quotation's inner span, at most.
_DASH_REACH = 8


_CAPITAL_AFTER = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")
#: Capitals glued to a capitalized word: the end of a subhead or a credit, then a sentence.
_GLUED_CAPITALS = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ]{3,}(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})")
#: A lowercase word glued to a capitalized one: a subhead's last word, then a sentence, whose
#: first word may have two letters (``à la rescousseDe passage``); not a hashtag, a handle or
#: a URL (``#nouveauMonde``, ``/extId/``).
_GLUED_WORDS = re.compile(r"(?<![\w#@/-])[a-zà-öø-ÿ]{3,}(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,})")


def sentence_spans(masked: str, breaks: list[int] = ()) -> list[tuple[int, int]]:
    """Sentences of a masked text (see ``mask_quoted``) as spans, glued ones split
    (``domestique.Consternant``), abbreviations and initials kept whole; a sentence
    also ends at each offset of ``breaks`` (see ``subhead_ends``)."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(masked):
        if match.group().startswith("\n"):
            end = match.start()
        elif _is_abbreviation(masked, match.start()):
            continue
        else:
            end = match.end()
        if masked[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if masked[start:].strip():
        spans.append((start, len(masked)))
    spans = [part for span in spans for part in _split_at(span, breaks)]
    return [_strip_span(masked, s, e) for span in spans for s, e in _split_dateline(masked, span)]


def _split_at(span: tuple[int, int], breaks: list[int]) -> list[tuple[int, int]]:
    inside = [b for b in breaks if span[0] < b < span[1]]
    edges = [span[0], *inside, span[1]]
    return [(a, b) for a, b in pairwise(edges) if b > a]


#: ``PARIS, 8 décembre (AFP) -``, ``TÉHÉRAN (Reuters) -``: the dateline opening a story.
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’ .-]+(?:,[^-–—.\n]{1,60})?\s*\([A-Za-zÀ-ÿ .]{2,25}\)\s*[-–—]\s*")


def _split_dateline(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A sentence that starts with a dateline, as the dateline and the rest."""
    match = _DATELINE.match(text, span[0], span[1])
    if not match or match.end() >= span[1]:
        return [span]
    return [(span[0], match.end()), (match.end(), span[1])]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    return start, end
