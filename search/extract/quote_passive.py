"""A quotation followed by a speech participle and its agent: ``le "plan massif
d'investissement et de revalorisation" promis par Emmanuel Macron``, ``la "réponse
très forte" réclamée par les syndicats``: the agent said those words. Also a participle and
its agent before the colon that opens the quotation: ``Des accusations démenties par Total :
"..."``, ``Une analyse partagée par Enrico Facchetti, un ex-orfèvre de 61 ans : "..."``."""

from __future__ import annotations

import re
from functools import cache

from search.extract.quote_phrases import phrase_at
from search.extract.quote_speakers import Attribution, subject_before
from search.extract.quote_verbs import agreed_forms, speech_verbs, verb_groups_in
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


#: A participle and ``par`` before the agent, in the clause that announces a quotation.
_AGENT_BEFORE = re.compile(
    r"\b(?P<part>[a-zà-ÿ]+)\s+(?:(?:notamment|immédiatement|aussitôt|alors|déjà|aussi|également)\s+)?"
    r"(?:(?:dans|sur|à|au|en)\s+[^,;:«»\"“”]{1,40}?\s+)?par\s+",  # "saluée dans les colonnes du Parisien par"
    re.IGNORECASE,
)
#: Participles of opinions held in common, no speech verbs, whose agent speaks next:
#: ``Une analyse partagée par Enrico Facchetti : "..."``.
_SHARED = frozenset(f for p in ("partagé", "réfuté") for f in agreed_forms(p))
#: Participles whose agent makes known what others said: ``Autres SMS révélés par Le Monde : "..."``.
_RELAYING = frozenset(f for p in ("révélé", "rapporté", "cité", "publié", "dévoilé") for f in agreed_forms(p))
#: Between the agent and the colon: an apposition at most (``, un ex-orfèvre de 61 ans``), not
#: a clause with its own subject (``Interpellé par un militant, le président a répondu :``).
_APPOSITION_THEN_COLON = re.compile(
    r"(?:\s*,(?!\s*(?:il|elle|ils|elles|on|je|nous)\b|\s*[A-ZÀ-Þ])"
    r"(?![^,;:«»\"“”]*\b(?:a|ont|avait|avaient|est|sont|était|va|vient)\s+[a-zà-ÿ])[^,;:«»\"“”]{1,100})?\s*:\s*"
)


def agent_before_colon(text: str, floor: int, pos: int, entities: list[Entity]) -> Attribution | None:
    """The agent of a speech participle in the clause that ends with the colon before a
    quotation opening at ``pos`` (see the module's docstring): a person or an organisation
    (a role with a name); not when a speech verb comes before the participle (``X a salué l'initiative
    lancée par Y : "..."``: X's words)."""
    agents = list(_AGENT_BEFORE.finditer(text, floor, pos))
    if not agents:
        return None
    match = agents[-1]
    part = match.group("part").lower()
    if (part not in agent_participles() and part not in _SHARED) or part in _RELAYING:
        return None
    if any(subject_before(text, floor, verb.start(), entities) for verb in verb_groups_in(text, floor, match.start())):
        return None  # someone speaks before: "X a salué l'initiative lancée par Y" (not "Une analyse partagée par")
    mention = phrase_at(text, match.end(), pos, entities)
    if mention is None or mention.kind not in ("person", "organisation"):
        return None  # a role alone: "confirmée par le procureur de Vannes" went to whoever was named last
    if not _APPOSITION_THEN_COLON.fullmatch(text, mention.end, pos):
        return None
    return Attribution(part, mention, pos)
