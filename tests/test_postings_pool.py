"""The term-grouped pool gives Whoosh's postings, and segments written with it are Whoosh's bytes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import fields
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import PostingPool

from search.lengths_codec import PreloadedLengthsCodec
from search.postings_pool import TermPoolMpWriter, TermPostingPool, use_term_pool
from search.schema import build_schema


def _random_postings(count: int, seed: int, in_order: bool = True) -> list[tuple]:
    """Postings over a Zipf-like vocabulary, documents in increasing order unless ``in_order`` is false."""
    rng = random.Random(seed)
    postings = []
    for docnum in range(count):
        for term in {int(rng.paretovariate(1.2)) % 500 for _ in range(rng.randint(1, 40))}:
            field = rng.choice(["exact", "text", "id"])
            value = None if field == "id" else bytes(rng.randrange(256) for _ in range(rng.randint(1, 12)))  # None: as read from a segment
            postings.append((field, f"t{term}".encode(), docnum, float(rng.randint(1, 4)), value))
    if not in_order:
        rng.shuffle(postings)
    return postings


def _pool_output(pool, postings: list[tuple]) -> list[tuple]:
    for posting in postings:
        pool.add(posting)
    return list(pool.iter_postings())


@pytest.mark.parametrize(("limitmb", "in_order"), [(100.0, True), (0.02, True), (100.0, False), (0.02, False)])
def test_pool_yields_what_whoosh_pool_yields(tmp_path: Path, limitmb: float, in_order: bool) -> None:
    """Same postings, same order, whether the pool spills to runs or not, whatever the arrival order."""
    postings = _random_postings(600, seed=7, in_order=in_order)
    store = FileStorage(str(tmp_path)).create()
    ours = TermPostingPool(store.temp_storage("ours"), limitmb=limitmb)
    expected = _pool_output(PostingPool(store.temp_storage("whoosh"), None, limitmb=limitmb), postings)
    assert _pool_output(ours, postings) == expected
    if limitmb < 1:
        assert len(ours.runs) > 3  # the small limit made it spill several runs
    ours.cleanup()
    assert list(Path(ours.tempstore.folder).iterdir()) == []  # the runs were read and removed


def _documents(count: int) -> list[dict]:
    """Index documents of the real schema with common words (postings across several blocks) and rare ones."""
    rng = random.Random(3)
    words = ["Genève", "négociations", "l'aviation", "d'Alep-Est", "20 000", "le", "la", "Kerry", "Est"]
    docs = []
    for number in range(count):
        text = " ".join(rng.choice(words) if rng.random() < 0.7 else f"mot{rng.randrange(3000)}" for _ in range(60))
        docs.append({
            "id": f"doc{number}", "title": f"Titre {number}", "text": text, "exact": text,
            "speakers_text": rng.choice(["John Kerry", "Sergueï Lavrov"]), "newest_first": -number, "oldest_first": number,
        })
    return docs


def _segment_files(folder: Path, docs: list[dict], faster: bool, limitmb: float) -> dict[str, bytes]:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    if faster:
        writer = ix.writer(limitmb=limitmb, compound=False, codec=PreloadedLengthsCodec())
        use_term_pool(writer)
    else:
        writer = ix.writer(limitmb=limitmb, compound=False)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    segment = ix._segments()[0]
    assert type(segment.codec()).__name__ == "W3Codec"
    prefix = f"{segment.segment_id()}."
    return {f.name[len(prefix) :]: f.read_bytes() for f in folder.iterdir() if f.name.startswith(prefix)}


@pytest.mark.parametrize("limitmb", [64.0, 0.05])
def test_segments_written_with_pool_and_codec_are_whoosh_bytes(tmp_path: Path, limitmb: float) -> None:
    docs = _documents(400)
    stock = _segment_files(tmp_path / "stock", docs, faster=False, limitmb=limitmb)
    faster = _segment_files(tmp_path / "faster", docs, faster=True, limitmb=limitmb)
    assert {"pst", "trm", "_stored.col", "_text_len.col"} <= set(stock)
    assert faster == stock


def test_multiprocess_writer_requires_separate_segments(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), fields.Schema(id=fields.ID(stored=True)))
    with pytest.raises(ValueError):
        TermPoolMpWriter(ix, procs=2)
    writer = TermPoolMpWriter(ix, procs=2, multisegment=True)
    for number in range(250):
        writer.add_document(id=f"d{number}")
    writer.commit()
    with ix.searcher() as searcher:
        assert sorted(doc["id"] for doc in searcher.documents()) == sorted(f"d{number}" for number in range(250))
        assert len(ix._segments()) == 2  # one per writer process, unmerged
