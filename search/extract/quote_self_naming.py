"""A quotation that names its supposed speaker in the third person is someone else's words.

``"Ignoble et outrancier texte de Mélenchon ...", a alors réagi le député de l'Essonne``: a role
or a pronoun that the article's people resolve to Jean-Luc Mélenchon cannot stand for him here.
The speaker counts as named when the quotation has the full name, or the surname alone after
nothing, a punctuation mark, an honorific or a linking word (``de Mélenchon``, ``Monsieur
Ménard``, ``Chirac n'a jamais ...``); not after another given name (``Marine Le Pen`` in her
father's words) or a noun that makes it a label (``sous une présidence Biden``, ``la famille
Lelandais``); nor a full name after an article (``je déteste le Christian Estrosi qui ...``), in an
incise inside the quotation marks (``..., affirme Mehdi Belbachir. Je ...``) or when the speakers
introduce themselves (``je suis Mike Pompeo``). A name written in the attribution is not doubted.
"""

from __future__ import annotations

import re

from search.extract.name_data import fold, honorifics
from search.extract.name_keys import parse_name
from search.extract.quote_verbs import mentions_speech

#: Words after which a surname is someone being spoken of.
_LINKING_WORDS = frozenset(
    "de d à a avec pour par contre sans entre chez que qu et ou comme selon dit voter".split()
)
_WORD_BEFORE = re.compile(r"([\w'’.]+)\W*$")
#: Words that make a full name a figure of speech: ``le Christian Estrosi qui a voté ...``.
_FIGURATIVE = frozenset("le la l un une ce cet cette ancien ancienne nouveau nouvel nouvelle vrai vraie".split())
_CLAUSE = re.compile(r",([^,.;:!?]*)$")
_INCISE_WORDS = 4
_SELF_INTRODUCTION = re.compile(r"(?:je\s+suis|je\s+m['’]appelle|moi)\W*$")


def _named_at(folded: str, start: int) -> bool:
    """True when the surname found at ``start`` of the folded quotation is someone spoken of."""
    head = folded[max(0, start - 30) : start]
    if not head.strip() or re.search(r"[,;:(.!?\"«»]\s*$", head):
        return True
    before = _word_before(folded, start)
    return before in _LINKING_WORDS or before in honorifics()


def _fold_in_place(text: str) -> str:
    """``text`` lowercased and without accents, each character kept in its place."""
    return "".join((fold(char) or " ")[0] for char in text)


def _incise(quotation: str, start: int) -> bool:
    """True when the name at ``start`` ends an incise set inside the quotation marks: a comma,
    a speech verb, perhaps a complement (``, a expliqué sur Franceinfo Olivier Véran``); not
    ``, comme le dit X`` nor ``, m'avait demandé de passer chez Madame X``."""
    clause = _CLAUSE.search(quotation, max(0, start - 60), start)
    words = clause.group(1).split() if clause else []
    return len(words) <= _INCISE_WORDS and mentions_speech(" ".join(words[:2]))


def _word_before(folded: str, start: int) -> str:
    word = _WORD_BEFORE.search(folded, max(0, start - 30), start)
    return word.group(1).rstrip(".'’").split("'")[-1].split("’")[-1] if word else ""


def names_speaker(quotation: str, name: str) -> bool:
    """True when ``quotation`` speaks of the person ``name`` in the third person."""
    parts = parse_name(name)
    if len(parts.surname) < 3:
        return False
    folded = _fold_in_place(quotation)
    full = _fold_in_place(" ".join(name.split()))
    for pattern in (full, parts.surname) if parts.is_full else (parts.surname,):
        for match in re.finditer(rf"(?<![\w-]){re.escape(pattern)}(?![\w-])", folded):
            if _SELF_INTRODUCTION.search(folded, max(0, match.start() - 30), match.start()):
                continue
            if _incise(quotation, match.start()):
                continue  # "..., affirme Mehdi Belbachir. À travers cette vidéo, ...": the attribution, inside
            if (pattern == full and _word_before(folded, match.start()) not in _FIGURATIVE) or _named_at(
                folded, match.start()
            ):
                return True
    return False
