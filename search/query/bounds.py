"""A bound on the work one query may cause, said to the user when reached.

A pattern (``pr*``, ``év?c*``, ``Kery~``, a range ``[a TO c]``) stands for
every word of the index it matches, and all their postings are read: at
100,000 articles ``a*`` matches 3,802 words, ``*`` alone is every posting of
the text (25 s with Whoosh's matcher). :func:`bound_query` rewrites each such
leaf into a plain ``Or`` of at most :data:`MAX_EXPANSIONS` ``Term`` queries,
the words of the index it matches in the most articles, and says so in French
when words were left out. The bounded query is meant for
:func:`search.query.matching.evaluate`, which unions the terms with numpy:
Whoosh's own ``Or`` matcher is a binary tree of Python matchers, tens of
seconds on two hundred frequent words. Do not ``normalize()`` it: an empty
``Or`` (a pattern that matches no word) would become the null query, which
``And`` drops.

Rules, with what a user sees:

* a pattern needs :data:`MIN_PATTERN_LETTERS` letters before its first joker
  (``*``, ``?``, ``~``): ``a*``, ``*tion``, ``?*`` or ``x~`` would read a large
  part of the lexicon for a search that hardly narrows anything. Such a
  pattern is ignored, like a stop word (``a* Genève`` searches ``Genève``),
  with a notice; a query left with nothing lists every article. Ignoring
  rather than searching the bare letters keeps the results a reading of what
  was typed: ``a*`` never meant the word ``a``.
* a fuzzy term allows at most :data:`MAX_EDIT_DISTANCE` edits (``Kery~5`` is
  searched as ``Kery~2``), with a notice, and keeps its first letter
  (``Kery~`` finds ``Kerry``, ``Jerry~`` does not): without that, finding the
  words within reach walks the whole lexicon.
* a query expands at most :data:`MAX_PATTERNS` patterns; the next ones are
  ignored, with a notice (each frequent pattern costs up to half a second at
  100k articles, so their number must be bounded too).
* a pattern that matches no word of the index matches no article (the rest of
  the query is unchanged: inside ``OU`` the other words still count).
* ``*`` alone (or ``titre:*``) on a full-text field is every article: it
  becomes Whoosh's cheap unfielded :class:`~whoosh.query.Every`.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

from whoosh import query
from whoosh.query import compound, wrappers
from whoosh.reading import IndexReader, TermNotFound

from search.query.lexicon import FieldLexicon
from search.query.parser import french_number

#: The most words one pattern is expanded to.
MAX_EXPANSIONS = 200
#: The most patterns one query expands (each costs up to ~0.5 s at 100k articles).
MAX_PATTERNS = 3
#: The fewest letters a pattern must have before its first joker.
MIN_PATTERN_LETTERS = 2
#: The largest edit distance of a fuzzy term.
MAX_EDIT_DISTANCE = 2
#: Letters a fuzzy term keeps as typed (Whoosh's default; the parser asks for 0,
#: which walks the whole lexicon: ~1 s per fuzzy term at 100k articles).
FUZZY_PREFIX_LENGTH = 1
#: Fields (nearly) every article has words in: ``*`` on them is every article
#: (``lede:*`` read every posting of the lede: 1.8 s at 100k articles).
FULL_TEXT_FIELDS = frozenset({"exact", "title", "lede", "text"})
_JOKERS = "*?"


def describe(leaf: query.Query) -> str:
    """How a pattern is written in the query syntax (``pr*``, ``kery~2``, ``[a TO c]``)."""
    if isinstance(leaf, query.Prefix):
        return f"{leaf.text}*"
    if isinstance(leaf, query.FuzzyTerm):
        return f"{leaf.text}~" + (str(leaf.maxdist) if leaf.maxdist != 1 else "")
    if isinstance(leaf, query.TermRange):
        return f"[{leaf.start or ''} TO {leaf.end or ''}]"
    return str(getattr(leaf, "text", leaf))


def _letters_before_joker(leaf: query.MultiTerm) -> int | None:
    """Letters before the first joker of a prefix, wildcard or fuzzy pattern (None for others)."""
    if isinstance(leaf, (query.Prefix, query.FuzzyTerm)):
        return len(leaf.text)
    if isinstance(leaf, query.Wildcard):
        text = leaf.text
        return min((text.index(j) for j in _JOKERS if j in text), default=len(text))
    return None


#: The vocabulary of a field of the reader's generation (``Catalog.lexicon``), for fast expansion.
LexiconOf = Callable[[str], FieldLexicon]


class _Bounder:
    """One pass over a query tree against one reader, collecting notices."""

    def __init__(self, reader: IndexReader, lexicon: LexiconOf | None) -> None:
        self.reader = reader
        self.lexicon = lexicon
        self.notices: dict[str, str] = {}  # pattern -> notice, first one kept
        self.expanded: set[str] = set()  # patterns expanded so far

    def note(self, pattern: str, message: str) -> None:
        self.notices.setdefault(pattern, message)

    def rewrite(self, q: query.Query) -> query.Query | None:
        """The bounded query, or None when nothing of ``q`` is left to search."""
        if isinstance(q, query.MultiTerm):
            return self.bound_pattern(q)
        if isinstance(q, query.Every) and q.fieldname in FULL_TEXT_FIELDS:
            return query.Every(boost=q.boost)
        if q.is_leaf():
            return q
        return self.rewrite_children(q)

    def rewrite_children(self, q: query.Query) -> query.Query | None:
        """Rewrite the children of ``q``, leaving out ignored ones as Whoosh leaves out stop words."""
        if isinstance(q, query.AndNot):
            a, b = self.rewrite(q.a), self.rewrite(q.b)
            if b is None:
                return a
            return query.Not(b) if a is None else query.AndNot(a, b)
        if isinstance(q, compound.BinaryQuery):
            a, b = self.rewrite(q.a), self.rewrite(q.b)
            return a if b is None else b if a is None else q.__class__(a, b)
        if isinstance(q, compound.CompoundQuery):
            kids = [kid for kid in map(self.rewrite, q.subqueries) if kid is not None]
            if len(kids) <= 1:
                return kids[0] if kids else None
            return q.__class__(kids, boost=q.boost)
        if isinstance(q, (query.Not, wrappers.WrappingQuery)):
            child = self.rewrite(next(iter(q.children())))
            return None if child is None else q.apply(lambda _: child)
        return q

    def bound_pattern(self, leaf: query.MultiTerm) -> query.Query | None:
        """An ``Or`` of the pattern's most frequent words, or None when the pattern is ignored."""
        pattern = describe(leaf)
        letters = _letters_before_joker(leaf)
        if letters is not None and letters < MIN_PATTERN_LETTERS:
            where = "pour une recherche approchée (~)" if isinstance(leaf, query.FuzzyTerm) else "avant * ou ?"
            self.note(pattern, f"Le motif « {pattern} » a été ignoré : il faut au moins {MIN_PATTERN_LETTERS} lettres {where}.")
            return None
        if isinstance(leaf, query.FuzzyTerm):
            leaf = self.bound_fuzzy(leaf, pattern)
        if pattern not in self.expanded:
            if len(self.expanded) == MAX_PATTERNS:
                self.note(
                    pattern,
                    f"Le motif « {pattern} » a été ignoré : une requête cherche au plus {MAX_PATTERNS} motifs.",
                )
                return None
            self.expanded.add(pattern)
        words = self.expansions(leaf)
        if len(words) > MAX_EXPANSIONS:
            self.note(
                pattern,
                f"Le motif « {pattern} » correspond à {french_number(len(words))} mots : "
                f"seuls les {MAX_EXPANSIONS} plus fréquents sont cherchés.",
            )
            words = self.most_frequent(leaf.fieldname, words)
        return query.Or([query.Term(leaf.fieldname, word, boost=leaf.boost) for word in words])

    def bound_fuzzy(self, leaf: query.FuzzyTerm, pattern: str) -> query.FuzzyTerm:
        """At most :data:`MAX_EDIT_DISTANCE` edits, and the first letter kept."""
        maxdist = min(leaf.maxdist, MAX_EDIT_DISTANCE)
        if maxdist < leaf.maxdist:
            self.note(
                pattern,
                f"Recherche approchée « {pattern} » : elle admet au plus {MAX_EDIT_DISTANCE} lettres "
                f"d'écart, « {leaf.text}~{maxdist} » est cherché.",
            )
        prefixlength = max(leaf.prefixlength, FUZZY_PREFIX_LENGTH)
        return query.FuzzyTerm(leaf.fieldname, leaf.text, leaf.boost, maxdist, prefixlength, leaf.constantscore)

    def expansions(self, leaf: query.MultiTerm) -> list[str]:
        """The words of the index ``leaf`` matches, in lexicon order."""
        if self.lexicon is not None and type(leaf) in (query.Prefix, query.FuzzyTerm) and leaf.fieldname in self.reader.schema:
            lexicon = self.lexicon(leaf.fieldname)
            if isinstance(leaf, query.Prefix):
                numbers = lexicon.starting_with(leaf.text)
            else:
                numbers = lexicon.within(leaf.text, leaf.maxdist, leaf.prefixlength)
            return [lexicon.words[n] for n in numbers]
        try:
            from_bytes: Callable[[bytes], str] = self.reader.schema[leaf.fieldname].from_bytes
            found = [w if isinstance(w, str) else from_bytes(w) for _, w in leaf.expanded_terms(self.reader)]
        except (TermNotFound, KeyError):  # a field without words in this index
            return []
        return sorted(set(found))

    def most_frequent(self, fieldname: str, words: list[str]) -> list[str]:
        """The :data:`MAX_EXPANSIONS` words in the most articles, ties in lexicon order."""
        frequency = self.reader.doc_frequency
        best = heapq.nsmallest(MAX_EXPANSIONS, words, key=lambda w: (-frequency(fieldname, w), w))
        return sorted(best)


def bound_query(q: query.Query, reader: IndexReader, lexicon: LexiconOf | None = None) -> tuple[query.Query, list[str]]:
    """``q`` with every pattern replaced by at most :data:`MAX_EXPANSIONS` words of ``reader``.

    ``lexicon``, when given, expands prefixes and fuzzy terms over the
    generation's vocabulary arrays (same words as Whoosh's expansion, faster).

    Returns the bounded query and the notices (in French) about what was cut
    or ignored; a query whose every part was ignored becomes ``Every()`` (all
    articles). The rules are in the module's docstring.
    """
    bounder = _Bounder(reader, lexicon)
    bounded = bounder.rewrite(q)
    notices = list(bounder.notices.values())
    if bounded is None:
        notices.append("Aucun mot cherchable ne reste dans la requête : tous les articles sont listés.")
        bounded = query.Every()
    return bounded, notices
