"""The two analyzers of the engine's text fields.

* :func:`french_analyzer`, for the stemmed full-text fields (title, lede,
  text): tokenizer -> elision -> stop words -> fold -> stem.
* :func:`exact_analyzer`, for the unstemmed copy used by exact phrases,
  prefix (``négo*``) and fuzzy (``Kery~``) queries: tokenizer -> elision ->
  fold.

The stop filter runs before folding but compares folded forms, which is the
same as removing stop words after folding, except that it can still see the
capital of ``Est`` (see :mod:`search.analysis.stopwords`).

Both analyzers are picklable (Whoosh stores them in the index's schema), keep
``startchar``/``endchar`` on the original spelling of every token and give
consecutive positions to the parts of a hyphenated word.
"""

from __future__ import annotations

from whoosh.analysis.analyzers import CompositeAnalyzer

from search.analysis.elision import ElisionFilter
from search.analysis.folding import FoldFilter
from search.analysis.stemming import FrenchStemFilter, SnowballFrench
from search.analysis.stopwords import StopFilter
from search.analysis.tokenizer import FrenchTokenizer


def french_analyzer() -> CompositeAnalyzer:
    """Return a new stemmed French analyzer (stop words removed, Snowball
    stems of folded words)."""
    return CompositeAnalyzer(
        FrenchTokenizer(),
        ElisionFilter(),
        StopFilter(),
        FoldFilter(),
        FrenchStemFilter(SnowballFrench()),
    )


def exact_analyzer() -> CompositeAnalyzer:
    """Return a new unstemmed analyzer: folded words, stop words kept."""
    return CompositeAnalyzer(FrenchTokenizer(), ElisionFilter(), FoldFilter())
