"""French text analysis for the Dépêches search engine.

Public interface:

* :func:`french_analyzer` -- stemmed analyzer for title, lede and text;
* :func:`exact_analyzer` -- folded, unstemmed analyzer for the ``exact`` field;
* :func:`fold` -- casefold + unidecode + collapsed whitespace;
* :func:`normalize_query_numbers` -- join digit groups (``20 000`` ->
  ``20000``) in a raw query string before Whoosh's parser splits it.

See ``docs/analysis.md`` for the design and the measurements behind it.
"""

from search.analysis.analyzers import exact_analyzer, french_analyzer
from search.analysis.folding import fold
from search.analysis.numbers import normalize_query_numbers

__all__ = ["exact_analyzer", "fold", "french_analyzer", "normalize_query_numbers"]
