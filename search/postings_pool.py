"""A faster pool of postings for Whoosh's segment writers, and the writers that use it.

Whoosh's ``PostingPool`` keeps one tuple per posting, sorts them all at the end,
and past its memory limit sorts and pickles every posting one by one into a run
file, to merge the runs back posting by posting. :class:`TermPostingPool` does
the same work grouped by term: a posting is appended to its term's list (a
document's postings of a term arrive in document order), the end sorts only the
terms, and a spill writes whole terms in large pickles. The postings it gives the
segment writer are the same, in the same order.

:func:`use_term_pool` puts it into a ``SegmentWriter``; :class:`TermPoolMpWriter`
is Whoosh's multi-process writer whose worker processes use it (and run without
the cycle collector).
"""

from __future__ import annotations

import gc
import heapq
import pickle
from collections.abc import Iterable, Iterator
from itertools import chain, groupby, pairwise
from operator import itemgetter
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.util import random_name
from whoosh.writing import SegmentWriter

#: (field name, term bytes, document number, weight, encoded value)
Posting = tuple[str, bytes, int, float, bytes]
#: (field name, term bytes) and its postings as a flat list [docnum, weight, value, docnum, ...]
FlatTerm = tuple[tuple[str, bytes], list[Any]]

#: Estimated bytes held per posting (three list slots, a weight, a value object
#: without its bytes) and per term; what decides when the pool spills.
POSTING_BYTES = 105
TERM_BYTES = 200
#: Posting slots (three per posting) pickled together in a spilled run: the merge
#: at the end holds about one such chunk per run.
CHUNK_SLOTS = 30_000


class TermPostingPool:
    """Postings grouped by (field, term), spilled to sorted run files past ``limitmb``.

    Implements what ``SegmentWriter`` asks of its pool: ``add``, ``fieldnames``,
    ``iter_postings`` and ``cleanup``.
    """

    def __init__(self, tempstore: Any, limitmb: float = 128) -> None:
        self.tempstore = tempstore
        self.limit = limitmb * 1024 * 1024
        self.fieldnames: set[str] = set()
        self.runs: list[str] = []
        self._terms: dict[tuple[str, bytes], list[Any]] = {}
        self._size = 0
        #: Terms whose postings did not arrive in increasing document order.
        self._unordered: set[tuple[str, bytes]] = set()

    def add(self, item: Posting) -> None:
        """Add one posting."""
        fieldname, text, docnum, weight, value = item
        key = (fieldname, text)
        postings = self._terms.get(key)
        if postings is None:
            postings = self._terms[key] = []
            self.fieldnames.add(fieldname)
            self._size += TERM_BYTES + len(text)
        elif docnum <= postings[-3]:
            self._unordered.add(key)
        postings += (docnum, weight, value)
        self._size += POSTING_BYTES + len(value or b"")  # postings read from a segment may have None
        if self._size > self.limit:
            self.save()

    def save(self) -> None:
        """Write the postings held in memory to a new run file, in term order."""
        if not self._terms:
            return
        path = f"{random_name()}.termrun"
        with self.tempstore.create_file(path) as handle:
            for chunk in _chunks(self._sorted_terms()):
                pickle.dump(chunk, handle, pickle.HIGHEST_PROTOCOL)
        self.runs.append(path)
        self._terms = {}
        self._size = 0

    def _sorted_terms(self) -> list[FlatTerm]:
        return sorted(self._terms.items(), key=itemgetter(0))

    def _read_run(self, path: str) -> Iterator[FlatTerm]:
        with self.tempstore.open_file(path) as handle:
            while True:
                try:
                    chunk = pickle.load(handle)
                except EOFError:
                    break
                yield from chunk
        self.tempstore.delete_file(path)

    def _merged_terms(self) -> Iterable[FlatTerm]:
        if not self.runs:
            return self._sorted_terms()
        sources = [self._read_run(path) for path in self.runs] + [iter(self._sorted_terms())]
        self._terms = {}
        # Runs were written in document order: for one term, an earlier source
        # holds earlier documents, and merge keeps equal keys in source order.
        merged = heapq.merge(*sources, key=itemgetter(0))
        return (self._joined(key, group) for key, group in groupby(merged, key=itemgetter(0)))

    def _joined(self, key: tuple[str, bytes], group: Iterable[FlatTerm]) -> FlatTerm:
        """One term's postings from several sources, in source order."""
        lists = [postings for _, postings in group]
        if len(lists) == 1:
            return key, lists[0]
        if any(after[0] <= before[-3] for before, after in pairwise(lists)):
            self._unordered.add(key)
        return key, list(chain.from_iterable(lists))

    def iter_postings(self) -> Iterator[Posting]:
        """Every posting, sorted by field, term and document, as Whoosh's pool yields them."""
        unordered = self._unordered
        for (fieldname, text), postings in self._merged_terms():
            triples = zip(postings[0::3], postings[1::3], postings[2::3])
            if (fieldname, text) in unordered:
                triples = iter(sorted(triples))
            for docnum, weight, value in triples:
                yield (fieldname, text, docnum, weight, value)

    def cleanup(self) -> None:
        """Remove run files left by an abandoned write."""
        for path in self.runs:
            if self.tempstore.file_exists(path):
                self.tempstore.delete_file(path)
        self.runs = []
        self._terms = {}
        self._unordered = set()


def _chunks(terms: list[FlatTerm]) -> Iterator[list[FlatTerm]]:
    """``terms`` in order, cut where about :data:`CHUNK_SLOTS` posting slots have gathered."""
    chunk: list[FlatTerm] = []
    slots = 0
    for term in terms:
        chunk.append(term)
        slots += len(term[1])
        if slots >= CHUNK_SLOTS:
            yield chunk
            chunk, slots = [], 0
    if chunk:
        yield chunk


def use_term_pool(writer: SegmentWriter) -> None:
    """Give ``writer`` a :class:`TermPostingPool` with its pool's memory limit (before any posting)."""
    if not isinstance(writer.pool, TermPostingPool):
        writer.pool = TermPostingPool(writer._tempstorage, writer.pool.limit / (1024 * 1024))


class _TermPoolTask(SubWriterTask):
    """Whoosh's writer process, its segment writer using a :class:`TermPostingPool`.

    It runs with the cycle collector off: what it allocates is freed by
    reference counting, and each collection would walk the growing pool for
    nothing (about 4% of its time).
    """

    def run(self) -> None:
        gc.disable()
        super().run()

    def _process_file(self, filename: str, doc_count: int) -> None:
        use_term_pool(self.writer)
        super()._process_file(filename, doc_count)


class TermPoolMpWriter(MpWriter):
    """Whoosh's multi-process writer whose processes use :class:`TermPostingPool`.

    Each process writes its own segment (``multisegment=True`` is required:
    merging the processes' pools is Whoosh's run-file business). Processes are
    started with the default start method.
    """

    def __init__(self, ix: Any, procs: int | None = None, multisegment: bool = False, **kwargs: Any) -> None:
        if not multisegment:
            raise ValueError("TermPoolMpWriter writes one segment per process: pass multisegment=True")
        super().__init__(ix, procs=procs, multisegment=True, **kwargs)

    def _new_task(self) -> SubWriterTask:
        task = _TermPoolTask(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment)
        self.tasks.append(task)
        task.start()
        return task

