"""The index folder keeps a complete generation in service at all times."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import time

import pytest
from whoosh import fields, index

from search.store import (
    CURRENT_FILE,
    POSITIONS_FOLDER,
    BuildInProgress,
    IndexMissing,
    IndexStore,
)


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


def test_an_update_copies_the_generation_but_not_its_decoded_positions(tmp_path):
    """Positions saved by searches describe their own generation's documents: never carried over."""
    store = IndexStore(tmp_path / "index")
    served = _make_generation(store, "a")
    (served / POSITIONS_FOLDER).mkdir()
    (served / POSITIONS_FOLDER / "exact-0.npy").write_bytes(b"old")
    copy = store.new_build_dir(copy_of=served)
    assert sorted(p.name for p in copy.iterdir()) == sorted(p.name for p in served.iterdir() if p.name != POSITIONS_FOLDER)
    assert (copy / "meta.json").exists()


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
    with pytest.raises(BuildInProgress), IndexStore(root).build_lock():
        pass
    holder.kill()  # SIGKILL: the kernel releases the lock
    holder.join()
    with IndexStore(root).build_lock():
        pass


def _lock_then_fork_a_worker(root, ready, worker_pid):
    with IndexStore(root).build_lock():
        worker = multiprocessing.Process(target=time.sleep, args=(30,))  # forked: inherits the lock file
        worker.start()
        worker_pid.value = worker.pid
        ready.set()
        time.sleep(30)


def test_a_worker_of_a_killed_build_does_not_keep_the_lock(tmp_path):
    root = tmp_path / "index"
    ready, worker_pid = multiprocessing.Event(), multiprocessing.Value("i", 0)
    builder = multiprocessing.Process(target=_lock_then_fork_a_worker, args=(root, ready, worker_pid))
    builder.start()
    try:
        assert ready.wait(10)
        builder.kill()
        builder.join()
        os.kill(worker_pid.value, 0)  # the worker lives on...
        with IndexStore(root).build_lock():  # ...yet the lock is free
            pass
    finally:
        os.kill(worker_pid.value, signal.SIGKILL)


def test_a_second_build_in_the_same_process_is_refused(tmp_path):
    with IndexStore(tmp_path).build_lock(), pytest.raises(BuildInProgress), IndexStore(tmp_path).build_lock():
        pass
    with IndexStore(tmp_path).build_lock():  # released
        pass


def test_leftovers_of_killed_builds_are_removed_but_served_generations_kept(tmp_path):
    store = IndexStore(tmp_path / "index")
    previous = _make_generation(store, "a")
    current = _make_generation(store, "b")
    older = store.root / "gen-00000101T000000000000-1"  # left by a build killed while tidying
    shutil.copytree(previous, older)
    unserved = store.root / "gen-99991231T235959999999-1"  # renamed, killed before CURRENT switched
    shutil.copytree(current, unserved)
    half_built = store.new_build_dir()
    (store.root / "CURRENT.tmp").write_text("gen-ailleurs\n")
    with store.build_lock():
        store.remove_leftovers()
    assert sorted(p.name for p in store.root.iterdir() if p.name != ".lock") == sorted(
        ["CURRENT", previous.name, current.name]
    )
    assert not half_built.exists() and store.current_dir() == current


def test_searchers_do_not_copy_the_index_into_memory(news_store):
    """The served index is read through files: a searcher's segment parts are not in-memory copies."""
    from io import BytesIO

    from whoosh.filedb.structfile import BufferFile

    with news_store.open().searcher() as searcher:
        segment = searcher.reader().leaf_readers()[0][0]
        postings_file = segment._terms._postfile
        assert not isinstance(postings_file, BufferFile) and not isinstance(postings_file.file, BytesIO)
        assert searcher.document(id="alep-1")["id"] == "alep-1"
