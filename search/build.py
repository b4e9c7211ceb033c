"""Full and incremental index builds, with a report of what happened.

A full build indexes every article into a new generation. An incremental
update compares each article's content hash with the one indexed: new articles
are added, changed ones re-indexed, unchanged ones left alone, and articles
whose file lies under one of the given paths but is gone are removed. Nothing
is written when nothing changed. Either way the served generation is replaced
only by a complete one (see ``search.store``).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import IndexWriter

from search.article import Article, Skipped
from search.canonical import compute_canonical_map, write_canonical_map
from search.document import to_index_document
from search.extract.cache import CACHE_FILE, ExtractionCache
from search.extract.pipeline import EXTRACTOR_VERSION, extract_stream
from search.processes import die_with_parent
from search.ingest import find_sources, read_sources
from search.ingest.limits import Truncated
from search.ingest.reader import Record
from search.lengths_codec import PreloadedLengthsCodec
from search.postings_pool import TermPoolMpWriter, use_term_pool
from search.schema import SCHEMA_VERSION, build_schema
from search.store import IndexStore

#: Memory (MB, estimated) of each writer's posting pool (``search.postings_pool``) before it spills.
WRITER_MEMORY_MB = 256
#: Writer processes for a full build (each indexes part of the articles into its
#: own segment); an incremental update, usually small, uses one.
FULL_BUILD_PROCESSES = 2

#: Called with the number of raw bytes just read; drives the progress bar.
ProgressCallback = Callable[[int], None]


@dataclass
class BuildReport:
    """What a build did: counts, problems with their reasons, and its speed."""

    mode: str  # "full" or "incremental"
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    kept: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    truncated: list[Truncated] = field(default_factory=list)
    seconds: float = 0.0
    bytes_read: int = 0
    generation: str = ""

    @property
    def indexed(self) -> int:
        """Articles written to the index by this build."""
        return self.added + self.updated

    @property
    def total(self) -> int:
        """Articles in the index after the build (from the given paths and the others)."""
        return self.added + self.updated + self.unchanged + self.kept

    @property
    def docs_per_second(self) -> float:
        """Articles read and checked per second of wall time."""
        handled = self.indexed + self.unchanged
        return handled / self.seconds if self.seconds > 0 else 0.0

    @property
    def changed(self) -> bool:
        """True when the build published a new generation."""
        return bool(self.generation)


def total_size(paths: Sequence[Path]) -> int:
    """Bytes of all source files under the given paths: the progress bar's full length."""
    sources, _ = find_sources(paths)
    return sum(source.size for source in sources)


_building = False
_forking_pid = 0


def _note_forking_process() -> None:
    global _forking_pid
    _forking_pid = os.getpid()


def _die_with_parent() -> None:
    """In a process forked during a build: be killed when the process that forked it dies.

    Worker processes (Whoosh's writers, extraction) otherwise outlive a killed
    build, blocked forever on their work queue.
    """
    if _building:
        die_with_parent(_forking_pid)


os.register_at_fork(before=_note_forking_process, after_in_child=_die_with_parent)


@contextmanager
def _workers_die_with_build() -> Iterator[None]:
    """Processes forked inside this block are killed when their parent dies."""
    global _building
    _building = True
    try:
        yield
    finally:
        _building = False


def _open_without_mmap(folder: Path) -> whoosh_index.Index:
    """Open an index folder as ``IndexStore.open`` does (mapped, whoosh3 copies it all into memory)."""
    return FileStorage(str(folder), supports_mmap=False).open_index()


def _under(origin: str, roots: Sequence[Path]) -> bool:
    return any(origin == str(root) or origin.startswith(str(root) + os.sep) for root in roots)


class _LazyWriter:
    """Opens a writer on a new build folder only when the first change arrives."""

    def __init__(self, store: IndexStore, base: Path | None) -> None:
        self.store = store
        self.base = base
        self.build_dir: Path | None = None
        self._writer: IndexWriter | None = None

    def get(self) -> IndexWriter:
        if self._writer is None:
            self.build_dir = self.store.new_build_dir(copy_of=self.base)
            if self.base is None:
                ix = whoosh_index.create_in(str(self.build_dir), build_schema())
            else:
                ix = _open_without_mmap(self.build_dir)
            options = {"limitmb": WRITER_MEMORY_MB, "codec": PreloadedLengthsCodec()}
            if self.base is None and FULL_BUILD_PROCESSES > 1:
                self._writer = TermPoolMpWriter(ix, procs=FULL_BUILD_PROCESSES, multisegment=True, **options)
            else:
                self._writer = ix.writer(**options)
                use_term_pool(self._writer)
        return self._writer

    @property
    def opened(self) -> bool:
        return self._writer is not None

    def cancel(self) -> None:
        if self._writer is not None:
            # A multi-process writer's workers wait for work forever (and the
            # interpreter waits for them at exit): stop them first.
            for task in getattr(self._writer, "tasks", ()):
                task.kill()
                task.join()
            if not self._writer.is_closed:  # a commit that failed has closed it
                self._writer.cancel()
        if self.build_dir is not None:
            self.store.discard(self.build_dir)


def _indexed_hashes(store: IndexStore) -> dict[str, tuple[str, str]]:
    """Map of id -> (content hash, origin) for every article of the current generation."""
    ix = store.open()
    if ix.is_empty():  # a first build of nothing: an index without segments has no columns
        return {}
    with ix.reader() as reader:
        ids = reader.column_reader("id")
        hashes = reader.column_reader("content_hash")
        origins = reader.column_reader("origin")
        return {
            ids[docnum]: (hashes[docnum], origins[docnum]) for docnum in reader.all_doc_ids()
        }


def _can_update(store: IndexStore) -> bool:
    meta = store.current_meta()
    return store.current_dir() is not None and meta.get("schema_version") == SCHEMA_VERSION


@dataclass
class _Plan:
    """What an incremental build compares against: the indexed ids and hashes, and the ids seen."""

    indexed: dict[str, tuple[str, str]]
    seen: set[str] = field(default_factory=set)


def _articles_to_index(
    records: Iterable[Record], plan: _Plan, report: BuildReport, progress: ProgressCallback | None
) -> Iterator[Article]:
    """The new and changed articles among ``records``; counts the rest in the report."""
    for record in records:
        if isinstance(record, Truncated):
            report.truncated.append(record)
            continue
        report.bytes_read += record.size
        if progress:
            progress(record.size)
        if isinstance(record, Skipped):
            report.skipped.append(record)
            continue
        plan.seen.add(record.id)
        previous = plan.indexed.get(record.id)
        if previous and previous[0] == record.content_hash:
            report.unchanged += 1
            continue
        yield record


def build_index(
    paths: Sequence[Path],
    store: IndexStore,
    rebuild: bool = False,
    progress: ProgressCallback | None = None,
    records: Iterable[Record] | None = None,
    extract: bool = True,
    extraction_processes: int = 1,
) -> BuildReport:
    """Index the articles under ``paths`` into ``store``; incremental unless ``rebuild``.

    New and changed articles go through extraction (unless ``extract`` is
    false, for records already extracted), with results cached by content hash
    beside the generations. ``records`` replaces reading ``paths`` (the paths
    still define which indexed articles an incremental update may remove).
    Raises ``BuildInProgress`` when another build holds the lock. On any error
    the new generation is discarded and the served one is left as it was; if
    the process is killed, its worker processes die with it, and the next
    build removes what it left (see ``IndexStore.remove_leftovers``).
    """
    roots = [Path(p).resolve() for p in paths]
    started = time.perf_counter()
    with store.build_lock(), _workers_die_with_build():
        store.remove_leftovers()
        incremental = not rebuild and _can_update(store)
        report = BuildReport(mode="incremental" if incremental else "full")
        plan = _Plan(_indexed_hashes(store) if incremental else {})
        writer = _LazyWriter(store, store.current_dir() if incremental else None)
        cache = ExtractionCache(store.root / CACHE_FILE, EXTRACTOR_VERSION) if extract else None
        try:
            changed = _articles_to_index(records if records is not None else read_sources(roots), plan, report, progress)
            if cache is not None:
                changed = extract_stream(changed, cache, processes=extraction_processes)
            for article in changed:
                if article.id in plan.indexed:
                    writer.get().update_document(**to_index_document(article))
                    report.updated += 1
                else:
                    writer.get().add_document(**to_index_document(article))
                    report.added += 1
            for article_id, (_, origin) in plan.indexed.items():
                if article_id in plan.seen:
                    continue
                if _under(origin, roots):
                    writer.get().delete_by_term("id", article_id)
                    report.removed += 1
                else:
                    report.kept += 1  # from paths this build was not asked about
            if not incremental and not writer.opened and store.current_dir() is None:
                writer.get()  # a first build of nothing publishes an empty index to serve
            if writer.opened:
                writer.get().commit()
                assert writer.build_dir is not None
                build_ix = _open_without_mmap(writer.build_dir)
                write_canonical_map(writer.build_dir, compute_canonical_map(build_ix))
                final = store.publish(writer.build_dir, _meta(roots, store, incremental))
                report.generation = final.name
        except BaseException:
            writer.cancel()
            raise
        finally:
            if cache is not None:
                cache.close()
    report.seconds = time.perf_counter() - started
    return report


def _meta(roots: Sequence[Path], store: IndexStore, incremental: bool) -> dict[str, object]:
    previous = store.current_meta().get("sources", []) if incremental else []
    sources = sorted(set(previous) | {str(root) for root in roots})
    return {
        "schema_version": SCHEMA_VERSION,
        "built_at": dt.datetime.now().isoformat(timespec="seconds"),
        "sources": sources,
    }
