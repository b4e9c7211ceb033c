"""The index folder: complete generations side by side, one of them current.

Layout of ``index/``::

    CURRENT            name of the generation being served (replaced atomically)
    gen-<stamp>/       a complete Whoosh index, with meta.json
    tmp-<stamp>/       a build in progress (removed when the build fails or dies)
    .lock              held (flock) by the one process that is building

A build writes a new generation beside the served one and only then points
``CURRENT`` at it, so a crash at any moment leaves the previous complete index
in service. The lock is a kernel ``flock``: it dies with its process, so a
killed build never leaves a stale lock behind.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

CURRENT_FILE = "CURRENT"
META_FILE = "meta.json"
LOCK_FILE = ".lock"
KEEP_PREVIOUS = 1  # generations kept besides the current one, for readers still open on them


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
        """Open the current generation for reading."""
        current = self.current_dir()
        if current is None:
            raise IndexMissing(str(self.root))
        return whoosh_index.open_dir(str(current))

    @contextmanager
    def build_lock(self) -> Iterator[None]:
        """Hold the folder's build lock, or raise ``BuildInProgress`` at once."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / LOCK_FILE, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as error:
                raise BuildInProgress(str(self.root)) from error
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def new_build_dir(self, copy_of: Path | None = None) -> Path:
        """A fresh folder for a build: empty, or a copy of an existing generation."""
        path = self.root / f"tmp-{_stamp()}"
        if copy_of is None:
            path.mkdir(parents=True)
        else:
            shutil.copytree(copy_of, path)
        return path

    def publish(self, build_dir: Path, meta: dict[str, Any]) -> Path:
        """Make a finished build the current generation, atomically, and tidy old ones."""
        (build_dir / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False), "utf-8")
        final = self.root / ("gen-" + build_dir.name.removeprefix("tmp-"))
        build_dir.rename(final)
        pointer = self.root / (CURRENT_FILE + ".tmp")
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
        """Remove build folders left by builds that died. Call with the build lock held."""
        for path in self.root.glob("tmp-*"):
            shutil.rmtree(path, ignore_errors=True)

    def _remove_old_generations(self, keep: Path) -> None:
        generations = sorted(p for p in self.root.glob("gen-*") if p != keep)
        for path in generations[: max(0, len(generations) - KEEP_PREVIOUS)]:
            shutil.rmtree(path, ignore_errors=True)
