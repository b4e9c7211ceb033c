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
the previous paragraphs when no one was named since, or to nobody; a role to the last person introduced with that
role (one whose complement shares a word first: ``le président du centre``; never one
introduced with the same noun for another place or body: ``le député de l'Essonne`` is
not ``le député de Paris``), else as a pronoun does (a speaker over another subject of the same sentence), else to
the last person who was a subject (a headline's
subject too), else to the last person named; in the lede, a role no one had before
goes to the first person the text introduces with it. A demonstrative (``ce père de
famille``) is the last subject or speaker, nobody when that one was unnamed. People nouns
marked ``back`` (``la jeune femme``, ``l'homme``) point back as roles do. Gender never
contradicts. Authors (byline, credits) and organisations are never candidates.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from search.extract.name_data import (
    feminine_whoever_nouns,
    fold,
    given_name_gender,
    given_names,
    particles,
    person_nouns,
    rare_given_names,
)
from search.extract.name_keys import parse_name, person_key
from search.extract.quote_context import PersonMention, clean_person_name, is_person_name, known_genders
from search.extract.place_context import has_locative_context
from search.extract.place_gazetteer import load_gazetteer
from search.extract.quote_holders import known_holder
from search.extract.quote_introductions import introduces_person, role_after_name, role_before_name
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
from search.extract.quote_verbs import reports_clause
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
#: An adverbial opening a sentence, up to its comma: ``Dans un communiqué, ``.
_ADVERBIAL_LEAD = re.compile(r"\s*(?:[^,;:«»]{1,60},\s*)?")
_SPACES = re.compile(r"\s*")
#: A sentence whose subject is a noun phrase, after an adverbial: ``Selon Le Figaro, le chanteur ...``.
_UNNAMED_SUBJECT = re.compile(
    rf"{_ADVERBIAL_LEAD.pattern}(?:(?:Pour|Selon|D['’]après)\s+)?"
    r"(?:Le|La|Les|L['’]|Un|Une|Ce|Cet|Cette|Son|Sa|Ses|le|la|les|l['’]|un|une|ce|cet|cette|son|sa|ses)"
    r"\s*(?P<noun>\w[\w-]*)"
)
_GENITIVE_BEFORE = re.compile(r"\b(?:de|du|des|d['’])\s*$")
#: A person noun and ``de`` right before a name: ``l'acolyte de``, ``la fille d'``.
_RELATION_BEFORE = re.compile(r"(?P<noun>[\w-]+)\s+(?:de|du|d['’])\s*$")
#: A word of a name written as names are: a capital, then lowercase (``Allin-Khan``, ``d'Estaing``).
_PLAIN_NAME_WORD = re.compile(r"(?:[a-z]['’])?[A-ZÀ-Þ][a-zà-ÿ]+(?:[-'’][A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]+)*")
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
#: A subject set apart by a stressed pronoun after it: ``Benjamin Griveaux, lui, se veut``.
_STRESSED_PRONOUN_AFTER = re.compile(r"\s*,\s*(?:lui|elle)\s*,")
_CONNECTOR = re.compile(r"^\s*(?:Mais|Et|Or|Puis|Pourtant|Ainsi|Alors|Enfin|Car|Donc|Cependant|Toutefois)\s+")
#: A headline's subject opens it or follows its label (``VIDÉO - "..." : Le Foll raillé``).
_HEADLINE_SUBJECT = re.compile(r"(?:^|[:|–-]\s*|^[^,:«»]{1,40},\s*)$")  # "En larmes, Brigitte Lahaie s'excuse"
_VERB_NEXT = re.compile(r"\s+(?!(?:de|du|des|et|ou|à|au|aux|en|sur|pour|par|le|la|les)\b)[a-zà-ÿ]")
#: A name and the comma of its apposition: ``Zhu Peipei, `` before ``un ex-militaire de 33 ans``.
_NAME_THEN_COMMA = re.compile(r"[^,;:.!?«»]{1,60},\s*")
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
#: ``Pour Patrick Berche, professeur ..., il est probable que ...``: whose opinion the sentence
#: reports, and who a pronoun after it points back to, as to a subject.
#: A sentence opening that announces whose opinion comes next: ``Même son de cloche chez``,
#: ``Autre ressenti du côté de``, ``Un avis partagé par``, ``Une analyse que partage``.
OPINION_LEAD = re.compile(
    r"\s*(?:(?:Même|Autre)\s+(?:[\w'’-]+\s+){1,3}?(?:chez|du\s+côté\s+de|pour|de\s+la\s+part\s+de)"
    r"|(?:Un|Une|Le|La|Cet|Cette|Ce)\s+(?:[\w'’-]+\s+){1,2}?(?:partagée?\s+(?:aussi\s+|également\s+)?par"
    r"|que\s+partage))\s+"
)
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
        self.sentence_starts = [s for s, _ in sentences] or [0]
        self.author_keys = {person_key(a) for a in authors if person_key(a)}
        self.author_surnames = {parse_name(a).surname for a in authors if parse_name(a).is_full}
        self.one_word = OneWordNames(text, entities, self.sentence_starts)
        raw: list[tuple[Mention, bool]] = []  # (mention, is an unnamed role to resolve)
        taken: list[Span] = []
        for mention in self._phrase_mentions(entities):
            raw.append((mention, mention.kind == "title"))
            taken.append((mention.start, mention.end))
        for entity in entities:
            inside = any(s <= entity.start < e for s, e in [*quoted, *taken])
            if not inside and classify_entity(entity) == "person" and self.one_word.plausible(entity):
                gender, role = role_after_name(text, entity, entities)
                role = role or role_before_name(text, entity)
                raw.append(
                    (Mention("person", entity_name(text, entity), entity.start, entity.end, gender, role), False)
                )
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
                if mention.kind == "person" or (mention.kind == "title" and self._is_subject(match.start())):
                    yield mention

    def _is_subject(self, start: int, end: int = -1) -> bool:
        if start < self.headline_end:  # "Affaire Fillon: ..." labels a story; "...: Le Foll raillé" has a subject
            return end > start and bool(_HEADLINE_SUBJECT.search(self.text[:start])) and bool(
                _VERB_NEXT.match(self.text, end)
            )
        if start > 0 and self.text[start - 1] == "»":
            return True  # 'Catherine Lara «xxx»Christophe Willem s'est fendu': a subhead glued before the subject
        prefix = self._sentence_before(start)  # 'Pour son émission «xxx», X ...'
        prefix = _CONNECTOR.sub("", prefix, count=1)  # "Mais la jeune femme ..."
        if reports_clause(prefix) or _PRONOUN_OPINION.match(prefix):
            return False  # "X a estimé qu'avec ce référendum, le chef ...", "Selon lui, le président": X's words
        if end > start and _LISTED_BEFORE.search(prefix) and _LISTED_AFTER.match(self.text, end):
            return False  # "X y égratignait Nicolas Sarkozy, Emmanuel Macron et Gérald Darmanin": a list
        return not prefix.strip() or bool(_CLAUSE_OPENER.match(prefix)) or bool(_OPINION_OPENER.match(prefix))

    def _sentence_before(self, start: int) -> str:
        """The words of ``start``'s sentence before it, each quotation written ``x``."""
        sentence = self.sentence_starts[max(0, self._sentence(start))]
        return _MASKED_QUOTE.sub("x", self.text[sentence:start])

    def _named_subject(self, start: int, end: int) -> bool:
        """True when a name opens the sentence right after a quoted subhead between dashes
        (``- "On a tout laissé derrière nous" -Gisèle Aberlen, retraitée ...``), opens a second
        clause (``X a tancé ..., tandis que Christian Jacob y a vu ...``), says whose opinion the
        quotation before it gives (``Il s'agit d'un "...", pour Me Fabien Rajon``) or is set
        apart by ``lui`` or ``elle`` (``S'ils avaient décidé, jeudi, de ..., Benjamin Griveaux,
        lui, se veut impassible``). Not for a role, which is resolved before the quotations'
        speakers are known (``alors que le maire de Bordeaux``)."""
        prefix = self._sentence_before(start)
        if any(p.match(prefix) for p in (_QUOTED_SUBHEAD, _CONTRAST_CLAUSE, _OPINION_AFTER_QUOTE)):
            return True
        return bool(_STRESSED_PRONOUN_AFTER.match(self.text, end))

    def _keep(self, mention: Mention, unnamed: bool) -> None:
        # "cette femme, Barbara Mensah, âgée de 70 ans": introduced, she is who "elle" is next
        subject = self._is_subject(mention.start, mention.end) and not _QUOTED_PREDICATE.match(self.text, mention.end)
        subject = subject or (not unnamed and self._named_subject(mention.start, mention.end))
        subject = subject or introduces_person(self.text, mention.start, mention.end)
        subject = subject or self._example_before_quotation(mention)
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
        name = clean_person_name(mention.name)
        if is_person_name(name) and not self.is_author(name) and not is_organisation(name, self.text):
            gender = self._gender(name, mention.gender)
            self.mentions.append(PersonMention(name, mention.start, gender, mention.descriptor, subject))

    def _example_before_quotation(self, mention: Mention) -> bool:
        """True when ``mention`` is an example closing its sentence, right before a quotation,
        with a role or an apposition (``Certains ne sont pas fixés, comme Hugo, en Terminale :
        "..."``, ``Comme Marcel, interrogé par franceinfo. "..."``): the one who speaks next.
        A first name alone is no example (``dont Zinaïda. "...", ajoute-t-il``), nor is a
        comparison that goes on (``Comme Madzoo, la mort de George Floyd le touche``)."""
        if not _EXAMPLE_BEFORE.search(self.text, max(0, mention.start - 30), mention.start):
            return False
        if mention.descriptor and _QUOTATION_NEXT.match(self.text, mention.end):
            return True
        tail = _APPOSED_THEN_QUOTATION.match(self.text, mention.end)
        return bool(tail) and tail.group("apposition") is not None

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

    def last_person(self, pos: int, gender: str = "-", sole: bool = True) -> PersonMention | None:
        """Who a pronoun at ``pos`` stands for (see the module docstring); None when it is
        an anonymous person or nobody. ``sole``: with no subject in the window, the one person
        named there may be meant (not for a role, which has its own fallbacks)."""
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
        candidate = self._sole_candidate(found, here) if sole else None
        if candidate is not None:
            return candidate
        far = self.sentence_starts[max(0, here - SPEAKER_WINDOW)]
        for mention in found:  # the speaker of a previous paragraph, if nobody was named since
            if mention.start < far or not mention.name:
                return None
            if mention.start in self.speaker_starts:
                return mention
            if mention.written:
                return None
        return None

    def _sole_candidate(self, found: list[PersonMention], here: int) -> PersonMention | None:
        """The one person named in the window when no one there was a subject (``puisque le
        lendemain Rémi Gaillard a posté``, ``confirmée par Jérôme Salomon``), unless an unnamed
        subject opens a sentence since (``L'ancien chef du gouvernement a justifié son choix``)
        or a role opens the sentence that names them (``Le maire de Pau, qui écoutait Emmanuel
        Macron, ...``)."""
        window = [m for m in found if m.start >= self.sentence_starts[max(0, here - SUBJECT_WINDOW)]]
        name = sole_name([m.name for m in window]) if window and all(m.name for m in window) else ""
        mention = next((m for m in window if m.name == name), None) if name else None
        if mention is None or not self._plainly_a_person(mention):
            return None
        first = self._sentence(mention.start)
        if self._opens_on_someone_else(first, mention):
            return None
        if any(_UNNAMED_SUBJECT.match(self.text, self.sentence_starts[i]) for i in range(first + 1, here + 1)):
            return None
        return mention

    def _opens_on_someone_else(self, index: int, mention: PersonMention) -> bool:
        """True when sentence ``index``, which names ``mention``, opens (after an adverbial) on
        another subject: a role (``Le maire de Pau, qui écoutait Emmanuel Macron, ...``) or, the
        name being a complement, an organisation (``Reporters sans frontières dénonce ...
        l'assassinat de Javier Valdez``)."""
        start = self.sentence_starts[index]
        role = _UNNAMED_SUBJECT.match(self.text, start)
        if role and fold(role.group("noun")) in person_nouns():
            return True
        if not _GENITIVE_BEFORE.search(self.text, max(0, mention.start - 8), mention.start):
            return False
        opening = {_ADVERBIAL_LEAD.match(self.text, start).end(), _SPACES.match(self.text, start).end()}
        return any(e.start in opening and classify_entity(e) == "organisation" for e in self.entities)

    def _plainly_a_person(self, mention: PersonMention) -> bool:
        """True when a mention written in the text is a person's name by its form (a known given
        name first, or capitalized words: not ``Turbo S``, ``LPLa Haute``), not a place's (``dans
        les rues de Tsim Sha Tsui``) and not the complement of a person noun (``l'acolyte de X``)."""
        words = mention.name.split()
        if not mention.written or (
            fold(words[0].split("-")[0]) not in given_names()
            and (len(words) == 1 or not all(_PLAIN_NAME_WORD.fullmatch(w) or fold(w) in particles() for w in words))
        ):
            return False
        if load_gazetteer().lookup(mention.name) or has_locative_context(self.text, mention.start, strong=True):
            return False
        relation = _RELATION_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        return not (relation and fold(relation.group("noun")) in person_nouns())

    def _referent(self, start: int) -> bool:
        return word_before(self.text, start) not in _NOT_REFERENT_AFTER

    def _sentence(self, pos: int) -> int:
        return bisect_right(self.sentence_starts, pos) - 1

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
