"""Attributions: the speech verb and speaker phrase next to a quotation or a clause.

Three places are read, all within one sentence:

- after a quotation: ``", a déclaré X``, ``", a-t-il dit``, ``", selon X``,
  ``", explique à l'AFP X"``;
- before it: ``X a affirmé : "``, ``X a déclaré que "``, ``Selon X, "``,
  ``Et d'ajouter : "`` (``quote_before``, with the subjects read here);
- around a clause without quotation marks (indirect speech): ``X estime que ...``,
  ``..., a indiqué X``, ``selon X, ...``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.extract.dates import DAY_RE, MONTH_RE, WEEKDAY_RE
from search.extract.name_data import fold, folded_words, person_nouns
from search.extract.quote_context import bare_name, bare_name_after_medium
from search.extract.quote_marks import SCARE_QUOTE
from search.extract.quote_organisations import is_organisation
from search.extract.quote_phrases import (
    ARTICLE_THEN_HONORIFIC,
    CONCERNED,
    GENITIVES,
    PREPOSITIONS,
    Mention,
    bare_role_apposition,
    phrase_at,
    phrase_starts,
    word_before,
)
from search.extract.quote_role_names import MEDIUM_NOUNS, person_after_role
from search.extract.quote_run_on import role_alone
from search.extract.quote_subjects import is_complement
from search.extract.quote_verbs import (
    ADVERBS,
    compiled,
    inverted_group_pattern,
    inverted_pronoun,
    verb_group_pattern,
)
from search.extract.structure_types import Entity

#: How far after a verb its inverted subject may start (``a déclaré jeudi soir à l'AFP X``).
MAX_SUBJECT_GAP = 80
SELON = re.compile(r"(?P<verb>selon|d['’]après)\s+", re.IGNORECASE)
_SELON_PRONOUN = re.compile(r"(?P<head>lui|elle|eux|elles)(?![\w'’-])", re.IGNORECASE)
#: Whose words ``selon`` gives through them: ``selon les propos du ministre X``, ``selon les termes de X``.
#: (``du``, ``des``: read as ``le``, ``les``, same length, so that the phrase keeps its article).
_WORDS_OF = re.compile(
    r"(?:les|des|ses|leurs)\s+(?:propos|déclarations|termes|mots|paroles|confidences|explications)\s+"
    r"(?:(?P<contracted>du|des)(?=\s)|de\s+(?=la\s|l['’])|de\s+|d['’]\s*)",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"\s*[,!?]?\s*(?:(?:lui|leur|nous|vous)\s+|l['’](?=(?:a|avait|aurait)\s))?"  # "lui affirme-t-il", "l'avait invectivé"
)
_HEADLINE = re.compile(r"\s*(?P<name>[^:«»\"]{3,60}?)\s*:\s*")
#: Words allowed between a partial quotation and its attribution (``"..." à ceux qui restent,
#: a affirmé X``): no sentence punctuation, no finite verb of a new clause.
MAX_PARTIAL_GAP = 90
_PARTIAL_STOP = re.compile(r"[.;:«»\"“”!?]|\b(?:est|sont|était|ont|avait|et)\b", re.IGNORECASE)
_MEDIUM_NOUNS = frozenset(fold(noun) for noun in MEDIUM_NOUNS)
_OBJECT_DETERMINERS = frozenset(
    "l le la les un une son sa ses leur leurs ce cette ces".split()
)  # not "des": also "de les"
_SENTENCE_GAP = re.compile(r"[.;:«»\"“”!?]")
_GAP_STOP = re.compile(r"[.;:«»\"“”!?]|\b(?:qui|que|qu['’]|où|dont|est|sont|était|a|ont|avait|et)\b", re.IGNORECASE)
_CLITICS = r"ne|n['’]|lui|leur|nous|vous|me|m['’]|te|t['’]|y|en|l['’]|le|la|les|se|s['’]"
_GLUE = re.compile(
    rf"^\s*,?\s*(?:(?:{_CLITICS}|{'|'.join(re.escape(a) for a in ADVERBS)}|\w+ment)\s*(?:,\s*)?)*$", re.IGNORECASE
)
#: A short parenthesis after a name: ``(LR)``, ``(LREM, Grenoble)``.
_PARENTHESIS = r"\([^()«»]{1,40}\)"
#: What someone said, then its author: ``des propos de Jean Rottner, qui a appelé ...`` is his
#: relative clause (``l'avocat de X, qui`` is the lawyer's).
_UTTERANCE_OF = re.compile(
    r"\b(?:propos|déclarations?|discours|paroles|annonces?|accusations|critiques|tweets?|messages?|appels?)"
    r"\s+(?:de\s+|d['’]\s*|du\s+|des\s+)[^,;:.«»]{0,60}$",
    re.IGNORECASE,
)
#: The words of one apposition, maybe with a short quotation ("X, co-fondateur des «Gilets jaunes citoyens», a
#: annoncé") or a closed parenthesis; not a predicate that opens on a finite verb, maybe reflexive or negated
#: ("X, créateur de Y, est décédé à Paris, a annoncé son attaché de presse", "X, ..., s'est installé ...").
_APPOSITION_WORDS = (
    r"(?!\s*(?:(?:s['’]|n['’])\s*|(?:se|ne)\s+)?(?:est|sont|était|a|ont|avait|sera|serait)\s)"
    r"(?:[^,.;:«»()]|«[^«»]{1,60}»|\([^()«»]{1,80}\)){1,120}"
)
#: A relative clause after a name, a parenthesis or an apposition or two: "X (LR), qui a", "X, ancien
#: ministre, qui a".
_RELATIVE = re.compile(
    rf"\s*(?:{_PARENTHESIS}\s*)?(?:,{_APPOSITION_WORDS}){{0,2}},?\s*qui\s+(?:(?:a|avait|aurait)\s+)?"
)
#: A cleft sentence's focus: "c'est Frigide Barjot, ancienne meneuse de «La Manif pour tous», qui a avoué".
_CLEFT = re.compile(r"\b[Cc]['’]est\s+$")
#: "X, 45 ans, père de deux enfants, a dit", "X (LR) assure", "X (LR), qui a dit", "X --bras droit de Y-- a fustigé",
#: a relative clause between commas or single dashes ("X, qui souhaite ..., raillait", "X -qui souhaite ...-, raillait")
_APPOSITION = re.compile(
    r"^\s*,\s*qui\s[^,;:.!?«»\"“”]{1,200},\s*$|^\s+-(?=\w)[^,;:.!?«»\"“”]{1,200}(?<=\w)-\s*,?\s*$"
    rf"|^\s*(?:{_PARENTHESIS}\s*)?(?:,{_APPOSITION_WORDS}){{1,3}},|^\s*(?:{_PARENTHESIS}\s*)?,?\s*qui\b"
    rf"|^\s*{_PARENTHESIS}"
    r"|^\s*(?:--|—|–)[^-—–«»]{1,200}(?:--|—|–)"
)
_ADVERBS_AFTER = re.compile(
    rf"(?:\s+(?:{'|'.join(re.escape(a) for a in ADVERBS if ' ' not in a and a not in ('elle', 'lui'))}|[a-zà-ÿ]{{3,}}ment))*"
)
#: A time ago, never a subject though it opens with ``il``: ``il y a quelques semaines``.
_AGO = re.compile(
    r"\s*il\s+y\s+a\s+(?:[\w-]+\s+){0,2}(?:jours?|semaines?|mois|ans|années?|heures?|minutes?)\b", re.IGNORECASE
)
#: A day or a time after the verb, never an object though it opens with ``ce`` or ``le``: ``, a affirmé ce
#: mercredi 5 février Eric Ciotti``, ``, a promis le 28 mars le Premier ministre``, ``, a averti ce matin X``,
#: ``, a dit jeudi soir le linguiste X`` (not ``ce mardi Midi Libre``); nor is ``peu avant`` or ``par exemple``
#: a complement.
_WHEN = re.compile(
    rf"\s*(?:(?:ce|le)\s+)?(?:(?:{WEEKDAY_RE}|hier|aujourd['’]hui)(?-i:\s+(?:matin|midi|après-midi|soir))?"
    rf"(?:\s+{DAY_RE}\s+(?:{MONTH_RE}))?"
    rf"|{DAY_RE}\s+(?:{MONTH_RE}))(?:\s+(?:19|20)\d\d)?(?![\w-])"
    r"|\s*(?:ce|cet|cette)\s+(?:matin|midi|après-midi|soir|nuit|week-end|semaine|mois|année)(?:-là)?(?![\w-])"
    r"|\s*peu\s+(?:avant|après)(?![\w-])|\s*par\s+exemple(?![\w-])",
    re.IGNORECASE,
)
#: A past infinitive right after the verb (``, a annoncé avoir quitté le mouvement``): what follows
#: is its object, never an inverted subject (as after ``, préfère positiver Falone``).
_PAST_INFINITIVE_NEXT = re.compile(r"\s*(?:ne\s+pas\s+|n['’]\s*)?(?:avoir|être)(?![\w'’-])")
#: ``", dit celle qui a trouvé un travail"``: the one just named, as ``elle`` would be.
_THE_ONE_WHO = re.compile(r"\s*(?P<head>celui|celle)\s+(?:qui|dont)\b")


@dataclass(frozen=True)
class Attribution:
    """A speech verb group and the phrase naming who spoke; ``end``: where the attribution ends."""

    verb: str
    mention: Mention
    end: int


#: A passive with the impersonal ``il``: ``"...", est-il précisé dans le communiqué``.
_IMPERSONAL = re.compile(r"(?:est|était|serait|sera|fut)\s*-\s*(?:t\s*-\s*)?il\b", re.IGNORECASE)


def _pronoun_mention(verb: str, start: int, end: int) -> Mention | None:
    pronoun = inverted_pronoun(verb)
    if pronoun not in ("il", "elle") or _IMPERSONAL.match(verb):
        return None  # "a-t-on dit", "ont-ils dit", "est-il précisé": nobody in particular
    return Mention("pronoun", pronoun, start, end, "f" if pronoun == "elle" else "m")


def _has_object(text: str, start: int, end: int) -> bool:
    """True when a noun phrase that is not a complement sits between a verb and a phrase:
    ``critique sévèrement l'action du ministre X`` (X is not the subject), while
    ``a indiqué à l'AFP le porte-parole`` skips the complement ``à l'AFP``."""
    words = [fold(w).rstrip("'’") for w in re.findall(r"[\w'’]+", text[start:end])]
    words = [w for word in words for w in re.split(r"['’]", word) if w][:-1]  # a last one opens the phrase
    return any(
        word in _OBJECT_DETERMINERS
        and (i == 0 or words[i - 1] not in PREPOSITIONS)
        and not (i > 0 and words[i - 1] in _MEDIUM_NOUNS)  # "au journal Le Monde X": its name
        and words[i + 1 : i + 3] not in (["un", "de"], ["une", "de"], ["un", "des"], ["une", "des"], ["un", "d"])
        and words[i : i + 2] not in (["un", "de"], ["une", "de"], ["un", "des"], ["une", "des"], ["un", "d"])
        for i, word in enumerate(words)
    )  # "l'un de ses avocats, Me X" names the speaker


def subject_after(text: str, start: int, limit: int, entities: list[Entity]) -> Mention | None:
    """The first speaker phrase after a verb group, skipping adverbials (``jeudi``, ``ce mercredi
    5 février``, ``à l'AFP``)."""
    # ", a espéré il y a quelques semaines Anthony Fauci", ", a affirmé ce mercredi Eric Ciotti"
    when = _AGO.match(text, start, limit) or _WHEN.match(text, start, limit)
    start = when.end() if when else start
    adverbs = _ADVERBS_AFTER.match(text, start, limit)  # ", confie encore Adel, qui ..."
    if _PAST_INFINITIVE_NEXT.match(text, adverbs.end(), limit):
        return None
    one = _THE_ONE_WHO.match(text, adverbs.end(), limit)
    if one:
        pronoun, gender = ("il", "m") if one.group("head") == "celui" else ("elle", "f")
        return Mention("pronoun", pronoun, one.start("head"), one.end("head"), gender)
    named = bare_name(text, adverbs.end(), limit) or bare_name_after_medium(text, adverbs.end(), limit)
    # ", confie Sophie, 42 ans", ", raconte Karim, un habitant", ", a expliqué à l'AFP Dior, étudiante"
    if named:
        mention = phrase_at(text, named[1], limit, entities)
        return mention if mention and mention.kind != "pronoun" else Mention("person", *named)
    starts = phrase_starts(text, start, min(limit, start + MAX_SUBJECT_GAP), entities)
    named_role = person_after_role(text, adverbs.end(), starts, limit, entities)
    if named_role:
        return named_role
    for pos in starts:
        gap = SCARE_QUOTE.sub("", text[start:pos])  # 'a déclaré "très émue" à l'AFP X'
        if _GAP_STOP.search(gap) or _has_object(text, start, pos):
            return None
        if word_before(text, pos, start) in PREPOSITIONS:
            shifted = _after_complement(entities, pos)
            mention = phrase_at(text, shifted.start, limit, [shifted]) if shifted else None
            if mention and mention.kind == "person":
                return mention
            continue
        mention = phrase_at(text, pos, limit, entities)
        if mention and mention.kind == "pronoun" and mention.name in ("il", "elle"):
            return None  # "explique, elle, avoir choisi d'emblée Emmanuel Macron": she speaks
        if mention:
            return mention
    return None


def _after_complement(entities: list[Entity], pos: int) -> Entity | None:
    """``à Reuters Abou Mohammed``, ``à franceinfo Milou-Daniel Drici``, ``en ligne Sophie Vaux``
    read as one entity: the name after the complement's word; not a medium of two words or more
    (``à France Bleu Loire-Atlantique``), nor what a place is named after (``au stade Pierre
    Mauroy``)."""
    for entity in entities:
        words = entity.text.split()
        if entity.start != pos or len(words) < 3 or not all(w[:1].isupper() for w in words[1:]):
            continue
        if fold(words[0]) in folded_words("names_not_given.txt"):
            return None  # "au stade Pierre Mauroy": a place named after someone
        if is_organisation(" ".join(words[:2]), "") and not is_organisation(words[0], ""):
            return None
        offset = len(words[0]) + entity.text[len(words[0]) :].index(words[1])
        return Entity(entity.text[offset:], "PER", entity.start + offset, entity.end)
    return None


#: A relative clause up to a name, its object: ``Renaud Muselier, qui soutient Bruno Gilles, ...,
#: juge que`` (Bruno Gilles, the rival, is not who judges).
_RELATIVE_OBJECT = re.compile(r",\s*qui\s+(?:[^\s,;:«»]+\s+){1,6}$")


def _name_in_role(pos: int, entities: list[Entity]) -> bool:
    """True when a person's full name starts at ``pos``, inside a role phrase that runs on over it
    (``Le ministre des Affaires étrangères palestinien Riyad al-Malki``), not the role's own words
    (``le Premier Ministre``)."""
    return any(
        e.start == pos and e.label == "PER" and " " in e.text and fold(e.text.split()[0]) not in person_nouns()
        for e in entities
    )


def subject_before(text: str, floor: int, verb_start: int, entities: list[Entity]) -> Mention | None:
    """The speaker phrase that is the subject of a verb group starting at ``verb_start``."""
    mentions, relatives = [], []  # relatives: names after a preposition whose relative clause speaks
    role_end = floor  # where the last unnamed role phrase ends
    for pos in phrase_starts(text, floor, verb_start, entities):
        if text.count("--", floor, pos) % 2:
            continue  # inside a dashed apposition: "X --bras droit de l'élue Y-- a fustigé"
        if pos < role_end and not _name_in_role(pos, entities):
            continue  # a word of the role: "Le Président", "le député LR" (not "... palestinien Riyad al-Malki")
        mention = phrase_at(text, pos, verb_start, entities)
        if mention and mention.kind == "title":
            role_end = mention.end
        before = word_before(text, pos, floor)
        if before in PREPOSITIONS or is_complement(text, floor, pos):
            named = mention and (mention.kind == "person" or mention.name in CONCERNED)  # "par l'intéressé, qui"
            relative = named and _RELATIVE.fullmatch(text, mention.end, verb_start)
            of_utterance = before in GENITIVES and _UTTERANCE_OF.search(text, max(floor, pos - 90), pos)
            if relative and (before not in GENITIVES or of_utterance) and not text[:pos].rstrip().endswith("("):
                mentions.append(mention)  # "Il a parlé à Julien Dray, qui a déclaré : ..." (not "l'avocat de X, qui")
                relatives.append(mention)
            continue
        if mention and mention.end <= verb_start and not _RELATIVE_OBJECT.search(text, floor, pos):
            mentions.append(mention)
    subjects = []
    for mention in mentions:
        gap = text[mention.end : verb_start]
        apposition = _APPOSITION.match(gap)
        if mention in relatives or _GLUE.match(gap[apposition.end() :] if apposition else gap):
            subjects.append(mention)  # relatives were read up to the verb: "à X, ancien ministre, qui a déclaré"
        elif (
            mention.kind == "person"
            and _CLEFT.search(text, max(floor, mention.start - 8), mention.start)
            and _RELATIVE.fullmatch(gap)
        ):
            subjects.append(mention)  # "c'est Frigide Barjot, ancienne meneuse de ..., qui a avoué"
        elif mention.kind == "person" and bare_role_apposition(gap):
            subjects.append(mention)
    if not subjects:
        return None
    last = subjects[-1]
    for mention in subjects[:-1]:  # "Sébastien Jumel, porte-parole des députés PCF, a dénoncé": not the PCF
        inside = text[mention.end : last.start].lstrip().startswith(",")
        if mention.kind == "person" and last.kind in ("organisation", "title") and inside:
            return mention
    return last


def _verb_at(text: str, pos: int, limit: int, declarative_only: bool = False) -> tuple[re.Match[str] | None, bool]:
    """A verb group starting at ``pos``, and whether it is inverted (``a-t-il dit``)."""
    inverted = compiled(inverted_group_pattern()).match(text, pos, limit)
    if inverted:
        return inverted, True
    return compiled(verb_group_pattern(declarative_only)).match(text, pos, limit), False


def attribution_after(
    text: str, pos: int, limit: int, entities: list[Entity], partial: bool = False
) -> Attribution | None:
    """The attribution that follows a quotation closing at ``pos`` (``", a déclaré X``).

    With ``partial`` (a quotation long enough not to be a scare quote), a few words
    may separate them: ``"..." à un niveau plus local, a souligné M. Guyot``."""
    found = _attribution_right_after(text, pos, limit, entities)
    if found or not partial:
        return found
    for comma in (m.start() for m in re.finditer(",", text[pos : min(limit, pos + MAX_PARTIAL_GAP)])):
        if comma > 0 and _PARTIAL_STOP.search(text, pos, pos + comma):
            return None
        found = _attribution_right_after(text, pos + comma, limit, entities) if comma > 0 else None
        if found:
            return found
    return None


def attribution_headline(text: str, floor: int, pos: int, entities: list[Entity]) -> Attribution | None:
    """``Marine Le Pen : "..."`` in a headline: a person's name, a colon, the quotation."""
    match = _HEADLINE.fullmatch(text, floor, pos)
    if not match:
        return None
    mention = phrase_at(text, match.start("name"), match.end("name"), entities)
    if mention and mention.kind == "person" and mention.end == match.end("name"):
        return Attribution(":", mention, pos)
    return None


def attributed_after(text: str, pos: int, limit: int) -> bool:
    """True when a speech verb or ``selon`` follows a quotation closing at ``pos``, whether
    or not its speaker could be told: such a quotation never borrows a neighbour's speaker."""
    at = _past_lead(text, pos, limit)
    return bool(SELON.match(text, at, limit) or _verb_at(text, at, limit)[0])


def inverted_verb_after(text: str, pos: int, limit: int) -> str:
    """The inverted verb group right after a quotation closing at ``pos`` (``, jugent-ils``,
    ``, lui affirme-t-il``), spaces normalised; "" when none follows."""
    match, inverted = _verb_at(text, _past_lead(text, pos, limit), limit)
    return " ".join(match.group("verb").split()) if match and inverted else ""


def _past_lead(text: str, pos: int, limit: int) -> int:
    """``pos`` moved past the comma and clitic between a quotation and its verb."""
    lead = _LEAD.match(text, pos, limit)
    return lead.end() if lead else pos


def _attribution_right_after(text: str, pos: int, limit: int, entities: list[Entity]) -> Attribution | None:
    at = _past_lead(text, pos, limit)
    selon = SELON.match(text, at, limit)
    if selon:
        mention = selon_subject(text, selon.end(), limit, entities)
        return Attribution(selon.group("verb").lower(), mention, mention.end) if mention else None
    match, inverted = _verb_at(text, at, limit)
    if not match:
        return None
    verb = " ".join(match.group("verb").split())
    if inverted:
        mention = _pronoun_mention(verb, match.start(), match.end())
        return Attribution(verb, mention, match.end()) if mention else None
    mention = subject_after(text, match.end(), limit, entities)
    return Attribution(verb, mention, mention.end) if mention else None


def selon_subject(text: str, pos: int, limit: int, entities: list[Entity]) -> Mention | None:
    """Who ``selon`` / ``d'après`` names when the phrase starts at ``pos``."""
    pronoun = _SELON_PRONOUN.match(text, pos, limit)
    if pronoun:
        word = pronoun.group("head").lower()
        if word in ("lui", "elle"):
            return Mention(
                "pronoun", "il" if word == "lui" else "elle", pos, pronoun.end(), "m" if word == "lui" else "f"
            )
        return None
    words_of = _WORDS_OF.match(text, pos, limit)
    if words_of and words_of.group("contracted"):
        pos, contracted = words_of.start("contracted"), words_of.group("contracted")
        text = text[:pos] + ("le" if contracted.lower() == "du" else "les") + text[pos + len(contracted) :]
    elif words_of:
        pos = words_of.end()
    article = ARTICLE_THEN_HONORIFIC.match(text, pos, limit)  # "selon le Pr Salomon"
    mention = phrase_at(text, article.end() if article else pos, limit, entities)
    mention = role_alone(text, mention, entities) if mention else None  # "Pour le chef de l'État, X "...""
    return mention if mention and mention.kind != "pronoun" else None
