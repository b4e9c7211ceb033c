"""JSON syntax errors explained in French, with the column."""

from __future__ import annotations

import json

import pytest

from search.ingest.json_errors import explain


def _reason(line: str) -> str:
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(line)
    return explain(caught.value)


def test_missing_comma_with_column():
    line = '{"id": "a", "title": "x" "text": "y"}'
    # Python points at the next name, column 26 counted from 1.
    assert line[25] == '"'
    assert _reason(line) == "JSON invalide : virgule manquante (colonne 26)"


def test_truncated_line():
    assert _reason('{"id": "a", "text":') == "JSON invalide : ligne tronquée (colonne 20)"
    assert _reason('{"id": "a",') == "JSON invalide : ligne tronquée (colonne 12)"


def test_unterminated_string_is_reported_as_truncated():
    assert _reason('{"text": "coup') == "JSON invalide : ligne tronquée : texte sans guillemet fermant (colonne 10)"


def test_unquoted_name_trailing_comma_extra_data_escape():
    assert _reason("{id: 1}") == "JSON invalide : nom de champ entre guillemets doubles attendu (colonne 2)"
    assert _reason('{"id": 1,}') == "JSON invalide : virgule en trop avant } (colonne 10)"
    assert _reason('{"id": 1} x') == "JSON invalide : contenu en trop après la fin de l'objet (colonne 11)"
    assert _reason('{"t": "a\\qb"}') == "JSON invalide : barre oblique inverse invalide (doubler le \\ ?) (colonne 9)"
    assert _reason('{"t": "a\tb"}').startswith("JSON invalide : caractère de contrôle dans un texte")
