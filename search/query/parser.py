"""From the text a user types to a Whoosh query.

Words are all required and searched in title, lede and text through the
stemmed French analyzer. Quoted phrases, prefixes (``négo*``) and fuzzy terms
(``Kery~``) are searched in the unstemmed ``exact`` field. French operators
(``OU``, ``ET``, ``SAUF``) work beside the English ones, ``-mot`` excludes a
word, and ``champ:valeur`` names a field in English or French.
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
_FIELD_NAME = re.compile(r"(?<![\w\"])(\w+):(?=\S)")
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’]", re.I)


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


def parse_query(text: str, schema: Schema) -> ParsedQuery:
    """Read a user's query; never raises, and says in French what it had to change."""
    cleaned = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    if not cleaned:
        return ParsedQuery(query.Every())
    cleaned, notices = _balanced(cleaned)
    notices += [
        f"Champ inconnu « {name} » : « {name}: » est cherché comme un mot."
        for name in _unknown_fields(cleaned, schema)
    ]
    parser = make_parser(schema)
    try:
        parsed = parser.parse(normalize_query_numbers(cleaned))
    except Exception:  # Whoosh raises many kinds on odd input; fall back to plain words.
        words = re.sub(r"[\"()*?~^:+\-\[\]{}]", " ", cleaned)
        notices.append(
            f"Requête mal formée : elle a été lue comme les mots « {' '.join(words.split())} »."
        )
        parsed = parser.parse(normalize_query_numbers(words))
    if parsed is query.NullQuery or isinstance(parsed, type(query.NullQuery)):
        notices.append("La requête ne contient aucun mot cherchable (mots trop courants ou signes seuls) : tous les articles sont listés.")
        return ParsedQuery(query.Every(), notices)
    return ParsedQuery(parsed, notices)
