"""The served index: reopened when a build publishes a new generation.

Opening a Whoosh searcher is costly on a large index (whoosh3 reads segment
parts into memory), so the holder keeps a small pool of open searchers per
generation. A request borrows one and gives it back: a searcher is never used
by two threads at once, and searchers of a replaced generation are closed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from flask import current_app
from whoosh.index import Index
from whoosh.searching import Searcher

from search.store import IndexMissing, IndexStore

#: Open searchers per generation: as many as cores; more requests wait their turn.
POOL_SIZE = 2


class _Pool:
    """The open searchers of one generation.

    A request waiting for a searcher is woken when one is given back, or when
    the pool is retired (it then borrows from the new generation's pool).
    """

    def __init__(self, ix: Index) -> None:
        self.ix = ix
        self.idle: list[Searcher] = []
        self.opened = 0
        self.retired = False
        self.changed = threading.Condition()

    def borrow(self) -> Searcher | None:
        """An idle or new searcher, waiting for one if need be; None once the pool is retired."""
        with self.changed:
            while not self.retired and not self.idle and self.opened >= POOL_SIZE:
                self.changed.wait()
            if self.retired:
                return None
            if self.idle:
                return self.idle.pop()
            self.opened += 1
        return self.ix.searcher()

    def give_back(self, searcher: Searcher) -> None:
        with self.changed:
            if not self.retired:
                self.idle.append(searcher)
                self.changed.notify()
                return
        searcher.close()

    def retire(self) -> None:
        with self.changed:
            self.retired = True
            idle, self.idle = self.idle, []
            self.changed.notify_all()
        for searcher in idle:
            searcher.close()


class IndexHolder:
    """Holds the ``Index`` of the current generation and lends its searchers."""

    def __init__(self, root: Path) -> None:
        self.store = IndexStore(root)
        self._lock = threading.Lock()
        self._key: str | None = None
        self._pool: _Pool | None = None

    def _current_pool(self) -> tuple[_Pool, str]:
        current = self.store.current_dir()
        if current is None:
            raise IndexMissing(str(self.store.root))
        with self._lock:
            if self._pool is None or self._key is None or not self._key.startswith(f"{current}:"):
                ix = self.store.open()
                if self._pool is not None:
                    self._pool.retire()
                self._pool, self._key = _Pool(ix), f"{current}:{ix.latest_generation()}"
            return self._pool, self._key

    @contextmanager
    def searcher(self) -> Iterator[tuple[Index, Searcher, str]]:
        """Borrow a searcher of the current generation: (index, searcher, generation key)."""
        while True:  # borrowing again when the generation is replaced while this request waits
            pool, key = self._current_pool()
            searcher = pool.borrow()
            if searcher is not None:
                break
        try:
            yield pool.ix, searcher, key
        finally:
            pool.give_back(searcher)


def current_searcher() -> AbstractContextManager[tuple[Index, Searcher, str]]:
    """Borrow a searcher of the index served by the running application."""
    holder: IndexHolder = current_app.extensions["depeches_index"]
    return holder.searcher()
