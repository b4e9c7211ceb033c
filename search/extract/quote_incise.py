"""Incises with a verb no list knows: ``"...", sourit-il``, ``"...", balaie Amy Dacey``.

French inverts the subject after a quotation and its comma only in an incise, so the verb
there needs no list: an inverted pronoun, or a verb form before a person's name. Read only
after every known attribution failed (``quote_direct``).
"""

from __future__ import annotations

import re

from search.extract.place_gazetteer import is_country_name
from search.extract.quote_organisations import is_organisation
from search.extract.quote_speakers import _ADVERBS_AFTER, _LEAD, Attribution, _pronoun_mention, subject_after
from search.extract.structure_types import Entity

#: A name that completes a noun (``de la fondation Brigitte Bardot``, ``un proche de la famille Trump``).
_GENITIVE_BEFORE = re.compile(r"\b(?:de|du|des|d['’])\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?[a-zà-ÿ-]+\s+$")
#: An incise is set off by a comma after the quotation, or the quotation ends with one or ! ? …
_INCISE_PUNCTUATION = re.compile(r"[,!?…]")
_INCISE_ADVERBS = _ADVERBS_AFTER.pattern  # "a-t-il encore balayé", "a aussitôt pointé"
#: An inverted subject pronoun right after a quotation, whatever the verb: only an incise
#: inverts so (``"...", sourit-il``, ``"...", a-t-elle balayé``, ``"...", s'est-il vanté``). Not an
#: auxiliary, modal or impersonal verb alone (``est-il précisé``, ``peut-on lire``), nor ``été``.
_ANY_INVERTED = re.compile(
    r"(?P<verb>(?:(?:a|avait|aurait)\s*-\s*t\s*-\s*|s['’](?:est|était)\s*-\s*)(?:il|elle)"
    rf"{_INCISE_ADVERBS}\s+(?!été\b)[a-zà-ÿ]{{3,}}"
    r"|(?:s['’]|se\s+)?(?!(?:est|était|sera|serait|fut|avait|aurait|aura|sont|étaient|avaient|auraient|peut|"
    r"pouvait|faut|fallait|doit|devait|semble|reste|suffit)\b)"
    r"[a-zà-ÿ]{3,}(?:\s*-\s*t\s*-\s*|-)(?:il|elle))(?![\w-])"
)
#: A verb form before a named subject right after a quotation, whatever the verb
#: (``"...", balaie Amy Dacey``, ``"...", a pointé M. Vilfand``, ``"...", s'impatiente X``):
#: a past participle after its auxiliary, or a present in -e, -it, -int; not a word that
#: merely ends so (``comme``, ``une``, ``entre``).
_ANY_VERB = re.compile(
    r"(?P<verb>(?:(?:a|avait|s['’]est|s['’]était)"
    rf"{_INCISE_ADVERBS}\s+(?!été\b)[a-zà-ÿ]{{2,}}(?:é|ée|i|ie|u|ue|it|ite|is|ise|int|inte)"
    r"|(?:s['’]|se\s+)?(?!(?:comme|que|une|entre|contre|quelque|même|lorsque|puisque|presque|jusque|chaque|"
    r"autre|notre|votre|cette|celle|elle|telle|quelle|dixit|soit|tout|huit|nuit|droit|ainsi|voire|outre|"
    r"parce|avant|pendant|durant|suivant|est|fait|dit)\b)[a-zà-ÿ]{3,}(?:(?<!é)e|it|int)))(?=\s)(?!\s+par\b)"
)


def incise_after(text: str, pos: int, limit: int, entities: list[Entity]) -> Attribution | None:
    """``"...", sourit-il``, ``"...", balaie Amy Dacey``: an incise with a verb the speech verb
    list does not know, right after a quotation closing at ``pos``; the subject is the speaker
    (a pronoun or a person's name, never an organisation: ``rapporte Le Parisien`` relays)."""
    lead = _LEAD.match(text, pos, limit)
    at = lead.end() if lead else pos
    if not _INCISE_PUNCTUATION.search(text[max(0, pos - 3) : at]):
        return None  # 'en défenseur de "la loi et l'ordre" face au démocrate Joe Biden': no incise
    match = _ANY_INVERTED.match(text, at, limit)
    if match:
        verb = " ".join(match.group("verb").split())
        mention = _pronoun_mention(verb, match.start(), match.end())
        return Attribution(verb, mention, match.end()) if mention else None
    match = _ANY_VERB.match(text, at, limit)
    mention = subject_after(text, match.end(), limit, entities) if match else None
    if mention is None or mention.kind != "person" or _medium_name(mention.name, text) or is_country_name(mention.name):
        return None  # a role after an unknown verb is too often someone else's ("commence le journaliste")
    named = text.find(mention.name, mention.start, mention.end)  # a role's name: "le ministre ... X"
    if named > 0 and _GENITIVE_BEFORE.search(text, max(0, named - 40), named):
        return None  # "rapporte le responsable de la fondation Brigitte Bardot": not the foundation's
    return Attribution(" ".join(match.group("verb").split()), mention, mention.end)


def _medium_name(name: str, text: str) -> bool:
    """True when ``name`` is an organisation's or starts with a medium's (``France-Bleu Azur``)."""
    return is_organisation(name, text) or is_organisation(" ".join(name.replace("-", " ").split()[:2]), "")
