"""What may stand between a speech verb and the quotation it introduces.

``X a déclaré : "..."``, ``X estime que "..."``, ``X s'est dit déterminé "à vaincre"``,
``X a rapidement condamné cette agression : "..."``, ``X a affirmé à la radio que
l'ex-Cavaliere avait "..."`` (also after a day: ``a estimé lundi que``), ``X a jugé que
M. Assad "..."``; before a short quotation (a few words, no verb: the statement is reported),
time words, complements and a determiner: ``X a souligné cette semaine la "transparence"``.
"""

from __future__ import annotations

import re

from search.extract.quote_kinds import SHORT_QUOTE_GAP
from search.extract.quote_marks import SCARE_QUOTE

#: One word between a verb and a short quotation, not a determiner: ``se dit "très réservée"``
#: or ``s'est dit déterminé "à vaincre"``, but not ``a dénoncé les "gilets jaunes"``.
_ONE_WORD_GAP = re.compile(
    r"^\s*(?!(?:le|la|les|un|une|des|du|de|son|sa|ses|leur|leurs|ce|cette|ces)\b)[a-zà-ÿ-]{3,}\s*$", re.IGNORECASE
)
_HONORIFIC_DOT = re.compile(r"\b(M|MM|Mme|Dr|Pr|Mgr)\.")
#: Words allowed between a verb and a longer quotation (``a jugé que M. Assad "..."``).
MAX_OBJECT_GAP = 60
_THAT_CLAUSE = re.compile(
    r"^\s*(?:(?:(?:à|au|aux|dans|sur|devant|auprès\s+de|lors\s+d['’]une?)\s+[^,:.;«»]{0,40}?"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir|midi|dernier))?)\s*){0,2}"
    r",?\s*(?:que|qu['’])"
    r"[^.;:!?«»\"“”]{0,160}$",
    re.IGNORECASE,
)
_OBJECT_GAP_STOP = re.compile(r"[.;:«»\"“”!?]|\b(?:est|sont|était|a|ont|avait|avaient|qui)\b", re.IGNORECASE)
INTRO = re.compile(
    r"^\s*(?:[a-zà-ÿ]{3,}ment\s+)?"  # "qui demande immédiatement : "
    r"(?:(?:à|au|aux|dans|sur|devant|auprès\s+de|lors\s+d['’]une?)\s+[^,:.«»]{0,50}?)?\s*(?::|,|que|qu['’])?\s*$",
    re.IGNORECASE,
)
#: A verb, its object and a colon: ``a rapidement condamné cette agression : "..."``.
_OBJECT_COLON = re.compile(
    r"^\s*(?:(?:le|la|les|l['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs|un|une|des)\s*[^,:.;!?«»]{1,50}?)\s*:\s*$",
    re.IGNORECASE,
)
#: A relative pronoun right before the quotation, whose verb the quotation holds.
_RELATIVE_END = re.compile(r"\bqui\s*$")
#: ``Le problème, résume-t-il sans détours, "..."``: an incise, a few words, a comma.
INCISE_GAP = re.compile(r"[^.;:!?«»,]{0,30},\s*$")


def introduces(gap: str, short: bool) -> bool:
    """True when ``gap``, the words between a speech verb and a quotation, lets the verb
    introduce it; ``short``: the quotation is a few words without a verb."""
    plain = SCARE_QUOTE.sub("", _HONORIFIC_DOT.sub(r"\1", gap))  # 'pouvait être "utile" en "complément ..."'
    plain = _RELATIVE_END.sub("", plain)  # 'dite honorée de cette "mission" qui "permettra de ..."'
    return bool(
        INTRO.match(gap)
        or _OBJECT_COLON.match(gap)
        or _ONE_WORD_GAP.match(gap)  # "s'est dit déterminé "à vaincre l'ennemi""
        or (short and SHORT_QUOTE_GAP.match(gap))
        or (not short and len(gap) <= MAX_OBJECT_GAP and not _OBJECT_GAP_STOP.search(plain))
        or (not short and _THAT_CLAUSE.match(plain))  # "a affirmé à la radio que l'ex-Cavaliere avait "...""
    )
