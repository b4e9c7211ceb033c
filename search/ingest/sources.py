"""Find the files to read: expand folders, pick readers by extension.

Folders are walked recursively in name order, so the same tree always gives
the same list. Hidden files and folders (name starting with a dot) are left out,
and so are, silently, files a folder holds that no reader handles (README.md,
.DS_Store...). A path given explicitly that cannot be read is reported as a
``Skipped`` with a French reason instead.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from search.article import Skipped
from search.ingest import reasons
from search.ingest.sniff import SNIFF_SIZE, looks_like_html

KINDS = ("text", "jsonl", "html")
EXTENSIONS = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
}


@dataclass
class SourceFile:
    """One file to read: its resolved path, the reader to use, its size in bytes."""

    path: Path
    kind: str
    size: int


def kind_for(path: Path) -> str | None:
    """The reader kind for a file name, from its extension alone; None if unsupported."""
    return EXTENSIONS.get(path.suffix.lower())


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _shown(path: Path) -> str:
    """An absolute path for messages, without resolving symbolic links."""
    return os.path.abspath(path)


def _probe(path: Path, kind: str) -> SourceFile | Skipped:
    """Check that a regular file can be opened; sniff HTML in ``.txt`` files."""
    resolved = path.resolve()
    try:
        info = os.stat(resolved)
    except OSError as error:
        return Skipped(origin=str(resolved), reason=reasons.unreadable(error))
    if not stat.S_ISREG(info.st_mode):
        return Skipped(origin=str(resolved), reason=reasons.NOT_REGULAR)
    try:
        with open(resolved, "rb") as handle:
            head = handle.read(SNIFF_SIZE) if kind == "text" else b""
    except OSError as error:
        return Skipped(origin=str(resolved), reason=reasons.unreadable(error), size=info.st_size)
    if kind == "text" and looks_like_html(head):
        kind = "html"
    return SourceFile(path=resolved, kind=kind, size=info.st_size)


def _walk(folder: Path, visited: set[Path]) -> Iterator[SourceFile | Skipped]:
    """Files under ``folder`` in name order, depth first; follows links, never twice."""
    real = folder.resolve()
    if real in visited:
        return
    visited.add(real)
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield Skipped(origin=_shown(folder), reason=reasons.unreadable(error, "dossier"))
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, visited)
            continue
        kind = kind_for(path)
        if kind is None:
            continue
        if not path.exists():  # a broken symbolic link
            yield Skipped(origin=_shown(path), reason=reasons.BROKEN_LINK)
            continue
        yield _probe(path, kind)


def _expand(path: Path, visited: set[Path]) -> Iterator[SourceFile | Skipped]:
    """The source files one given path stands for."""
    if not path.exists():
        reason = reasons.BROKEN_LINK if path.is_symlink() else reasons.NOT_FOUND
        yield Skipped(origin=_shown(path), reason=reason)
        return
    if path.is_dir():
        yield from _walk(path, visited)
        return
    kind = kind_for(path)
    if kind is None:
        yield Skipped(
            origin=str(path.resolve()),
            reason=reasons.unsupported_type(path.suffix.lower()),
            size=_size_or_zero(path),
        )
        return
    yield _probe(path, kind)


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def find_sources(paths: Sequence[Path | str]) -> tuple[list[SourceFile], list[Skipped]]:
    """Expand files and folders into the source files to read, in a stable order.

    Returns the readable files (each at most once, even if given twice or found
    both directly and inside a folder) and the paths that could not be used.
    """
    found: list[SourceFile] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    visited: set[Path] = set()
    for given in paths:
        for item in _expand(Path(given), visited):
            if isinstance(item, Skipped):
                skipped.append(item)
            elif item.path not in seen:
                seen.add(item.path)
                found.append(item)
    return found, skipped
