"""Whether a person mentioned at a position is the subject of its sentence.

A subject is who a later pronoun points back to (``Emmanuel Macron a reçu Angela
Merkel. "...", a-t-il dit``). A name is one when nothing but an adverbial, a
connector or an opinion's opener (``Selon Le Figaro,``, ``Pour``) stands before
it in its sentence, not inside someone's reported words (``X a estimé qu'avec ce
référendum, le chef ...``) nor in a list; in a headline, when a verb follows it.
Some names stand apart from that rule: after a quoted subhead, in a second clause
(``tandis que``), whose opinion a quotation gives (``..., pour Me Fabien Rajon``),
set apart by ``lui``/``elle``, introduced (``cette femme, Barbara Mensah,``), an
example right before a quotation (``Comme Marcel, interrogé par franceinfo. "..."``), or
the agent of a passive speech verb (``Cette annonce a été saluée par X. "...", a ajouté l'élu``),
or who a ``comme`` clause says spoke (``comme l'a expliqué Paul Marra, le porte-parole. "...", a-t-il lancé``).
"""

from __future__ import annotations

import re

from search.extract.quote_introductions import introduces_person
from search.extract.quote_passive import agent_participles
from search.extract.quote_phrases import Mention
from search.extract.quote_verbs import compiled, reports_clause, verb_group_pattern

_MASKED_QUOTE = re.compile(r"«[^«»]*»")
#: A second clause's opening after a comma, whose subject is the next name: ``X a tancé ..., tandis que
#: Christian Jacob (LR) y a vu ...``.
_CONTRAST_CLAUSE = re.compile(r".*,\s*(?:tandis|alors)\s+qu(?:e\s+|['’]\s*)$", re.DOTALL)
#: Whose opinion a quotation gives, after it: ``Il s'agit d'un "rendez-vous de vérité", pour Me Fabien Rajon``.
_OPINION_AFTER_QUOTE = re.compile(r".*x\s*,\s*(?:pour|selon)\s+$", re.DOTALL)
#: A quoted subhead between dashes, glued before the sentence that follows it.
_QUOTED_SUBHEAD = re.compile(r"\s*[-–—]\s*x\s*[-–—]\s*$")
#: ``Nicolas Sarkozy "a lui-même annoncé ..." insiste-t-il``: the name is what the speaker the
#: inverted pronoun stands for talks about, not that speaker.
_QUOTED_PREDICATE = re.compile(r"\s*«[^«»]*»\s*,?\s*[\w'’]+(?:-t)?-(?:il|elle)s?\b")
#: ``François Fillon ? "Pour l'instant, je n'ai rien entendu ...", explique l'écologiste``: a
#: name asked about is the topic of the answer that follows, not its speaker.
_ASKED_ABOUT = re.compile(r"\s*\?")
#: The topic a subject pronoun takes up, past an apposition: ``Quant à Bernard Cazeneuve, il n'a pas
#: aimé``, ``Quant à Sonia Krimi, députée de la Manche, elle ...`` (not ``Quant à Edouard Philippe,
#: "..."``, which another speaker says of him).
_TOPIC_BEFORE = re.compile(r".*\bQuant\s+(?:à|aux?)\s+$", re.DOTALL | re.IGNORECASE)
_TOPIC_PRONOUN_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,[^,.;:!?]{1,80})?,?\s*(?:il|elle)s?\s")
#: A subject set apart by a stressed pronoun after it: ``Benjamin Griveaux, lui, se veut``.
_STRESSED_PRONOUN_AFTER = re.compile(r"\s*,\s*(?:lui|elle)\s*,")
_CONNECTOR = re.compile(r"^\s*(?:Mais|Et|Or|Puis|Pourtant|Ainsi|Alors|Enfin|Car|Donc|Cependant|Toutefois)\s+")
#: A headline's subject opens it or follows its label (``VIDÉO - "..." : Le Foll raillé``).
_HEADLINE_SUBJECT = re.compile(r"(?:^|[:|–-]\s*|^[^,:«»]{1,40},\s*)$")  # "En larmes, Brigitte Lahaie s'excuse"
_VERB_NEXT = re.compile(r"\s+(?!(?:de|du|des|et|ou|à|au|aux|en|sur|pour|par|le|la|les)\b)[a-zà-ÿ]")
#: What introduces an example, after a comma or opening a sentence: ``Cette décision suscite la
#: colère de plusieurs députés, dont le député de l'Ain Xavier Breton. "..."``, ``de nombreuses
#: réactions, dont celle du secrétaire national du PCF Fabien Roussel. "..."``, ``Comme Marcel, ...``.
_EXAMPLE_BEFORE = re.compile(
    r"(?:,|^|[.!?»])\s*(?:dont|comme|notamment|en\s+particulier|à\s+l['’]image|à\s+l['’]instar)"
    r"(?:\s+(?:celles?|celui|ceux))?(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’]))?\s*$",
    re.IGNORECASE,
)
_QUOTATION_NEXT = re.compile(r"\s*[.:]?\s*«")
#: One or two appositions (not a complement: ``comme Colbert, avec l'esclavage``), the end of
#: the sentence or a colon, and a quotation.
_APPOSED_THEN_QUOTATION = re.compile(
    r"(?P<apposition>(?:\s*,(?!\s*(?:avec|contre|chez|vers|envers|entre|sans|pour)\b)[^.:;,«»]{2,60}){1,2})?"
    r"\s*[.:]\s*«"
)
#: A sentence opening that announces whose opinion comes next: ``Même son de cloche chez``,
#: ``Autre ressenti du côté de``, ``Un avis partagé par``, ``Une analyse que partage``.
OPINION_LEAD = re.compile(
    r"\s*(?:(?:Même|Autre)\s+(?:[\w'’-]+\s+){1,3}?(?:chez|du\s+côté\s+de|pour|de\s+la\s+part\s+de)"
    r"|(?:Un|Une|Le|La|Cet|Cette|Ce)\s+(?:[\w'’-]+\s+){1,2}?(?:partagée?\s+(?:aussi\s+|également\s+)?par"
    r"|que\s+partage))\s+"
)
#: ``Pour Patrick Berche, professeur ..., il est probable que ...``: whose opinion the sentence
#: reports, and who a pronoun after it points back to, as to a subject.
_OPINION_OPENER = re.compile(
    rf"^(?:\s*(?:Pour|Selon|D['’]après|[Aa]ux\s+yeux)\s+|{OPINION_LEAD.pattern})(?:[a-zà-ÿ'’-]+\s+){{0,3}}$"
)
#: ``Selon lui, le président américain "..."``: the words of whom the pronoun names, not the subject's.
_PRONOUN_OPINION = re.compile(r"\s*(?:Selon|D['’]après|Pour)\s+(?:lui|elle|eux|elles)\s*,", re.IGNORECASE)
#: Adverbials before a subject: ``Pendant le procès, au cours duquel il est apparu amaigri, X ...``.
#: A second clause has two words at least and ends in lowercase: a list (``François, Hugo, Raynald``) is not one.
_CLAUSE_OPENER = re.compile(
    r"^[^,;:«»]{1,120},\s*(?:[^,;:«»\s]+(?:\s+[^,;:«»\s]+){0,15}\s+[a-zà-ÿ][^,;:«»\s]*,\s*)?$"
)

#: A name between two others of a list: a capitalized word and a comma before it, another
#: name after it (``égratignait Nicolas Sarkozy, Emmanuel Macron et Gérald Darmanin``).
_LISTED_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’-]*,\s*$")
_LISTED_AFTER = re.compile(r"\s*(?:,|\s+et|\s+ou)\s+[A-ZÀ-Þ]")


def _sentence_before(text: str, sentence_start: int, start: int) -> str:
    """The words of the sentence opening at ``sentence_start`` before ``start``, each
    quotation written ``x``."""
    return _MASKED_QUOTE.sub("x", text[sentence_start:start])


def stands_as_subject(text: str, sentence_start: int, start: int, end: int = -1, headline_end: int = 0) -> bool:
    """True when the phrase at ``start`` (ending at ``end``; -1 when not known yet) stands
    where its sentence's subject does (see the module docstring); in the headline (before
    ``headline_end``), when it opens it or follows its label and a verb follows it."""
    if start < headline_end:  # "Affaire Fillon: ..." labels a story; "...: Le Foll raillé" has a subject
        return end > start and bool(_HEADLINE_SUBJECT.search(text[:start])) and bool(_VERB_NEXT.match(text, end))
    if start > 0 and text[start - 1] == "»":
        return True  # 'Catherine Lara «xxx»Christophe Willem s'est fendu': a subhead glued before the subject
    prefix = _sentence_before(text, sentence_start, start)  # 'Pour son émission «xxx», X ...'
    prefix = _CONNECTOR.sub("", prefix, count=1)  # "Mais la jeune femme ..."
    if reports_clause(prefix) or _PRONOUN_OPINION.match(prefix):
        return False  # "X a estimé qu'avec ce référendum, le chef ...", "Selon lui, le président": X's words
    if end > start and _LISTED_BEFORE.search(prefix) and _LISTED_AFTER.match(text, end):
        return False  # "X y égratignait Nicolas Sarkozy, Emmanuel Macron et Gérald Darmanin": a list
    return not prefix.strip() or bool(_CLAUSE_OPENER.match(prefix)) or bool(_OPINION_OPENER.match(prefix))


def mention_is_subject(text: str, sentence_start: int, mention: Mention, unnamed: bool, headline_end: int) -> bool:
    """True when ``mention`` (in the sentence opening at ``sentence_start``; ``unnamed``: a
    role to resolve) is its sentence's subject, or stands apart as one (see the module
    docstring)."""
    start, end = mention.start, mention.end
    if _ASKED_ABOUT.match(text, end):
        return False
    if stands_as_subject(text, sentence_start, start, end, headline_end) and not _QUOTED_PREDICATE.match(text, end):
        return True
    if not unnamed and _named_subject(text, sentence_start, start, end):
        return True
    # "cette femme, Barbara Mensah, âgée de 70 ans": introduced, she is who "elle" is next
    return (
        introduces_person(text, start, end)
        or _example_before_quotation(text, mention)
        or _speech_agent(text, sentence_start, start, end)
        or _said_as(text, sentence_start, start)
    )


#: ``comme l'``, ``ainsi que le`` before a speech verb whose subject follows it.
_AS_SAID = re.compile(r"\b(?:comme|ainsi\s+que)\s+(?:l['’]\s*|le\s+)", re.IGNORECASE)
#: Between that verb and its subject: a few words of complements, no punctuation.
_SAID_GAP = re.compile(r"\s+(?:[^\s,.;:!?«»()]+\s+){0,4}")


def _said_as(text: str, sentence_start: int, start: int) -> bool:
    """True when the name at ``start`` is the subject of a speech verb in a ``comme`` clause
    that follows its sentence's own subject: ``Les "gilets jaunes" ont prévu d'aider, comme l'a
    expliqué Paul Marra, le porte-parole du mouvement.`` (``comme le souligne X``)."""
    for opening in _AS_SAID.finditer(text, max(sentence_start, start - 100), start):
        verb = compiled(verb_group_pattern()).match(text, opening.end(), start)
        if verb and _SAID_GAP.fullmatch(text, verb.end(), start):
            return True
    return False


#: The agent's ``par``, and what may stand between it and the name: nothing, or a role.
_AGENT_PAR = re.compile(r"\bpar\s+(?P<role>(?:(?:le|la|les|l['’])\s*[^.;:!?«»]{1,70})?)$", re.IGNORECASE)
_NOT_ROLE = re.compile(r"\b(?:qui|que|qu['’]|et|dont)\b", re.IGNORECASE)
#: How many words a complement between the participle and ``par`` may have (``saluée dans la foulée par``).
_AGENT_GAP_WORDS = 6
#: A passive's auxiliary right before its participle: the agent is the main clause's, not a noun's
#: (``l'annonce, encore qualifiée de "révoltante" par le ministre``).
#: Another agent after this one's, who shares the sentence: ``confirmée par X et saluée par Y``.
_SECOND_AGENT = re.compile(r"[^.;:!?«»]{0,40}?\s(?:et|puis)\s+(?:[\w'’-]+\s+){0,3}?par\s")
_PASSIVE_AUXILIARIES = frozenset(("été", "est", "sont", "était", "étaient", "fut"))


def _speech_agent(text: str, sentence_start: int, start: int, end: int) -> bool:
    """True when the name at ``start`` is the agent of a passive speech verb, who spoke: ``Cette
    annonce a été saluée dans la foulée par le maire LR de Nice Christian Estrosi. "...", a
    ajouté l'élu``, ``a été confirmée lundi sur LCI par le directeur des campagnes, Manuel Bompard``."""
    par = _AGENT_PAR.search(text, max(sentence_start, start - 80), start)
    if not par or _NOT_ROLE.search(par.group("role")) or _SECOND_AGENT.match(text, end):
        return False
    words = re.split(r"[\s,]+", _sentence_before(text, sentence_start, par.start()).strip())
    for at in range(len(words) - 1, max(0, len(words) - _AGENT_GAP_WORDS - 2), -1):
        if words[at].lower() == "par":
            return False  # another agent's: "confirmée par X et saluée| par Y"
        if words[at].lower() in agent_participles():
            return words[at - 1].lower() in _PASSIVE_AUXILIARIES  # not "l'annonce, qualifiée par X"
    return False


def _named_subject(text: str, sentence_start: int, start: int, end: int) -> bool:
    """True when a name opens the sentence right after a quoted subhead between dashes
    (``- "On a tout laissé derrière nous" -Gisèle Aberlen, retraitée ...``), opens a second
    clause (``X a tancé ..., tandis que Christian Jacob y a vu ...``), says whose opinion the
    quotation before it gives (``Il s'agit d'un "...", pour Me Fabien Rajon``), is the topic a
    pronoun takes up (``Quant à Bernard Cazeneuve, il ...``) or is set apart by ``lui`` or
    ``elle`` (``S'ils avaient décidé, jeudi, de ..., Benjamin Griveaux, lui, se veut
    impassible``). Not for a role, which is resolved before the quotations' speakers are
    known (``alors que le maire de Bordeaux``)."""
    prefix = _sentence_before(text, sentence_start, start)
    if any(p.match(prefix) for p in (_QUOTED_SUBHEAD, _CONTRAST_CLAUSE, _OPINION_AFTER_QUOTE)):
        return True
    if _TOPIC_BEFORE.match(prefix) and _TOPIC_PRONOUN_AFTER.match(text, end):
        return True
    return bool(_STRESSED_PRONOUN_AFTER.match(text, end))


def _example_before_quotation(text: str, mention: Mention) -> bool:
    """True when ``mention`` is an example closing its sentence, right before a quotation,
    with a role or an apposition (``Certains ne sont pas fixés, comme Hugo, en Terminale :
    "..."``, ``Comme Marcel, interrogé par franceinfo. "..."``): the one who speaks next.
    A first name alone is no example (``dont Zinaïda. "...", ajoute-t-il``), nor is a
    comparison that goes on (``Comme Madzoo, la mort de George Floyd le touche``)."""
    if not _EXAMPLE_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return False
    if mention.descriptor and _QUOTATION_NEXT.match(text, mention.end):
        return True
    tail = _APPOSED_THEN_QUOTATION.match(text, mention.end)
    return bool(tail) and tail.group("apposition") is not None
