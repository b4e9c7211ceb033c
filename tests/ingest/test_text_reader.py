"""Plain text articles: id, title, verbatim text, encodings, empty and binary files."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from search.article import Article, Skipped
from search.ingest.text_reader import id_from_path, parse_text, split_title

from .conftest import TEXT


def _read(name: str) -> Article | Skipped:
    path = (TEXT / name).resolve()
    items = list(parse_text(path, path.read_bytes()))
    assert len(items) == 1
    return items[0]


def test_id_title_and_verbatim_text():
    article = _read("000_bbb1de90843e6c15.txt")
    assert isinstance(article, Article)
    assert article.id == "000_bbb1de90843e6c15"
    assert article.title == "Un titre entouré d'espaces"
    assert article.text == (
        "Premier paragraphe.\nSuite du premier paragraphe.\n\n\n"
        "Deuxième paragraphe, « guillemets » et apostrophe ’."
    )
    assert article.source is None
    assert article.date is None and article.date_precision == "unknown"
    assert article.line is None


def test_origin_hash_and_size_are_of_the_whole_file():
    path = (TEXT / "cp1252.txt").resolve()
    article = _read("cp1252.txt")
    raw = path.read_bytes()
    assert article.origin == str(path)
    assert article.content_hash == hashlib.sha256(raw).hexdigest()
    assert article.size == len(raw)


def test_bom():
    article = _read("bom.txt")
    assert article.title == "Titre après BOM"
    assert article.text == "Texte en UTF-8 avec BOM : déjà."


def test_cp1252():
    article = _read("cp1252.txt")
    assert article.title == "Un été à Noël"
    assert article.text == "L'œuvre coûte 5 € ; il dit ’oui’."


def test_mixed_encoding():
    article = _read("mixed.txt")
    assert article.title == "Titre en UTF-8 : été"
    assert article.text == "Ligne écrite en cp1252 : café.\nRetour à l'UTF-8 : naïf."


def test_crlf_and_cr():
    assert _read("crlf.txt").text == "Ligne un.\nLigne deux.\n\nParagraphe deux."
    assert _read("cr_only.txt").text == "Ligne un.\nLigne deux."


def test_nfd_is_composed():
    article = _read("nfd.txt")
    assert article.title == "Éléphant à la fête"
    assert unicodedata.is_normalized("NFC", article.text)
    assert article.text == "Le café est noté."


def test_empty_and_blank_files():
    for name in ("empty.txt", "blank.txt"):
        skipped = _read(name)
        assert isinstance(skipped, Skipped)
        assert skipped.reason == "fichier vide"
        assert skipped.origin == str((TEXT / name).resolve())
        assert skipped.line is None
    assert _read("blank.txt").size == 7


def test_binary_files():
    assert _read("binary.txt").reason == "fichier binaire (octet nul)"
    assert _read("controls.txt").reason == "fichier binaire (trop de caractères de contrôle)"


def test_title_only():
    skipped = _read("title_only.txt")
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "article sans texte : le fichier ne contient qu'une ligne de titre"


def test_split_title_keeps_inner_blank_lines_and_indentation():
    assert split_title("\n  T  \n\n  a\n\n\nb  \n\n") == ("T", "  a\n\n\nb  ")
    assert split_title("  \n\n") == ("", "")


def test_id_from_path_is_nfc():
    nfd_name = unicodedata.normalize("NFD", "élysée.txt")
    assert id_from_path(Path(nfd_name)) == "élysée"
    assert id_from_path(Path("/x/a.b.txt")) == "a.b"
