"""Direct or indirect: a short quoted span without a verb is a scare quote; a quotation
after a work's noun is a title, not a quote.

The annotation guide's rule: words in quotation marks are a *direct* quotation
when they contain a conjugated verb or an infinitive, or have at least four words;
a shorter span without a verb (``"transparence"``, ``"aucune explication"``,
``"inadmissible et révoltante"``, ``"très sonnée"``) only qualifies a statement
that is reported, so the statement is *indirect*. Without a tagger, a verb is
told by its form: a common finite form (``est``, ``va``, ``sont``), a person ending
(``avançons``, ``-ez``, ``-ait``), a future (``suivra``), or an infinitive (``faire``,
``pour rigoler``) that does not follow a determiner (``le premier``, ``un dossier``).
"""

from __future__ import annotations

import re

from search.extract.name_data import fold, folded_words

#: Spans of at most this many words need a verb to be direct quotations.
MAX_SCARE_WORDS = 3
_FINITE = frozenset(
    """est sont etait etaient sera seront serait seraient fut a ont avait avaient aura auront aurait auraient
    ai as avons avez suis es sommes etes va vont vais vas allait fait font faisait peut peuvent pouvait pourra
    pourrait doit doivent devait devra devrait faut fallait faudra faudrait veut veulent voulait voudrait
    sait savent savait dit disent disait vient viennent venait prend prennent met mettent voit voient
    croit croient reste restent semble semblent parait existe existent manque manquent compte comptent
    suffit suffisait vit vivent sort sortent part partent meurt tient tiennent devient deviennent
    aime aiment pense pensent crois sais peux veux dois vois""".split()
)
_INFINITIVE_IRREGULAR = frozenset(
    "faire dire etre avoir voir croire taire prendre mettre vivre suivre ecrire lire boire rire vaincre "
    "battre perdre vendre rendre attendre entendre defendre repondre comprendre apprendre".split()
)
#: Words ending like infinitives that are nouns, adjectives or prepositions (folded).
NOT_INFINITIVES = frozenset(
    "premier dernier entier hier cher fier amer leger super cancer enfer hiver mer fer ver laser poker "
    "leader manager dealer boxer dossier quartier metier papier chantier foyer loyer danger etranger "
    "janvier fevrier plaisir avenir souvenir desir loisir elixir emir zephyr nadir tapir saphir martyr "
    "soir noir espoir couloir miroir trottoir comptoir mouchoir contre entre autre notre votre quatre "
    "centre nombre membre ordre titre libre propre pauvre guerre terre pierre ministre cadre ombre lettre "
    "offre chiffre theatre spectre sinistre monstre mystere caractere frontiere matiere maniere carriere "
    "priere premiere derniere entiere lumiere riviere barriere maitre traitre fenetre pretre metre kilometre "
    "parametre perimetre diametre centimetre hetre poudre foudre cuivre givre".split()
)
#: Endings of verbs in -re (most words in -re are nouns: "ministre", "militaire").
_RE_ENDINGS = (
    "dre", "ttre", "aitre", "oitre", "ivre", "aincre", "uire", "rire", "crire", "dire", "lire", "faire",
    "plaire", "boire", "croire", "etre", "clure", "soudre",
)  # fmt: skip


def looks_infinitive(word: str) -> bool:
    """True when a folded word has the form of an infinitive (``envisager``, ``suivre``)."""
    if word in _INFINITIVE_IRREGULAR:
        return True
    if len(word) <= 4 or word in NOT_INFINITIVES:
        return False
    return word.endswith(("er", "ir")) or word.endswith(_RE_ENDINGS)


#: Nouns and adjectives with a verb's person ending: ``provocations``, ``régions``, ``portrait``.
_NOT_VERB_ENDINGS = (
    "tions", "sions", "xions", "llions", "gions", "raisons", "maisons", "saisons", "trait", "souhait", "fait",
)
#: Words ending like a verb's future (``suivra``) that are nouns, adjectives or prefixes (folded).
_NOT_FUTURES = frozenset("camera opera cobra mantra sierra tiara sahara extra ultra zebra contra algebra".split())
_DETERMINERS = frozenset("le la les l un une des du de d son sa ses leur leurs ce cet cette ces mon ma mes".split())
_INFINITIVE_LEADS = frozenset("à pour sans de d se s ne n y en me m te t nous vous lui leur pas".split())
_WORD = re.compile(r"[\w-]+")


def _is_verb(words: list[str], i: int) -> bool:
    word = words[i]
    if word in _FINITE or (
        len(word) > 4 and word.endswith(("ons", "ez", "ait", "aient")) and not word.endswith(_NOT_VERB_ENDINGS)
    ):
        return True
    if not looks_infinitive(word):
        return False
    before = words[i - 1] if i else ""
    if before in _DETERMINERS and before not in _INFINITIVE_LEADS:
        return False
    return not word.endswith("ier") or before in _INFINITIVE_LEADS


def has_verb(words: str) -> bool:
    """True when one of ``words`` has the form of a conjugated verb or an infinitive."""
    tokens = _WORD.findall(words.replace("’", " ").replace("'", " "))
    folded = ["à" if w in ("à", "À", "A") else fold(w) for w in tokens]  # "à" is no "a" ("A son image")
    return any(_is_verb(folded, i) or _is_future(token, word) for i, (token, word) in enumerate(zip(tokens, folded)))


def _is_future(token: str, word: str) -> bool:
    """True when a lowercase ``token`` (``word`` folded) has the form of a verb's future, third person
    singular (``suivra``, ``jugera``); not a noun (``caméra``), nor a capitalized name (``Zahra``)."""
    return token[:1].islower() and len(word) > 4 and word.endswith("ra") and word not in _NOT_FUTURES


_FIRST_WORD = re.compile(r"([\w-]+)")
_LAST_WORD = re.compile(r"([\w'’-]+)(?:\s+comme)?\s*,?\s*[«“\"]?\s*$")


def names_a_work(text: str, quote_start: int) -> bool:
    """True when the word right before a quotation or a name (``quote_start``: its first
    character), or before ``comme`` there, announces the title of a work, a show or a
    campaign (``data/works.txt``: ``la pièce "The Boys in the Band"``, ``la comédie musicale
    "The Prom"``, ``son troisième album, Amigo``): a title is no one's words, nor anyone's
    name. Not after a verb (``son livre est "ridicule"``), nor when the quotation opens in
    lowercase (``qualifie la chanson "d'appel au meurtre"``)."""
    if not text[quote_start : quote_start + 1].isupper() and not text[quote_start : quote_start + 1].isdigit():
        return False
    match = _LAST_WORD.search(text, max(0, quote_start - 40), quote_start)
    word = re.sub(r"^[ldLD]['’]", "", match.group(1)) if match else ""  # "l'émission", "d'album"
    return bool(word) and fold(word) in folded_words("works.txt")


#: The words that announce an offence's legal name: ``pour``, ``de``, ``du chef de``.
_CHARGE_LEAD = re.compile(r"(?:\bpour|\bd['’]|\bde|\bchefs?\s+d['’]|\bchefs?\s+de)\s*[«“\"]\s*$", re.IGNORECASE)


def names_a_charge(text: str, quote_start: int) -> bool:
    """True when the quotation starting at ``quote_start`` (its first quoted character) is the
    legal name of an offence (``data/charges.txt``): it opens with a charge word right after
    ``pour``/``de``/``du chef de`` (``mis en examen pour "escroquerie sur personne
    vulnérable"``). Such a quotation is a legal text, no one's words."""
    word = _FIRST_WORD.match(text, quote_start)
    return (
        bool(word)
        and fold(word.group(1)) in folded_words("charges.txt")
        and bool(_CHARGE_LEAD.search(text, max(0, quote_start - 20), quote_start))
    )


def is_scare_quote(words: str) -> bool:
    """True when quoted ``words`` are a scare quote: at most three words, none a verb."""
    return len(words.split()) <= MAX_SCARE_WORDS and not has_verb(words)


#: What may sit between a speech verb and a short quotation: time words, complements and
#: a determiner (``a souligné cette semaine la "transparence"``, ``a dénoncé mercredi devant
#: le Conseil "le racisme systémique"``, ``la qualifiant d"ignoble politicienne"``): the statement
#: is reported, the quote qualifies it.
SHORT_QUOTE_GAP = re.compile(
    r"^(?:\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|cette\s+semaine|ce\s+week-end)"
    r"(?:\s+(?:matin|soir|midi|dernier))?"
    r"|(?:à|au|aux|dans|sur|devant|auprès\s+de|lors\s+d['’]une?|en|pour|par)\s+[^,:.;!?«»]{1,40}?))*"
    r"\s*(?:(?:de|d['’]?|à)\s*)?(?:(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|cette|ce|cet|ces|du)\s*)?$",
    re.IGNORECASE,
)

