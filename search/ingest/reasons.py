"""French messages shown to users when a file or a record cannot be read.

Every ``Skipped.reason`` produced by the readers is built here, so that the
wording stays short, consistent and actionable.
"""

from __future__ import annotations

import errno

EMPTY_FILE = "fichier vide"
BINARY_NUL = "fichier binaire (octet nul)"
BINARY_CONTROL = "fichier binaire (trop de caractères de contrôle)"
BINARY_LINE = "ligne binaire (octet nul)"
NOT_FOUND = "fichier introuvable"
BROKEN_LINK = "lien symbolique cassé"
NOT_REGULAR = "pas un fichier ordinaire (tube, périphérique…)"
TITLE_ONLY = "article sans texte : le fichier ne contient qu'une ligne de titre"
TEXT_MISSING = "champ « text » manquant ou vide"
HTML_NO_ARTICLE = "page HTML sans article reconnaissable"
HTML_TOO_LARGE = "page HTML trop volumineuse (plus de 20 Mo)"

_TYPE_NAMES = {
    "str": "un texte",
    "int": "un nombre",
    "float": "un nombre",
    "bool": "un booléen",
    "list": "une liste",
    "dict": "un objet",
    "NoneType": "la valeur null",
}

_ERRNO_TEXT = {
    errno.EACCES: "permission refusée",
    errno.EPERM: "permission refusée",
    errno.ENOENT: "fichier introuvable",
    errno.EISDIR: "c'est un dossier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.ELOOP: "boucle de liens symboliques",
    errno.EIO: "erreur d'entrée-sortie du disque",
    errno.ENAMETOOLONG: "chemin trop long",
    errno.EMFILE: "trop de fichiers ouverts",
    errno.ENOSPC: "disque plein",
    errno.EROFS: "système de fichiers en lecture seule",
}


def json_type_name(value: object) -> str:
    """The French name of a JSON value's type with its article, e.g. ``un nombre`` for ``3``."""
    return _TYPE_NAMES.get(type(value).__name__, type(value).__name__)


def unsupported_type(suffix: str) -> str:
    """Reason for a file given explicitly whose extension no reader handles."""
    shown = suffix if suffix else "sans extension"
    return f"type de fichier non pris en charge ({shown})"


def system_error(error: OSError) -> str:
    """What the system said, in French, e.g. ``permission refusée``."""
    detail = _ERRNO_TEXT.get(error.errno or -1)
    if detail is None:
        detail = f"erreur système {error.errno}" if error.errno else "erreur système"
    return detail


def unreadable(error: OSError, what: str = "fichier") -> str:
    """Reason for a file or folder the system refused to read.

    ``what`` is ``"fichier"`` or ``"dossier"``.
    """
    return f"{what} illisible : {system_error(error)}"


def _megabytes(count: int) -> str:
    return f"{count / 1_000_000:.1f}".replace(".", ",") + " Mo"


def truncated(size: int, kept_chars: int) -> str:
    """Notice for an article indexed cut: its size and how much of it is searchable."""
    kept = f"{kept_chars:,}".replace(",", "\u202f")
    return f"article trop long ({_megabytes(size)}) : seuls ses {kept} premiers caractères sont indexés"


def line_too_long(limit: int) -> str:
    """Reason for a JSON line longer than the reader accepts."""
    return f"ligne trop longue (plus de {_megabytes(limit)}) : découpez l'article ou le fichier"


def duplicate_id(first_where: str) -> str:
    """Reason for a record whose id was already read elsewhere."""
    return f"identifiant en double : déjà lu dans {first_where}"


def wrong_field_type(field: str, expected: str, value: object) -> str:
    """Reason for a JSON field of the wrong type."""
    return f"champ « {field} » : {expected} attendu, pas {json_type_name(value)}"


def not_an_object(value: object) -> str:
    """Reason for a JSON line that holds something other than an object."""
    return f"la ligne n'est pas un objet JSON mais {json_type_name(value)}"


def invalid_json(detail: str, column: int) -> str:
    """Reason for a JSON line that does not parse."""
    return f"JSON invalide : {detail} (colonne {column})"
