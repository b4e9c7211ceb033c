"""Write the hand-made ingest fixtures (text and JSON lines), byte for byte.

Some fixtures hold bytes an editor would silently change (cp1252, NUL, CRLF,
decomposed accents), so they are generated. Run from the repository root:

    .venv/bin/python tests/data/ingest/make_fixtures.py

The HTML pages next to this script are copied from the OrangeSum sample, not
generated (see README.md).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

TEXT_FILES: dict[str, bytes] = {
    "000_bbb1de90843e6c15.txt": (
        "\n\n  Un titre entouré d'espaces  \n\n"
        "Premier paragraphe.\nSuite du premier paragraphe.\n\n\n"
        "Deuxième paragraphe, « guillemets » et apostrophe ’.\n\n\n"
    ).encode("utf-8"),
    "bom.txt": b"\xef\xbb\xbf" + "Titre après BOM\nTexte en UTF-8 avec BOM : déjà.\n".encode("utf-8"),
    "cp1252.txt": "Un été à Noël\n\nL'œuvre coûte 5 € ; il dit ’oui’.\n".encode("cp1252"),
    "crlf.txt": "Titre CRLF\r\n\r\nLigne un.\r\nLigne deux.\r\n\r\nParagraphe deux.\r\n".encode("utf-8"),
    "cr_only.txt": "Titre CR\r\rLigne un.\rLigne deux.\r".encode("utf-8"),
    "nfd.txt": unicodedata.normalize("NFD", "Éléphant à la fête\n\nLe café est noté.\n").encode("utf-8"),
    "mixed.txt": (
        "Titre en UTF-8 : été\n\n".encode("utf-8")
        + "Ligne écrite en cp1252 : café.\n".encode("cp1252")
        + "Retour à l'UTF-8 : naïf.\n".encode("utf-8")
    ),
    "undefined_cp1252.txt": b"Titre\n\nOctet \x81 non d\xe9fini en cp1252.\n",
    "empty.txt": b"",
    "blank.txt": b"  \n\t\n\r\n",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    "controls.txt": bytes(range(1, 9)) * 8 + b"texte",
    "title_only.txt": "Rien qu'un titre\n".encode("utf-8"),
    "notes.md": b"# Not an article: ignored inside a folder\n",
    ".hidden.txt": b"Hidden\n\nIgnored when walking a folder.\n",
    "sub/nested.txt": "Article rangé dans un sous-dossier\n\nTexte imbriqué.\n".encode("utf-8"),
}

# One JSON line per entry; the comment gives what the reader should make of it.
JSONL_LINES: list[bytes] = [
    # 1: complete record
    '{"id": "a-1", "title": "Titre simple", "date": "2020-07-02", "source": "Orange Actu", '
    '"url": null, "lede": "Chapeau.", "text": "Texte de l\'article."}'.encode("utf-8"),
    # 2: integer id, month date
    '{"id": 42, "title": "Identifiant entier", "date": "2020-07", "text": "Date au mois."}'.encode("utf-8"),
    # 3: blank line, ignored
    b"",
    # 4: no id (derived), ISO date-time, unknown fields
    '{"title": "Sans identifiant", "date": "2020-07-02T23:30:00+02:00", "text": "Date ISO complète.", '
    '"auteur": "inconnu", "tags": ["x"]}'.encode("utf-8"),
    # 5: unreadable date: kept, date unknown
    '{"id": "a-5", "title": "Date illisible", "date": "2 juillet 2020", "text": "La date reste inconnue."}'.encode(
        "utf-8"
    ),
    # 6: truncated line
    '{"id": "a-6", "title": "Tronquée", "text": "Cette ligne a été coup'.encode("utf-8"),
    # 7: not an object
    b'["pas", "un", "objet"]',
    # 8: wrong type
    b'{"id": "a-8", "title": 12, "text": "Titre de mauvais type."}',
    # 9: empty text, no lede
    b'{"id": "a-9", "title": "Sans texte", "text": ""}',
    # 10: lede only: kept
    '{"id": "a-10", "title": "Chapeau seul", "lede": "Seul le chapeau est présent."}'.encode("utf-8"),
    # 11: same id as line 1
    '{"id": "a-1", "title": "Doublon", "text": "Même identifiant que la ligne 1."}'.encode("utf-8"),
    # 12: missing comma
    b'{"id": "a-12", "title": "Virgule manquante" "text": "x"}',
    # 13: decomposed accents (raw, not escaped)
    unicodedata.normalize("NFD", '{"id": "a-13", "title": "Café en NFD", "text": "Le café est noté."}').encode(
        "utf-8"
    ),
    # 14: a cp1252 line in a UTF-8 file
    '{"id": "a-14", "title": "Ligne en cp1252 : été", "text": "Coût : 5 €."}'.encode("cp1252"),
    # 15: boolean id
    b'{"id": true, "text": "Identifiant booleen."}',
    # 16: CRLF line end
    b'{"id": "a-16", "title": "Fin de ligne CRLF", "text": "Ligne terminee par CRLF."}\r',
    # 17: impossible date
    b'{"id": "a-17", "date": "2020-02-30", "text": "Date impossible."}',
    # 18: escaped CRLF inside a string, url
    b'{"id": "a-18", "text": "Texte\\r\\navec CRLF", "url": "https://exemple.fr/a-18"}',
    # 19: null id (derived)
    b'{"id": null, "text": "Identifiant null."}',
    # 20: white space only, ignored
    b"   \t",
    # 21: text of the wrong type; last line, no line end
    b'{"id": "a-21", "text": 3}',
]


def write_all() -> None:
    """Write every generated fixture under this folder."""
    for name, data in TEXT_FILES.items():
        path = HERE / "text" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    jsonl = HERE / "jsonl" / "articles.jsonl"
    jsonl.parent.mkdir(parents=True, exist_ok=True)
    jsonl.write_bytes(b"\n".join(JSONL_LINES))


if __name__ == "__main__":
    write_all()
