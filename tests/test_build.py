"""Full builds and incremental updates on a real index on disk."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

import search.build
from search.article import Article
from search.build import build_index
from search.ingest.limits import MAX_TEXT_CHARS
from search.store import IndexStore


def _write_corpus(folder: Path, articles: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in articles.items():
        (folder / f"{name}.txt").write_text(body, encoding="utf-8")


def _ids(store: IndexStore) -> set[str]:
    with store.open().searcher() as searcher:
        return {doc["id"] for doc in searcher.documents()}


CORPUS = {
    "a": "Titre A\n\nLes négociations reprennent à Genève.",
    "b": "Titre B\n\nL'évacuation d'Alep continue.",
    "c": "Titre C\n\nMoscou accuse Washington.",
}


def test_full_build_indexes_every_file_and_reports_it(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, CORPUS)
    store = IndexStore(tmp_path / "index")
    report = build_index([corpus], store)
    assert report.mode == "full"
    assert (report.added, report.updated, report.removed, report.unchanged) == (3, 0, 0, 0)
    assert report.changed and report.docs_per_second > 0
    assert report.bytes_read == sum(len(b.encode()) for b in CORPUS.values())
    assert _ids(store) == {"a", "b", "c"}


def test_incremental_update_adds_updates_removes_and_keeps(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, CORPUS)
    store = IndexStore(tmp_path / "index")
    build_index([corpus], store)
    first_generation = store.current_dir()

    (corpus / "b.txt").write_text("Titre B\n\nL'évacuation d'Alep est terminée.", encoding="utf-8")
    (corpus / "c.txt").unlink()
    _write_corpus(corpus, {"d": "Titre D\n\nUn nouvel article."})
    report = build_index([corpus], store)

    assert report.mode == "incremental"
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 1, 1, 1)
    assert store.current_dir() != first_generation
    assert _ids(store) == {"a", "b", "d"}
    with store.open().searcher() as searcher:
        assert "terminée" in searcher.document(id="b")["text"]
        assert searcher.doc_count() == 3  # the old version of b is gone


def test_unchanged_corpus_writes_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, CORPUS)
    store = IndexStore(tmp_path / "index")
    build_index([corpus], store)
    served = store.current_dir()
    report = build_index([corpus], store)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 3)
    assert not report.changed
    assert store.current_dir() == served


def test_update_of_one_folder_keeps_articles_from_another(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    _write_corpus(first, {"a": "A\n\nPremier dossier."})
    _write_corpus(second, {"b": "B\n\nSecond dossier."})
    store = IndexStore(tmp_path / "index")
    build_index([first], store)
    report = build_index([second], store)
    assert (report.added, report.kept, report.removed) == (1, 1, 0)
    assert _ids(store) == {"a", "b"}
    assert store.current_meta()["sources"] == sorted([str(first.resolve()), str(second.resolve())])


def test_jsonl_skips_are_reported_with_line_numbers(tmp_path):
    corpus = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "title": "Un", "text": "Texte un.", "date": "2016-12-10", "source": "AFP"}),
        '{"id": "broken", "text": "tronqué',
        json.dumps({"id": "ok-2", "title": "Deux", "text": "Texte deux."}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = IndexStore(tmp_path / "index")
    report = build_index([corpus], store)
    assert report.added == 2
    assert [(s.line, s.origin) for s in report.skipped] == [(2, str(corpus.resolve()))]
    with store.open().searcher() as searcher:
        doc = searcher.document(id="ok-1")
    assert doc["source"] == "AFP" and doc["date"].year == 2016 and doc["date_precision"] == "day"


class _Boom(Exception):
    pass


def test_failed_build_leaves_served_index_intact(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, CORPUS)
    store = IndexStore(tmp_path / "index")
    build_index([corpus], store)
    served = store.current_dir()

    calls = []

    def explode(_: int) -> None:  # fails once the new generation is half written
        calls.append(1)
        if len(calls) == 3:
            assert list(store.root.glob("tmp-*")), "the build should be writing a new generation"
            raise _Boom

    with pytest.raises(_Boom):
        build_index([corpus], store, rebuild=True, progress=explode, extract=False)
    assert store.current_dir() == served
    assert _ids(store) == {"a", "b", "c"}
    assert not list(store.root.glob("tmp-*"))


def test_a_failure_after_the_commit_is_reported_as_itself(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, CORPUS)
    store = IndexStore(tmp_path / "index")

    def fail(*_: object) -> None:  # the generation is written; publishing it fails
        raise _Boom

    monkeypatch.setattr(search.build, "write_canonical_map", fail)
    with pytest.raises(_Boom):  # not Whoosh's "writer is closed" from cleaning up
        build_index([corpus], store, extract=False)
    assert store.current_dir() is None and not list(store.root.glob("tmp-*"))


def test_schema_change_forces_a_full_rebuild(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, CORPUS)
    store = IndexStore(tmp_path / "index")
    build_index([corpus], store)
    meta_file = store.current_dir() / "meta.json"
    meta = json.loads(meta_file.read_text())
    meta["schema_version"] = -1
    meta_file.write_text(json.dumps(meta))
    report = build_index([corpus], store)
    assert report.mode == "full" and report.added == 3


def test_a_failed_full_build_stops_its_worker_processes(tmp_path):
    def records():
        for number in range(250):  # enough for the parallel writer to start its workers
            yield Article(id=f"a{number}", text=f"Texte {number}", origin=f"/virtual/{number}.txt", content_hash=str(number))
        raise _Boom

    store = IndexStore(tmp_path / "index")
    with pytest.raises(_Boom):
        build_index([Path("/virtual")], store, rebuild=True, records=records(), extract=False)
    assert multiprocessing.active_children() == []  # left running, they would block the interpreter's exit
    assert not list(store.root.glob("tmp-*")) and store.current_dir() is None


def test_an_update_after_a_build_of_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, {"vide": ""})
    store = IndexStore(tmp_path / "index")
    assert build_index([corpus], store).total == 0  # an empty index is published
    _write_corpus(corpus, {"a": CORPUS["a"]})
    report = build_index([corpus], store)
    assert (report.mode, report.added) == ("incremental", 1)
    assert _ids(store) == {"a"}


def test_articles_cut_to_their_bounds_are_reported(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, {"long": "Titre\n\n" + "mot " * (MAX_TEXT_CHARS // 2), "court": CORPUS["a"]})
    store = IndexStore(tmp_path / "index")
    report = build_index([corpus], store, extract=False)
    assert report.added == 2 and [t.origin for t in report.truncated] == [str((corpus / "long.txt").resolve())]
    assert report.bytes_read == sum(p.stat().st_size for p in corpus.iterdir())
    with store.open().searcher() as searcher:
        assert len(searcher.document(id="long")["text"]) <= MAX_TEXT_CHARS


def _articles(count: int, changed: range = range(0)) -> list[Article]:
    words = ["négociations", "Genève", "l'évacuation", "d'Alep-Est", "20 000", "le", "Kerry", "cessez-le-feu"]
    return [
        Article(
            id=f"a{number}", title=f"Titre {number}", origin=f"/virtual/{number}.txt",
            text=" ".join(words[(number * k) % len(words)] for k in range(1, 40)) + (" modifié" if number in changed else ""),
            content_hash=f"{number}-{number in changed}", speakers=["John Kerry"] if number % 3 else [],
        )
        for number in range(count)
    ]


def _postings_by_id(store: IndexStore) -> set[tuple]:
    """Every posting of the current generation, with the article id in place of the document number."""
    with store.open().reader() as reader:
        ids = {docnum: fields["id"] for docnum, fields in reader.iter_docs()}
        return {(field, text, ids[docnum], weight, value) for field, text, docnum, weight, value in reader.iter_postings()}


def test_two_writer_processes_index_what_one_does(tmp_path, monkeypatch):
    one, two = IndexStore(tmp_path / "one"), IndexStore(tmp_path / "two")
    monkeypatch.setattr(search.build, "FULL_BUILD_PROCESSES", 1)
    build_index([Path("/virtual")], one, rebuild=True, records=_articles(600), extract=False)
    monkeypatch.setattr(search.build, "FULL_BUILD_PROCESSES", 2)
    build_index([Path("/virtual")], two, rebuild=True, records=_articles(600), extract=False)
    assert len(two.open()._segments()) == 2  # one segment per writer process (six batches of 100 shared)
    assert _postings_by_id(two) == _postings_by_id(one)


def test_updates_index_what_a_full_build_does(tmp_path):
    updated, rebuilt = IndexStore(tmp_path / "updated"), IndexStore(tmp_path / "rebuilt")
    build_index([Path("/virtual")], updated, rebuild=True, records=_articles(300), extract=False)
    for step in range(7):  # each update changes one more article; the last ones merge the small segments
        report = build_index([Path("/virtual")], updated, records=_articles(300, changed=range(step + 1)), extract=False)
        assert (report.mode, report.updated, report.unchanged) == ("incremental", 1, 299)
    assert len(updated.open()._segments()) < 2 + 7
    build_index([Path("/virtual")], rebuilt, rebuild=True, records=_articles(300, changed=range(7)), extract=False)
    assert _postings_by_id(updated) == _postings_by_id(rebuilt)
