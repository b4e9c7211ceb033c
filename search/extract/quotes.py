"""Quotations and reported speech in an article, each with its speaker.

``find_quotes(article, structure, entities)`` reads ``full_text(article)``:

1. pairs quotation marks and masks the quoted words (``quote_marks``); person
   entities are added where a surname the recogniser found in a full name is
   written alone (``quote_names``);
2. attributes each quotation from its sentence (``quote_direct``, with the
   patterns of ``quote_speakers``, ``quote_gaps`` and ``quote_patterns``) and
   finds reported clauses in sentences without one, or going on after one
   (``quote_indirect``, ``quote_reported``);
3. resolves each speaker phrase, in text order: a name, a role with an apposed
   name, a pronoun or a role alone pointing back to a person named before
   (``quote_people``) or to the one named person the corpus knows in that role
   (``quote_holders``), or an organisation; a quotation no verb attributes
   continues the speaker of the previous statement (``quote_continuation``);
   persons coordinated with a speaker of a plural verb speak too, and go on speaking
   the quotations that continue their statement (``quote_signatories``), and a joint
   statement quoted with ``ils`` is spoken by the signatories listed apart (``quote_joint``); a name the
   recogniser took for a person's may be an organisation's (``quote_organisations``);
4. gives every person one canonical name within the article (``names``).

Unattributable quotations are dropped, not guessed; authors never speak. A
quotation of a few words without a verb only qualifies a reported statement: it
is given as indirect (``quote_kinds``), unless the same attribution gives a longer
quotation in its sentence (then it is part of that direct statement).
``entities`` come from ``EntityRecognizer.in_spans(text, entity_spans(text))``
(or from the recogniser run on the whole text): offsets index into the full text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from search.article import Article, Quote
from search.extract.name_data import fold, folded_words, given_names
from search.extract.name_keys import display_name, parse_name
from search.extract.names import canonical_names
from search.extract.place_gazetteer import is_country_name
from search.extract.quote_cleanup import glued_subheads, with_dash_subheads, without_scare_parts
from search.extract.quote_context import clean_person_name, is_person_name, topic_label
from search.extract.quote_continuation import Statement, continued_speaker
from search.extract.quote_demonyms import without_nationality_nouns
from search.extract.quote_direct import Found, direct_quotes
from search.extract.quote_indirect import indirect_quotes, reopened
from search.extract.quote_introductions import introduced_persons, introduces_person
from search.extract.quote_joint import joint_incise, lists_signatories, signatories
from search.extract.quote_kinds import is_scare_quote, names_a_charge, names_a_work
from search.extract.quote_marks import (
    Quoted,
    dash_subhead_ends,
    find_quoted,
    mask_quoted,
    sentence_spans,
    subhead_ends,
    unclosed_openings,
)
from search.extract.quote_missed_names import incise_persons
from search.extract.quote_name_pairs import split_medium
from search.extract.quote_names import completed_given_names, full_names_for, full_names_from_given, surname_entities
from search.extract.quote_organisation_pronoun import continuing_organisation
from search.extract.quote_organisations import is_organisation, organisation_names
from search.extract.quote_patterns import WORDS_OF_NEXT, incise_spans
from search.extract.quote_people import MAX_CHAIN, PRONOUN_SUBJECT, SUBJECT_WINDOW, People
from search.extract.quote_phrases import CONCERNED, Mention, phrase_patterns, role_apposition
from search.extract.quote_self_naming import names_speaker
from search.extract.quote_signatories import co_speakers, is_plural, with_partners_surname
from search.extract.quote_verbs import mentions_speech
from search.extract.structure_types import Entity, Span, Structure, full_text

__all__ = ["article_people", "find_quotes", "entity_spans"]

_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_FIRST_WORD = re.compile(r"\W*(\w+)")
#: A plural article before a name: ``les Rita Mitsouko``, ``les Kennedy`` (a group).
_GROUP_BEFORE = re.compile(r"\b[lL]es\s+$")
#: A definite article before a one-word name: ``la Nordiste`` (a description).
_ARTICLE_BEFORE = re.compile(r"\bl[ea]\s+$")
#: An elided article right before a one-word name: ``l'Ifab`` (a body).
_ELIDED_BEFORE = re.compile(r"\b[lL]['’]\s*$")
#: Words a recogniser may glue to the end of a name: "a indiqué Scotland Yard lundi".
_TIME_WORDS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche hier soir matin".split())
#: A pronoun or a bare role that may stand for a person named a few sentences back.
_POINTS_BACK = re.compile(
    r"(?<![\w'’])(?:il|elle|lui|ce\s+dernier|cette\s+dernière|l['’]intéressée?)(?![\w'’])|-t-(?:il|elle)\b",
    re.IGNORECASE,
)


def entity_spans(text: str, context: int = 1, whole_sentences: bool = False) -> list[Span]:
    """The sentences of ``text`` the recogniser must read for ``find_quotes``: those
    with a quotation or a speech verb (or ``Tels sont les propos de``), the ``context`` sentences before each
    (where the person a pronoun or a role points back to is usually named; as many
    as a pronoun may reach back, ``SUBJECT_WINDOW``, when the sentence has a pronoun
    or a role, and further along sentences whose subject is a pronoun),
    those that give a name a role (``Alex Younger, le patron du MI6``) and those that
    list signatories (``La tribune a été signée par X, Y et Z``); only
    their parts outside quotation marks, and the incises inside them (``"...,
    a indiqué à Ouest-France Laëtitia Crinon, ..."``), unless ``whole_sentences``."""
    quoted = find_quoted(text)
    masked = mask_quoted(text, quoted)
    sentences = sentence_spans(masked, subhead_ends(text, quoted))
    wanted = set()
    roles = phrase_patterns()["title"]
    for index, (start, end) in enumerate(sentences):
        if "«" in masked[start:end] or mentions_speech(masked[start:end]) or WORDS_OF_NEXT.match(masked, start, end):
            points_back = _POINTS_BACK.search(masked, start, end) or roles.search(masked, start, end)
            reach = index - (SUBJECT_WINDOW if context and points_back else context)
            earlier = index - 1
            while points_back and earlier >= max(0, reach) and index - reach < MAX_CHAIN:
                if PRONOUN_SUBJECT.match(masked, sentences[earlier][0], sentences[earlier][1]):
                    reach = earlier - SUBJECT_WINDOW  # "X ... . Elle ... . Elle ... , a-t-elle dit"
                earlier -= 1
            wanted.update(range(max(0, reach), index + 1))
        elif role_apposition(masked, start, end) or lists_signatories(masked, start, end):
            wanted.add(index)
    spans = []
    for index in sorted(wanted):
        parts = [sentences[index]] if whole_sentences else _outside_quotes(text, sentences[index], quoted)
        spans.extend(s for s in parts if _may_name(text, s))
    if not whole_sentences:
        incises = incise_spans(text, [(q.open, q.close) for q in quoted])
        spans = sorted(spans + [s for s in incises if _may_name(text, s)])
    return spans


def _may_name(text: str, span: Span) -> bool:
    """Whether a capital letter in ``span`` may begin a name: any but that of a first word
    listed in ``sentence_openers.txt`` (``Il``, ``Selon``, ``Mais``). A part without one
    names nobody, and the recogniser is spared it (a quarter of what it would read)."""
    start, end = span
    first = _FIRST_WORD.match(text, start, end)
    if first and fold(first.group(1)) in folded_words("sentence_openers.txt"):
        start = first.end()
    return bool(_CAPITAL.search(text, start, end))


def _outside_quotes(text: str, span: Span, quoted: list[Quoted]) -> list[Span]:
    """The parts of a sentence outside its quotations (quoted words name no speaker), each
    without the dash that closes a quoted subhead (``- "..." -Gisèle Aberlen, retraitée``)."""
    start, end = _past_closing_dash(text, span[0], span[1]), span[1]
    parts = []
    for pair in quoted:
        if start <= pair.open < end:
            if pair.open - start > 1:
                parts.append((start, pair.open))
            start = _past_closing_dash(text, pair.close + 1, end)
    if end - start > 1:
        parts.append((start, end))
    return parts


_CLOSING_DASH = re.compile(r"\s*[-–—]\s*")


def _past_closing_dash(text: str, start: int, end: int) -> int:
    """``start`` moved past a dash that follows a closing quotation mark."""
    dash = _CLOSING_DASH.match(text, start, end)
    before = start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return dash.end() if dash and before >= 0 and text[before] in '"»”' else start


def _speaker(found: Found, people: People) -> tuple[str, str] | None:
    """``(name, kind)`` for a quotation's speaker phrase, or None when it names nobody."""
    mention: Mention | None = found.mention
    if mention is None:
        return None
    if mention.kind == "organisation":
        words = mention.name.split()
        while words and fold(words[-1]) in _TIME_WORDS:
            words.pop()  # "Scotland Yard lundi"
        name = " ".join(words)
        return (name, "organisation") if name else None
    if mention.kind == "person":
        mention = with_partners_surname(people.text, mention, people.entities)  # "Déborah et Valentine Veil"
        name = clean_person_name(mention.name)
        if _GROUP_BEFORE.search(people.text, max(0, mention.start - 6), mention.start):
            return None  # "chantaient les Rita Mitsouko": a band, a family, no one person
        if " " not in name and _ARTICLE_BEFORE.search(people.text, max(0, mention.start - 4), mention.start):
            return None  # "la Nordiste répond": a description, not a name
        if _elided(name, people.text, mention):
            return name, "organisation"  # "l'Ifab a indiqué": a body's name, not a person's
        if mention.start < people.headline_end and topic_label(name, people.text):
            return None  # "Coronavirus : "Il faut le port du masque" ..., prévient Bruno Le Maire"
        if is_country_name(name):
            return None  # "a énuméré le directeur général France, Belgique et Luxembourg du groupe"
        return (name, "person") if is_person_name(name) and not people.one_word.common_word(name) else None
    if mention.kind == "title" and not mention.definite:
        return None
    if mention.kind == "title" and mention.demonstrative:
        person = people.last_subject(mention.start, mention.gender)  # "explique ce père de famille"
    elif mention.kind == "title":
        # the people named before the role (its own mention, resolved by People, included), not those named
        # between it and its quotation: "Pour le chef de l'État, Jean-Luc Mélenchon "se comporte ...""
        pos = min(found.start, mention.start + 1)
        person = people.last_with_role(pos, mention.descriptor, mention.gender, strict=not mention.role)
        phrase = fold(people.text[mention.start : mention.end])
        if person is not None and fold(person.name.split()[-1]) in phrase.split():
            return None  # "l'avocate des parents d'Élisa Pilarski" is not Élisa Pilarski
    elif mention.name in ("ce dernier", "cette derniere"):
        person = people.last_named(mention.start, mention.gender)  # the last person named, subject or not
    elif mention.name in CONCERNED:
        person = people.sole_named(mention.start, mention.gender)  # "l'intéressé": the one person named
    else:
        after = found.place == "after"  # '"...", raconte-t-elle': the article's one person may be meant
        person = people.last_person(min(found.start, mention.start), mention.gender, whole_article=after)
    return (person.name, "person") if person else None


def _goes_on(found: Found, resolved: list[tuple[Found, str, str]], text: str) -> bool:
    """True when ``found``'s pronoun goes on with the organisation whose statement ends right
    before it (``continuing_organisation``)."""
    if found.mention is None or not resolved or resolved[-1][2] != "organisation":
        return False
    before = resolved[-1][0]
    if before.mention is None or before.mention.start < before.start:
        return False  # 'Le gouvernement, par la voix de X, a indiqué que ...': its subject, not its incise
    end = max(before.end, before.mention.end)
    return continuing_organisation(text, found.mention, found.start, before.mention, end)


def _elided(name: str, text: str, mention: Mention) -> bool:
    """A one-word name written right after an elided article: ``l'Ifab``, a body's name (not
    ``l'Italien Boeri``)."""
    start = text.find(name, mention.start, mention.end + 1)
    return " " not in name and start >= 0 and bool(_ELIDED_BEFORE.search(text, max(0, start - 3), start))


def _organisation_or_person(name: str, people: People, mention: Mention | None) -> str:
    """An organisation phrase that is in fact a person's surname (``a insisté Ayrault``), or a
    person's name introduced as a person's (``explique Emel Parlar Dal, universitaire turque``)."""
    if mention is not None and _elided(name, people.text, mention):
        return "organisation"
    parts = parse_name(name)
    introduced = mention is not None and introduces_person(people.text, mention.start, mention.end)
    if parts.is_full and introduced and not is_organisation(name, people.text):
        return "person"
    if parts.is_full or not name[:1].isupper():
        return "organisation"
    return "person" if any(parse_name(p).surname == parts.surname for p in people.names()) else "organisation"


class _Reading(NamedTuple):
    """An article's text as the attribution reads it: quotations paired and masked, person
    entities completed, sentences, and the persons it mentions."""

    text: str
    quoted: list[Quoted]
    entities: list[Entity]
    masked: str
    sentences: list[Span]
    people: People


#: An English possessive after a name: a brand (``Mc Donald's``, ``Uncle Ben's``), no one.
_POSSESSIVE_S = re.compile(r"['’]s\b")


def _brand(entity: Entity, text: str) -> Entity:
    """``entity`` relabelled ``ORG`` when it is a person's name read in a brand (``Mc Donald's``)."""
    at = entity.end - 1 if entity.text.endswith(("'", "’")) else entity.end  # the recogniser's "Mc Donald'"
    if entity.label == "PER" and _POSSESSIVE_S.match(text, at):
        return Entity(entity.text, "ORG", entity.start, entity.end)
    return entity


def _read(article: Article, structure: Structure, entities: list[Entity]) -> _Reading:
    text = full_text(article)
    quoted = find_quoted(text)
    # a work's title apposed to its noun is no one ("son troisième album, Amigo")
    entities = [e for e in entities if not (e.label == "PER" and " " not in e.text and names_a_work(text, e.start))]
    entities = without_nationality_nouns([_brand(e, text) for e in entities], text)  # "le Syrien Muhammad"
    entities = completed_given_names(introduced_persons(entities, text), text)
    entities = [part for entity in entities for part in split_medium(entity, text)]  # "sur Al Jazeera Sultan Barakat"
    entities = incise_persons(text, entities, [q.close for q in quoted])
    entities = surname_entities(text, entities, [(q.open, q.close) for q in quoted])
    masked = mask_quoted(text, quoted)
    sentences = sentence_spans(masked, sorted(subhead_ends(text, quoted) + dash_subhead_ends(text)))
    body_start = len(text) - len(article.text) if article.text else len(text)
    people = People(
        masked, entities, structure.authors, [(q.open, q.close) for q in quoted], sentences, len(article.title), body_start
    )
    return _Reading(text, quoted, entities, masked, sentences, people)


def article_people(article: Article, structure: Structure, entities: list[Entity]) -> People:
    """The persons ``article`` mentions, with the roles it gives them (``bench/mine_role_holders.py``)."""
    return _read(article, structure, entities).people


def find_quotes(article: Article, structure: Structure, entities: list[Entity]) -> list[Quote]:
    """Every attributed quotation and reported statement of ``article``, in text order."""
    text, quoted, entities, masked, sentences, people = _read(article, structure, entities)
    direct = direct_quotes(masked, text, quoted, sentences, entities, headline_end=len(article.title))
    openings = unclosed_openings(text, quoted)
    indirect = [reopened(f, text, openings) for f in indirect_quotes(masked, sentences, direct, entities)]
    attributed = {f.start for f in direct}
    pending = [
        Found(*pair.inner(text), "direct", "", None, "continued")
        for pair in quoted
        if pair.inner(text)[0] not in attributed and pair.inner(text)[1] > pair.inner(text)[0]
    ]
    # titles and charges are no one's words
    direct = [f for f in direct if not (names_a_work(text, f.start) or names_a_charge(text, f.start))]
    pending = [f for f in pending if not (names_a_work(text, f.start) or names_a_charge(text, f.start))]
    resolved: list[tuple[Found, str, str]] = []
    joint: list[str] = []  # the co-signers of the last statement, when several persons signed it
    signed_by = [clean_person_name(m.name) for m in signatories(masked, sentences, entities)]
    signed_by = [name for name in signed_by if is_person_name(name) and not people.is_author(name)]
    for found in sorted(direct + indirect + pending, key=lambda f: f.start):
        signers = signed_by or joint  # the article's signatories, else those of the statement just made
        verb = joint_incise(masked, found.end) if signers and found.place == "continued" else ""
        if verb:  # '"...", jugent-ils': the signatories of the joint statement speak it
            resolved.extend((replace(found, verb=verb), name, "person") for name in signers)
            joint = signers
            continue
        if found.place == "continued":
            previous = [
                Statement(
                    f.start,
                    max(f.end, f.mention.end if f.mention else 0),
                    n,
                    k,
                    f.end if f.kind == "direct" else 0,
                    f.end,
                    f.mention is not None and f.mention.kind in ("person", "organisation", "pronoun"),
                )
                for f, n, k in resolved
            ]
            words = len(text[found.start : found.end].split())
            speaker = continued_speaker(masked, text, (found.start, found.end), words, sentences, previous, people)
        elif _goes_on(found, resolved, text):  # '"...", a expliqué la compagnie. "...", a-t-elle poursuivi'
            speaker = resolved[-1][1], "organisation"
        else:
            speaker = _speaker(found, people)
            mention = found.mention
            if speaker is None and mention is not None and mention.kind == "title" and not mention.definite:
                # "a indiqué une source ...": a later "cette source" is nobody either
                people.add_anonymous(mention.start, mention.gender, mention.descriptor)
        if speaker is None:
            continue
        name, kind = speaker
        written = found.place != "continued" and found.mention is not None and found.mention.kind == "person"
        doubted = found.kind == "direct" and kind == "person" and not written
        if doubted and names_speaker(text[found.start : found.end], name):
            continue  # '"... texte de Mélenchon ...", a réagi le député': a role or pronoun meant someone else
        if kind == "organisation":
            kind = _organisation_or_person(name, people, found.mention)
        elif kind == "person" and is_organisation(name, masked):
            kind = "organisation"  # "Selon Ouest-France", "a précisé l'association Anticor"
        if kind == "person":
            if people.is_author(name):
                continue
            mention = found.mention
            if mention is not None:
                people.add(
                    name, mention.start, mention.gender, mention.descriptor, mention.kind in ("person", "organisation")
                )
        resolved.append((found, name, kind))
        if found.place == "continued":
            # a quotation going on after a jointly signed statement is the signatories' too
            resolved.extend((found, other, "person") for other in joint if name in joint and other != name)
            continue
        joint = []
        if kind == "person" and found.mention is not None and found.mention.kind == "person" and is_plural(found.verb):
            for other in co_speakers(masked, found.mention, entities):  # "X et Y ont dénoncé"
                other_name = clean_person_name(other.name)
                if is_person_name(other_name) and not people.is_author(other_name):
                    resolved.append((found, other_name, "person"))
                    joint.append(other_name)
            joint = [name, *joint] if joint else []
    resolved = with_dash_subheads(pending, resolved, text)
    persons = [name for _, name, kind in resolved if kind == "person"]
    counts = Counter(people.names())
    counts.update(name for name in set(persons) if name not in counts)
    known = {parse_name(name).surname for name in counts if parse_name(name).is_full}

    def excluded(name: str) -> bool:  # not "Canard Enchaîné" for "Enchaîné"
        return people.is_author(name) or is_organisation(name, masked)

    def not_given(name: str) -> bool:  # in a title, "« Complètement Stone »" is no one's name
        return excluded(name) or fold(name.split()[0]) not in given_names()

    for name in persons:
        surname = parse_name(name).surname
        if not parse_name(name).is_full and surname not in known and fold(name) not in given_names():
            # written in full in quoted words only: "nomme Jean Leonetti", then "M. Leonetti a exprimé"
            written = full_names_for(masked, surname, exclude=excluded)
            counts.update(written or full_names_for(text, surname, exclude=not_given))
    canonical = canonical_names(counts)
    canonical.update(_first_names_alone(persons, masked, canonical))
    # "sa fille Maëlle", then "raconte Maëlle": the surname the family gives her (quote_family)
    canonical.update((given, full) for given, full in people.children.items() if canonical.get(given, given) == given)
    known = [e.text for e in entities if e.label == "ORG"]
    organisations = organisation_names([name for _, name, kind in resolved if kind == "organisation"], known)
    quotes = [
        Quote(
            speaker=canonical.get(name, display_name(name)) if kind == "person" else organisations.get(name, name),
            text=text[found.start : found.end],
            kind="indirect" if found.kind == "direct" and is_scare_quote(text[found.start : found.end]) else found.kind,
            verb=found.verb,
            start=found.start,
            speaker_kind=kind,
        )
        for found, name, kind in resolved
    ]
    return glued_subheads(without_scare_parts(quotes, [found for found, _, _ in resolved], sentences), text)


def _first_names_alone(persons: list[str], text: str, canonical: dict[str, str]) -> dict[str, str]:
    """A speaker named by a given name alone (``s'inquiète Julie``) is the one person the
    article names in full with it (``Julie Trossat``), if there is one: written anywhere
    in the text for a known given name, else among the persons read (``témoigne Abessia`` is
    ``Abessia Dargaid``; a headline's ``estime Bruno`` is the ``Bruno Le Maire`` read there)."""
    found = {}
    for name in set(persons):
        if " " in name:
            continue
        full = set()
        if fold(name) in given_names():
            full = {canonical.get(n, display_name(n)) for n in full_names_from_given(text, name)}
        if not full:  # written in full nowhere: a person read with it ("estime Bruno", "Bruno Le Maire")
            full = {shown for written, shown in canonical.items() if written.split()[0] == name and " " in shown}
        if len(full) == 1:
            found[name] = full.pop()
    return found
