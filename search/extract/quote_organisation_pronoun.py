"""An inverted pronoun that goes on with the organisation just quoted: ``"...", a expliqué
vendredi la compagnie dans un communiqué. "...", a-t-elle poursuivi`` (the company goes on,
not a woman named earlier, nor the ship ``Roald Amundsen``).

Only when the second quotation opens the sentence right after the first one's attribution,
and the organisation was named by an article that tells the pronoun's gender (``la
préfecture`` for ``elle``, ``le ministère`` for ``il``).
"""

from __future__ import annotations

import re

from search.extract.quote_phrases import Mention

#: The article that opens an organisation's phrase, and the gender it tells.
_ARTICLE = re.compile(r"(?P<article>la|le)\s", re.IGNORECASE)
_GENDERS = {"la": "f", "le": "m"}
#: What may stand between the statement that ends and the quotation that goes on with it: the
#: rest of the attribution's sentence (``dans un communiqué.``), no other sentence.
_REST_OF_SENTENCE = re.compile(r"[^.!?…«»\"“”]{0,80}[.!?…]?[\s«»\"“”]*")


def continuing_organisation(
    text: str, pronoun: Mention, quotation_start: int, previous: Mention, previous_end: int
) -> bool:
    """True when ``pronoun`` (``il`` or ``elle`` after the quotation opening at
    ``quotation_start``) goes on with the organisation ``previous`` that spoke the statement
    ending at ``previous_end``."""
    if previous.kind != "organisation" or pronoun.name not in ("il", "elle"):
        return False
    if previous_end > quotation_start or not _REST_OF_SENTENCE.fullmatch(text, previous_end, quotation_start):
        return False
    article = _ARTICLE.match(text, previous.start)
    gender = "f" if pronoun.name == "elle" else "m"
    return article is not None and _GENDERS[article.group("article").lower()] == gender
