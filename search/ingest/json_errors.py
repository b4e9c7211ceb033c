"""Explain a JSON syntax error in French, with the column to look at."""

from __future__ import annotations

import json

from search.ingest import reasons

# Python's messages (json.decoder), by prefix, and what they mean to a user.
_MESSAGES = (
    ("Expecting ',' delimiter", "virgule manquante"),
    ("Expecting ':' delimiter", "deux-points manquant après un nom de champ"),
    ("Expecting property name enclosed in double quotes", "nom de champ entre guillemets doubles attendu"),
    ("Expecting value", "valeur attendue"),
    ("Unterminated string starting at", "texte sans guillemet fermant"),
    ("Invalid control character at", "caractère de contrôle dans un texte (tabulation ou saut de ligne brut ?)"),
    ("Invalid \\uXXXX escape", "séquence \\u invalide"),
    ("Invalid \\escape", "barre oblique inverse invalide (doubler le \\ ?)"),
    ("Extra data", "contenu en trop après la fin de l'objet"),
    ("Illegal trailing comma before end of object", "virgule en trop avant }"),
    ("Illegal trailing comma before end of array", "virgule en trop avant ]"),
)

TRUNCATED = "ligne tronquée"


def explain(error: json.JSONDecodeError) -> str:
    """A short French reason for a JSON error on one line, e.g.
    ``JSON invalide : virgule manquante (colonne 57)``.

    An error at the very end of the line (or an unterminated string) most often
    means the line was cut short, and is reported as such.
    """
    detail = next((french for english, french in _MESSAGES if error.msg.startswith(english)), None)
    at_end = error.pos >= len(error.doc.rstrip())
    if at_end and not error.msg.startswith("Extra data"):
        detail = TRUNCATED
    elif error.msg.startswith("Unterminated string"):
        # A JSON string cannot span lines: the line was cut, or a quote is missing.
        detail = f"{TRUNCATED} : {detail}"
    elif error.msg.startswith("Expecting property name") and error.doc[error.pos : error.pos + 1] == "}":
        detail = "virgule en trop avant }"
    if detail is None:
        detail = "syntaxe incorrecte"
    return reasons.invalid_json(detail, error.colno)
