"""Python ports of Lucene's light and minimal French stemmers (for comparison).

Both implement Jacques Savoy's UniNE algorithms as found in Apache Lucene
``org.apache.lucene.analysis.fr.FrenchLightStemmer`` and
``FrenchMinimalStemmer`` (Apache License 2.0; the light stemmer is derived
from code (c) 2005 Jacques Savoy, BSD licence). They are not used by the
analyzers; :mod:`search.analysis.evaluate` compares them with Snowball.

The functions take a lowercase word and return its stem. The light stemmer
removes some accents itself (``norm``), so its output is partly folded.
"""

from __future__ import annotations

_NORM = str.maketrans("àáâôèéêùûîç", "aaaoeeeuuic")


def _norm(s: str) -> str:
    """Lucene FrenchLightStemmer.norm: fold some accents, squeeze doubled
    letters, then drop a final -ie, -r, -e, -e and one doubled letter."""
    if len(s) > 4:
        s = s.translate(_NORM)
        out = [s[0]]
        for ch in s[1:]:
            if not (ch == out[-1] and ch.isalpha()):
                out.append(ch)
        s = "".join(out)
    if len(s) > 4 and s.endswith("ie"):
        s = s[:-2]
    if len(s) > 4:
        if s[-1] == "r":
            s = s[:-1]
        if s[-1] == "e":
            s = s[:-1]
        if s[-1] == "e":
            s = s[:-1]
        if s[-1] == s[-2] and s[-1].isalpha():
            s = s[:-1]
    return s


def _light_suffixes(s: str) -> str:
    """The suffix rules of the light stemmer (before ``norm``)."""
    n = len(s)
    if n > 9 and s.endswith("issement"):
        return s[:-7] + "r"
    if n > 8 and s.endswith("issant"):
        return s[:-5] + "r"
    if n > 6 and s.endswith("ement"):
        s = s[:-4]
        if len(s) > 3 and s.endswith("ive"):
            s = s[:-2] + "f"
        return s
    if n > 11 and s.endswith("ficatrice"):
        return s[:-7] + "er"
    if n > 10 and s.endswith("ficateur"):
        return s[:-6] + "er"
    if n > 9 and s.endswith("catrice"):
        return s[:-7] + "quer"
    if n > 8 and s.endswith("cateur"):
        return s[:-6] + "quer"
    if n > 8 and s.endswith("atrice"):
        return s[:-6] + "er"
    if n > 7 and s.endswith("ateur"):
        return s[:-5] + "er"
    if n > 6 and s.endswith("trice"):
        s = s[:-4] + "eur"
        n = len(s)
    if n > 5 and s.endswith("ième"):
        return s[:-4]
    if n > 7 and s.endswith("teuse"):
        return s[:-3] + "r"
    if n > 6 and s.endswith("teur"):
        return s[:-2] + "r"
    if n > 5 and s.endswith("euse"):
        return s[:-2]
    if n > 8 and s.endswith("ère"):
        return s[:-3] + "er"
    if n > 7 and s.endswith("ive"):
        return s[:-2] + "f"
    if n > 4 and (s.endswith("folle") or s.endswith("molle")):
        return s[:-3] + "u"
    if n > 9 and s.endswith("nnelle"):
        return s[:-5]
    if n > 9 and s.endswith("nnel"):
        return s[:-3]
    if n > 4 and s.endswith("ète"):
        s = s[:-3] + "et"
        n = len(s)
    if n > 8 and s.endswith("ique"):
        s = s[:-4]
        n = len(s)
    if n > 8 and s.endswith("esse"):
        return s[:-3]
    if n > 7 and s.endswith("inage"):
        return s[:-3]
    if n > 9 and s.endswith("isation"):
        s = s[:-7]
        if len(s) > 5 and s.endswith("ual"):
            s = s[:-2] + "el"
        return s
    if n > 9 and s.endswith("isateur"):
        return s[:-7]
    if n > 8 and s.endswith("ation"):
        return s[:-5]
    if n > 8 and s.endswith("ition"):
        return s[:-5]
    return s


def lucene_light_stem(word: str) -> str:
    """Lucene FrenchLightStemmer on a lowercase word.

    >>> lucene_light_stem("chevaux"), lucene_light_stem("administrativement")
    ('cheval', 'administratif')
    """
    s = word
    if len(s) > 5 and s[-1] == "x":
        if s[-3] == "a" and s[-2] == "u" and s[-4] != "e":
            s = s[:-2] + "l" + s[-1]
        s = s[:-1]
    if len(s) > 3 and s[-1] == "x":
        s = s[:-1]
    if len(s) > 3 and s[-1] == "s":
        s = s[:-1]
    s = _light_suffixes(s)
    return _norm(s)


def lucene_minimal_stem(word: str) -> str:
    """Lucene FrenchMinimalStemmer on a lowercase word.

    >>> lucene_minimal_stem("chevaux"), lucene_minimal_stem("chantés")
    ('cheval', 'chant')
    """
    s = word
    if len(s) < 6:
        return s
    if s[-1] == "x":
        if s[-3] == "a" and s[-2] == "u":
            s = s[:-2] + "l"
            return s
        return s[:-1]
    for ch in "sreé":
        if s[-1] == ch:
            s = s[:-1]
    if s[-1] == s[-2] and s[-1].isalpha():
        s = s[:-1]
    return s
