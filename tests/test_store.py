"""The index folder keeps a complete generation in service at all times."""

from __future__ import annotations

import multiprocessing

import pytest
from whoosh import fields, index

from search.store import CURRENT_FILE, BuildInProgress, IndexMissing, IndexStore


def _make_generation(store: IndexStore, marker: str):
    build_dir = store.new_build_dir()
    ix = index.create_in(str(build_dir), fields.Schema(id=fields.ID(stored=True)))
    with ix.writer() as writer:
        writer.add_document(id=marker)
    return store.publish(build_dir, {"marker": marker})


def test_empty_folder_has_no_index(tmp_path):
    store = IndexStore(tmp_path / "index")
    assert store.current_dir() is None
    assert store.current_meta() == {}
    with pytest.raises(IndexMissing):
        store.open()


def test_publish_switches_current_and_keeps_one_previous(tmp_path):
    store = IndexStore(tmp_path / "index")
    first = _make_generation(store, "a")
    second = _make_generation(store, "b")
    third = _make_generation(store, "c")
    assert store.current_dir() == third
    assert store.current_meta() == {"marker": "c"}
    assert (store.root / CURRENT_FILE).read_text().strip() == third.name
    assert second.exists() and not first.exists()
    with store.open().searcher() as searcher:
        assert [d["id"] for d in searcher.documents()] == ["c"]


def test_unfinished_build_is_never_served_and_is_cleaned_up(tmp_path):
    store = IndexStore(tmp_path / "index")
    served = _make_generation(store, "a")
    leftover = store.new_build_dir()
    (leftover / "junk").write_text("half-written")
    assert store.current_dir() == served
    with store.build_lock():
        store.remove_leftovers()
    assert not leftover.exists()
    assert store.current_dir() == served


def _hold_lock(root, ready, release):
    with IndexStore(root).build_lock():
        ready.set()
        release.wait(10)


def test_build_lock_excludes_a_second_builder_and_dies_with_its_process(tmp_path):
    root = tmp_path / "index"
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(root, ready, release))
    holder.start()
    assert ready.wait(10)
    with pytest.raises(BuildInProgress):
        with IndexStore(root).build_lock():
            pass
    holder.kill()  # SIGKILL: the kernel releases the flock
    holder.join()
    with IndexStore(root).build_lock():
        pass
