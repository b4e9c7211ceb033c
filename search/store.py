"""The index folder: complete generations side by side, one of them current.

Layout of ``index/``::

    CURRENT            name of the generation being served (replaced atomically)
    gen-<stamp>/       a complete Whoosh index, with meta.json
    tmp-<stamp>/       a build in progress (removed when the build fails or dies)
    .lock              locked by the one process that is building

A build writes a new generation beside the served one and only then points
``CURRENT`` at it, so a crash at any moment leaves the previous complete index
in service. A build killed between naming its generation ``gen-`` and
switching ``CURRENT`` leaves a complete generation that was never served: the
next build removes it with the ``tmp-`` folders (``remove_leftovers``).

The lock is a POSIX record lock (``lockf``): the kernel releases it when its
process dies, and, unlike ``flock``, worker processes the build forked do not
share it, so a killed build never leaves a stale lock behind even for the
moment its workers take to die. Such a lock does not exclude a second build in
the same process, so the process also remembers which folders it is building.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

CURRENT_FILE = "CURRENT"
META_FILE = "meta.json"
LOCK_FILE = ".lock"
CURRENT_TMP_FILE = CURRENT_FILE + ".tmp"
KEEP_PREVIOUS = 1  # generations kept besides the current one, for readers still open on them
#: Sub-folder of a generation where searches save decoded positions of common words
#: (search.query.columns); never copied into the next generation.
POSITIONS_FOLDER = "positions-cache"


class IndexMissing(Exception):
    """No complete index exists in the folder yet."""


class BuildInProgress(Exception):
    """Another process holds the build lock."""


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%dT%H%M%S%f") + f"-{os.getpid()}"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_held_locks: set[Path] = set()  # index folders this process is building
_held_locks_guard = threading.Lock()


@contextmanager
def _in_process_claim(root: Path) -> Iterator[None]:
    """Claim ``root`` for this process, or raise ``BuildInProgress`` if already claimed."""
    key = root.resolve()
    with _held_locks_guard:
        if key in _held_locks:
            raise BuildInProgress(str(root))
        _held_locks.add(key)
    try:
        yield
    finally:
        with _held_locks_guard:
            _held_locks.discard(key)


class IndexStore:
    """The generations of one index folder."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def current_dir(self) -> Path | None:
        """The folder of the generation being served, or None when there is none."""
        try:
            name = (self.root / CURRENT_FILE).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        path = self.root / name
        return path if name and path.is_dir() else None

    def current_meta(self) -> dict[str, Any]:
        """The meta data of the current generation (empty when there is none)."""
        current = self.current_dir()
        if current is None:
            return {}
        try:
            return json.loads((current / META_FILE).read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return {}

    def open(self) -> whoosh_index.Index:
        """Open the current generation for reading.

        Without memory mapping: whoosh3 copies every part of a mapped segment
        into memory for each searcher (a ``BytesIO`` over the map), about
        900 MB per searcher at 100,000 articles; read through the file, a
        searcher opens at once and the page cache is shared by every process.
        Warm searches read their arrays from ``search.query.columns`` anyway.
        """
        current = self.current_dir()
        if current is None:
            raise IndexMissing(str(self.root))
        return FileStorage(str(current), supports_mmap=False).open_index()

    @contextmanager
    def build_lock(self) -> Iterator[None]:
        """Hold the folder's build lock, or raise ``BuildInProgress`` at once."""
        self.root.mkdir(parents=True, exist_ok=True)
        with _in_process_claim(self.root), open(self.root / LOCK_FILE, "a+") as handle:
            try:
                fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:  # EACCES or EAGAIN: held by another process
                raise BuildInProgress(str(self.root)) from error
            try:
                yield
            finally:
                fcntl.lockf(handle, fcntl.LOCK_UN)

    def new_build_dir(self, copy_of: Path | None = None) -> Path:
        """A fresh folder for a build: empty, or a copy of an existing generation."""
        path = self.root / f"tmp-{_stamp()}"
        if copy_of is None:
            path.mkdir(parents=True)
        else:
            # Decoded positions belong to the generation they were read from.
            shutil.copytree(copy_of, path, ignore=shutil.ignore_patterns(POSITIONS_FOLDER))
        return path

    def publish(self, build_dir: Path, meta: dict[str, Any]) -> Path:
        """Make a finished build the current generation, atomically, and tidy old ones."""
        (build_dir / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False), "utf-8")
        final = self.root / ("gen-" + build_dir.name.removeprefix("tmp-"))
        build_dir.rename(final)
        pointer = self.root / CURRENT_TMP_FILE
        with open(pointer, "w", encoding="utf-8") as handle:
            handle.write(final.name + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(pointer, self.root / CURRENT_FILE)
        _fsync_dir(self.root)
        self._remove_old_generations(keep=final)
        return final

    def discard(self, build_dir: Path) -> None:
        """Remove an unfinished build folder."""
        shutil.rmtree(build_dir, ignore_errors=True)

    def remove_leftovers(self) -> None:
        """Remove what builds that died left: build folders, generations never served, old ones.

        A generation newer than the current one (any, when there is none) was
        renamed by a build killed before it switched ``CURRENT``; one older than
        the ``KEEP_PREVIOUS`` before it, by a build killed while tidying. Call
        with the build lock held.
        """
        current = self.current_dir()
        unserved = [p for p in self.root.glob("gen-*") if current is None or p.name > current.name]
        for path in [*self.root.glob("tmp-*"), *unserved]:
            shutil.rmtree(path, ignore_errors=True)
        (self.root / CURRENT_TMP_FILE).unlink(missing_ok=True)
        if current is not None:
            self._remove_old_generations(keep=current)

    def _remove_old_generations(self, keep: Path) -> None:
        generations = sorted(p for p in self.root.glob("gen-*") if p != keep)
        for path in generations[: max(0, len(generations) - KEEP_PREVIOUS)]:
            shutil.rmtree(path, ignore_errors=True)
