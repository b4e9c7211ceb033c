"""French elision: strip ``l'``, ``d'``, ``qu'``... from the front of a token.

``l'aviation`` -> ``aviation``, ``d'Alep`` -> ``Alep``, ``L’État`` -> ``État``.
The token's ``startchar`` moves past the stripped prefix, so the highlighter
marks only ``aviation`` inside ``l'aviation``. Words whose part before the
apostrophe is not an elided article stay whole: ``aujourd'hui``,
``prud'hommes``, ``O'Brien``.

The prefixes are Lucene's ``FrenchAnalyzer.DEFAULT_ARTICLES`` (l m t qu n s j
d c jusqu quoiqu lorsqu puisqu) plus ``presqu`` and ``quelqu``
(``presqu'île``, ``quelqu'un``). The prefix is compared folded, so ``Ç'a``
(the elided ``ça``) loses its ``Ç'`` as ``c'a`` loses its ``c'``.
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh.analysis import Filter, Token

from search.analysis.folding import fold_word
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
            # Apostrophes right after the elided word go with it (``sʼ‘x``).
            rest = word[i + 1 :].lstrip(APOSTROPHES)
            if i > 0 and rest and fold_word(word[:i]) in ELISION_PREFIXES:
                return rest, len(word) - len(rest)
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
