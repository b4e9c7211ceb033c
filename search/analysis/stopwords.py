"""French stop words (the Snowball list) and the filter that removes them.

The list is package data, ``search/analysis/data/french_stop.txt`` (Snowball,
BSD licence, header kept), read once at import. Words are compared folded, so
``à`` and ``a``, ``même`` and ``meme`` are both stop words.

One exception: a capitalized ``Est`` is kept. Capitalized, it is nearly always
the East (``Alep-Est``, ``l'Est``, ``Berlin-Est``, ``Nord-Est``) rather than
the verb, and dropping it would make ``Alep-Est`` unsearchable as a phrase.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources

from whoosh.analysis import Filter, Token

from search.analysis.folding import fold_word

#: File name of the stop list inside the package's ``data`` directory.
STOP_FILE = "french_stop.txt"

#: Folded stop words that are kept when written with a capital initial.
KEEP_CAPITALIZED = frozenset({"est"})


def parse_snowball_list(lines: Iterable[str]) -> list[str]:
    """Parse a Snowball-format word list: ``|`` starts a comment and the word
    is the first whitespace-separated item of a line."""
    words = []
    for line in lines:
        item = line.split("|", 1)[0].split()
        if item:
            words.append(item[0])
    return words


def load_stop_words() -> list[str]:
    """Return the Snowball French stop words, unfolded, in file order."""
    text = resources.files("search.analysis").joinpath("data", STOP_FILE).read_text("utf-8")
    return parse_snowball_list(text.splitlines())


#: The stop list, folded (``été`` -> ``ete``, ``à`` -> ``a``).
FRENCH_STOP_WORDS: frozenset[str] = frozenset(fold_word(w) for w in load_stop_words())


def _is_capitalized(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


class StopFilter(Filter):
    """Drop tokens whose folded text is a stop word.

    The filter works on folded or unfolded tokens alike (it folds to compare,
    leaving the token text alone), so it can sit before the fold filter and
    still see the capital of ``Est``. Like Whoosh's ``StopFilter``, it
    renumbers positions so that a phrase query (whose stop words are removed
    too) matches across the removed words; with ``removestops=False`` (Whoosh's
    highlighter) stop words are yielded with ``stopped=True`` instead.
    """

    def __init__(
        self,
        stoplist: Iterable[str] = FRENCH_STOP_WORDS,
        keep_capitalized: Iterable[str] = KEEP_CAPITALIZED,
    ) -> None:
        self.stops = frozenset(fold_word(w) for w in stoplist)
        self.keep_capitalized = frozenset(keep_capitalized)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self.stops)} words, keep_capitalized={sorted(self.keep_capitalized)})"

    def is_stop(self, word: str) -> bool:
        """True if ``word`` (folded or not) is a stop word for this filter."""
        folded = fold_word(word)
        if folded not in self.stops:
            return False
        return not (folded in self.keep_capitalized and _is_capitalized(word))

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        stops = self.stops
        keep = self.keep_capitalized
        pos = None
        for t in tokens:
            text = t.text
            folded = fold_word(text)
            if folded in stops and not (folded in keep and _is_capitalized(text)):
                if not t.removestops:
                    t.stopped = True
                    yield t
                continue
            t.stopped = False
            if t.positions and t.removestops:
                pos = t.pos if pos is None else pos + 1
                t.pos = pos
            yield t
