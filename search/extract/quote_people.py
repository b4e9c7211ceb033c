"""The people an article names, in order, to resolve ``il``, ``le ministre``, ``M. Guyot``.

Mentions come from role phrases (``le ministre de l'Economie Bruno Le Maire``:
with the role and gender), honorifics (``Mme Le Pen``), the recogniser's
person entities and the speakers found. A definite role opening a sentence
without a name (``Le ministre a ...``) stands for the person it points back to;
an indefinite one (``Un diplomate européen a jugé ...``) for an anonymous person.

A pronoun points back to the last person who was the subject of one of the
last sentences (``Emmanuel Macron a reçu Angela Merkel. "...", a-t-il dit``),
else to the one person named there when no unnamed subject came since (``puisque
Rémi Gaillard a posté une photo. "...", a-t-il ironisé``), else to the last speaker of
the previous paragraphs when no one was named since, else (a pronoun after its quotation) to
the one person the article has named, or to nobody; a role to the last person introduced with that
role (one whose complement shares a word first: ``le président du centre``; never one
introduced with the same noun for another place or body: ``le député de l'Essonne`` is
not ``le député de Paris``), else as a pronoun does (a speaker over another subject of the same sentence), else to
the last person who was a subject (a headline's
subject too), else to the last person named; in the lede, a role no one had before
goes to the first person the text introduces with it. A demonstrative (``ce père de
famille``) is the last subject or speaker, nobody when that one was unnamed. People nouns
marked ``back`` (``la jeune femme``, ``l'homme``) point back as roles do. Gender never
contradicts. Authors (byline, credits) and organisations are never candidates, nor is a name
inside a role phrase that names someone else (``l'avocat de Jonathann Daval``), unless a role
is apposed to it (``L'épouse de Patrick Balkany, le maire LR de Levallois-Perret,``).

Whether a mention is its sentence's subject is told by ``quote_subject_position``; the one
person a pronoun means when no subject came, by ``quote_sole_person``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from search.extract.name_data import feminine_whoever_nouns, fold, given_name_gender, label_nouns, rare_given_names
from search.extract.name_keys import parse_name, person_key
from search.extract.quote_context import PersonMention, clean_person_name, is_person_name, known_genders
from search.extract.quote_family import child_full_name
from search.extract.quote_holders import known_holder
from search.extract.quote_introductions import role_after_name, role_before_name
from search.extract.quote_offices import other_office
from search.extract.quote_one_word import OneWordNames
from search.extract.quote_organisations import is_organisation
from search.extract.quote_phrases import (
    Mention,
    classify_entity,
    entity_name,
    phrase_at,
    phrase_patterns,
    word_before,
)
from search.extract.quote_roles import role_match, sole_name
from search.extract.quote_run_on import after_opinion_word, role_alone
from search.extract.quote_sole_person import sole_candidate, sole_in_article
from search.extract.quote_subject_position import mention_is_subject, stands_as_subject
from search.extract.structure_types import Entity, Span

#: How many sentences back a pronoun looks for a subject.
SUBJECT_WINDOW = 3
#: How many sentences back a chain of subject pronouns may reach (``Elle ... . Elle ...``).
MAX_CHAIN = 12
PRONOUN_SUBJECT = re.compile(
    r"\s*(?:[^,;:«»]{1,60},\s*)?(?P<p>Il|Elle|il|elle)\s+"
    r"(?!y\b|faut\b|s['’]agit\b|semble\b|suffit\b|reste\b|paraît\b)"  # not "il y a", "il faut"
)
#: How many sentences back a pronoun finds the last speaker when no one was named since.
SPEAKER_WINDOW = 8
#: The last name a role may point back to is not one that comes after these words
#: (``Face à X, l'animatrice ...``); ``le lapsus de X``, ``animée par X`` may be.
_NOT_REFERENT_AFTER = frozenset("a avec contre chez vers envers entre sans pour".split())
#: A name and the comma of its apposition: ``Zhu Peipei, `` before ``un ex-militaire de 33 ans``.
_NAME_THEN_COMMA = re.compile(r"[^,;:.!?«»]{1,60},\s*")


def of_party(descriptor: str, label: str) -> bool:
    """True when a role's complement (``porte-parole|Franc insou``) names the party of a
    political label (``insoumise``): a word of it opens like the label."""
    complement = descriptor.partition("|")[2]
    return any(word.lower() == fold(label)[: len(word)] and len(word) >= 4 for word in complement.split())


class People:
    """Person mentions of one article, in text order, and their resolution."""

    def __init__(
        self,
        text: str,
        entities: list[Entity],
        authors: list[str],
        quoted: list[Span],
        sentences: list[Span] = (),
        headline_end: int = 0,
        body_start: int = 0,
    ) -> None:
        self.text = text
        self.entities = entities
        self.headline_end = headline_end
        self.body_start = body_start
        self.speaker_starts: set[int] = set()
        self.children: dict[str, str] = {}  # a child's given name -> the full name the family gives it
        self.sentence_starts = [s for s, _ in sentences] or [0]
        self.author_keys = {person_key(a) for a in authors if person_key(a)}
        self.author_surnames = {parse_name(a).surname for a in authors if parse_name(a).is_full}
        self.one_word = OneWordNames(text, entities, self.sentence_starts)
        raw: list[tuple[Mention, bool]] = []  # (mention, is an unnamed role to resolve)
        taken: list[Span] = []
        unnamed_roles: list[Span] = []
        for mention in self._phrase_mentions(entities):
            raw.append((mention, mention.kind == "title"))
            taken.append((mention.start, mention.end))
            if mention.kind == "title":
                unnamed_roles.append((mention.start, mention.end))
        for entity in entities:
            if any(s <= entity.start < e for s, e in quoted):
                continue
            inside = any(s <= entity.start < e for s, e in taken)
            of_role = inside and any(s < entity.start < e for s, e in unnamed_roles)
            if classify_entity(entity) != "person" or not self.one_word.plausible(entity) or (inside and not of_role):
                continue
            gender, role = role_after_name(text, entity, entities, of_role)
            if of_role and not role:
                continue  # "l'avocat de Jonathann Daval": the role phrase means someone else
            role = role or role_before_name(text, entity)
            raw.append((Mention("person", entity_name(text, entity), entity.start, entity.end, gender, role), False))
        persons = [m for m, _ in raw if m.kind == "person"]
        self.told_genders = known_genders([(m.name, m.gender) for m in persons])  # by honorifics, roles, agreement
        guessed = [(m.name, given_name_gender(m.name) if m.gender == "-" else m.gender) for m in persons]
        self.genders = known_genders(guessed)  # by given names too
        self.mentions: list[PersonMention] = []
        for mention, unnamed in sorted(raw, key=lambda item: item[0].start):
            self._keep(mention, unnamed)

    def _phrase_mentions(self, entities: list[Entity]) -> Iterator[Mention]:
        """Role phrases and honorifics that name a person; unnamed roles opening a sentence."""
        for kind in ("title", "honorific"):
            for match in phrase_patterns()[kind].finditer(self.text):
                mention = phrase_at(self.text, match.start(), min(len(self.text), match.end() + 160), entities)
                if mention is None:
                    continue
                if after_opinion_word(self.text, match.start()):
                    mention = role_alone(self.text, mention, entities)  # "Pour le chef de l'État, X "se comporte""
                if mention.kind == "person" or (mention.kind == "title" and self._role_is_subject(match.start())):
                    yield mention

    def _role_is_subject(self, start: int) -> bool:
        """True when a role at ``start`` (its end not known yet) stands as its sentence's subject."""
        return stands_as_subject(self.text, self._sentence_start(start), start, headline_end=self.headline_end)

    def _keep(self, mention: Mention, unnamed: bool) -> None:
        sentence_start = self._sentence_start(mention.start)
        subject = mention_is_subject(self.text, sentence_start, mention, unnamed, self.headline_end)
        if unnamed:
            if not mention.definite:
                last = self.mentions[-1] if self.mentions else None
                if last and last.name and _NAME_THEN_COMMA.fullmatch(self.text, last.start, mention.start):
                    return  # "Zhu Peipei, un ex-militaire de 33 ans, ...": an apposition describes him
                self.mentions.append(PersonMention("", mention.start, mention.gender, mention.descriptor, subject))
                return
            person = self.last_with_role(mention.start, mention.descriptor, mention.gender, strict=not mention.role)
            phrase = fold(self.text[mention.start : mention.end]).split()
            if person is not None and fold(person.name.split()[-1]) in phrase:
                return  # "l'avocat de Jonathann Daval" is not Jonathann Daval
            if person is not None:  # "Mais la jeune femme ...": she is known by this role from now on
                gender = person.gender if person.gender != "-" else mention.gender
                descriptor = mention.descriptor or person.descriptor
                self.mentions.append(PersonMention(person.name, mention.start, gender, descriptor, subject, False))
            return
        written = clean_person_name(mention.name)
        name = child_full_name(self.text, mention.start, written, self.mentions)
        if name != written:
            self.children[written] = name  # "a expliqué Karim" later is "Karim Boutaty" too
        if is_person_name(name) and not self.is_author(name) and not is_organisation(name, self.text):
            gender = mention.gender
            if gender == "m" and mention.descriptor and given_name_gender(name) == "f":
                gender = "f"  # "L'eurodéputé Nadine Morano": a masculine role may stand for a woman
            gender = self._gender(name, gender)
            # a surname the text did not write ("sa fille Maëlle") names no one else "M. Gaudin" could be
            as_written = name == written
            self.mentions.append(PersonMention(name, mention.start, gender, mention.descriptor, subject, as_written))

    def _gender(self, name: str, gender: str) -> str:
        """``gender`` if known, else the one ``name``'s given name tells, unless it is a rare one
        and the text tells another by honorifics, roles or agreement (``Kerry Greene ... Mme
        Greene``), else the one the text tells elsewhere."""
        key = parse_name(name).key
        if gender == "-":
            gender = given_name_gender(name)
            if fold(name.split()[0].split("-")[0]) in rare_given_names():
                gender = self.told_genders.get(key, gender)
        return gender if gender != "-" else self.genders.get(key, "-")

    def is_author(self, name: str) -> bool:
        """True when ``name`` is one of the article's authors (full name or surname)."""
        parts = parse_name(name)
        return parts.key in self.author_keys or (not parts.is_full and parts.surname in self.author_surnames)

    def add(self, name: str, start: int, gender: str = "-", descriptor: str = "", written: bool = True) -> None:
        """Record a resolved speaker as a mention (a subject, for later pronouns);
        ``written`` is False when the text gave a pronoun or a role, not the name."""
        self.speaker_starts.add(start)
        same = [m for m in self.mentions if m.start == start]
        name = clean_person_name(name)
        if same:
            # a role resolved again as a quotation's speaker, with the speakers before it known by now
            # ("assure la quadragénaire"): later pronouns point to that speaker, not to the first guess
            renamed = not written and not same[0].written and is_person_name(name)
            self.mentions = [
                replace(m, subject=True, name=name if renamed else m.name) if m.start == start else m
                for m in self.mentions
            ]
            return
        if is_person_name(name) and not self.is_author(name):
            self.mentions.append(PersonMention(name, start, self._gender(name, gender), descriptor, True, written))
            self.mentions.sort(key=lambda m: m.start)

    def add_anonymous(self, start: int, gender: str, descriptor: str) -> None:
        """Record an unnamed speaker (``a indiqué une source proche du dossier``): later
        pronouns and roles that point to it point to nobody."""
        if not any(m.start == start for m in self.mentions):
            self.mentions.append(PersonMention("", start, gender, descriptor, True))
            self.mentions.sort(key=lambda m: m.start)

    def _before(self, pos: int, gender: str) -> list[PersonMention]:
        found = [m for m in self.mentions if m.start < pos and (gender == "-" or m.gender in ("-", gender))]
        return found[::-1]

    def _in_window(self, pos: int, gender: str) -> list[PersonMention]:
        """Mentions of ``gender`` before ``pos``, nearest first, in its sentence and the
        ``SUBJECT_WINDOW`` sentences before."""
        here = bisect_right(self.sentence_starts, pos) - 1
        floor = self.sentence_starts[max(0, here - SUBJECT_WINDOW)]
        return [m for m in self._before(pos, gender) if m.start >= floor]

    def last_named(self, pos: int, gender: str = "-") -> PersonMention | None:
        """Who ``ce dernier`` at ``pos`` stands for: the last person mentioned, within the window."""
        found = self._in_window(pos, gender)
        return found[0] if found and found[0].name else None

    def sole_named(self, pos: int, gender: str = "-") -> PersonMention | None:
        """Who ``l'intéressé`` at ``pos`` stands for: the one person of ``gender`` named within
        the window; None when two are (see ``sole_name``)."""
        found = self._in_window(pos, gender)
        name = sole_name([m.name for m in found])
        return next((m for m in found if m.name == name), None) if name else None

    def last_subject(self, pos: int, gender: str = "-") -> PersonMention | None:
        """Who ``ce père de famille`` at ``pos`` stands for: the last subject or speaker of the
        last sentences, None when that one is anonymous (``lance l'un des habitants``); when
        none was, the last person named there (``le restaurant d'Ahmed Hazem``)."""
        found = self._in_window(pos, gender)
        subjects = [m for m in found if m.subject]
        if subjects:
            return subjects[0] if subjects[0].name else None
        named = [m for m in found if m.name]
        return named[0] if named else None

    def last_person(
        self, pos: int, gender: str = "-", sole: bool = True, whole_article: bool = False
    ) -> PersonMention | None:
        """Who a pronoun at ``pos`` stands for (see the module docstring); None when it is
        an anonymous person or nobody. ``sole``: with no subject in the window, the one person
        named there may be meant (not for a role, which has its own fallbacks). ``whole_article``
        (a pronoun after its quotation): failing all else, the one person the article named."""
        found = self._before(pos, gender)
        here = bisect_right(self.sentence_starts, pos) - 1
        reach, index = here - SUBJECT_WINDOW, here - 1
        while index >= max(0, reach) and here - reach < MAX_CHAIN:  # "X ... . Elle a ... . Elle ... , a-t-elle dit"
            if self._pronoun_subject(index, gender):
                reach = index - SUBJECT_WINDOW
            index -= 1
        floor = self.sentence_starts[max(0, reach)]
        subjects = [m for m in found if m.subject and m.start >= floor]
        if subjects:
            return subjects[0] if subjects[0].name else None
        window = [m for m in found if m.start >= self.sentence_starts[max(0, here - SUBJECT_WINDOW)]]
        candidate = sole_candidate(self.text, self.entities, self.sentence_starts, window, here) if sole else None
        if candidate is not None:
            return candidate
        speaker = self._last_speaker(found, here)
        if speaker is None and whole_article:
            return sole_in_article(self.text, self.mentions, self.sentence_starts, pos, gender)
        return speaker

    def _last_speaker(self, found: list[PersonMention], here: int) -> PersonMention | None:
        """The speaker of a previous paragraph (within ``SPEAKER_WINDOW``), if nobody was named since."""
        far = self.sentence_starts[max(0, here - SPEAKER_WINDOW)]
        for mention in found:
            if mention.start < far or not mention.name:
                return None
            if mention.start in self.speaker_starts:
                return mention
            if mention.written:
                return None
        return None

    def _referent(self, start: int) -> bool:
        return word_before(self.text, start) not in _NOT_REFERENT_AFTER

    def _sentence(self, pos: int) -> int:
        return bisect_right(self.sentence_starts, pos) - 1

    def _sentence_start(self, pos: int) -> int:
        return self.sentence_starts[max(0, self._sentence(pos))]

    def _pronoun_subject(self, index: int, gender: str) -> bool:
        """True when sentence ``index`` has ``il``/``elle`` (of ``gender``) as its subject."""
        start = self.sentence_starts[index]
        end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else len(self.text)
        match = PRONOUN_SUBJECT.match(self.text, start, end)
        return bool(match) and (match.group("p").lower() == "elle") == (gender == "f")

    def last_with_role(self, pos: int, role: str, gender: str = "-", strict: bool = False) -> PersonMention | None:
        """The last person before ``pos`` introduced with ``role`` (see ``role_match``: one whose
        role's complement shares a word first, ``le président du centre``); else (unless
        ``strict``) the last person named before ``pos`` who was not introduced with the same
        noun for something else (``le député de l'Essonne`` is not ``le député de Paris``).
        A noun whose article is feminine whoever the person is (``la star``) stands for a man
        only when no woman was named before it."""
        person = self._last_with_role(pos, role, gender, strict)
        if person is None and gender == "f" and role.partition("|")[0] in feminine_whoever_nouns():
            if not any(m.gender == "f" and m.name for m in self.mentions if m.start < pos):
                person = self._last_with_role(pos, role, "-", strict)
        return person

    def _last_with_role(self, pos: int, role: str, gender: str, strict: bool) -> PersonMention | None:
        found = self._before(pos, gender)
        for wanted in (2, 1):
            for mention in found:
                if role_match(mention.descriptor, role) == wanted and not other_office(mention.descriptor, role):
                    return mention if mention.name else None
        label = role.partition("|")[0]
        if label in label_nouns():  # "l'insoumise": one of La France insoumise, else as any role
            member = next((m for m in found if m.name and of_party(m.descriptor, label)), None)
            if member is not None:
                return member
        known = self._known_holder(pos, role, gender)
        if known is not None:  # "le ministre de l'Intérieur" in an article that names Gérard Collomb
            return known
        if pos < self.body_start:  # "a annoncé le directeur" in the lede, named in the text
            later = [m for m in self.mentions if m.start >= pos and role_match(m.descriptor, role) and m.written]
            if later and (gender == "-" or later[0].gender in ("-", gender)):
                return later[0] if later[0].name else None
        other = {
            m.name
            for m in found
            if m.descriptor.partition("|")[0] == role.partition("|")[0] or other_office(m.descriptor, role)
        }
        found = [m for m in found if m.name not in other]
        if strict or not found:
            return None
        subject = self.last_person(pos, gender, sole=False)
        if subject is not None and subject.name in other:
            subject = None
        if subject is not None:  # "Selon X, Y devait ... . "...", a souligné le chercheur": X, who spoke
            sentence = bisect_right(self.sentence_starts, subject.start) - 1
            speaker = next(
                (m for m in found if m.start in self.speaker_starts and m.name and self._sentence(m.start) == sentence),
                None,
            )
            subject = speaker or subject
        if subject is None:  # the last person who was a subject, else the last one named
            subject = next((m for m in found if m.subject and m.name), None)
        if subject is not None:
            return subject
        named = [m for m in found if m.name and self._referent(m.start)]
        return named[0] if named else None  # not "Face à Caroline de Haas, l'animatrice ..."

    def _known_holder(self, pos: int, role: str, gender: str) -> PersonMention | None:
        """The one person the article names (before ``pos`` or after it) who is known to hold
        ``role`` (``quote_holders``), unless the article gives them another office; their last
        mention before ``pos``, else their first."""
        named = [m for m in self.mentions if m.name and m.written and (gender == "-" or m.gender in ("-", gender))]
        other = {m.name for m in named if other_office(m.descriptor, role)}
        name = known_holder(role, dict.fromkeys(m.name for m in named if m.name not in other))
        if not name:
            return None
        mentions = [m for m in named if m.name == name]
        before = [m for m in mentions if m.start < pos]
        return before[-1] if before else mentions[0]

    def names(self) -> list[str]:
        """Every person name mentioned, once per mention (for counting)."""
        return [m.name for m in self.mentions if m.name and m.written]
