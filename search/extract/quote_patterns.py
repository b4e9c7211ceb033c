"""More places where a quotation's speaker is written, read within its sentence.

- a name announced before a colon: ``Tout comme le Premier ministre, Edouard
  Philippe : "...", a-t-il écrit`` (the name wins over the pronoun after it);
- ``comme`` (or ``ainsi que``) with a speech verb: ``comme l'explique l'animatrice, "..."``,
  ``"...", comme l'indique la chaîne C8``, ``"...", ainsi que le qualifie Le Lab``;
- a name in parentheses right after the quotation (captions):
  ``« J'ai dit qu'un blessé ... » (Castaner)``;
- a participle coordinated with the sentence's speech verb: ``X avait dénoncé
  "..." et appelé à "faire amende honorable"``;
- an incise: ``Mais, souligne M. Fouché, ce service "..."``, or inside the quotation
  marks: ``"C'était difficilement contestable, a-t-il encore expliqué. Moralement, ..."``;
- the attribution closing the sentence, far after the quotation:
  ``La famille qui "se présentait régulièrement" ... , a raconté le major X.``;
- in a headline, the subject of the speech verb after the quotation:
  ``"Je ne démissionnerai pas" : Ségolène Royal répond à ses détracteurs``;
- the next sentence: ``... serait "la pire des solutions" pour X. C'est ce qu'il a déclaré``,
  ``"..." Tels sont les propos d'Alexandre Benalla``.
"""

from __future__ import annotations

import re
from functools import cache

from search.extract.name_data import fold, organisation_words
from search.extract.place_gazetteer import load_gazetteer
from search.extract.quote_phrases import NAME_WORD, Mention, phrase_at, phrase_starts
from search.extract.quote_speakers import Attribution, _verb_at, attribution_after, subject_after, subject_before
from search.extract.quote_verbs import mentions_speech, speech_verbs, verb_groups_in
from search.extract.structure_types import Entity

#: What may come before a name announced before a colon in its sentence: nothing, a
#: connector (``Tout comme``, ``Même son de cloche chez``) or adverbial clauses.
_ANNOUNCE_LEAD = re.compile(
    r"\s*(?:[-–•*►]\s*)?(?:(?:et|mais|puis|enfin|ainsi|alors|tout\s+comme|comme|ainsi\s+que|de\s+même\s+que|quant\s+à"
    r"|même\s+son\s+de\s+cloche\s+(?:chez|pour|du\s+côté\s+de)|côté|chez)\s+)?"
    r"(?:[^,;:«»]{1,80},\s*){0,2}",
    re.IGNORECASE,
)
#: Between the name and the colon: a party, an apposition, a medium (``Éric Ciotti (LR) :``,
#: ``Jean Dupont, député de l'Ain :``, ``X sur Twitter :``).
_COLON_END = re.compile(
    r"(?:\s*\([^()«»]{1,40}\))?(?:\s*,\s*[a-zà-ÿ][^,:.;«»()]{1,60}?)?"
    r"(?:\s+(?:sur|dans|à|au|via|devant)\s+[^,:.;«»()]{1,40}?)?\s*:\s*"
)
_COMME = re.compile(r"\b(?:comme|ainsi\s+que)\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?", re.IGNORECASE)
_COMME_AFTER = re.compile(r"\s*,?\s*(?:comme|ainsi\s+que)\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?", re.IGNORECASE)
#: Between the speaker and the quotation: a comma or colon, perhaps after a relative clause or an
#: apposition (``comme le rappelle le linguiste Bernard Cerquiglini qui a participé à ..., "..."``),
#: not a clause of the writer's (``comme le souligne X, le gouvernement est "prêt à agir"``).
_COMME_END = re.compile(r"(?:,\s*|\s+qui\s)[^.;:!?«»\"“”]{1,160}?\s*[,:]\s*|\s*[,:]?\s*")
#: ``Comme il l'a déclaré sur RTL le 9 juillet, "..."``: ``comme``, the speaker, ``l'``, the verb,
#: a few complements, a comma or a colon.
_COMME_THEN_SUBJECT = re.compile(r"\b[Cc]omme\s+(?![lL]['’]|le\s|la\s|les\s)")
_ELIDED_OBJECT = re.compile(r"\s+l['’]\s*")
_COMME_TAIL = re.compile(r"[^.;:!?«»\"“”]{0,60}?\s*[,:]\s*")
_PARENTHESIS = re.compile(rf"\s*\((?P<name>{NAME_WORD}(?:[\s-]+{NAME_WORD}){{0,3}})\)")


def announced_before_colon(text: str, floor: int, pos: int, entities: list[Entity]) -> Mention | None:
    """The person named right before ``: "`` when nothing but a connector or
    adverbials precedes the name in its sentence (``Edouard Philippe : "...``)."""
    for start in phrase_starts(text, floor, pos, entities):
        lead = _ANNOUNCE_LEAD.match(text, floor, start)
        if not lead or lead.end() != start:
            continue
        mention = phrase_at(text, start, pos, entities)
        if mention and mention.kind == "person" and _COLON_END.fullmatch(text, mention.end, pos):
            return mention
    return None


def comme_subject(text: str, at: int, limit: int, entities: list[Entity]) -> Attribution | None:
    """``explique X`` / ``l'a rappelé mardi la ministre`` starting at ``at``."""
    match, inverted = _verb_at(text, at, limit)
    if not match or inverted:
        return None
    mention = subject_after(text, match.end(), limit, entities)
    if mention is None:
        return None
    return Attribution(" ".join(match.group("verb").split()), mention, mention.end)


def comme_before(text: str, floor: int, pos: int, entities: list[Entity]) -> Attribution | None:
    """``comme l'explique l'animatrice, "..."``: the last ``comme`` + speech verb + speaker
    of the words before the quotation, with nothing but a comma or colon after it; or ``comme``
    + speaker + ``l'`` + speech verb (``Comme il l'a déclaré sur RTL le 9 juillet, "..."``)."""
    for match in reversed(list(_COMME.finditer(text, floor, pos))):
        found = comme_subject(text, match.end(), pos, entities)
        if found and _COMME_END.fullmatch(text, found.mention.end, pos):
            return Attribution(found.verb, found.mention, pos)
    for match in reversed(list(_COMME_THEN_SUBJECT.finditer(text, floor, pos))):
        mention = phrase_at(text, match.end(), pos, entities)
        elided = _ELIDED_OBJECT.match(text, mention.end, pos) if mention else None
        verb, inverted = _verb_at(text, elided.end(), pos) if elided else (None, True)
        if verb and not inverted and _COMME_TAIL.fullmatch(text, verb.end(), pos):
            return Attribution(" ".join(verb.group("verb").split()), mention, pos)
    return None


def comme_after(text: str, pos: int, limit: int, entities: list[Entity]) -> Attribution | None:
    """``"...", comme l'indique la chaîne C8``: right after a quotation closing at ``pos``."""
    match = _COMME_AFTER.match(text, pos, limit)
    return comme_subject(text, match.end(), limit, entities) if match else None


def parenthesized(text: str, pos: int, limit: int, entities: list[Entity]) -> Attribution | None:
    """``« ... » (Castaner)``: a name in parentheses right after the quotation."""
    match = _PARENTHESIS.match(text, pos, limit)
    if not match:
        return None
    name = match.group("name")
    words = name.split()
    if name.isupper() or any(fold(w) in organisation_words() for w in words) or any(
        e.label in ("LOC", "ORG") and match.start("name") <= e.start and e.end <= match.end("name") for e in entities
    ) or load_gazetteer().lookup(name) is not None:
        return None  # "(Haute-Corse)", "(AFP)"
    mention = phrase_at(text, match.start("name"), match.end("name"), entities)
    if mention is None or mention.kind != "person":
        mention = Mention("person", name, match.start("name"), match.end("name"))
    return Attribution("()", mention, match.end())


_COORDINATED = re.compile(
    r"\b(?:et|puis)\s+(?:(?:a|avait|ont|avaient)\s+)?(?:[a-zà-ÿ]+ment\s+|encore\s+|aussi\s+|également\s+)*(?P<part>[\w-]+)"
    r"\s*(?:à|au|aux|de|d['’]|que|qu['’]|:)?\s*$",
    re.IGNORECASE,
)


@cache
def _participles() -> frozenset[str]:
    return frozenset(p for verb in speech_verbs() if not verb.reflexive for p in verb.participles if " " not in p)


def coordinated_before(
    text: str, sentence_start: int, floor: int, pos: int, entities: list[Entity]
) -> Attribution | None:
    """``X avait dénoncé "..." et appelé à "faire amende honorable"``: a participle
    coordinated with an earlier verb group of the sentence shares its subject."""
    match = _COORDINATED.search(text, floor, pos)
    if not match or match.group("part").lower() not in _participles():
        return None
    groups = verb_groups_in(text, sentence_start, match.start())
    if not groups:
        return None
    mention = subject_before(text, sentence_start, groups[0].start(), entities)
    return Attribution(match.group("part"), mention, pos) if mention else None


_HEADLINE_AFTER = re.compile(r"\s*[:–-]\s*")
_COLON_LEAD = re.compile(r"\s*:\s*")


def headline_speaker_after(
    text: str, pos: int, headline_end: int, entities: list[Entity], colon_only: bool = False, short: bool = False
) -> Attribution | None:
    """``"Je ne démissionnerai pas" : Ségolène Royal répond à ses détracteurs`` (a headline, or
    with ``colon_only`` a sentence opening with a quotation: not an AFP subhead ``- "..." -``);
    a ``short`` quotation needs a speech verb after it (``"Gilets jaunes" : X vole au secours de
    Y`` names a topic)."""
    lead = (_COLON_LEAD if colon_only else _HEADLINE_AFTER).match(text, pos, headline_end)
    if not lead:
        return None
    groups = verb_groups_in(text, lead.end(), min(headline_end, lead.end() + 100))
    if groups:
        mention = subject_before(text, lead.end(), groups[0].start(), entities)
        if mention is None or mention.kind != "person":
            return None
        return Attribution(" ".join(groups[0].group("verb").split()), mention, pos)
    if colon_only or short:
        return None
    # a headline: "Le vin n'est "pas un alcool comme les autres" : Didier Guillaume persiste et signe"
    mention = phrase_at(text, lead.end(), headline_end, entities)
    if mention and mention.kind == "person" and _HEADLINE_VERB.match(text, mention.end, headline_end):
        return Attribution(":", mention, pos)
    return None


#: ``"..." pour Richard Ferrand`` closing a headline: whose opinion the quotation gives.
_HEADLINE_OPINION = re.compile(r"\s*,?\s*pour\s+")


def headline_opinion_after(text: str, pos: int, headline_end: int, entities: list[Entity]) -> Attribution | None:
    """``Emmanuel Macron à Chambord : "ça ne casse pas trois pattes à un canard" pour Richard
    Ferrand``: a person after ``pour`` ends the headline and speaks its quotation (not the
    name before the colon, who is what it is about)."""
    lead = _HEADLINE_OPINION.match(text, pos, headline_end)
    mention = phrase_at(text, lead.end(), headline_end, entities) if lead else None
    if mention and mention.kind == "person" and not text[mention.end : headline_end].strip(" .!?"):
        return Attribution("pour", mention, pos)
    return None


_HEADLINE_VERB = re.compile(r"\s+(?!(?:de|du|des|et|ou|à|au|aux|en|sur|pour|par|le|la|les|un|une)\b)[a-zà-ÿ]")
_HEADLINE_NAME = re.compile(r"\s*(?:[A-ZÀ-Þ]+\s*[-–|]\s*)?")


def headline_speaker(text: str, pos: int, entities: list[Entity]) -> Attribution | None:
    """``Macron : la République, "toujours à protéger", "n'admet aucune aventure séparatiste"``:
    the person whose name and a colon open the headline speaks its quotations."""
    lead = _HEADLINE_NAME.match(text, 0, pos)
    mention = phrase_at(text, lead.end(), pos, entities) if lead else None
    if mention and mention.kind == "person" and re.match(r"\s*:", text[mention.end : pos]):
        return Attribution(":", mention, pos)
    return None


#: How far a sentence-final attribution may stand from the quotation it attributes.
MAX_FINAL_GAP = 250
_FINAL_REST = re.compile(r"[^«»\"“”]{0,60}$")


def sentence_final(text: str, pos: int, end: int, entities: list[Entity]) -> Attribution | None:
    """``La famille qui "se présentait régulièrement" aux secouristes avait signalé ...,
    a raconté le major Laurent Soullier.``: the sentence's closing attribution."""
    for comma in reversed([m.start() for m in re.finditer(",", text[pos : min(end, pos + MAX_FINAL_GAP)])]):
        found = attribution_after(text, pos + comma, end, entities)
        if found and found.mention.kind != "pronoun" and _FINAL_REST.match(text, found.end, end):
            return found
    return None


_INSIDE_COMMA = re.compile(r",\s*")
#: What ends an attribution inside a quotation: a comma or a stop, maybe after a complement
#: (``..., explique Armin au Parisien. Mais ...``) or a medium (``..., a réagi X sur Twitter, où ...``).
_INSIDE_END = re.compile(r"(?:\s+(?:à|au|aux|sur|dans|de|du|des)\s+[^,.;«»]{1,40}?)?\s*[,.;]")
#: How far an attribution inside a quotation may reach after its comma: a role and an apposed
#: name (``, explique le président de l'association des diésélistes de France, Fabrice Godefroy.``).
_INSIDE_REACH = 130


def incise_inside(original: str, start: int, end: int, entities: list[Entity]) -> Attribution | None:
    """``"Juridiquement, c'était difficilement contestable, a-t-il encore expliqué. Moralement,
    ..."``: an attribution set inside the quotation marks, between commas and a stop."""
    for comma in _INSIDE_COMMA.finditer(original, start, end):
        found = attribution_after(original, comma.start(), min(end, comma.end() + _INSIDE_REACH), entities)
        if found and _INSIDE_END.match(original, found.end, min(end, found.end + 50)):
            return found
    return None


_INCISE_SPAN = re.compile(r",\s+[^,.;!?«»\"“”]{3,120}")
#: A name apposed after the incise's role: ``, explique l'historien au CNRS, Jean-Baptiste Fressoz.``
_APPOSED_NAME = re.compile(r",\s+[A-ZÀ-ÖØ-Þ][^,.;!?«»\"“”]{2,60}(?=[,.;!?«»\"“”])")


def incise_spans(original: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans inside quotations that may hold an incise (``, a indiqué à Ouest-France
    Laëtitia Crinon,``): a comma, then a speech verb among the next four words (``, a
    aussi estimé``); the recogniser must read them, as it reads the text outside the
    quotations."""
    spans = []
    for open_, close in pairs:
        for match in _INCISE_SPAN.finditer(original, open_ + 1, close):
            if mentions_speech(" ".join(match.group()[1:].split()[:4])):
                apposed = _APPOSED_NAME.match(original, match.end(), close)
                spans.append((match.start(), apposed.end() if apposed else match.end()))
    return spans


def incise_before(text: str, floor: int, pos: int, entities: list[Entity]) -> Attribution | None:
    """``Mais, souligne M. Fouché, ce service "ne comporte que ..."``: a speech verb and its
    inverted subject set off by commas before the quotation."""
    for match in re.finditer(r"(?:^|,)\s*", text[floor:pos]):
        if not re.search(r"\w", text[floor : floor + match.start()]):
            continue  # '"...", a lancé X, ... "': the attribution of the quotation before, no incise
        at = floor + match.end()
        verb, inverted = _verb_at(text, at, pos)
        if not verb or inverted:
            continue
        mention = subject_after(text, verb.end(), pos, entities)
        if mention and re.fullmatch(r"\s*,[^.;:!?«»]{0,80}", text[mention.end : pos]):
            return Attribution(" ".join(verb.group("verb").split()), mention, pos)
    return None


_SAID_NEXT = re.compile(
    r"\s*C['’]est\s+(?:(?:en\s+tout\s+cas|du\s+moins|en\s+substance|notamment)\s+)?ce\s+qu['’]\s*"
    r"(?:(?P<pronoun>il|elle)\s+)?"
)


#: ``"...". Tels sont les propos d'Alexandre Benalla``, ``Ce sont les propos tenus par l'ex-chef de
#: l'État``: whose words the quotation before was, named by the next sentence.
WORDS_OF_NEXT = re.compile(
    r"\s*(?P<words>(?:Tel(?:le)?s|Ce)\s+sont\s+(?:là\s+)?les\s+(?:propos|mots|paroles|déclarations))"
    r"(?:\s+(?:tenus|prononcés|écrits|utilisés|employés)\s+par\s+|\s+(?:de\s+|d['’]\s*))"
)


def said_next(text: str, after: int, end: int, limit: int, entities: list[Entity]) -> Attribution | None:
    """``"la pire des solutions" pour X. C'est ce qu'il a déclaré ...``: the sentence after the
    quotation's (which ends at ``end``) says who said it; ``il`` is the one person named after
    the quotation (from ``after``) in its sentence, if any. So does ``Tels sont les propos de X``."""
    words_of = WORDS_OF_NEXT.match(text, end, limit)
    if words_of:
        mention = phrase_at(text, words_of.end(), limit, entities)
        words = " ".join(words_of.group("words").split()).lower()
        return Attribution(words, mention, mention.end) if mention else None
    match = _SAID_NEXT.match(text, end, limit)
    if not match:
        return None
    verb, inverted = _verb_at(text, match.end(), limit)
    if not verb or inverted:
        return None
    words = " ".join(verb.group("verb").split())
    if not match.group("pronoun"):
        mention = subject_after(text, verb.end(), limit, entities)
        return Attribution(words, mention, mention.end) if mention else None
    named = [m for p in phrase_starts(text, after, end, entities) if (m := phrase_at(text, p, end, entities))]
    persons = [m for m in named if m.kind == "person"]
    if len(persons) == 1:
        return Attribution(words, persons[0], verb.end())
    pronoun = match.group("pronoun")
    mention = Mention("pronoun", pronoun, match.start("pronoun"), match.end("pronoun"), "f" if pronoun == "elle" else "m")
    return Attribution(words, mention, mention.end)
