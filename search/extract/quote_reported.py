"""Reported speech without ``que``: an infinitive clause or the object of a speech act.

- ``X a indiqué envisager un référendum``, ``X a nié avoir enfilé un gilet jaune``,
  ``X a dit à l'AFP être opposé à ...``, ``X lui reproche d'avoir travaillé ...``;
- a speech act and its content (see the annotation guide): ``X a annoncé le
  déploiement de 7.400 policiers``, ``X a catégoriquement rejeté les accusations``,
  ``X réclame un audit``, ``X a appelé au calme``, ``X a fait part de son inquiétude``;
- after a quotation, the same speaker goes on in a relative or participle clause:
  ``"...", confie Adel, qui explique avoir envisagé de ...``,
  ``..., a indiqué Sylvain Darchy, précisant que l'enquête ...``.

Complements may sit between the verb and what it reports: ``à l'AFP``, ``sur
son compte Twitter``, ``lundi``, ``dans un communiqué``, adverbs in ``-ment``.
"""

from __future__ import annotations

import re
from functools import cache

from search.extract.name_data import fold
from search.extract.quote_kinds import looks_infinitive
from search.extract.quote_phrases import Mention
from search.extract.quote_speakers import subject_before
from search.extract.quote_verbs import ADVERBS, present_participles, speech_verbs, verb_group_pattern, verb_groups_in
from search.extract.structure_types import Entity

#: Speech acts whose object is what was said (``a annoncé la mise en place de ...``).
ACTS = frozenset(
    "annoncer dénoncer réclamer demander exiger rejeter démentir nier condamner confirmer reconnaître "
    "reconnaitre saluer remercier promettre proposer évoquer critiquer regretter déplorer fustiger contester "
    "revendiquer plaider appeler accuser exhorter préconiser recommander suggérer reprocher révéler "
    "invoquer justifier clamer".split()
)
#: Speech acts whose content follows ``de``: ``ont fait part de leur volonté de ...``,
#: ``s'est félicitée de la création d'un fonds``, ``se réjouit de voir ...``.
ACTS_OF = frozenset(("faire_part", "faire_état", "féliciter", "réjouir"))
#: Declarative verbs that report with an infinitive (``a nié avoir``); not ``continuer à faire``.
SAYS_INFINITIVE = frozenset(
    "dire affirmer assurer déclarer indiquer expliquer nier reconnaître reconnaitre admettre avouer estimer "
    "juger préciser confier raconter annoncer révéler démentir prétendre jurer promettre confirmer soutenir "
    "répéter déplorer regretter souligner ajouter réclamer demander exiger menacer accuser reprocher appeler "
    "exhorter plaider témoigner marteler clamer proclamer garantir concéder insister faire_savoir "
    "laisser_entendre faire_valoir".split()
) | {"faire savoir", "laisser entendre", "faire valoir"}
_ADVERB = "|".join(re.escape(a) for a in sorted(ADVERBS, key=len, reverse=True))
_DAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui"
_COMPLEMENT = (
    rf"(?:(?:ce\s+|cette\s+)?(?:{_DAYS}|semaine|week-end)(?:\s+(?:matin|soir|midi|dernier|\d{{1,2}}(?:er)?\s+[a-zéû]+))?"
    r"|(?:à|au|aux|sur|dans|devant|auprès\s+de|lors\s+d['’]une?|via|par)\s+(?:(?:le|la|les|l['’]|un|une|des|son|sa|ses"
    r"|leur|leurs)\s*)?[\w'’-]+(?:\s+(?:(?-i:[A-ZÀ-Þ])[\w'’-]*|de\s+[\w'’-]+))?"
    rf"|{_ADVERB}|[a-zà-ÿ]{{3,}}ment)"
)
_GAP = rf"(?:\s*,?\s+(?:{_COMPLEMENT}))*\s*,?\s+"
_INFINITIVE = re.compile(
    rf"{_GAP}(?:(?:de|d['’]|à)\s*)?(?P<inf>(?:ne\s+(?:pas|jamais|plus|rien)\s+(?:[a-zà-ÿ]+ment\s+)?|n['’]\s*)?"
    r"(?:(?:se|s['’]|l['’]|en|y|lui|leur)\s*)?(?P<verb>(?-i:[a-zà-ÿ]{3,})))\b",
    re.IGNORECASE,
)
_OBJECT = re.compile(
    rf"{_GAP}(?P<object>(?:(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces)\b\s*"
    r"|(?:à|au|aux|pour)\s+)(?P<word>[\w'’-]+))",
    re.IGNORECASE,
)
_OF_OBJECT = re.compile(rf"{_GAP}(?:de\s+|d['’]\s*|(?=du\s|des\s))(?P<object>(?P<word>[\w'’-]+))", re.IGNORECASE)
#: The pattern of each speech act's object.
_OBJECT_OF_ACT = {**dict.fromkeys(ACTS, _OBJECT), **dict.fromkeys(ACTS_OF, _OF_OBJECT)}
_SAYS_SELF = re.compile(r"^(?:s['’]|se\s+)(?:est\s+.*\bdite?s?|dit|disent|disait)$", re.IGNORECASE)
_GOES_ON = re.compile(r"\s*,\s*(?:(?P<who>qui)\s+|en\s+)?")
#: Clause words: a reported clause ends its sentence or runs on at least this many words.
MIN_WORDS = 4


@cache
def _infinitives() -> dict[str, str]:
    """Every form of a declarative speech verb -> its infinitive."""
    table = {}
    for verb in speech_verbs():
        if verb.declarative:
            for form in (*verb.participles, *verb.finite):
                table.setdefault(fold(form.split()[-1]), verb.infinitive)
    return table


def _words(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " ,;:.!?…\n":
        start += 1
    while end > start and text[end - 1] in " ,;:.!?…\n":
        end -= 1
    return (start, end) if len(text[start:end].split()) >= MIN_WORDS else None


def _act_of(group: re.Match[str]) -> str:
    return _infinitives().get(fold(group.group("verb").split()[-1]), "")


def reported(text: str, pos: int, end: int, act: str, announcing: bool = False) -> tuple[int, int] | None:
    """The words a verb group ending at ``pos`` reports: an infinitive clause, or the
    object of a speech act; ``act`` is the verb's infinitive. ``announcing``: the words
    announce a quotation after a colon, so ``fait part de sa tristesse : "..."`` is no
    statement of its own (the quotation is its content)."""
    infinitive = _INFINITIVE.match(text, pos, end) if act in SAYS_INFINITIVE else None
    if infinitive and looks_infinitive(fold(infinitive.group("verb"))):
        return _words(text, infinitive.start("inf"), end)
    pattern = None if announcing and act in ACTS_OF else _OBJECT_OF_ACT.get(act)
    if pattern:
        found = pattern.match(text, pos, end)
        if found and found.group("word").lower() not in ("que", "qu"):
            return _words(text, found.start("object"), end)
    return None


def infinitive_or_object(
    text: str, start: int, end: int, entities: list[Entity], announcing: bool = False
) -> tuple[int, int, str, Mention] | None:
    """``X a indiqué envisager ...`` / ``X a annoncé le déploiement ...`` in ``text[start:end]``
    (``announcing``: before a colon and a quotation, see ``reported``)."""
    for group in verb_groups_in(text, start, end, declarative_only=True):
        if re.search(r"\b(?:se|s['’])\s*$", text[max(start, group.start() - 4) : group.start()]):
            continue  # "Il se murmurait que": impersonal
        says = _SAYS_SELF.search(group.group("verb"))  # "s'est de nouveau dite favorable à un référendum"
        words = _words(text, group.end(), end) if says else reported(text, group.end(), end, _act_of(group), announcing)
        if not words:
            continue
        if text[words[0]].isupper() and text[start : group.start()].rstrip().endswith(","):
            continue  # "..., révèle Le Dauphiné Libéré": the medium after an incise's verb speaks
        mention = subject_before(text, start, group.start(), entities)
        if mention:
            return words[0], words[1], " ".join(group.group("verb").split()), mention
    return None


def goes_on(text: str, pos: int, end: int) -> tuple[int, int, str] | None:
    """After an attribution ending at ``pos``: ``, qui explique avoir ...``, ``, précisant que ...``."""
    lead = _GOES_ON.match(text, pos, end)
    if not lead:
        return None
    if lead.group("who"):
        group = _group_pattern().match(text, lead.end(), end)
        if not group:
            return None
        verb, verb_end, act = " ".join(group.group("verb").split()), group.end(), _act_of(group)
    else:
        word = re.match(r"[\w-]+", text[lead.end() : end])
        if not word or word.group().lower() not in present_participles():
            return None
        verb, verb_end = word.group(), lead.end() + word.end()
        act = _infinitives().get(fold(verb[:-3] + "ait"), "")  # "précisant" -> "précisait" -> "préciser"
    that = re.match(r"\s+(?:que\b|qu['’])\s*", text[verb_end:end])
    words = _words(text, verb_end + that.end(), end) if that else reported(text, verb_end, end, act)
    return (words[0], words[1], verb) if words else None


@cache
def _group_pattern() -> re.Pattern[str]:
    return re.compile(verb_group_pattern(True), re.IGNORECASE)
