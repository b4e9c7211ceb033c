"""Split French text into word tokens.

A token is a run of Unicode letters and digits (any script; ``_`` excluded).
Apostrophes between letters stay inside the token (``l'aviation``,
``aujourd’hui``) so the elision filter can decide what to strip. Combining
diacritics (decomposed accents, ``e`` + U+0301) and invisible format
characters found inside words in the corpus (soft hyphen U+00AD, zero-width
space U+200B...) continue a word that started with a letter or digit; the
format characters are deleted from the token text (``invi\u00adter`` ->
``inviter``) while the offsets still span the original; in a word with an
apostrophe they are left for the fold filter to delete, so that the elision
filter moves ``startchar`` past the whole of an elided ``l\u200b'``. Everything
else separates tokens:

* hyphens: ``Alep-Est`` -> ``Alep`` ``Est`` at consecutive positions;
* periods between letters, as in glued sentences (``domestique.Consternant``)
  and dotted abbreviations;
* punctuation and quotes (« » " “ ”), which never become tokens.

Numbers with thousands separators or a decimal part are one token whose text
is the normalized number (``20 000`` -> ``20000``, ``3.5`` -> ``3,5``) while
``startchar``/``endchar`` span the whole original spelling (see
:mod:`search.analysis.numbers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Token, Tokenizer

from search.analysis.folding import DELETE_IGNORABLE, IGNORABLE
from search.analysis.numbers import NUMBER_PATTERN, number_term

#: Apostrophe characters that may join a token (typewriter and typographic).
#: U+02BC (modifier letter apostrophe) is a letter for Python; here it is an
#: apostrophe like the others, never the start or end of a word.
APOSTROPHES = "'\u2019\u2018\u02bc"

#: Combining diacritical marks (general blocks) that may continue a word.
COMBINING_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

_LETTER = r"[^\W_\u02bc]"
_RUN = _LETTER + r"+(?:[" + COMBINING_MARKS + IGNORABLE + r"]+" + _LETTER + r"*)*"
# An invisible format character may also follow an apostrophe (``l'\u00adaviation``).
_WORD = _RUN + r"(?:[" + APOSTROPHES + r"][" + IGNORABLE + r"]*" + _RUN + r")*"
TOKEN_PATTERN = re.compile(r"(?P<num>" + NUMBER_PATTERN + r")|" + _WORD)
#: The same tokens without the group, so that ``findall`` gives their texts.
TOKENS = re.compile(r"(?:" + NUMBER_PATTERN + r")|" + _WORD)
_APOSTROPHE = re.compile("[" + APOSTROPHES + "]")


class FrenchTokenizer(Tokenizer):
    """Yield word and number tokens, following Whoosh's conventions.

    One :class:`~whoosh.analysis.Token` is created per call and yielded over
    and over with new attributes (see ``whoosh/analysis/acore.py``).
    """

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        """Tokenize ``value``.

        With ``tokenize=False`` (how Whoosh's query parser passes prefix,
        wildcard and fuzzy words) the whole value is one token.
        """
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.text = value
            if keeporiginal:
                t.original = value
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return

        pos = start_pos
        for m in TOKEN_PATTERN.finditer(value):
            if m.lastgroup == "num":
                t.text = number_term(m.group())
            else:
                text = m.group()
                # Plain words are alphanumeric; others may hold format characters.
                t.text = text if text.isalnum() or _APOSTROPHE.search(text) else text.translate(DELETE_IGNORABLE)
            if keeporiginal:
                t.original = m.group()
            t.stopped = False
            t.boost = 1.0
            if positions:
                t.pos = pos
                pos += 1
            if chars:
                t.startchar = start_char + m.start()
                t.endchar = start_char + m.end()
            yield t
