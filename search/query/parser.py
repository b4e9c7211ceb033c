"""From the text a user types to a Whoosh query.

Words are all required and searched in title, lede and text through the
stemmed French analyzer. Quoted phrases, prefixes (``négo*``) and fuzzy terms
(``Kery~``) are searched in the unstemmed ``exact`` field. French operators
(``OU``, ``ET``, ``SAUF``) work beside the English ones, ``-mot`` excludes a
word, and ``champ:valeur`` names a field in English or French.

Malformed text is read as well as it can be, with a French notice each time:
an odd quote or unbalanced parentheses are closed, an operator with no word
on one side is dropped, unknown field names are searched as words, text
Whoosh cannot parse is read as plain words, and only the first
:data:`MAX_QUERY_WORDS` words are read. Patterns are bounded against the
index afterwards, by :mod:`search.query.bounds`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import qparser, query
from whoosh.fields import Schema
from whoosh.qparser import syntax
from whoosh.qparser.plugins import FuzzyTermPlugin, PhrasePlugin, PrefixPlugin, WildcardPlugin

from search.analysis import fold, normalize_query_numbers
from search.schema import QUERY_FIELD_ALIASES

SEARCH_FIELDS = ("title", "lede", "text")
STEMMED_FIELDS = frozenset({"title", "lede", "text", "quotes"})
EXACT_FIELD = "exact"
NOTHING_TO_SEARCH = (
    "La requête ne contient aucun mot cherchable (mots trop courants ou signes seuls) : tous les articles sont listés."
)
_BINARY_OPERATORS = frozenset({"OU", "OR", "ET", "AND", "SAUF", "ANDNOT"})
_UNARY_OPERATORS = frozenset({"NOT", "NON"})
#: The most words (separated by spaces) and characters of a query that are read.
MAX_QUERY_WORDS = 50
MAX_QUERY_CHARS = 1000
_FIELD_NAME = re.compile(r"(?<![\w\"])(\w+):(?=\S)")
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’]", re.IGNORECASE)


@dataclass
class ParsedQuery:
    """A Whoosh query and the notices (in French) about how the text was read."""

    query: query.Query
    notices: list[str] = field(default_factory=list)

    @property
    def is_everything(self) -> bool:
        """True when the query matches every article (an empty search)."""
        return isinstance(self.query, query.Every)


def _fold_pattern(text: str) -> str:
    """Fold a wildcard or fuzzy pattern like the exact field's analyzer, keeping * and ?."""
    return _ELISION.sub("", fold(text))


def _route_to_exact(parser: qparser.QueryParser, group: syntax.GroupNode) -> syntax.GroupNode:
    """Send phrases, prefixes and fuzzy terms on the full text to the unstemmed field."""
    for node in group:
        if isinstance(node, syntax.GroupNode):
            _route_to_exact(parser, node)
            continue
        if not node.has_fieldname or node.fieldname not in (None, *SEARCH_FIELDS):
            continue
        if isinstance(node, PhrasePlugin.PhraseNode):
            node.set_fieldname(EXACT_FIELD, override=True)
        elif isinstance(node, (WildcardPlugin.WildcardNode, PrefixPlugin.PrefixNode, FuzzyTermPlugin.FuzzyTermNode)):
            node.set_fieldname(EXACT_FIELD, override=True)
            node.text = _fold_pattern(node.text)
    return group


class _ExactRoutingPlugin(qparser.Plugin):
    def filters(self, parser: qparser.QueryParser) -> list[tuple[object, int]]:
        # After explicit field names (100), before multifield expansion (110).
        return [(_route_to_exact, 105)]


#: Parsers made per schema (by identity; the schema is kept so its id is not reused).
_PARSERS: dict[int, tuple[Schema, qparser.QueryParser]] = {}


def parser_for(schema: Schema) -> qparser.QueryParser:
    """The French query parser of ``schema``, made once (parsing keeps no state on it)."""
    known = _PARSERS.get(id(schema))
    if known is None or known[0] is not schema:
        if len(_PARSERS) >= 16:
            _PARSERS.clear()
        known = _PARSERS[id(schema)] = (schema, make_parser(schema))
    return known[1]


def make_parser(schema: Schema) -> qparser.QueryParser:
    """A query parser configured for French users."""
    parser = qparser.MultifieldParser(list(SEARCH_FIELDS), schema, group=qparser.AndGroup)
    # Apostrophes are elisions in French, never quotes around a term.
    parser.remove_plugin_class(qparser.SingleQuotePlugin)
    parser.remove_plugin_class(qparser.OperatorsPlugin)
    parser.add_plugin(
        qparser.OperatorsPlugin(
            And=r"(?<=\s)(AND|ET)(?=\s)",
            Or=r"(?<=\s)(OR|OU)(?=\s)",
            AndNot=r"(?<=\s)(ANDNOT|SAUF)(?=\s)",
            Not=r"(^|(?<=(\s|[()])))(NOT|NON)(?=\s)",
        )
    )
    # -word excludes a word; a hyphen inside a word ("Alep-Est") is not an operator.
    # Words are required anyway, so + has no meaning of its own: it never matches.
    parser.add_plugin(qparser.PlusMinusPlugin(plusexpr=r"(?!)", minusexpr=r"(?<![^\s(])-"))
    parser.add_plugin(qparser.FuzzyTermPlugin())
    aliases: dict[str, list[str]] = {}
    for alias, name in QUERY_FIELD_ALIASES.items():
        if alias != name:
            aliases.setdefault(name, []).append(alias)
    parser.add_plugin(qparser.FieldAliasPlugin(aliases))
    parser.add_plugin(_ExactRoutingPlugin())
    return parser


def _unknown_fields(text: str, schema: Schema) -> list[str]:
    names = {m.group(1) for m in _FIELD_NAME.finditer(text)}
    return sorted(n for n in names if n not in QUERY_FIELD_ALIASES and n not in schema)


def _balanced(text: str) -> tuple[str, list[str]]:
    """Close what the user left open: an odd quotation mark, unbalanced parentheses."""
    notices = []
    if text.count('"') % 2:
        cut = text.rfind('"')
        text = text[:cut] + text[cut + 1 :]
        notices.append("Guillemet non fermé : il a été ignoré.")
    depth, kept = 0, []
    for char in text:
        if char == ")" and depth == 0:
            continue
        depth += (char == "(") - (char == ")")
        kept.append(char)
    if depth or len(kept) != len(text):
        notices.append("Parenthèses non équilibrées : elles ont été complétées.")
    return "".join(kept) + ")" * depth, notices


def _dangling_operators(text: str) -> tuple[str, list[str]]:
    """Drop operators with no word on one side (``Alep OU``, ``ET Alep``, ``SAUF`` alone).

    A leading ``SAUF``/``ANDNOT`` is read as ``NOT``: ``SAUF Alep`` lists the
    articles without Alep. Runs after :func:`_balanced`, so the first and last
    words are never inside quotes.
    """
    words, notices = text.split(" "), []
    if len(words) > 1 and words[0] in ("SAUF", "ANDNOT"):
        notices.append(f"« {words[0]} » en tête de requête est lu comme NOT : les articles sans la suite sont cherchés.")
        words[0] = "NOT"
    dropped = []
    while words and words[0] in _BINARY_OPERATORS:
        dropped.append(words.pop(0))
    while words and words[-1] in _BINARY_OPERATORS | _UNARY_OPERATORS:
        dropped.append(words.pop())
    notices += [
        f"Opérateur « {operator} » sans mot avant ou après : il a été ignoré." for operator in dict.fromkeys(dropped)
    ]
    return " ".join(words), notices


def french_number(n: int) -> str:
    """``3 412``: digits grouped by three with a narrow no-break space, as French writes them."""
    return f"{n:,}".replace(",", "\u202f")


def _capped(text: str) -> tuple[str, list[str]]:
    """The first :data:`MAX_QUERY_WORDS` words of ``text``, in at most :data:`MAX_QUERY_CHARS` characters."""
    words = text.split(" ")
    kept = " ".join(words[:MAX_QUERY_WORDS])
    if len(kept) > MAX_QUERY_CHARS:
        cut = kept.rfind(" ", 0, MAX_QUERY_CHARS + 1)
        kept = kept[: cut if cut > 0 else MAX_QUERY_CHARS]
    if kept == text:
        return text, []
    limit = f"{MAX_QUERY_WORDS} premiers mots ({french_number(MAX_QUERY_CHARS)} caractères au plus)"
    return kept, [f"Requête trop longue : seuls ses {limit} sont cherchés."]


def parse_query(text: str, schema: Schema) -> ParsedQuery:
    """Read a user's query; never raises, and says in French what it had to change.

    Only the first :data:`MAX_QUERY_WORDS` words (and :data:`MAX_QUERY_CHARS`
    characters) are read, so that one request cannot build a gigantic query.
    """
    cleaned = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    if not cleaned:
        return ParsedQuery(query.Every())
    cleaned, notices = _capped(cleaned)
    for repair in (_balanced, _dangling_operators):
        cleaned, repaired = repair(cleaned)
        notices += repaired
    if not cleaned:
        return ParsedQuery(query.Every(), [*notices, NOTHING_TO_SEARCH])
    notices += [
        f"Champ inconnu « {name} » : « {name}: » est cherché comme un mot."
        for name in _unknown_fields(cleaned, schema)
    ]
    try:
        parsed = parser_for(schema).parse(normalize_query_numbers(cleaned))
    except Exception:  # Whoosh raises many kinds on odd input; fall back to plain words.
        signless = re.sub(r"[\"()*?~^:+\-\[\]{}]", " ", cleaned).split()
        words = " ".join(w for w in signless if w not in _BINARY_OPERATORS | _UNARY_OPERATORS)
        notices.append(f"Requête mal formée : elle a été lue comme les mots « {words} ».")
        # Words only: no syntax, not even operators (``SAUF SAUF`` made Whoosh fail).
        words_parser = qparser.MultifieldParser(list(SEARCH_FIELDS), schema, plugins=[], group=qparser.AndGroup)
        parsed = words_parser.parse(normalize_query_numbers(words))
    if parsed is query.NullQuery or isinstance(parsed, type(query.NullQuery)):
        return ParsedQuery(query.Every(), [*notices, NOTHING_TO_SEARCH])
    return ParsedQuery(parsed, notices)
