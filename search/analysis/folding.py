"""Case and accent folding.

Folding makes ``Genève``, ``geneve`` and ``GENEVE`` one term and turns ligatures
into their letters (``œuvre`` -> ``oeuvre``). It is casefold + unidecode, so a
user who types without accents reaches accented text.

Two entry points share the same rules:

* :func:`fold` folds any text (names, phrases) and collapses whitespace;
* :func:`fold_word` folds one token, caches the result and never returns
  whitespace (unidecode spells some scripts as several syllables, e.g.
  ``北京`` -> ``Bei Jing``; in a token they are joined: ``beijing``).

:class:`FoldFilter` is the Whoosh filter that applies :func:`fold_word`.
"""

from __future__ import annotations

from collections.abc import Iterator
from string import punctuation

from unidecode import unidecode
from whoosh.analysis import Filter, Token

#: Invisible format characters found inside words in real text (soft hyphen,
#: zero-width space and joiners, word joiner, BOM). Folding deletes them.
IGNORABLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
DELETE_IGNORABLE = str.maketrans("", "", IGNORABLE)

#: Tokens folded so far, original -> folded. Only non-ASCII tokens are cached
#: (ASCII ones just need ``str.lower``). Cleared when it grows past the limit.
_WORD_CACHE: dict[str, str] = {}
_WORD_CACHE_LIMIT = 500_000


def fold(text: str) -> str:
    """Return ``text`` casefolded, transliterated to ASCII and with runs of
    whitespace collapsed to one space (leading/trailing whitespace removed).
    Invisible format characters (:data:`IGNORABLE`) are deleted.

    >>> fold("  L’Œuvre   de Genève ")
    "l'oeuvre de geneve"
    """
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join(unidecode(text.translate(DELETE_IGNORABLE).casefold()).lower().split())


def fold_word(word: str) -> str:
    """Fold one token: like :func:`fold` but without any whitespace.

    Some letters transliterate to punctuation (the apostrophe-like letter
    ``ʼ`` and the Cyrillic soft sign to ``'``, ``ǃ`` to ``!``); at either end
    of a word that punctuation is removed, so ``ʼa`` and ``мать`` give ``a``
    and ``mat``, as their folded spellings do. Inside a word it stays
    (``pod'ezd``), and so does punctuation the word itself ends with.

    May return an empty string when unidecode knows no transliteration
    (the caller should then drop the token). Results are cached.
    """
    if word.isascii():
        return word.lower()
    folded = _WORD_CACHE.get(word)
    if folded is None:
        plain = word.translate(DELETE_IGNORABLE)
        folded = _strip_transliterated_punctuation(plain, "".join(unidecode(plain.casefold()).lower().split()))
        if len(_WORD_CACHE) >= _WORD_CACHE_LIMIT:
            _WORD_CACHE.clear()
        _WORD_CACHE[word] = folded
    return folded


def _strip_transliterated_punctuation(word: str, folded: str) -> str:
    """``folded`` without the punctuation that letters at the ends of ``word`` became."""
    if word[:1].isalnum():
        folded = folded.lstrip(punctuation)
    if word[-1:].isalnum():
        folded = folded.rstrip(punctuation)
    return folded


class FoldFilter(Filter):
    """Fold every token with :func:`fold_word`; drop tokens that fold to nothing.

    Character offsets are left untouched, so they still cover the original
    spelling (``Genève``) that the highlighter wraps.
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        cache = _WORD_CACHE
        for t in tokens:
            text = t.text
            if text.isascii():
                t.text = text.lower()
            else:
                folded = cache.get(text)
                if folded is None:
                    folded = fold_word(text)
                if not folded:
                    continue
                t.text = folded
            yield t
