"""French stemming of folded tokens: Snowball (PyStemmer) with accent repair.

Order: fold first, then stem. A user types ``securite`` while the text says
``sécurité``; both must reach one term, and only a stemmer that sees the same
(folded) input on both sides guarantees that. Stemming the accented word and
folding afterwards does not: Snowball gives ``sécurité`` -> ``secur`` but
``securite`` -> ``securit``.

Snowball French, however, keys some suffix rules on accented letters (``ité``,
``ée``, ``ière``), so on folded input it loses conflations it makes on accented
text: ``organisée`` no longer meets ``organisé``, ``première`` no longer meets
``premier``. :func:`restore_accents` puts the accent back on a few endings
before stemming (``-ee(s)`` is in practice always ``-ée(s)``, ``-iere(s)``
always ``-ière(s)``; ``-ite(s)`` is mostly ``-ité(s)``, and for short words
like ``suite`` the accented rule changes nothing), and the stem is folded
again. Each rule was kept only if it raised agreement with Snowball's classes
on accented corpus words; the measurements are in ``docs/analysis.md``
(``python -m search.analysis.evaluate``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Filter, Token

from search.analysis.folding import fold_word

#: Folded endings and their accented spelling, longest first; the first match wins.
ACCENT_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ierement", "ièrement"),
    ("ieres", "ières"),
    ("iere", "ière"),
    ("ites", "ités"),
    ("ite", "ité"),
    ("ees", "ées"),
    ("ee", "ée"),
)

#: Folded words whose Snowball stem is wrong, with the term to use instead.
#: Most are folding artefacts: the accented word has its own Snowball stem, but
#: its folded spelling is stemmed like another word (``communiqué`` folds to
#: ``communique``, stemmed ``commun`` like ``commune``; ``connaît`` folds to
#: ``connait``, stemmed ``con``). ``mars`` is a
#: Snowball over-conflation with ``mari``/``marie`` (-> ``mar``) that matters
#: in dated news. Found with ``python -m search.analysis.evaluate``.
STEM_EXCEPTIONS: dict[str, str] = {
    "communique": "communiqu",
    "communiques": "communiqu",
    "connait": "connait",
    "reconnait": "reconnait",
    "apparait": "apparait",
    "disparait": "disparait",
    "parait": "parait",
    "mars": "mars",
}

#: Restoration applies only to words at least this long (``nee``, ``fee`` stay).
_MIN_RESTORE_LENGTH = 4


def restore_accents(word: str) -> str:
    """Return folded ``word`` with the accent put back on a known ending.

    >>> restore_accents("securite"), restore_accents("organisees")
    ('securité', 'organisées')
    """
    if len(word) >= _MIN_RESTORE_LENGTH:
        for plain, accented in ACCENT_ENDINGS:
            if word.endswith(plain):
                return word[: -len(plain)] + accented
    return word


class SnowballFrench:
    """Snowball French (PyStemmer, C) on folded words, with accent repair.

    Picklable: the PyStemmer objects are dropped by ``__getstate__`` and
    created again on first use, one per thread (a PyStemmer object must not be
    shared between threads; the web server searches from several). Callers
    cache stems, so the thread-local look-up only happens on a cache miss.
    ``restore`` turns :func:`restore_accents` on or off and
    ``exceptions`` the :data:`STEM_EXCEPTIONS` (both off reproduces plain
    Snowball on folded input, for the evaluation).
    """

    def __init__(self, restore: bool = True, exceptions: bool = True) -> None:
        self.restore = restore
        self.exceptions = exceptions
        self._local = threading.local()

    def __getstate__(self) -> dict[str, Any]:
        return {"restore": self.restore, "exceptions": self.exceptions}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.restore = state.get("restore", True)
        self.exceptions = state.get("exceptions", True)
        self._local = threading.local()

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.__getstate__() == other.__getstate__()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self.restore, self.exceptions))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(restore={self.restore}, exceptions={self.exceptions})"

    def __call__(self, word: str) -> str:
        """Stem one folded word; the result is folded too."""
        if self.exceptions:
            fixed = STEM_EXCEPTIONS.get(word)
            if fixed is not None:
                return fixed
        stemmer = getattr(self._local, "stemmer", None)
        if stemmer is None:
            import Stemmer  # PyStemmer

            stemmer = self._local.stemmer = Stemmer.Stemmer("french")
            stemmer.maxCacheSize = 0  # FrenchStemFilter caches
        if self.restore:
            word = restore_accents(word)
        stem = stemmer.stemWord(word)
        return stem if stem.isascii() else fold_word(stem)


class FrenchStemFilter(Filter):
    """Replace each token's text by its stem, through a per-instance cache
    (cleared when it reaches ``cache_limit`` words).

    ``is_morph`` is True, so Whoosh skips this filter when it asks for
    unstemmed words (``no_morph=True``, e.g. for spelling suggestions).
    """

    is_morph = True

    def __init__(self, stemmer: Any = None, cache_limit: int = 200_000) -> None:
        """:param stemmer: a picklable callable word -> stem (default
        :class:`SnowballFrench`).
        :param cache_limit: the cache is cleared when it holds this many words.
        """
        self.stemmer = SnowballFrench() if stemmer is None else stemmer
        self.cache_limit = cache_limit
        self._cache: dict[str, str] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"stemmer": self.stemmer, "cache_limit": self.cache_limit}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._cache = {}

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.__getstate__() == other.__getstate__()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(type(self))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.stemmer!r})"

    def stem(self, word: str) -> str:
        """Stem one folded word through the cache."""
        cache = self._cache
        stem = cache.get(word)
        if stem is None:
            stem = self.stemmer(word)
            if len(cache) >= self.cache_limit:
                cache.clear()
            cache[word] = stem
        return stem

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        cache = self._cache
        for t in tokens:
            text = t.text
            stem = cache.get(text)
            if stem is None:
                stem = self.stem(text)
            t.text = stem
            yield t
