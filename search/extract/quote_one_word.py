"""Whether a one-word name the recogniser read as a person's is one: ``Omar`` or ``Coronavirus``.

A one-word person entity is more often a recogniser's slip than a two-word one: a common word
that opens a sentence (``Donné favori ...``), a company after a role (``le fondateur de
Tesla``), a place the text writes after a place noun elsewhere (``le camp de Moria``), a law or
a government named after someone (``la loi Macron``). ``OneWordNames`` holds what one article
says about its words to tell them apart.
"""

from __future__ import annotations

import re

from search.extract.name_data import fold, folded_words, given_names, organisation_words, person_nouns
from search.extract.place_context import STRONG_LOCATIVE
from search.extract.quote_introductions import introduces_person
from search.extract.quote_phrases import word_before
from search.extract.structure_types import Entity

#: A role and its complement before a one-word name: ``le fondateur de Tesla``.
_ROLE_OF = re.compile(r"\b(?P<role>[a-zà-ÿ-]+)\s+(?:de|du|des|d['’])\s*$")
#: A one-word name after a noun that names a place: ``le camp de Moria``, ``la commune de Flins``.
_AFTER_PLACE_NOUN = re.compile(rf"(?:{STRONG_LOCATIVE})([A-ZÀ-ÖØ-Þ][\w-]+)(?![\w-]|\s+[A-ZÀ-ÖØ-Þ])")


class OneWordNames:
    """What an article's text says about its one-word names: the words it writes in lowercase,
    the surnames of its full person names, the names it writes after a place noun."""

    def __init__(self, text: str, entities: list[Entity], sentence_starts: list[int]) -> None:
        self.text = text
        self.sentence_starts = set(sentence_starts)
        self.lowercase_words = {w for w in re.findall(r"\b[a-zà-ÿ][\w-]*", text)}
        self.surnames = {e.text.split()[-1] for e in entities if e.label == "PER" and " " in e.text.strip()}
        self.places = set(_AFTER_PLACE_NOUN.findall(text))

    def plausible(self, entity: Entity) -> bool:
        """A one-word person entity that is also a common word of the text, or opens a
        sentence (unless an apposition introduces it as a person's), is more likely a
        recogniser's slip (``Donné favori ...``)."""
        word = entity.text.strip()
        if " " in word or word in self.surnames:
            return True
        if "-" in word and all(part in self.surnames for part in word.split("-")):
            return False  # "le tandem Sarkozy-Macron": two people, no one
        role = _ROLE_OF.search(self.text, max(0, entity.start - 40), entity.start)
        if role and fold(role.group("role")) in person_nouns():
            return False  # "le fondateur de Tesla": a company
        if word in self.places:
            return False  # "les rescapés de Moria", written "le camp de Moria" elsewhere: a place
        before = word_before(self.text, entity.start)
        if before in organisation_words() or before in folded_words("names_not_given.txt"):
            return False  # "le gouvernement Valls", "la loi Macron": no one who acts here
        if word.lower() in self.lowercase_words:
            return False
        # "Omar, un Burkinabé de 18 ans, se plaint ...": a sentence may open on a name its apposition introduces
        return entity.start not in self.sentence_starts or introduces_person(self.text, entity.start, entity.end)

    def common_word(self, name: str) -> bool:
        """True when a one-word ``name`` is a common word the text also writes in lowercase
        (``Coronavirus : "..."``, ``Retraites : ...``): a headline's label, not a person, unless
        it is a known given name or the surname of a full name of the article."""
        word = name.strip()
        return (
            " " not in word
            and word.lower() in self.lowercase_words
            and word not in self.surnames
            and fold(word) not in given_names()
        )
