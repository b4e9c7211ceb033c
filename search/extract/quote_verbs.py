"""Speech verbs (``data/speech_verbs.txt``), their inflections and the verb-group patterns.

A verb group is what reports speech in a sentence: ``a déclaré``, ``a-t-il dit``,
``déclare``, ``estime-t-elle``, ``s'est exclamé``, ``a encore souligné``,
``a tenu à préciser``. Regular ``-er`` verbs are inflected here; irregular ones
list their forms in the data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from search.extract.name_data import data_lines

VERBS_FILE = "speech_verbs.txt"

#: Auxiliaries of compound tenses (3rd person), and of reflexive verbs.
#: ``à`` is ``a`` mistyped before a participle: ``, à précisé l'Élysée``, ``à assuré Francis``.
AUXILIARIES = ("a", "à", "avait", "aurait", "ont", "avaient", "auraient", "aura")
REFLEXIVE_AUXILIARIES = ("est", "était", "sont", "étaient", "serait")
#: Words that may sit between an auxiliary and its participle (``a encore dit``).
ADVERBS = (
    "encore",
    "également",
    "aussi",
    "ainsi",
    "alors",
    "ensuite",
    "enfin",
    "même",
    "déjà",
    "toutefois",
    "cependant",
    "néanmoins",
    "pourtant",
    "notamment",
    "simplement",
    "seulement",
    "clairement",
    "plus tard",
    "pour sa part",
    "de son côté",
    "par ailleurs",
    "en outre",
    "lui aussi",
    "elle aussi",
    "quant à lui",
    "quant à elle",
    "d'ailleurs",
    "d'abord",
    "tout d'abord",
    "d'emblée",
    "bien",
    "souvent",
    "longtemps",
    "récemment",
    "aussitôt",
    "immédiatement",
    "publiquement",
    "plusieurs fois",
    "une nouvelle fois",
    "une fois de plus",
    "une fois encore",
    "à nouveau",
    "de nouveau",
    "lui-même",
    "elle-même",
    "en effet",
    "à son tour",
    "auparavant",
    "toujours",
    "en revanche",
    "par exemple",
    "elle",  # "avait elle relevé"
    "lui",
)
#: A medium set between auxiliary and participle: ``s'est dans un tweet dite honorée``.
_INSERTED = r"(?:dans|sur|via)\s+(?:un|une|son|sa|le|la)\s+[\w-]+\s+"
#: A stressed pronoun set off by commas after the auxiliary: ``avait, lui, prévenu``.
_STRESSED = r"(?:\s+|\s*,\s*(?:lui|elle|eux|elles)\s*,\s*)"
#: Any adverb in -ment (``a rapidement condamné``, ``a catégoriquement rejeté``).
_MENT_ADVERB = r"[a-zà-ÿ]{3,}ment"
#: Verbs followed by an infinitive that keep the speech sense: ``a tenu à préciser``, ``a fini par lâcher``.
LEAD_VERBS = ("tenu à", "voulu", "souhaité", "fait", "cru bon de", "jugé bon de", "dû", "pu", "fini par")
#: The same, conjugated: ``tient à préciser``, ``veut rappeler``.
LEAD_FINITE = (
    "tient à", "tiennent à", "tenait à", "veut", "veulent", "voulait", "souhaite", "souhaitent", "doit", "doivent",
    "devait", "peut", "peuvent", "pouvait", "vient de", "viennent de", "venait de", "venaient de",
    "finit par", "finissent par", "finissait par",
)  # fmt: skip
PRONOUNS = ("il", "elle", "on", "ils", "elles")
#: An object pronoun that may open a verb group: ``y explique``, ``lui a lancé``, ``en a conclu``
#: (not ``lui`` after ``à``: ``quant à lui indique``).
_CLITIC = r"(?:y|en|(?<![àÀ]\s)lui|leur)\s+"


@dataclass(frozen=True)
class SpeechVerb:
    """One speech verb: its infinitive, finite forms and participle forms."""

    infinitive: str
    participles: tuple[str, ...]
    finite: tuple[str, ...]
    reflexive: bool
    declarative: bool  # False for "~" verbs: they attribute quotations only


#: An acute ``é`` in a stem's last syllable turns grave before a silent ending (``compléter``:
#: ``il complète``, ``suggérer``: ``il suggère``).
_LAST_ACUTE = re.compile(r"é(?=(?:[bcdfgjklmnpqrstvz]|[bcdfgptv][lr]|gn|ch)$)")


def _regular_forms(stem: str) -> tuple[list[str], list[str]]:
    """Participles and finite forms of a regular ``-er`` verb from its stem."""
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    grave = _LAST_ACUTE.sub("è", stem)  # "complét" -> "complète", "suggér" -> "suggère"
    participles = [stem + "é"]
    finite = [grave + "e", grave + "ent", soft + "ait", soft + "aient", soft + "a", stem + "èrent", stem + "era"]
    return participles, finite


def agreed_forms(participle: str) -> list[str]:
    """A participle with every agreement: ``partagé``, ``partagée``, ``partagés``, ``partagées``
    (no ``s`` added after an ``s``: ``mis``, ``mise``, ``mises``)."""
    return [participle + ending for ending in ("", "e", "s", "es") if not (participle.endswith("s") and ending == "s")]


def parse_verb_line(line: str) -> SpeechVerb:
    """Read one line of the speech verb file (see the file's header for the format)."""
    declarative = not line.startswith("~")
    head, _, forms = line.lstrip("~").partition(":")
    head = head.strip()
    reflexive = head.startswith(("s'", "se "))
    infinitive = head[2:] if head.startswith("s'") else head[3:] if head.startswith("se ") else head
    if forms.strip():
        participle, *finite = (form.replace("_", " ") for form in forms.split())
        participles, finite_forms = [participle], finite
    else:
        participles, finite_forms = _regular_forms(infinitive[:-2])
    agreed = participles if " " in participles[0] else [form for p in participles for form in agreed_forms(p)]
    return SpeechVerb(
        infinitive, tuple(dict.fromkeys(agreed)), tuple(dict.fromkeys(finite_forms)), reflexive, declarative
    )


@cache
def speech_verbs() -> tuple[SpeechVerb, ...]:
    """Every speech verb in the data file."""
    return tuple(parse_verb_line(line) for line in data_lines(VERBS_FILE))


def _alternation(words) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@cache
def verb_group_pattern(declarative_only: bool = False) -> str:
    """A regex (named group ``verb``) for a non-inverted speech verb group.

    Matches ``a déclaré``, ``a encore déclaré``, ``déclare``, ``s'est exclamé``,
    ``s'exclame``, ``a tenu à préciser``, ``tient à préciser``, ``vient de déclarer``,
    ``avait dit``, ``s'est dans un tweet dite``, ``y explique``, ``lui a lancé``, ``en a conclu``.
    """
    verbs = [v for v in speech_verbs() if v.declarative or not declarative_only]
    plain = [v for v in verbs if not v.reflexive]
    reflexive = [v for v in verbs if v.reflexive]
    adverbs = rf"(?:(?:{_alternation(ADVERBS)}|{_MENT_ADVERB})\s+|{_INSERTED}){{0,3}}"
    infinitives = _alternation(v.infinitive for v in plain)
    compound = (
        rf"(?:{_alternation(AUXILIARIES)}){_STRESSED}{adverbs}"
        rf"(?:(?:{_alternation(v for p in plain for v in p.participles)})"
        rf"|(?:{_alternation(LEAD_VERBS)})\s+(?:{infinitives}))"
    )
    simple = _alternation(f for v in plain for f in v.finite)
    led = (
        rf"(?:{_alternation(LEAD_FINITE)})\s+{adverbs}(?:{infinitives})"
        rf"|(?:vient|viennent|venait|venaient)\s+d['’](?:{infinitives})"  # "vient d'annoncer"
    )
    refl_forms = [f for v in reflexive for f in v.finite]
    refl_parts = [p for v in reflexive for p in v.participles]
    refl = (
        rf"(?:s'|s’|se\s+)(?:(?:{_alternation(REFLEXIVE_AUXILIARIES)})\s+{adverbs}(?:{_alternation(refl_parts)})"
        rf"|(?:{_alternation(refl_forms)}))"
    )
    return rf"(?P<verb>(?:{_CLITIC})?(?:{compound}|{led}|{refl}|(?:{simple})))(?![\w-])"


@cache
def inverted_group_pattern() -> str:
    """A regex (named group ``verb``) for an inverted verb group (see ``inverted_pronoun``).

    Matches ``a-t-il dit``, ``a t-il dit``, ``s'est-elle exclamée``,
    ``déclare-t-il``, ``dit-elle``, ``ajoutait-il``, ``ont-ils ajouté``, ``met-il en garde``.
    """
    plain = [v for v in speech_verbs() if not v.reflexive]
    reflexive = [v for v in speech_verbs() if v.reflexive]
    pronoun = rf"(?:\s*-\s*t\s*-|\s+t-|-)\s*(?:{_alternation(PRONOUNS)})\b"  # "-t-il", " t-il", "-il"; not " il"
    adverbs = rf"(?:(?:{_alternation(ADVERBS)}|{_MENT_ADVERB})\s+){{0,3}}"
    participles = _alternation([p for v in speech_verbs() for p in v.participles])
    infinitives = _alternation(v.infinitive for v in plain)
    compound = (
        rf"(?:s'|s’|se\s+)?(?:{_alternation((*AUXILIARIES, *REFLEXIVE_AUXILIARIES))}){pronoun}\s+{adverbs}"
        rf"(?:(?:{participles})|(?:{_alternation(LEAD_VERBS)})\s+(?:{infinitives}))"
    )
    reflexive_finite = _alternation(f for v in reflexive for f in v.finite)
    plain_finite = _alternation(f for v in plain for f in v.finite)
    simple = rf"(?:(?:s'|s’|se\s+)(?:{reflexive_finite})|(?:{plain_finite})){pronoun}"
    split = [f.split(" ", 1) for v in plain for f in v.finite if " " in f]  # "met-il en garde", "fait-il valoir"
    phrase = "|".join(rf"{re.escape(head)}{pronoun}\s+{_alternation([rest])}" for head, rest in split)
    return rf"(?P<verb>{compound}|{simple}{'|' + phrase if phrase else ''})(?![\w-])"


_INVERTED_PRONOUN = re.compile(r"[\s-]t?[-\s]?(ils|elles|il|elle|on)\b", re.IGNORECASE)


def inverted_pronoun(verb: str) -> str:
    """The subject pronoun of an inverted verb group: ``a-t-il dit`` -> ``il``."""
    match = _INVERTED_PRONOUN.search(verb)
    return match.group(1).lower() if match else ""


_WORDS = re.compile(r"[\w'’-]+")
#: The elision before a verb word: ``s'exclame``.
_ELISION = re.compile(r"['’]")
#: How many words a verb group may have before its speech verb (``a pour sa part déclaré``).
MAX_GROUP_WORDS = 6


@cache
def verb_words() -> frozenset[str]:
    """Every inflected form, participle and infinitive of a speech verb, lowercase."""
    words = set()
    for verb in speech_verbs():
        for form in (*verb.participles, *verb.finite, verb.infinitive):
            words.add(form.split()[-1])  # "a fait état": the group is found from "état"
    return frozenset(words)


@cache
def finite_words() -> frozenset[str]:
    """The first word of every finite form of a speech verb (``estime``, ``fait`` of ``fait
    part``), lowercase: no participle (``plainte``) or infinitive."""
    return frozenset(form.split()[0].lower() for verb in speech_verbs() for form in verb.finite)


@cache
def _non_declarative_words() -> frozenset[str]:
    declarative = {w for v in speech_verbs() if v.declarative for w in (*v.participles, *v.finite)}
    return frozenset(w for v in speech_verbs() if not v.declarative for w in (*v.participles, *v.finite)) - declarative


def is_declarative(verb: str) -> bool:
    """False for a verb group of a ``~`` verb (``pense-t-il``, ``a espéré``): an opinion."""
    return not any(_core(word) in _non_declarative_words() for word in _WORDS.findall(verb))


@cache
def present_participles(declarative_only: bool = True) -> frozenset[str]:
    """``disant``, ``estimant``, ``affirmant`` ...: from the imperfect (``disait`` -> ``disant``);
    with ``declarative_only`` False also those of ``~`` verbs (``constatant``, ``s'inquiétant``)."""
    return frozenset(
        f[:-3] + "ant"
        for v in speech_verbs()
        if v.declarative or not declarative_only
        for f in v.finite
        if f.endswith("ait")
    )


def mentions_speech(text: str) -> bool:
    """True when ``text`` has a speech verb form, ``selon`` or ``d'après`` (a set look-up)."""
    words = verb_words()
    return any(_core(w) in words or w.lower() in ("selon", "d'après", "d’après") for w in _WORDS.findall(text))


_THAT = re.compile(r"\bqu(?:e\b|['’])", re.IGNORECASE)


def reports_clause(text: str) -> bool:
    """True when ``text`` has a declarative speech verb followed, three words on at most, by
    ``que``: what comes after it is someone's words (``X a estimé jeudi qu'avec ce référendum,
    ...``); not an opinion's (``aussi crue que``: ``croire``)."""
    for that in _THAT.finditer(text):
        words = _WORDS.findall(text, max(0, that.start() - 60), that.start())[-4:]
        if any(_core(word) in verb_words() and is_declarative(word) for word in words):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def _core(word: str) -> str:
    """``s'exclame`` -> ``exclame``, ``dit-il`` -> ``dit``, ``a-t-il`` -> ``a``."""
    return _ELISION.split(word.lower())[-1].split("-")[0]


def verb_groups_in(text: str, start: int, end: int, declarative_only: bool = False) -> list[re.Match[str]]:
    """Non-inverted verb groups in ``text[start:end]``, found from their speech verb word
    (a set look-up) rather than by running the pattern at every offset."""
    words = list(_WORDS.finditer(text, start, end))
    pattern = compiled(verb_group_pattern(declarative_only))
    found: list[re.Match[str]] = []
    for index, word in enumerate(words):
        if _core(word.group()) not in verb_words():
            continue
        best = None
        for back in range(min(index, MAX_GROUP_WORDS), -1, -1):
            begin = words[index - back].start()
            if found and begin < found[-1].end():
                continue
            match = pattern.match(text, begin, end)
            if match and match.end() >= word.end():
                best = match
                break
        if best:
            found.append(best)
    return found


@cache
def compiled(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``re.compile`` with a cache, for the patterns built here."""
    return re.compile(pattern, flags)
