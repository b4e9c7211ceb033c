"""Index-time analysis without the token chain: one pattern pass and a per-word memo.

Whoosh indexes a text field by running the analyzer's generator chain
(tokenizer -> elision -> stop -> fold -> stem) over every token and collecting
positions in the field's format. For the two analyzers of this package, what
the chain makes of a token depends on the token alone: its elided prefix, whether
it is a stop word, its folded and stemmed form. :class:`AnalyzedText` therefore
cuts the text with the tokenizer's pattern once and looks each word up in a memo
filled by running the real analyzer on that word by itself; only positions and
character offsets are worked out in context, the way the chain does:

* a stop word takes no position (the stop filter renumbers what follows it);
* a word that folds to nothing (no transliteration) keeps its position but
  gives no term;
* elision moves the start offset past the stripped prefix.

The postings are the same bytes as Whoosh's own ``TEXT.index`` (a test compares
them); a word the memo cannot describe (its analysis alone is not one token
spanning it) sends the whole value down Whoosh's path. Query parsing and
highlighting still use the analyzer itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from pickle import dumps
from typing import Any

from whoosh import fields, formats
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.system import pack_uint

from search.analysis.analyzers import exact_analyzer, french_analyzer
from search.analysis.tokenizer import TOKENS

#: The analyzers an :class:`AnalyzedText` field may use, by name.
ANALYZERS: dict[str, Callable[[], CompositeAnalyzer]] = {"stemmed": french_analyzer, "exact": exact_analyzer}

#: What the memo holds for a word: (characters elided at its start, its term as
#: UTF-8 bytes) -- ``b""`` for a word that folds to nothing -- or ``STOP`` for a
#: stop word, or ``UNSUPPORTED``.
WordForm = tuple[int, bytes]
STOP: WordForm = (0, b"\x00stop")
UNSUPPORTED: WordForm = (0, b"\x00unsupported")

#: A memo is cleared when it holds this many words.
MEMO_LIMIT = 200_000

Posting = tuple[bytes, int, float, bytes]


class WordMemo:
    """What one analyzer makes of each word, worked out once per word."""

    def __init__(self, kind: str) -> None:
        self.analyzer = ANALYZERS[kind]()
        self.forms: dict[str, WordForm] = {}

    def form(self, word: str) -> WordForm:
        """The analysis of ``word`` (a match of the tokenizer's pattern) on its own."""
        found = self.forms.get(word)
        if found is None:
            found = self._analyze(word)
            if len(self.forms) >= MEMO_LIMIT:
                self.forms.clear()
            self.forms[word] = found
        return found

    def _analyze(self, word: str) -> WordForm:
        tokens = [
            (t.text, t.stopped, t.startchar, t.endchar)
            for t in self.analyzer(word, positions=True, chars=True, removestops=False, mode="index")
        ]
        if not tokens:
            return (0, b"")
        if len(tokens) > 1:
            return UNSUPPORTED
        text, stopped, start, end = tokens[0]
        if end != len(word) or not text:
            return UNSUPPORTED
        return STOP if stopped else (start, text.encode("utf-8"))


_MEMOS: dict[str, WordMemo] = {}


def word_memo(kind: str) -> WordMemo:
    """The process-wide memo of one analyzer (``"stemmed"`` or ``"exact"``)."""
    memo = _MEMOS.get(kind)
    if memo is None:
        memo = _MEMOS[kind] = WordMemo(kind)
    return memo


def _postings(terms: dict[bytes, list[Any]], boost: float) -> list[Posting]:
    return [
        (term, len(deltas), float(len(deltas)) * boost, pack_uint(len(deltas)) + dumps(deltas, 2))
        for term, deltas in terms.items()
    ]


def character_postings(value: str, memo: WordMemo, boost: float) -> list[Posting] | None:
    """Whoosh's ``Characters`` postings of ``value`` (positions, start and end offsets).

    ``None`` when a word of ``value`` is ``UNSUPPORTED``.
    """
    occurrences: defaultdict[bytes, list[tuple[int, int, int]]] = defaultdict(list)
    forms = memo.forms
    find = value.find
    end = 0
    position = -1
    renumbered = -1  # the position of the last word that is not a stop word
    for word in TOKENS.findall(value):
        # The first occurrence after the previous word is this match: any letter
        # or digit in between would have started a match.
        start = find(word, end)
        end = start + len(word)
        position += 1
        form = forms.get(word) or memo.form(word)
        if form is STOP:
            continue
        if form is UNSUPPORTED:
            return None
        renumbered = position if renumbered < 0 else renumbered + 1
        elided, term = form
        if term:
            occurrences[term].append((renumbered, start + elided, end))
    terms = {
        term: [(p - q, s - e0, e - s) for (p, s, e), (q, _, e0) in zip(found, [(0, 0, 0), *found])]
        for term, found in occurrences.items()
    }
    return _postings(terms, boost)


def position_postings(value: str, memo: WordMemo, boost: float) -> list[Posting] | None:
    """Whoosh's ``Positions`` postings of ``value``; ``None`` when a word is ``UNSUPPORTED``."""
    occurrences: defaultdict[bytes, list[int]] = defaultdict(list)
    forms = memo.forms
    for position, word in enumerate(TOKENS.findall(value)):
        form = forms.get(word) or memo.form(word)
        if form is STOP or form is UNSUPPORTED:  # stop words: only the stemmed analyzer has them
            return None
        if form[1]:
            occurrences[form[1]].append(position)
    terms = {
        term: found if len(found) == 1 else [p - q for p, q in zip(found, [0, *found])]
        for term, found in occurrences.items()
    }
    return _postings(terms, boost)


class AnalyzedText(fields.TEXT):
    """A ``TEXT`` field with one of this package's analyzers, indexed through a word memo.

    ``kind`` names the analyzer (:data:`ANALYZERS`); the other arguments are
    ``TEXT``'s. Values other than plain strings, and formats other than
    ``Positions`` and ``Characters``, go through ``TEXT.index``.
    """

    def __init__(self, kind: str, **kwargs: Any) -> None:
        super().__init__(analyzer=ANALYZERS[kind](), **kwargs)
        self.kind = kind

    def index(self, value: Any, **kwargs: Any) -> Iterable[Posting]:
        """The field's postings for ``value``: (term bytes, frequency, weight, encoded positions)."""
        if isinstance(value, str) and not kwargs:
            fmt = type(self.format)
            postings = None
            if fmt is formats.Characters:
                postings = character_postings(value, word_memo(self.kind), self.format.field_boost)
            elif fmt is formats.Positions:
                postings = position_postings(value, word_memo(self.kind), self.format.field_boost)
            if postings is not None:
                return postings
        return super().index(value, **kwargs)
