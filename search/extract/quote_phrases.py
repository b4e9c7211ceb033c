"""Speaker phrases: who a noun phrase next to a speech verb names.

A phrase is one of: a person's name (``Philippe Lacube``, ``M. Guyot``), a
role with an apposed name (``le directeur général de l'OMS, Tedros Adhanom
Ghebreyesus``), a role alone (``le ministre``: resolved later to a person the
article named), an organisation (``la gendarmerie``, ``le ministère de la
Santé``, ``l'OSDH``, ``Moscou``) or a pronoun (``il``, ``elle``, ``ce dernier``, ``l'intéressé``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from search.extract.name_data import (
    back_nouns,
    feminine_whoever_nouns,
    fold,
    function_titles,
    given_name_gender,
    given_names,
    honorifics,
    organisation_words,
    particles,
    person_nouns,
    written_words,
)
from search.extract.place_gazetteer import is_demonym
from search.extract.quote_appositions import (
    INITIAL,
    UPPER,
    apposed_name,
    name_within,
    person_like,
    person_read_otherwise,
)
from search.extract.quote_offices import FRENCH, office_descriptor
from search.extract.quote_organisations import is_organisation
from search.extract.quote_roles import nationality_descriptor, role_descriptor
from search.extract.structure_types import Entity

NAME_WORD = rf"[{UPPER}][\w'’-]*"
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
#: A particle inside a foreign name after a role: ``l'ex-président de gauche Luiz Inacio Lula da Silva``.
_FOREIGN_PARTICLE = r"(?:da|das|di|do|dos|del|della|van|von|der|den|ter|al|el)"
#: The number that ends a channel's or an event's name: ``France 2``, ``Europe 1``, ``Paris 2024``.
_NUMBERED = r"(?:\s+\d{1,4}\b(?![,.]\d))?"
#: A number with its thousands separated: ``le maire de cette commune de 1.000 habitants``.
_THOUSANDS = r"\d{1,3}(?:[.\s]\d{3})+\b"
#: Words after which a noun phrase is a complement, not a subject.
PREPOSITIONS = frozenset(
    fold(word)
    for word in "à au aux de du des d par pour avec sur dans chez devant auprès contre vers entre sans en "
    "après avant depuis pendant lors envers parmi sous via comme".split()
)
#: Words that end a noun phrase.
_STOPS = PREPOSITIONS | frozenset(
    fold(word)
    for word in "a ont est sont était avait aurait qui que qu dont et ou mais ne n se s y il elle on lui leur "
    "le la les l un une son sa ses leurs ce cette ces où alors aussi encore selon".split()
)
_ADJECTIVES = (
    "nouveau|nouvel|nouvelle|ancien|ancienne|ex|futur|future|actuel|actuelle|jeune|premier|première"
    "|haut|haute|grand|grande|plus|vice|sous|co"  # "le plus haut responsable scientifique de la Nasa"
    r"|\d{1,3}(?:e|ème|eme|er|ère)"  # "le futur 45e président des Etats-Unis"
)
#: A prefix that makes another role of the head noun after it: ``vice-président``, ``sous-préfet``.
_COMPOUND_PREFIX = re.compile(r"\b(vice|sous|co)[\s-]+$", re.IGNORECASE)
#: The word right after a role's head noun, maybe a nationality.
_NATIONALITY = re.compile(r"\s+([a-zà-ÿ-]+)")
#: The gender an adjective before a role tells when its determiner does not (``l'ancienne ministre``).
_ADJECTIVE_GENDER = {
    **dict.fromkeys(("ancienne", "nouvelle", "actuelle", "future", "premiere", "haute", "grande"), "f"),
    **dict.fromkeys(("ancien", "nouvel", "actuel", "futur", "premier", "haut", "grand"), "m"),
}
#: One more adjective, told by its ending: ``l'excentrique milliardaire``, ``le célèbre chanteur``.
_ADJECTIVE_FORM = r"[a-zà-ÿ]{2,}(?:ique|ible|able|eux|euse|if|ive|ant|ante|ent|ente|issime|èbre|ustre|aire)"
ADJECTIVE_PREFIXES = rf"(?:(?:{_ADJECTIVES})[\s-]+){{0,2}}"
DEFINITE = ("le", "la", "l'", "l’", "les")
#: Pronouns (folded) that stand for the one person named just before.
CONCERNED = ("l'interesse", "l'interessee")
INDEFINITE = ("un", "une", "son", "sa", "leur", "ce", "cet", "cette", "des", "ses")


@dataclass(frozen=True)
class Mention:
    """A phrase naming a speaker. ``kind``: person, organisation, title or pronoun.

    ``name`` is the person's or organisation's name as written, the role noun
    (folded) for a title, the pronoun for a pronoun. ``descriptor`` is the role
    noun that came with a person's name; ``definite`` is False for ``un
    responsable`` or ``son avocat``, which never point back to a named person.
    """

    kind: str
    name: str
    start: int
    end: int
    gender: str = "-"
    descriptor: str = ""
    definite: bool = True
    role: bool = True
    demonstrative: bool = False  # "cette médecin": the person of the statement just before


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@cache
def _titles() -> str:
    """The role and people nouns of the data files as one pattern alternation."""
    return _alternation([*written_words("titles_functions.txt"), *written_words("titles_people.txt")])


@cache
def phrase_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns that start a speaker phrase: ``title`` (a role with its determiner),
    ``org`` (an organisation noun), ``honorific`` (``M. Guyot``), ``partitive`` (``l'un des
    habitants``: someone unnamed) and ``pronoun``."""
    titles = _titles()
    orgs = _alternation(written_words("organisations.txt"))
    honor = _alternation(word.rstrip(".") for word in written_words("titles_honorifics.txt") if word[0].isupper())
    particle = _alternation(particles())
    name = rf"(?:(?:{particle})[\s'’-]+)*{NAME_WORD}"
    words = _alternation(w for w in (*DEFINITE, *INDEFINITE) if not w.endswith(("'", "’")))
    det = rf"(?P<det>(?:{words})\s+|l['’]\s*)"
    definite = r"(?P<det>(?:le|la|les)\s+|l['’]\s*)"
    return {
        # Roles are written in lowercase ("le ministre"), surnames are not ("Le Maire"); a
        # party's member may be capitalized ("l'Insoumise Clémentine Autain"), and so may the
        # head of state ("le Président avait martelé").
        # A capitalized determiner (Le, La, Les, L', Ce, Cette) may be glued to the subhead before
        # it ("BiarritzLe président américain").
        "title": re.compile(
            rf"(?:\b|(?-i:(?<=[a-zà-ÿ])(?=[LC])))"
            # an adjective, but not a role's head: not "le président| républicain"
            rf"{det}{ADJECTIVE_PREFIXES}(?:(?!(?-i:{titles})\s){_ADJECTIVE_FORM}\s+)?"
            rf"(?P<head>(?-i:{titles}|Premier|Première|Président|Présidente|(?<=['’])Insoumise?))"
            rf"(?:-[a-zà-ÿ]{{3,}})?(?![\w-])",
            re.IGNORECASE,  # a compound role keeps its head: "le commandant-divisionnaire"
        ),
        "org": re.compile(rf"\b{definite}(?P<head>{orgs})(?![\w-])", re.IGNORECASE),
        # "l'un des quatre habitants", "une de ses proches": someone unnamed
        "partitive": re.compile(
            rf"\b(?P<det>(?:l['’]\s*)?une?)\s+(?:des|de\s+(?:ses|leurs|ces|nos)|d['’]entre\s+(?:eux|elles))"
            rf"\s+(?:[a-zà-ÿ0-9-]+\s+)?(?P<head>(?-i:{titles}))[sx]?(?![\w-])",
            re.IGNORECASE,
        ),
        # not inside a word (``Jean-M.``), but after a subhead's closing dash (``- "..." -M. Moreau``)
        "honorific": re.compile(rf"(?:(?<![\w-])|(?<=\s-))(?P<head>{honor})\.?\s+(?P<name>{name}(?:\s+{name}){{0,3}})"),
        "pronoun": re.compile(
            r"(?<![\w'’-])(?P<head>il|elle|Il|Elle|ce dernier|cette dernière|Ce dernier|Cette dernière"
            r"|[lL]['’]intéressée?)(?![\w'’-])(?:\s+(?:lui|elle)-même(?![\w-]))?"
        ),
    }


def _fold_key(text: str) -> str:
    return fold(text.replace("’", "'"))


#: The comma before an apposition, past a short complement: ``l'une des candidates déclarées
#: à l'investiture LREM, la députée ...``.
_APPOSED = re.compile(r"(?:\s+(?:à|au|aux|de|du|des|d['’])\s*[^,.;:«»]{1,40}?)?\s*,\s*")
#: A rank after ``numéro``: ``le numéro un de la CGT``, ``le numéro 2 du parti``.
_RANK = re.compile(r"(?<=num[ée]ro)\s+(?:un|deux|trois|[1-3])(?![\w'’-])", re.IGNORECASE)
#: ``le rédacteur| en chef du Point``, ``le directeur| par intérim du port``.
_IN_CHIEF = re.compile(r"\s+(?:en\s+chef|par\s+intérim)(?![\w'’-])")
#: ``le secrétaire d'État| en charge de la Jeunesse``: the field follows as a complement.
_IN_CHARGE = re.compile(r"\s+en\s+charge(?=\s+(?:de|du|des|d['’]))")
#: The ``!`` a name may end with, before an apposition's comma: ``le candidat d'En Marche|!, X``.
_BANG = re.compile(r"!(?=\s*,)")
#: ``la secrétaire d'Etat| auprès du ministre de l'Economie``: whom the office serves.
_NEXT_TO = re.compile(r"\s+auprès\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*[a-zà-ÿ][\w-]+")
#: ``la tête de liste des Républicains| aux européennes``, ``le candidat| à la présidentielle``.
_ELECTION = re.compile(
    r"\s+(?:aux|à\s+la|pour\s+les|pour\s+la)\s+(?:élections?\s+)?(?:européennes|municipales|législatives"
    r"|régionales|départementales|sénatoriales|présidentielles?|primaires?)(?![\w'’-])"
)
#: An article before a medical or legal title: ``selon le Pr Salomon``, ``d'après la Dre Martin``,
#: ``..., le Dr Jean-Yves Grall``.
ARTICLE_THEN_HONORIFIC = re.compile(r"(?:le|la)\s+(?=(?:Pr|Dr|Pre|Dre|Me)\.?\s+[A-ZÀ-Þ])")
#: An article and a party label or acronym before a name: ``, le Républicain Bernard Accoyer``, ``la LR X``.
_ARTICLE_THEN_LABEL = re.compile(r"(?:le|la)\s+(?:Républicaine?|MoDem|LaREM|[A-Z]{2,5})\s+(?=[A-ZÀ-Þ][a-zà-ÿ])")
_DETERMINER_BEFORE = re.compile(r"(?:\b[lL]['’]|\b(?:le|la|Le|La)\s+)$")


def entity_name(text: str, entity: Entity) -> str:
    """A person entity's name without the noun a determiner shows is not part of it:
    ``l'Insoumise Danièle Obono`` -> ``Danièle Obono``, ``l'Américaine Stephanie Williams``."""
    words = entity.text.split()
    if len(words) >= 2 and _DETERMINER_BEFORE.search(text, max(0, entity.start - 4), entity.start):
        return " ".join(words[1:])
    return entity.text


#: What ``word_before`` gives before a complement's name: ``de Mediapro``, ``d'EDF``, ``du parti``.
GENITIVES = frozenset(("de", "du", "des", "d", "d'", "d’"))


def word_before(text: str, start: int, floor: int = 0) -> str:
    """The folded word just before ``start``, past a determiner (``à l'AFP`` -> ``a``);
    elided forms lose their apostrophe."""
    words = [_fold_key(w).rstrip("'") for w in _WORD.findall(text[max(floor, start - 40) : start])]
    if len(words) > 1 and words[-1] in ("l", "le", "la", "les"):
        words = words[:-1]
    return words[-1] if words else ""


def extend_phrase(text: str, end: int, limit: int, role: bool = False) -> int:
    """Where a noun phrase that ends its head at ``end`` ends, complements included:
    ``ministre| des Affaires étrangères``, ``directeur| général de l'OMS``, ``chef| du service
    d'information et de communication de la Police nationale``; a ``role``
    also takes its field after ``aux``/``à la`` (``secrétaire d'Etat| aux Transports``), its
    town hall (``adjoint| à la mairie de Marseille``, ``adjointe| au maire de Paris``) and a
    noun coordinated with ``et`` (``historien| des sciences et techniques``). It never
    crosses a line break (``selon son avocat`` ends a headline)."""
    pos, adjectives = end, 0
    line_end = text.find("\n", end, limit)
    limit = limit if line_end < 0 else line_end
    complement = re.compile(
        rf"\s*(?:et\s+)?(?:de\s+l['’]|(?:de\s+la|des|du|de)\s|d['’])\s*"  # "de" alone: not "devant"
        rf"(?:(?:(?:M|MM|Mme|Dr|Pr|Me|Mgr)\.?\s+)?{NAME_WORD}(?:\s+{NAME_WORD})*{_NUMBERED}|{_THOUSANDS}|[\w-]+"
        r"|«[^«»]{1,80}»)"  # "l'auteur d'«Un petit dessin ...», Sandrine Campese": a work's title
    )
    # a name may open with initials: "le gouverneur J.B. Pritzker"
    capitalized = re.compile(
        rf"\s+(?:(?:{INITIAL}){{1,3}}\s*)?{NAME_WORD}(?:\s+(?:{_FOREIGN_PARTICLE}\s+)?{NAME_WORD})*{_NUMBERED}"
    )
    # "secrétaire d'Etat aux Transports", "ministre déléguée à la Santé", "adjoint à la mairie (de Marseille)"
    attributed = re.compile(
        rf"\s+(?:(?:aux|au|à\s+la|à\s+l['’])\s*(?![{UPPER}]{{2,}}\b){NAME_WORD}"
        r"|(?:à\s+la\s+mairie|au\s+maire|à\s+la\s+maire)\b)"
    )
    adjective = re.compile(r"\s+([a-zà-ÿ][\w-]{2,})")
    # a role's coordinated noun: "l'historien des sciences et techniques", "président et fondateur de X"
    coordinated = re.compile(r"\s+et(?=\s+([a-zà-ÿ][\w-]{2,}))")
    # a second medium or body after a role's complement: "la journaliste de TF1 et LCI", "de BFMTV et RMC"
    acronym = re.compile(rf"\s+et\s+[{UPPER}][{UPPER}\d]+\b(?!['’-])")
    parenthesis = re.compile(r"\s*\([^()«»]{1,40}\)")
    # parties a lowercase word joins: "le député La République en marche (LREM) X", "Debout la France"
    joined_party = re.compile(r"(?:\s+en\s+[Mm]arche|(?<=Debout)\s+la\s+France)(?![\w-])")
    complemented = False  # the last step read a complement ("de TF1")
    while pos < limit:
        ranked = _RANK.match(text, pos, limit)
        complemented_here = not ranked and (
            complement.match(text, pos, limit) or (role and complemented and acronym.match(text, pos, limit))
        )
        complemented = bool(complemented_here)
        match = (
            ranked
            or complemented_here
            or capitalized.match(text, pos, limit)
            or (role and attributed.match(text, pos, limit))
            or (role and _second_role().match(text, pos, limit))
            or (role and (_IN_CHIEF.match(text, pos, limit) or _IN_CHARGE.match(text, pos, limit)))
            or (role and _NEXT_TO.match(text, pos, limit))
            or (role and _ELECTION.match(text, pos, limit))
            or parenthesis.match(text, pos, limit)
            or joined_party.match(text, pos, limit)
            or _BANG.match(text, pos, limit)
        )
        if match:
            pos, adjectives = match.end(), 0
            continue
        match = coordinated.match(text, pos, limit) if role else None
        if match and _fold_key(match.group(1)) not in _STOPS and not match.group(1).endswith(("ait", "aient")):
            pos = match.end()
            continue
        match = adjective.match(text, pos, limit)
        if (
            match
            and adjectives < 2
            and _fold_key(match.group(1)) not in _STOPS
            and not match.group(1).endswith(("ait", "aient"))
        ):
            pos, adjectives = match.end(), adjectives + 1
            continue
        break
    return pos


@cache
def _second_role() -> re.Pattern[str]:
    """``le député LREM| et questeur``, ``le ministre| et porte-parole du gouvernement``."""
    roles = _alternation(written_words("titles_functions.txt"))
    return re.compile(rf"\s+et\s+(?:{roles})(?![\w-])")


#: A first name and the initial of a surname withheld (``Aïssa Z.``, ``Yannick J.``).
_INITIALLED = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?\s+[A-ZÀ-Þ]\.")


def classify_entity(entity: Entity) -> str:
    """``person``, ``organisation`` or "" for an entity found where a speaker stands."""
    words = [w for w in re.split(r"[\s'’]+", entity.text) if w]
    if not words or not entity.text[0].isupper():
        return ""
    head = _fold_key(words[0])
    full_name = entity.label == "PER" and len(words) > 1 and head in given_names()  # "Marianne James", not "Marianne"
    if (
        head == "les"
        or (head in organisation_words() and not full_name)
        or (len(words) > 1 and head in ("l", "le", "la") and words[1][0].isupper() and entity.label != "PER")
    ):
        return "organisation"  # "Le Monde", "La Croix", "l'OSDH" (but "Le Drian" is a person)
    if entity.label == "PER" and not entity.text.isupper():
        return "person"
    if entity.label == "MISC" and len(words) >= 2 and person_like(entity):
        return "person"
    if len(words) == 2 and _INITIALLED.fullmatch(entity.text):
        return "person"  # "Fadila Z." read as an organisation: a first name and an initial
    if person_read_otherwise(entity):
        return "person"  # "Mounir Majhoubi" read as an organisation, "Caroline Fache" as a place
    if entity.label == "ORG" or (entity.text.isupper() and len(entity.text) >= 2):
        return "organisation"
    if entity.label == "LOC" and _fold_key(entity.text) in organisation_words():
        return "organisation"
    return ""


def phrase_at(text: str, start: int, limit: int, entities: list[Entity]) -> Mention | None:
    """The speaker phrase that starts at ``start`` (nothing may come before it), or None."""
    pats = phrase_patterns()
    for kind in ("honorific", "title", "org", "partitive", "pronoun"):
        match = pats[kind].match(text, start, limit)
        if not match:
            continue
        if kind == "partitive":  # named when a name is apposed: "l'un de ses avocats, Me Mustapha Bouchachi"
            head, end = _fold_key(match.group("head")), extend_phrase(text, match.end(), limit)
            gender = person_nouns().get(head, "-")
            named = _apposed_person(text, end, limit, _womans_role(head, gender), entities)  # "l'une des candidates, X"
            if named:
                return Mention("person", named[0], start, max(end, named[2]), gender, head)
            return Mention("title", head, start, end, gender, head, False, False)
        if kind == "honorific":
            gender = honorifics().get(_fold_key(match.group("head")).rstrip("."), "-")
            return Mention("person", match.group(0), start, match.end(), gender)
        if kind == "pronoun":
            word = _fold_key(match.group("head"))
            gender = "f" if word.startswith(("elle", "cette")) or word.endswith("ee") else "m"
            return Mention("pronoun", word, start, match.end(), gender)
        head = _fold_key(match.group("head"))
        det = _fold_key(match.group("det")).strip().rstrip("'")
        end = extend_phrase(text, match.end(), limit, kind == "title")
        if kind == "title":
            compound = _COMPOUND_PREFIX.search(text[match.end("det") : match.start("head")])
            if compound:  # "le premier vice-président de LR" is no "président de LR"
                head = f"{_fold_key(compound.group(1))}-{head}"
            # "l'ancienne garde des Sceaux": an adjective agrees with the person, whatever the noun's usual gender
            agreed = _ADJECTIVE_GENDER.get(_fold_key(text[match.end("det") : match.start("head")]).strip(), "-")
            gender = agreed
            if gender == "-":
                gender = person_nouns().get(head, "-")
                if det in ("la", "une", "sa", "cette"):
                    gender = "f"  # "cette chauffeur-livreur", "la procureur": the determiner says who
            if gender == "-" and det in ("le", "un", "son", "ce"):
                gender = "m"
            named = name_within(text, match.end(), end, entities)
            if named and is_organisation(named[0], ""):
                named = None  # "la conseillère MoDem de Mont-de-Marsan, Geneviève Darrieussecq": a party's name
            feminine = agreed == "f" or _womans_role(head, gender)
            named = named or _apposed_person(text, end, limit, feminine, entities)
            if named:
                descriptor = _role_of(text, start, match.end(), min(end, named[1]), head)
                return Mention("person", named[0], start, max(end, named[2]), gender, descriptor)
            demonstrative = det in ("ce", "cet", "cette")  # "raconte cette médecin de 57 ans": the one just named
            definite = det in ("le", "la", "l") or demonstrative
            role = head in function_titles() or head in back_nouns() or demonstrative
            descriptor = _role_of(text, start, match.end(), end, head)
            return Mention("title", head, start, end, gender, descriptor, definite, role, demonstrative)
        titled = match.group("det")[0].isupper() and text[:start].rstrip()[-1:] not in ("", ".", "!", "?", "\n")
        name = text[start if titled else match.start("head") : end]  # "selon Le Journal du Dimanche"
        return Mention("organisation", name, start, end)
    for entity in entities:
        if entity.start == start and entity.end <= limit:
            kind = classify_entity(entity)
            if kind:
                name = entity_name(text, entity) if kind == "person" else entity.text
                return Mention(kind, name, start, entity.end)
    return None


def _role_of(text: str, start: int, head_end: int, end: int, head: str) -> str:
    """The descriptor of the role phrase ``text[start:end]`` whose head noun ends at ``head_end``:
    an office's, else the head and its complement; a foreign nationality right after the head
    tells it apart (``le président brésilien`` is not ``le président russe``)."""
    office = office_descriptor(text[start:end], head)
    if office:
        return office
    descriptor = role_descriptor(head, text[head_end:end])
    nationality = _NATIONALITY.match(text, head_end, end)
    foreign = nationality is not None and _fold_key(nationality.group(1)) not in FRENCH
    if "|" not in descriptor and foreign and is_demonym(nationality.group(1)):
        return nationality_descriptor(head, nationality.group(1))
    return descriptor


def _womans_role(head: str, gender: str) -> bool:
    """True when a role of head noun ``head``, read as ``gender``, is a woman's: a feminine noun
    (``l'actrice``), or a function whose determiner follows the person (``la ministre``); not
    a masculine noun after ``la`` (``la président du groupe UMP``, a slip), nor a noun feminine
    whoever the person is (``la victime``, ``la star``)."""
    noun = person_nouns().get(head, "-")
    epicene = noun == "-" and head in function_titles() and head not in feminine_whoever_nouns()
    return noun == "f" or (gender == "f" and epicene)


def _apposed_person(
    text: str, end: int, limit: int, feminine: bool, entities: list[Entity]
) -> tuple[str, int, int] | None:
    """The person apposed after a role phrase ending at ``end``: a name (``apposed_name``), not
    a man's after a ``feminine`` role (``avec la ministre des Transports, Benjamin Griveaux, lui,
    ...`` starts a clause; a masculine role may stand for a woman), or a phrase naming one
    (``l'avocat de X, Me Randall Schwerdorffer``, ``..., la députée X``)."""
    named = apposed_name(text, end, limit, entities)
    if named:
        return None if feminine and given_name_gender(named[0]) == "m" else named
    comma = _APPOSED.match(text, end, limit)
    article = (  # ", le Dr X", ", le Républicain X"
        ARTICLE_THEN_HONORIFIC.match(text, comma.end(), limit) or _ARTICLE_THEN_LABEL.match(text, comma.end(), limit)
        if comma
        else None
    )
    apposed = phrase_at(text, article.end() if article else comma.end(), limit, entities) if comma else None
    return (apposed.name, apposed.start, apposed.end) if apposed and apposed.kind == "person" else None


def phrase_starts(text: str, start: int, end: int, entities: list[Entity]) -> list[int]:
    """Offsets in ``[start, end)`` where a speaker phrase may begin, in order."""
    starts = {e.start for e in entities if start <= e.start < end}
    for pattern in phrase_patterns().values():
        starts.update(m.start() for m in pattern.finditer(text, start, end))
    return sorted(starts)


@cache
def _role_apposition_pattern() -> re.Pattern[str]:
    return re.compile(rf"{NAME_WORD},\s+{phrase_patterns()['title'].pattern}")


@cache
def _bare_role_pattern() -> re.Pattern[str]:
    titles = _titles()
    return re.compile(rf"\s*,\s*(?-i:{titles})\s+(?:de|du|des|d['’])[^,.;:«»\"“”()]{{1,80}}")


def bare_role_apposition(gap: str) -> bool:
    """True when ``gap``, between a person's name and a verb, is a role without its article whose
    closing comma is missing: ``Jean-Yves Mano, président de la CLCV| regrette``."""
    return bool(_bare_role_pattern().fullmatch(gap))


def role_apposition(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` gives a name a role after a comma (``Younger, le patron``)."""
    return bool(_role_apposition_pattern().search(text, start, end))
