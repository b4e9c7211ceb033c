"""Numpy views of an index equal what Whoosh reads one document at a time."""

from __future__ import annotations

import numpy as np
import pytest

from search.query.columns import POSITION_BITS, IndexColumns


def test_postings_are_whooshs_live_postings(segmented_index):
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        columns = IndexColumns(reader)
        title_term = max(reader.lexicon("title"), key=lambda t: reader.doc_frequency("title", t))
        for fieldname, btext in (("text", b"president"), ("title", title_term), ("speakers", "John Kerry".encode())):
            postings = columns.postings(reader, fieldname, btext)
            matcher = reader.postings(fieldname, btext)
            expected = list(matcher.items_as("weight"))
            assert postings.docnums.tolist() == [docnum for docnum, _ in expected]
            assert postings.weights.tolist() == [weight for _, weight in expected]


@pytest.mark.parametrize("fieldname, btext", [("exact", b"le"), ("text", b"president")])
def test_positions_are_whooshs_positions(segmented_index, fieldname, btext):
    """Both position formats: plain positions (exact) and positions with characters (stemmed text)."""
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        keys = IndexColumns(reader).positions(reader, fieldname, btext)
        expected = [
            (docnum << POSITION_BITS) | position
            for docnum, positions in reader.postings(fieldname, btext).items_as("positions")
            for position in positions
        ]
    assert keys.tolist() == expected and len(expected) > 100


def test_field_lengths_and_sort_keys(segmented_index):
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        columns = IndexColumns(reader)
        lengths = columns.field_lengths(reader, "text")
        keys = columns.sort_keys(reader, "newest_first")
        live = list(reader.all_doc_ids())
        assert [lengths[d] for d in live] == [reader.doc_field_length(d, "text") for d in live]
        by_key = sorted(live, key=lambda d: (keys[d], d))
        dates = [searcher.stored_fields(d).get("date") for d in by_key]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True) and len(dated) > 400
    assert all(d is None for d in dates[len(dated) :])  # undated last


def test_cache_returns_the_same_arrays(segmented_index):
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        columns = IndexColumns(reader)
        first = columns.postings(reader, "text", b"president")
        assert columns.postings(reader, "text", b"president") is first
        assert np.all(columns.live[first.docnums])


def test_large_positions_are_saved_once_and_memory_mapped(segmented_index, tmp_path, monkeypatch):
    """Words past the size threshold get a positions file; a later generation cache maps it, same keys."""
    from search.query import columns as columns_module
    from search.store import POSITIONS_FOLDER

    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        plain = IndexColumns(reader)
        by_count = sorted(
            (b"le", b"masque", b"geneve", b"paris", b"lyon", b"crise"),
            key=lambda w: len(plain.positions(reader, "exact", w)),
        )
        common, less = by_count[-1], by_count[0]
        decoded, rare = plain.positions(reader, "exact", common), plain.positions(reader, "exact", less)
        assert len(decoded) > len(rare) > 0
        monkeypatch.setattr(columns_module, "POSITION_FILE_MIN", len(decoded))

        first = IndexColumns(reader, str(tmp_path))
        assert np.array_equal(first.positions(reader, "exact", common), decoded)
        assert np.array_equal(first.positions(reader, "exact", less), rare)
        saved = sorted(p.name for p in (tmp_path / POSITIONS_FOLDER).iterdir())
        assert len(saved) == 1 and saved[0].startswith("exact-") and saved[0].endswith(".npy")

        again = IndexColumns(reader, str(tmp_path)).positions(reader, "exact", common)
        assert isinstance(again, np.memmap)
        assert np.array_equal(again, decoded)


def test_an_unwritable_positions_folder_only_means_no_file(segmented_index, tmp_path, monkeypatch):
    from search.query import columns as columns_module
    from search.store import POSITIONS_FOLDER

    monkeypatch.setattr(columns_module, "POSITION_FILE_MIN", 50)
    (tmp_path / POSITIONS_FOLDER).write_text("not a folder")
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        keys = IndexColumns(reader, str(tmp_path)).positions(reader, "exact", b"le")
        assert np.array_equal(keys, IndexColumns(reader).positions(reader, "exact", b"le"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [POSITIONS_FOLDER]


def test_mapped_positions_files_held_at_once_are_bounded(segmented_index, tmp_path, monkeypatch):
    """Each mapped file holds a file descriptor: the cache keeps at most MAX_MAPPED of them."""
    from search.query import columns as columns_module

    monkeypatch.setattr(columns_module, "POSITION_FILE_MIN", 1)
    monkeypatch.setattr(columns_module, "MAX_MAPPED", 2)
    words = (b"le", b"masque", b"geneve", b"paris", b"lyon")
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        IndexColumns(reader, str(tmp_path)).positions(reader, "exact", words[0])  # saves files
        for word in words[1:]:
            IndexColumns(reader, str(tmp_path)).positions(reader, "exact", word)
        columns = IndexColumns(reader, str(tmp_path))
        for word in words:
            assert isinstance(columns.positions(reader, "exact", word), np.memmap)
        assert sum(isinstance(found, np.memmap) for found in columns._terms.values()) == 2
