"""The served index: reopened when a build publishes a new generation."""

from __future__ import annotations

import threading
from pathlib import Path

from flask import current_app
from whoosh.index import Index

from search.store import IndexMissing, IndexStore


class IndexHolder:
    """Holds the ``Index`` of the current generation; searchers are opened per request."""

    def __init__(self, root: Path) -> None:
        self.store = IndexStore(root)
        self._lock = threading.Lock()
        self._dir: Path | None = None
        self._index: Index | None = None

    def get(self) -> tuple[Index, str]:
        """The current index and a key that changes with each generation or commit."""
        current = self.store.current_dir()
        if current is None:
            raise IndexMissing(str(self.store.root))
        with self._lock:
            if current != self._dir or self._index is None:
                self._index = self.store.open()
                self._dir = current
            ix = self._index
        return ix, f"{current}:{ix.latest_generation()}"


def current_index() -> tuple[Index, str]:
    """The index served by the running application."""
    holder: IndexHolder = current_app.extensions["depeches_index"]
    return holder.get()
