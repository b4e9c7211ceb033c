"""A quotation followed by a speech participle and its agent: ``le "plan massif
d'investissement et de revalorisation" promis par Emmanuel Macron``, ``la "réponse
très forte" réclamée par les syndicats``: the agent said those words."""

from __future__ import annotations

import re
from functools import cache

from search.extract.quote_phrases import phrase_at
from search.extract.quote_speakers import Attribution
from search.extract.quote_verbs import speech_verbs
from search.extract.structure_types import Entity

_AGENT = re.compile(
    r"\s*,?\s*(?P<part>[a-zà-ÿ]+)\s+(?:(?:notamment|alors|déjà|encore|aussi|lui-même|elle-même)\s+)?par\s+",
    re.IGNORECASE,
)
#: A document that speaks, then its signer: ``"...", commence la lettre, signée par Bernard Accoyer``.
_SIGNED = re.compile(
    r"\s*,\s*[a-zà-ÿ]+\s+(?:la|le|l['’])\s*(?:lettre|courrier|message|missive|note|texte|communiqué)"
    r"\s*,\s*(?P<part>signée?s?)\s+par\s+",
    re.IGNORECASE,
)
#: Participles whose agent is an author rather than a speaker: ``un livre "..." écrit par X``.
_AUTHORED = frozenset(("écrit", "écrite", "écrits", "écrites"))


@cache
def agent_participles() -> frozenset[str]:
    """Participles of the declarative, non-reflexive speech verbs, every agreement."""
    return frozenset(
        p
        for verb in speech_verbs()
        if verb.declarative and not verb.reflexive
        for p in verb.participles
        if " " not in p and p not in _AUTHORED
    )


def passive_agent(text: str, pos: int, limit: int, entities: list[Entity]) -> Attribution | None:
    """The agent of a speech participle right after a quotation closing at ``pos``
    (``"..." promis par Emmanuel Macron``), or the signer of the document said to say it
    (``"...", commence la lettre, signée par X``): a person or an organisation, or None."""
    match = _AGENT.match(text, pos, limit)
    if not match or match.group("part").lower() not in agent_participles():
        match = _SIGNED.match(text, pos, limit)
    if not match:
        return None
    mention = phrase_at(text, match.end(), limit, entities)
    if mention is None or mention.kind not in ("person", "organisation"):
        return None
    return Attribution(match.group("part"), mention, mention.end)
