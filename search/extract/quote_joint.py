"""The signatories of a joint statement, named apart from its quotations.

A letter, an open letter or a communiqué signed by many is quoted with a plural pronoun
(``"...", jugent-ils``, ``poursuivent-ils``), and its signatories are listed in a sentence
of their own, before or after the quotations: ``La tribune a été signée notamment par le
député LFI Alexis Corbière, ... ou encore la députée Delphine Batho``, ``Les signataires
regroupent ... ainsi que les experts Gérard Dubois, Irène Frachon ... et Albert Hirsch``,
``Parmi eux, on retrouve d'anciens ministres comme Cécile Duflot, Aurélie Filippetti, ...``.
Each listed person speaks the statement. A list is two persons at least, coordinated
after the signing words in their sentence (``quote_signatories``); a person named there
outside the list (``les ministres de François Hollande``) is not one. Without such a list,
``ils`` goes on the statement just made by several (``soulignent Véronique Godet et Jérémy
Faledam ... "...", estiment-ils``: ``find_quotes``).
"""

from __future__ import annotations

import re

from search.extract.quote_direct import sentence_of
from search.extract.quote_phrases import Mention, phrase_at, phrase_starts
from search.extract.quote_signatories import co_speakers
from search.extract.quote_speakers import inverted_verb_after
from search.extract.quote_verbs import compiled, inverted_pronoun, verb_group_pattern
from search.extract.structure_types import Entity, Span

#: Words that introduce the signatories of a statement.
_SIGNED_BY = re.compile(
    r"\b(?:co-?)?sign(?:é|ée|és|ées)\s+(?:notamment\s+|entre\s+autres\s+|en\s+particulier\s+)?par\b"
    r"|\bsignataires\b|\bParmi\s+(?:eux|elles|lesquels|lesquelles)\b",
    re.IGNORECASE,
)
#: How many persons a list of signatories may give.
MAX_SIGNATORIES = 12
#: What speaks for the signatories of a statement: themselves or their text.
_JOINT_SUBJECT = r"(?:les\s+signataires|(?:le|ce)\s+texte|(?:la|cette)\s+(?:tribune|lettre|pétition)|l['’]appel)\b"
#: A comma and the verb group of such a subject (``, réclament les signataires``, ``, peut-on
#: lire dans la tribune``).
_JOINT_INCISE = re.compile(
    rf"\s*,\s*(?:(?P<read>peut-on\s+lire)\s+dans\s+|(?P<verb>(?:[\w'’-]+\s+){{1,3}}?)){_JOINT_SUBJECT}", re.IGNORECASE
)
#: A quotation's closing mark after its last word.
_CLOSING_MARK = re.compile(r"\s*[»\"”]?")


def lists_signatories(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` has words that introduce signatories (the recogniser must
    read that sentence for their names)."""
    return bool(_SIGNED_BY.search(text, start, end))


def signatories(text: str, sentences: list[Span], entities: list[Entity]) -> list[Mention]:
    """The persons listed as signing a statement in ``text`` (masked), in order; [] when no
    sentence lists two persons after signing words. Each such sentence gives its longest list,
    and every list counts (``Parmi les signataires, ... comme X, Y ou encore Z`` and, further
    on, ``signé par A et B``)."""
    found: dict[str, Mention] = {}
    for match in _SIGNED_BY.finditer(text):
        end = sentence_of(sentences, match.start())[1]
        lists = []
        for start in phrase_starts(text, match.end(), end, entities):
            mention = phrase_at(text, start, end, entities)
            if mention is not None and mention.kind == "person":
                others = co_speakers(text, mention, entities, MAX_SIGNATORIES - 1)
                lists.append([mention, *(m for m in others if m.start >= match.end())])
        longest = max(lists, key=len, default=[])
        if len(longest) > 1:
            found.update((m.name, found.get(m.name, m)) for m in longest)
    return sorted(found.values(), key=lambda m: m.start)[:MAX_SIGNATORIES]


def joint_incise(text: str, end: int) -> str:
    """The verb group after a quotation whose words end at ``end`` that gives it to the
    signatories: with a plural pronoun (``jugent-ils``), or with the signatories or their text
    as subject (``réclament les signataires``, ``demande le texte``, ``peut-on lire dans la
    tribune``); "" when none follows."""
    start = _CLOSING_MARK.match(text, end).end()
    verb = inverted_verb_after(text, start, len(text))
    if inverted_pronoun(verb) in ("ils", "elles"):
        return verb
    incise = _JOINT_INCISE.match(text, start)
    if incise is None:
        return ""
    if incise.group("read"):
        return incise.group("read")
    verb = incise.group("verb").strip()
    return verb if compiled(verb_group_pattern()).fullmatch(verb) else ""
