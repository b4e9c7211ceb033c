"""Numbers written with thousands separators or a decimal comma.

French news writes twenty thousand as ``20 000`` (space, no-break space U+00A0,
narrow no-break space U+202F, sometimes thin space U+2009), ``20.000`` or, in
agency copy, ``20,000``. All become the one term ``20000``. A separator joins
groups only when the lead group has 1 to 3 digits and every following group
exactly 3 digits, so ``2016 2017`` and ``2016 200`` stay apart.

A decimal (``3,5`` or ``3.5``) is one term written with a comma: ``3,5``.

The tokenizer matches numbers with :data:`NUMBER_PATTERN`; the query side runs
:func:`normalize_query_numbers` on the raw query string, because Whoosh's query
parser splits words on whitespace before any analyzer sees them.
"""

from __future__ import annotations

import re

#: Characters that may separate groups of three digits.
THOUSANDS_SEPARATORS = " \u00a0\u202f\u2009.,"

_SEP = "[" + THOUSANDS_SEPARATORS + "]"
_NOT_WORD_AHEAD = r"(?![^\W_])"

#: A grouped integer: 1-3 digit lead, then one or more separator + 3 digits.
GROUPED_INTEGER = r"\d{1,3}(?:" + _SEP + r"\d{3})+(?!\d)"

#: Any number the tokenizer keeps as one token. Grouped integers come first,
#: then plain decimals. Plain integers are ordinary words for the tokenizer.
NUMBER_PATTERN = (
    r"(?:" + GROUPED_INTEGER + r"(?:[.,]\d+)?" + _NOT_WORD_AHEAD + r")"
    r"|(?:\d+[.,]\d+" + _NOT_WORD_AHEAD + r")"
)

_GROUPED_IN_QUERY = re.compile(r"(?<![^\W_])" + GROUPED_INTEGER + _NOT_WORD_AHEAD)
_NUMBER_PARTS = re.compile(
    r"(?P<int>" + GROUPED_INTEGER + r"|\d+)(?:[.,](?P<frac>\d+))?"
)
_STRIP_SEPARATORS = str.maketrans("", "", THOUSANDS_SEPARATORS)


def number_term(raw: str) -> str:
    """Return the indexed term for a number matched by :data:`NUMBER_PATTERN`.

    >>> number_term("20\u00a0000"), number_term("20.000"), number_term("3.5")
    ('20000', '20000', '3,5')
    """
    m = _NUMBER_PARTS.fullmatch(raw)
    if m is None:  # not a number after all: leave it alone
        return raw
    integer = m.group("int").translate(_STRIP_SEPARATORS)
    frac = m.group("frac")
    return integer + "," + frac if frac else integer


def _join_groups(m: re.Match[str]) -> str:
    return m.group(0).translate(_STRIP_SEPARATORS)


def normalize_query_numbers(text: str) -> str:
    """Join the digit groups of numbers in a raw query string.

    ``20 000``, ``20\u00a0000``, ``20\u202f000``, ``20.000`` and ``20,000``
    become ``20000``; ``2016 2017``, ``2016 200`` and ``3,5`` are unchanged.

    >>> normalize_query_numbers("bilan 20 000 morts en 2016 2017")
    'bilan 20000 morts en 2016 2017'
    """
    if not any(c.isdigit() for c in text):
        return text
    return _GROUPED_IN_QUERY.sub(_join_groups, text)
