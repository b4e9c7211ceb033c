"""Word lists shipped in ``search/extract/data`` and the folding used to compare words.

Every list is read once (cached) with :mod:`importlib.resources`, so it works
from a source tree, an installed wheel or a zip.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

DATA_PACKAGE = "search.extract"
DATA_DIR = "data"

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae"})
#: The combining marks of Latin letters (the accents NFKD splits off), removed first ...
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")  # U+034F joins, it marks nothing
#: ... then, in what is still not ASCII, every other combining mark.
_ALL_MARKS = {code: None for code in range(0x300, 0x20000) if unicodedata.combining(chr(code))}
#: Words and names up to this length are folded once and remembered.
_CACHED_LENGTH = 64


def fold(text: str) -> str:
    """Lowercase ``text`` and strip its accents and ligatures: ``Éléonore`` -> ``eleonore``.

    Words and names are cached: the same ones are folded again and again (a tenth
    of extraction time before they were)."""
    if text.isascii():
        return text.lower()
    return _fold_short(text) if len(text) <= _CACHED_LENGTH else _fold(text)


def _fold(text: str) -> str:
    unmarked = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text.translate(_LIGATURES)))
    return (unmarked if unmarked.isascii() else unmarked.translate(_ALL_MARKS)).lower()


_fold_short = lru_cache(maxsize=1 << 16)(_fold)


@cache
def data_lines(filename: str) -> tuple[str, ...]:
    """The meaningful lines of a data file: stripped, without blanks and ``#`` comments."""
    path = resources.files(DATA_PACKAGE).joinpath(DATA_DIR, filename)
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return tuple(lines)


@cache
def written_words(filename: str) -> tuple[str, ...]:
    """The first column of a data file as written, and folded, for building patterns."""
    words = [line.split("\t")[0].strip() for line in data_lines(filename)]
    return tuple(dict.fromkeys([*words, *(fold(word) for word in words)]))


@cache
def folded_words(filename: str) -> frozenset[str]:
    """The first column of a data file, folded: a set to test words against."""
    return frozenset(fold(line.split("\t")[0]) for line in data_lines(filename))


@cache
def gendered_words(filename: str) -> dict[str, str]:
    """A two-column data file (word, gender ``m``/``f``/``-``) as ``{folded word: gender}``."""
    table: dict[str, str] = {}
    for line in data_lines(filename):
        word, _, rest = line.partition("\t")
        table[fold(word.strip())] = rest.split("\t")[0].strip() or "-"
    return table


def particles() -> frozenset[str]:
    """Name particles left out of person keys (``al``, ``de``, ``van`` ...)."""
    return folded_words("names_particles.txt")


@cache
def honorifics() -> dict[str, str]:
    """Honorifics (``m.``, ``mme``, ``dr`` ...), folded, with a trailing dot removed, to gender."""
    return {word.rstrip("."): gender for word, gender in gendered_words("titles_honorifics.txt").items()}


def function_titles() -> dict[str, str]:
    """Role nouns that describe a person (``ministre``, ``porte-parole`` ...) to gender."""
    return gendered_words("titles_functions.txt")


def people_nouns() -> dict[str, str]:
    """Nouns that describe a person without a role (``habitant``, ``source`` ...) to gender."""
    return gendered_words("titles_people.txt")


def _flagged(filename: str, flag: str) -> frozenset[str]:
    """The nouns of a titles file whose columns after the gender hold ``flag``."""
    return frozenset(fold(line.split("\t")[0]) for line in data_lines(filename) if flag in line.split("\t")[2:])


@cache
def back_nouns() -> frozenset[str]:
    """People nouns that point back to a person as roles do (``la jeune femme``, ``l'homme``)."""
    return _flagged("titles_people.txt", "back")


@cache
def feminine_whoever_nouns() -> frozenset[str]:
    """Role nouns always written with a feminine article, whoever the person is (``la star``)."""
    return _flagged("titles_functions.txt", "epicene")


@cache
def label_nouns() -> frozenset[str]:
    """Political labels used as roles (``le socialiste``, ``l'insoumise``): alone, they point
    first to a person whose role names the party."""
    return _flagged("titles_functions.txt", "label")


@cache
def person_nouns() -> dict[str, str]:
    """Roles and people nouns together: every noun that describes a person."""
    return {**people_nouns(), **function_titles()}


def organisation_words() -> frozenset[str]:
    """Head nouns (and acronyms) of organisations that speak (``ministère``, ``osdh`` ...)."""
    return folded_words("organisations.txt")


@cache
def given_names() -> dict[str, str]:
    """Given names (folded) to gender: ``mounir`` -> ``m``. The hand-read ``names_given.txt``
    wins over the names imported from INSEE's list (``names_given_insee.txt``)."""
    return {**gendered_words("names_given_insee.txt"), **gendered_words("names_given.txt")}


def is_given_word(word: str) -> bool:
    """A known given name, or a compound one whose first part is (``Jean-Lin``)."""
    return fold(word) in given_names() or ("-" in word and fold(word.split("-")[0]) in given_names())


@cache
def rare_given_names() -> frozenset[str]:
    """The given names (folded) known only from INSEE's second band (given 100 to 500 times:
    ``cristophe``, ``kerry``): rarer spellings, which a display name takes last."""
    rare = {fold(line.split("\t")[0]) for line in data_lines("names_given_insee.txt") if line.endswith("\t2")}
    return frozenset(rare - gendered_words("names_given.txt").keys())


@cache
def diminutive_pairs() -> frozenset[tuple[str, str]]:
    """(short form, full given name) pairs, folded, both ways: ``("doug", "douglas")``."""
    pairs = set()
    for line in data_lines("names_diminutives.tsv"):
        short, full = (fold(word.strip()) for word in line.split("\t")[:2])
        pairs |= {(short, full), (full, short)}
    return frozenset(pairs)


def given_name_gender(name: str) -> str:
    """The gender (m, f or -) of a person's name told by its first given name:
    ``Donald Trump`` -> ``m``, ``Jean-Marc Ayrault`` -> ``m``, a first name alone
    (``Marie``) too, after an honorific that tells none (``Me Gabriel Dumenil`` -> ``m``);
    ``-`` when unknown (``Trump``)."""
    words = name.split()
    while len(words) > 1 and fold(words[0]).rstrip(".") in honorifics():
        words = words[1:]
    if not words:
        return "-"
    first = words[0].split("-")[0]
    return given_names().get(fold(first), "-")
