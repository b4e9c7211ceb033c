"""A person named after a nationality noun: ``insiste le Syrien Muhammad``, ``l'Afghane Nazifa,
parmi les milliers de demandeurs d'asile, s'indigne``, ``le jeune Suédois Patrik Lundberg``.

The recogniser reads the nationality and the name as one entity (``Syrien Muhammad`` as a
place, ``Afghane Nazifa`` as an organisation, ``Suédois Patrik Lundberg`` as a person), so the
speaker was a place, an organisation or a person with a nationality for a given name. After
``le``, ``la``, ``l'``, ``un`` or ``une`` (and perhaps ``jeune``), the capitalised nationality is
a noun, like ``l'étudiant``: the words after it are the person's name.

``quote_phrases.entity_name`` reads a person's name after any noun a definite article shows
(``l'Insoumise Danièle Obono``) but leaves the entity as it is: there the role and the name make
one phrase (``le Président Emmanuel Macron``). Here the entity is cut, so that the name is a
person's whatever label the whole had.
"""

from __future__ import annotations

import re

from search.extract.place_gazetteer import is_demonym, load_gazetteer
from search.extract.quote_appositions import person_like
from search.extract.quote_organisations import is_organisation
from search.extract.structure_types import Entity

#: A singular determiner (and ``jeune``) right before the nationality noun.
_SINGULAR_DETERMINER_BEFORE = re.compile(r"(?:\b(?:le|la|un|une)\s+|\bl['’]\s*)(?:jeune\s+)?$", re.IGNORECASE)
#: The nationality noun opening the entity, then the name.
_NATIONALITY_THEN_NAME = re.compile(r"(?P<noun>[A-ZÀ-Þ][\w-]+)\s+(?=[A-ZÀ-Þ])")


def without_nationality_nouns(entities: list[Entity], text: str) -> list[Entity]:
    """``entities`` with a leading nationality noun taken off a name after a determiner: the rest,
    one to three capitalised words that name no place nor organisation, is a person's (``PER``)."""
    return [_person_after_nationality(entity, text) or entity for entity in entities]


def _person_after_nationality(entity: Entity, text: str) -> Entity | None:
    match = _NATIONALITY_THEN_NAME.match(entity.text)
    if not match or not is_demonym(match.group("noun")):
        return None
    if not _SINGULAR_DETERMINER_BEFORE.search(text, max(0, entity.start - 12), entity.start):
        return None
    name = Entity(entity.text[match.end() :], "PER", entity.start + match.end(), entity.end)
    if len(name.text.split()) > 3 or not person_like(name) or is_organisation(name.text, ""):
        return None
    return None if load_gazetteer().lookup(name.text) else name
