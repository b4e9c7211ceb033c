"""Per-generation numpy views of an index: postings, field lengths, live documents, sort keys.

Whoosh walks postings one document at a time in Python. For the search page,
which needs every hit (facet counts) and not just the top ten, reading a
term's postings once into arrays and combining them with numpy is two orders
of magnitude cheaper. This module only reads: document numbers are global
(segment offsets added), deleted documents are dropped, and everything read
is cached for the generation, whose files never change.

Decoding a very common word's positions takes seconds at a million articles;
those of :data:`POSITION_FILE_MIN` occurrences or more are also saved, once
decoded, as a numpy file in the generation's :data:`POSITIONS_FOLDER` and
memory-mapped from then on (by every serving process, after a restart too).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from pickle import loads
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.columns import NumericColumn
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import byte_to_length

from search.store import POSITIONS_FOLDER

#: Decoded field length of each length byte Whoosh stores (its lossy encoding).
_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)
#: Cached postings and positions are dropped, least recently used first, above this many bytes.
TERM_CACHE_BYTES = 384 * 1024 * 1024
#: Words with at least this many occurrences get a positions file (about 0.15 s to decode).
POSITION_FILE_MIN = 1 << 17
#: At most this many memory-mapped positions files are kept open in the cache (each holds a file descriptor).
MAX_MAPPED = 256


@dataclass(frozen=True)
class Postings:
    """One term's postings: sorted global document numbers and their weights."""

    docnums: np.ndarray  # int32, ascending, live documents only
    weights: np.ndarray  # float64, the term's weight (frequency times field boost) in each

    @property
    def nbytes(self) -> int:
        return self.docnums.nbytes + self.weights.nbytes


def _block_arrays(matcher: W3LeafMatcher, with_values: bool) -> tuple[list[np.ndarray], list[Any]]:
    """Decode a whoosh3 posting list block by block (ids are delta-coded in each block).

    Returns the ids and, per block, either the weights or the raw values (positions).
    """
    ids: list[np.ndarray] = []
    rest: list[Any] = []
    while not matcher._atend:
        if matcher._blocklength:
            matcher._read_data()
            raw_ids, raw_weights = matcher._data[0], matcher._data[1]
            block_ids = np.asarray(raw_ids, dtype=np.int64)
            ids.append(block_ids if matcher._byteids else np.cumsum(block_ids))
            if with_values:
                rest.append(matcher._data[2])
            elif raw_weights is None:
                rest.append(np.ones(len(block_ids)))
            elif isinstance(raw_weights, float):
                rest.append(np.full(len(block_ids), raw_weights))
            else:
                rest.append(np.asarray(raw_weights, dtype=np.float64))
        matcher._next_block()
    return ids, rest


def _matcher_arrays(matcher: Any, with_values: bool) -> tuple[list[np.ndarray], list[Any]]:
    """Any other matcher (inlined short postings): one posting at a time."""
    ids: list[int] = []
    rest: list[Any] = []
    while matcher.is_active():
        ids.append(matcher.id())
        rest.append(matcher.value() if with_values else matcher.weight())
        matcher.next()
    return [np.asarray(ids, dtype=np.int64)], [rest if with_values else np.asarray(rest, dtype=np.float64)]


def _segment_postings(
    reader: IndexReader, fieldname: str, btext: bytes, with_values: bool
) -> tuple[list[np.ndarray], list[Any]]:
    """Global ids and weights (or values) of a term, every segment, deleted documents included."""
    ids: list[np.ndarray] = []
    rest: list[Any] = []
    for segment, offset in reader.leaf_readers():
        if (fieldname, btext) not in segment:
            continue
        matcher = segment.postings(fieldname, btext)
        if isinstance(matcher, FilterMatcher):  # deletions: the callers drop them
            matcher = matcher.child
        read = _block_arrays if isinstance(matcher, W3LeafMatcher) else _matcher_arrays
        segment_ids, segment_rest = read(matcher, with_values)
        ids += [block + offset for block in segment_ids]
        rest += segment_rest
    return ids, rest


def read_postings(reader: IndexReader, fieldname: str, btext: bytes, live: np.ndarray) -> Postings:
    """The postings of a term over every segment of ``reader``, live documents only."""
    ids, weights = _segment_postings(reader, fieldname, btext, with_values=False)
    if not ids:
        return Postings(np.empty(0, dtype=np.int32), np.empty(0))
    docnums = np.concatenate(ids).astype(np.int32)
    found = np.concatenate(weights)
    keep = live[docnums]
    return Postings(docnums[keep], found[keep])


POSITION_BITS = 32


def read_positions(reader: IndexReader, fieldname: str, btext: bytes, live: np.ndarray) -> np.ndarray:
    """Every occurrence of a term as a sorted key ``docnum << 32 | position``, live documents only."""
    ids, values = _segment_postings(reader, fieldname, btext, with_values=True)
    docnums: list[int] = []
    deltas: list[int] = []
    for block_ids, block_values in zip(ids, values):
        for docnum, value in zip(block_ids.tolist(), block_values):
            gaps = loads(value[_INT_SIZE:] if value.endswith(b".") else value[_INT_SIZE:] + b".")
            if gaps and isinstance(gaps[0], tuple):  # Characters format: (position, start, length) gaps
                gaps = [gap[0] for gap in gaps]
            docnums += [docnum] * len(gaps)
            deltas += gaps
    if not docnums:
        return np.empty(0, dtype=np.int64)
    docs = np.asarray(docnums, dtype=np.int64)
    positions = np.cumsum(np.asarray(deltas, dtype=np.int64))
    starts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]])
    positions -= np.repeat(positions[starts] - np.asarray(deltas, dtype=np.int64)[starts], np.diff(np.r_[starts, len(docs)]))
    keys = (docs << POSITION_BITS) | positions
    return keys[live[docs]]


def _segment_numeric_column(segment: IndexReader, fieldname: str, column: Any, doc_count: int) -> np.ndarray:
    """A fixed-width numeric column of one segment as an array (missing trailing values: default)."""
    if not segment._perdoc.has_column(fieldname):
        return np.full(doc_count, column.default_value())
    creader = segment._perdoc.column_reader(fieldname, column)
    if isinstance(creader, NumericColumn.Reader):
        dtype = np.dtype(">" + creader._typecode)
        raw = creader._dbfile.get(creader._basepos, creader._count * creader._fixedlen)
        values = np.frombuffer(raw, dtype=dtype).astype(dtype.newbyteorder("="))
        padded = np.full(doc_count, creader._default, dtype=values.dtype)
        padded[: len(values)] = values
        return padded
    return np.asarray(list(creader))


class IndexColumns:
    """Arrays of one index generation, read lazily and shared by every searcher of it."""

    def __init__(self, reader: IndexReader, folder: str | None = None) -> None:
        self.positions_folder = Path(folder) / POSITIONS_FOLDER if folder else None
        self.doc_count_all = reader.doc_count_all()
        self.live = np.ones(self.doc_count_all, dtype=bool)
        for segment, offset in reader.leaf_readers():
            if segment.has_deletions():
                self.live[np.fromiter(segment._perdoc.deleted_docs(), dtype=np.int64) + offset] = False
        self.doc_count = int(self.live.sum())
        self._arrays: dict[str, np.ndarray] = {}
        self._terms: OrderedDict[tuple[str, str, bytes], Any] = OrderedDict()
        self._terms_bytes = 0
        self._lock = threading.Lock()

    def _array(self, key: str, read: Callable[[], np.ndarray]) -> np.ndarray:
        found = self._arrays.get(key)
        if found is None:
            found = read()
            with self._lock:
                self._arrays[key] = found
        return found

    def _per_segment(self, reader: IndexReader, fieldname: str, column: Any) -> np.ndarray:
        parts = [
            _segment_numeric_column(segment, fieldname, column, segment.doc_count_all())
            for segment, _ in reader.leaf_readers()
        ]
        return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)

    def field_lengths(self, reader: IndexReader, fieldname: str) -> np.ndarray:
        """Each document's length in ``fieldname`` as Whoosh's scorer sees it (decoded byte)."""

        def read() -> np.ndarray:
            length_bytes = self._per_segment(reader, f"_{fieldname}_len", LENGTHS_COLUMN)
            return _LENGTH_OF_BYTE[length_bytes.astype(np.uint8)]

        return self._array(f"length:{fieldname}", read)

    def sort_keys(self, reader: IndexReader, fieldname: str) -> np.ndarray:
        """Each document's value of a sortable numeric field."""
        column = reader.schema[fieldname].column_type
        return self._array(f"sort:{fieldname}", lambda: self._per_segment(reader, fieldname, column))

    def _cached(self, key: tuple[str, str, bytes], read: Callable[[], Any], nbytes: Callable[[Any], int]) -> Any:
        """A term's arrays from the least-recently-used cache, read on a miss."""
        with self._lock:
            found = self._terms.get(key)
            if found is not None:
                self._terms.move_to_end(key)
                return found
        found = read()
        with self._lock:
            if key not in self._terms:
                self._terms[key] = found
                self._terms_bytes += nbytes(found)
                while self._terms_bytes > TERM_CACHE_BYTES and len(self._terms) > 1:
                    _, dropped = self._terms.popitem(last=False)
                    self._terms_bytes -= nbytes(dropped)
        return found

    def postings(self, reader: IndexReader, fieldname: str, btext: bytes) -> Postings:
        """A term's postings (cached)."""
        return self._cached(
            ("postings", fieldname, btext),
            lambda: read_postings(reader, fieldname, btext, self.live),
            lambda found: found.nbytes,
        )

    def positions(self, reader: IndexReader, fieldname: str, btext: bytes) -> np.ndarray:
        """A term's occurrences as ``docnum << 32 | position`` keys (cached)."""
        return self._cached(
            ("positions", fieldname, btext),
            lambda: self._read_positions(reader, fieldname, btext),
            _cache_weight,
        )

    def _read_positions(self, reader: IndexReader, fieldname: str, btext: bytes) -> np.ndarray:
        """From the generation's positions file when there is one, else decoded (and saved if large)."""
        path = None
        if self.positions_folder is not None:
            path = self.positions_folder / f"{fieldname}-{hashlib.sha1(btext).hexdigest()}.npy"
            try:
                return np.load(path, mmap_mode="r")
            except (OSError, ValueError):
                pass  # not saved yet (or unreadable): decode
        keys = read_positions(reader, fieldname, btext, self.live)
        if path is not None and len(keys) >= POSITION_FILE_MIN:
            _save_quietly(path, keys)
        return keys


def _cache_weight(keys: np.ndarray) -> int:
    """Bytes a cached positions array counts for: a memory-mapped file counts an eighth of its size
    (the system's page cache holds it, shared by every process), and at least a
    :data:`MAX_MAPPED`-th of the cache."""
    if isinstance(keys, np.memmap):
        return max(keys.nbytes // 8, TERM_CACHE_BYTES // MAX_MAPPED)
    return keys.nbytes


def _save_quietly(path: Path, keys: np.ndarray) -> None:
    """Write ``keys`` to ``path`` atomically; a folder that cannot be written only means no file."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        path.parent.mkdir(exist_ok=True)
        with open(partial, "wb") as handle:
            np.save(handle, keys)
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
