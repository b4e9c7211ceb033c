"""The French messages users see."""

from __future__ import annotations

import errno

from search.ingest import reasons


def test_unsupported_type_names_the_extension():
    assert reasons.unsupported_type(".pdf") == "type de fichier non pris en charge (.pdf)"
    assert reasons.unsupported_type("") == "type de fichier non pris en charge (sans extension)"


def test_unreadable_translates_errno():
    denied = PermissionError(errno.EACCES, "Permission denied")
    assert reasons.unreadable(denied) == "fichier illisible : permission refusée"
    folder = IsADirectoryError(errno.EISDIR, "Is a directory")
    assert reasons.unreadable(folder) == "fichier illisible : c'est un dossier"
    assert reasons.unreadable(denied, "dossier") == "dossier illisible : permission refusée"


def test_unreadable_unknown_errno_stays_french():
    assert reasons.unreadable(OSError(errno.EXDEV, "Invalid cross-device link")) == (
        f"fichier illisible : erreur système {errno.EXDEV}"
    )


def test_wrong_type_and_not_object():
    assert reasons.wrong_field_type("title", "texte", 12) == "champ « title » : texte attendu, pas un nombre"
    assert reasons.wrong_field_type("id", "texte", True) == "champ « id » : texte attendu, pas un booléen"
    assert reasons.not_an_object([1]) == "la ligne n'est pas un objet JSON mais une liste"
    assert reasons.not_an_object("x") == "la ligne n'est pas un objet JSON mais un texte"


def test_duplicate_and_invalid_json():
    assert reasons.duplicate_id("seeds/a.txt") == "identifiant en double : déjà lu dans seeds/a.txt"
    assert reasons.invalid_json("virgule manquante", 57) == "JSON invalide : virgule manquante (colonne 57)"
