"""Attributions before a quotation: ``X a affirmé : "``, ``X a déclaré que "``, ``Selon X, "``,
``Pour X, "``, ``X, pour qui "``, ``Et d'ajouter : "``, ``a-t-il ajouté : "``.

The verbs and phrases after a quotation, and the subjects before and after a verb, are read
by ``quote_speakers``.
"""

from __future__ import annotations

import re
from functools import cache

from search.extract.quote_gaps import INCISE_GAP, INTRO, introduces
from search.extract.quote_marks import SCARE_QUOTE
from search.extract.quote_phrases import Mention, phrase_at, phrase_starts
from search.extract.quote_speakers import (
    _SENTENCE_GAP,
    SELON,
    Attribution,
    _pronoun_mention,
    selon_subject,
    subject_after,
    subject_before,
)
from search.extract.quote_verbs import compiled, inverted_group_pattern, speech_verbs, verb_groups_in
from search.extract.structure_types import Entity

#: ``Pour X, ...`` opening a sentence (or after ``;`` or a short opener): X's opinion,
#: reported; X may be a role with a name (``pour la députée LREM Aurore Bergé, "..."``).
_FOR = re.compile(
    r"\s*(?:[;,]\s*)?(?:[A-ZÀ-Þ][^,;:«»]{0,50},\s*)?"  # "A l'extrême-droite, pour Marine Le Pen, "...""
    r"(?:(?:Mais|Et|Or)\s+)?[Pp]our\s+(?=[A-ZÀ-Þ]|lui\b|elle\b|(?:le|la|l['’])\s*[a-zà-ÿ])"
)
#: An adverbial that opens a sentence before ``selon``: ``Du côté du gouvernement,``.
_ADVERBIAL_BEFORE = re.compile(
    r"\s*(?:Du\s+côté\s+d[eu]|De\s+son\s+côté|Dans|En|Sur|Après|Avant|Depuis|Pendant|Face\s+à|À|Au|Aux)"
    r"\b[^,;:«»\"“”.!?]{0,50},\s*"
)
#: A role without its article, maybe, then the colon that announces the quotation: ``Rien d'étonnant selon X,
#: spécialiste de la Russie : "`` (not a clause: ``Selon X, la maladie qui a frappé son fils met en exergue ... :``;
#: with no speech verb around: ``X a lancé un message, selon Le Parisien : "`` relays X's words).
_APPOSITION_COLON = re.compile(
    r"\s*(?:,\s*(?!(?:le|la|les|l|un|une|des|son|sa|ses|leurs?|ce|cet|cette|ces|il|elle|ils|elles|on)\b)"
    r"[a-zà-ÿ](?![^,.;:!?«»]*\b(?:qui|que|qu['’]|dont)\b)[^,.;:!?«»]{0,80})?\s*:\s*"
)
#: A relative clause giving someone's opinion: ``X, pour qui``, ``X, selon qui``, ``X, pour lequel``.
_WHOSE_OPINION = re.compile(r",\s*(?P<verb>pour|selon|d['’]après)\s+(?:qui|lequel|laquelle)\b,?")
#: ``X parle de "..."``, ``X a parlé d'une "..."``, right before the quotation: what X speaks of,
#: in X's words. ``parler`` is no speech verb (``parle de son chien, imite ...`` says nothing).
_SPEAKS_OF = re.compile(
    r"\b(?P<verb>(?:(?:a|ont|avait|avaient)\s+parlé|parl(?:e|ent|ait|aient)))"
    r"(?:\s+(?:même|aussi|encore|alors|ensuite|désormais|volontiers))?"
    r"\s+(?:d['’]|de\s+|du\s+|des\s+)(?:(?:une?|la|le|les|l['’]|ses|son|sa|leurs?|cet(?:te)?|ce|ces)\s*)?$"
)
#: How far before a quotation ``X parle de`` is looked for (its longest form, and some).
_SPEAKS_OF_REACH = 50
_AND_THEN = compiled(
    r"(?:\bet|\bavant|\bpuis)\s+(?:d['’]|de\s+)(?P<verb>[\w-]+)"
    r"\s*(?::|\s(?:que|qu['’])[^.;:!?«»\"“”]{0,80})?\s*$"  # "avant d'annoncer qu'à cette date, "...""
)


def attribution_before(text: str, floor: int, pos: int, entities: list[Entity], short: bool) -> Attribution | None:
    """The attribution that introduces a quotation opening at ``pos`` (``X a déclaré : "``).

    A ``short`` quotation (a few words) needs a verb right before it (``a dit : "``,
    ``estime que "``); a longer one may follow a verb and its object
    (``a dénoncé une politique qui "..."``)."""
    opinion = _FOR.match(text, floor, pos)
    if opinion and not short:  # "Pour Wolfram Lacher, les revers "montrent ...""
        mention = selon_subject(text, opinion.end(), pos, entities)
        gap = SCARE_QUOTE.sub("", text[mention.end : pos]) if mention else ""
        role = mention is not None and mention.kind == "title" and mention.definite and mention.role
        if (
            mention
            and (mention.kind in ("person", "pronoun") or role)
            and not _SENTENCE_GAP.search(gap)
            and not _said_between(text, mention.end, pos, entities)  # then the verb's subject speaks
        ):
            return Attribution("pour", mention, pos)  # "Pour la présidente de la région, il faut "...""
    selon = list(SELON.finditer(text, floor, pos))
    if selon:
        match = selon[-1]
        mention = selon_subject(text, match.end(), pos, entities)
        gap = text[mention.end : pos] if mention else ""
        # "Selon X, <sentence with a quotation>", also after an adverbial ("Du côté du gouvernement, selon X, ...")
        opens = not text[floor : match.start()].strip() or bool(_ADVERBIAL_BEFORE.fullmatch(text, floor, match.start()))
        if mention and (
            re.fullmatch(r"\s*,?\s*", gap)
            or (_APPOSITION_COLON.fullmatch(gap) and not verb_groups_in(text, floor, pos))
            or (
                opens
                and not short
                and gap.lstrip().startswith(",")
                and not _SENTENCE_GAP.search(gap)
                and not _said_between(text, mention.end, pos, entities)  # "Selon une source, X a affirmé "...""
            )
        ):
            return Attribution(match.group("verb").lower(), mention, pos)
    holder = _opinion_holder(text, floor, pos, entities) if not short else None
    if holder:
        return holder
    then = _AND_THEN.search(text, floor, pos)
    if then and then.group("verb").lower() in _infinitives():
        verb = text[then.start() : then.end("verb")]
        same = _named_subject(text, floor, then.start(), entities)  # "a estimé Eric Ciotti, avant de déclarer"
        return Attribution(verb, same or Mention("pronoun", "", then.start(), then.end()), pos)
    speaks_of = _SPEAKS_OF.search(text, max(floor, pos - _SPEAKS_OF_REACH), pos)
    if speaks_of:
        mention = subject_before(text, floor, speaks_of.start(), entities)
        return Attribution(" ".join(speaks_of.group("verb").split()), mention, pos) if mention else None
    for match in reversed(verb_groups_in(text, floor, pos)):
        if not introduces(text[match.end() : pos], short):
            continue
        verb = " ".join(match.group("verb").split())
        mention = subject_before(text, floor, match.start(), entities)
        return Attribution(verb, mention, pos) if mention else None
    inverted = (
        list(compiled(inverted_group_pattern()).finditer(text, max(floor, pos - 60), pos))
        if "-" in text[max(floor, pos - 60) : pos]
        else []
    )
    if inverted and (INTRO.match(text[inverted[-1].end() : pos]) or INCISE_GAP.match(text, inverted[-1].end(), pos)):
        verb = " ".join(inverted[-1].group("verb").split())
        mention = _pronoun_mention(verb, inverted[-1].start(), inverted[-1].end())
        return Attribution(verb, mention, pos) if mention else None
    return None


#: Verbs that lead a speech verb to what is meant, not said yet: ``doit annoncer``, ``veut rappeler``.
_INTENDED = frozenset("doit doivent devait veut veulent voulait souhaite souhaitent peut peuvent pouvait".split())


def _said_between(text: str, start: int, end: int, entities: list[Entity]) -> bool:
    """True when a speech verb with a named subject stands between ``selon X`` or ``pour X`` and a
    quotation: ``Selon une source, Abdallah Ahmed-Osman a affirmé "..."`` (his words), not ``Selon
    X, producteur et critique pour Diapason, "..."`` (an apposition) nor ``ceux qui défendent ...``; nor
    a verb that does not introduce the quotation (``Selon la chaîne, X écrit lui-même, et à la main, cet
    ouvrage, "ce qui complique ..."``) or only means to (``la ministre doit annoncer jeudi un "plan ..."``);
    nor an unnamed subject (``Selon le parquet, le jeune homme a reconnu "..."``: the parquet's words)."""
    return any(
        verb.group().split()[0].lower() not in _INTENDED
        and introduces(text[verb.end() : end], True)  # closely: not past an object
        and _person(subject_before(text, start, verb.start(), entities))
        for verb in verb_groups_in(text, start, end)
    )


def _person(mention: Mention | None) -> bool:
    return mention is not None and mention.kind == "person"


def _named_subject(text: str, floor: int, end: int, entities: list[Entity]) -> Mention | None:
    """The person named as the subject of the last verb group in ``text[floor:end]``, or None."""
    groups = verb_groups_in(text, floor, end)
    if not groups:
        return None
    last = groups[-1]
    mention = subject_after(text, last.end(), end, entities) or subject_before(text, floor, last.start(), entities)
    return mention if _person(mention) else None


def _opinion_holder(text: str, floor: int, pos: int, entities: list[Entity]) -> Attribution | None:
    """``l'expert Alain Fischer, selon qui "..."``, ``X, pour qui il faut "..."``: the person
    whose opinion the relative clause holding the quotation gives."""
    relatives = list(_WHOSE_OPINION.finditer(text, floor, pos))
    if not relatives or _SENTENCE_GAP.search(SCARE_QUOTE.sub("", text[relatives[-1].end() : pos])):
        return None
    relative = relatives[-1]
    for start in reversed(phrase_starts(text, floor, relative.start(), entities)):
        mention = phrase_at(text, start, relative.start(), entities)
        if mention and text[mention.end : relative.start()].strip():
            continue
        role = mention is not None and mention.kind == "title" and mention.definite and mention.role
        if mention and (mention.kind == "person" or role):
            return Attribution(relative.group("verb").lower() + " qui", mention, pos)
        return None
    return None


@cache
def _infinitives() -> frozenset[str]:
    return frozenset(v.infinitive for v in speech_verbs())
