"""Finding source files: folders, extensions, hidden files, HTML sniffing, errors."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from search.ingest import SourceFile, find_sources
from search.ingest.sources import kind_for

from .conftest import JSONL, PAGES, TEXT


def _names(sources: list[SourceFile]) -> list[str]:
    return [source.path.name for source in sources]


def test_kind_by_extension():
    assert kind_for(Path("a.txt")) == "text"
    assert kind_for(Path("a.TXT")) == "text"
    assert kind_for(Path("a.jsonl")) == "jsonl"
    assert kind_for(Path("a.ndjson")) == "jsonl"
    assert kind_for(Path("a.html")) == "html"
    assert kind_for(Path("a.htm")) == "html"
    assert kind_for(Path("a.pdf")) is None
    assert kind_for(Path("README")) is None


def test_folder_is_walked_recursively_in_name_order():
    sources, skipped = find_sources([TEXT])
    assert skipped == []
    names = _names(sources)
    assert names == [
        "000_bbb1de90843e6c15.txt", "binary.txt", "blank.txt", "bom.txt", "controls.txt",
        "cp1252.txt", "cr_only.txt", "crlf.txt", "empty.txt", "mixed.txt", "nfd.txt",
        "nested.txt", "title_only.txt", "undefined_cp1252.txt",
    ]  # fmt: skip
    # notes.md (other extension) and .hidden.txt (hidden) are left out silently.
    assert all(source.kind == "text" for source in sources)


def test_source_file_fields():
    sources, _ = find_sources([JSONL])
    assert sources == [SourceFile(path=JSONL.resolve(), kind="jsonl", size=JSONL.stat().st_size)]
    assert sources[0].path.is_absolute()


def test_relative_path_is_resolved(monkeypatch):
    monkeypatch.chdir(JSONL.parent)
    sources, _ = find_sources([Path("articles.jsonl")])
    assert sources[0].path == JSONL.resolve()


def test_hidden_folders_are_skipped(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "a.txt").write_text("x\n\ny")
    (tmp_path / "b.txt").write_text("x\n\ny")
    sources, skipped = find_sources([tmp_path])
    assert _names(sources) == ["b.txt"]
    assert skipped == []


def test_explicit_hidden_file_is_read():
    sources, _ = find_sources([TEXT / ".hidden.txt"])
    assert _names(sources) == [".hidden.txt"]


def test_explicit_unsupported_extension_is_reported():
    sources, skipped = find_sources([TEXT / "notes.md"])
    assert sources == []
    assert [s.reason for s in skipped] == ["type de fichier non pris en charge (.md)"]
    assert skipped[0].origin == str((TEXT / "notes.md").resolve())


def test_missing_path_is_reported(tmp_path):
    sources, skipped = find_sources([tmp_path / "absent.txt"])
    assert sources == []
    assert skipped[0].reason == "fichier introuvable"
    assert skipped[0].origin == str(tmp_path / "absent.txt")


def test_broken_symlink_is_reported(tmp_path):
    (tmp_path / "lien.txt").symlink_to(tmp_path / "nowhere.txt")
    for given in (tmp_path / "lien.txt", tmp_path):
        sources, skipped = find_sources([given])
        assert sources == []
        assert [s.reason for s in skipped] == ["lien symbolique cassé"]


def test_fifo_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "tube.txt")
    sources, skipped = find_sources([tmp_path])
    assert sources == []
    assert skipped[0].reason.startswith("pas un fichier ordinaire")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_reported(tmp_path):
    locked = tmp_path / "verrou.txt"
    locked.write_text("titre\n\ntexte")
    locked.chmod(0)
    try:
        sources, skipped = find_sources([locked])
    finally:
        locked.chmod(0o644)
    assert sources == []
    assert skipped[0].reason == "fichier illisible : permission refusée"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_unreadable_folder_is_reported(tmp_path):
    locked = tmp_path / "verrou"
    locked.mkdir()
    locked.chmod(0)
    try:
        sources, skipped = find_sources([tmp_path])
    finally:
        locked.chmod(0o755)
    assert sources == []
    assert skipped[0].reason == "dossier illisible : permission refusée"


def test_html_in_txt_file_is_sniffed(tmp_path):
    shutil.copy(PAGES["afp"], tmp_path / "10172.txt")
    (tmp_path / "plain.txt").write_text("Titre <html>\n\nTexte.")
    sources, _ = find_sources([tmp_path])
    assert [(s.path.name, s.kind) for s in sources] == [("10172.txt", "html"), ("plain.txt", "text")]


def test_each_file_listed_once(tmp_path):
    (tmp_path / "a.txt").write_text("x\n\ny")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "a.txt")
    sources, _ = find_sources([tmp_path / "a.txt", tmp_path, tmp_path / "a.txt"])
    assert _names(sources) == ["a.txt"]


def test_symlink_loop_terminates(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x\n\ny")
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    sources, _ = find_sources([tmp_path])
    assert _names(sources) == ["a.txt"]


def test_order_is_deterministic_and_follows_given_paths():
    first, _ = find_sources([JSONL, TEXT])
    second, _ = find_sources([JSONL, TEXT])
    assert first == second
    assert first[0].kind == "jsonl"


def test_permission_error_on_open_is_reported(tmp_path, monkeypatch):
    # Same path as chmod 000 for a non-root user, simulated so that root runs it too.
    import errno

    from search.ingest import sources as sources_module

    def refuse(path, mode="r", *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    (tmp_path / "a.jsonl").write_text("{}")
    monkeypatch.setattr(sources_module, "open", refuse, raising=False)
    sources, skipped = find_sources([tmp_path])
    assert sources == []
    assert [(s.origin, s.reason) for s in skipped] == [
        (str(tmp_path / "a.jsonl"), "fichier illisible : permission refusée")
    ]


def test_permission_error_on_listing_is_reported(tmp_path, monkeypatch):
    import errno

    real_scandir = os.scandir

    def refuse(path):
        if Path(path).name == "verrou":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    (tmp_path / "verrou").mkdir()
    (tmp_path / "z.txt").write_text("T\n\nx")
    monkeypatch.setattr(os, "scandir", refuse)
    sources, skipped = find_sources([tmp_path])
    assert _names(sources) == ["z.txt"]
    assert [(s.origin, s.reason) for s in skipped] == [
        (str(tmp_path / "verrou"), "dossier illisible : permission refusée")
    ]
