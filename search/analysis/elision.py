"""French elision: strip ``l'``, ``d'``, ``qu'``... from the front of a token.

``l'aviation`` -> ``aviation``, ``d'Alep`` -> ``Alep``, ``L’État`` -> ``État``.
The token's ``startchar`` moves past the stripped prefix, so the highlighter
marks only ``aviation`` inside ``l'aviation``. Words whose part before the
apostrophe is not an elided article stay whole: ``aujourd'hui``,
``prud'hommes``, ``O'Brien``.

The prefixes are Lucene's ``FrenchAnalyzer.DEFAULT_ARTICLES`` (l m t qu n s j
d c jusqu quoiqu lorsqu puisqu) plus ``presqu`` and ``quelqu``
(``presqu'île``, ``quelqu'un``).
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh.analysis import Filter, Token

from search.analysis.tokenizer import APOSTROPHES

#: Elided words, lowercase, without the apostrophe.
ELISION_PREFIXES = frozenset(
    "l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu".split()
)
_LONGEST_PREFIX = max(len(p) for p in ELISION_PREFIXES)


def strip_elision(word: str) -> tuple[str, int]:
    """Return ``word`` without its elided prefix and how many characters
    were removed (0 when nothing was).

    >>> strip_elision("L’État")
    ('État', 2)
    >>> strip_elision("aujourd'hui")
    ("aujourd'hui", 0)
    """
    for i, ch in enumerate(word[: _LONGEST_PREFIX + 1]):
        if ch in APOSTROPHES:
            if 0 < i < len(word) - 1 and word[:i].lower() in ELISION_PREFIXES:
                return word[i + 1 :], i + 1
            break
    return word, 0


class ElisionFilter(Filter):
    """Strip elided articles from tokens (see :func:`strip_elision`)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            text = t.text
            # Fast path: most tokens are plain alphanumeric runs. U+02BC is
            # alphanumeric for Python, hence the extra check.
            if text.isalnum() and "\u02bc" not in text:
                yield t
                continue
            stripped, removed = strip_elision(text)
            if removed:
                t.text = stripped
                if t.chars:
                    t.startchar += removed
            yield t
