"""The public interface: read_source and read_sources over real fixture folders."""

from __future__ import annotations

import hashlib
import shutil

from search.article import Article, Skipped
from search.ingest import SourceFile, find_sources, read_source, read_sources

from .conftest import DATA, JSONL, PAGES, TEXT


def test_read_sources_over_the_fixture_folder():
    items = list(read_sources([DATA]))
    articles = [i for i in items if isinstance(i, Article)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    ids = [a.id for a in articles]
    assert len(ids) == len(set(ids))
    assert {"orangesum-3767", "orangesum-10172", "orangesum-27345", "a-1", "42", "cp1252", "nested"} <= set(ids)
    duplicate = next(s for s in skipped if s.reason.startswith("identifiant en double"))
    assert (duplicate.origin, duplicate.line) == (str(JSONL.resolve()), 11)
    assert duplicate.reason.endswith("articles.jsonl:1")
    assert all(a.origin and a.content_hash and a.size > 0 for a in articles)


def test_read_sources_is_deterministic():
    assert list(read_sources([DATA])) == list(read_sources([DATA]))


def test_duplicate_across_files_names_the_first_file(tmp_path):
    shutil.copy(PAGES["auto"], tmp_path / "orangesum-3767.html")
    (tmp_path / "z.jsonl").write_text('{"id": "orangesum-3767", "text": "Autre."}\n{"id": "n", "text": "x"}\n')
    items = list(read_sources([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]
    assert items[1].reason == f"identifiant en double : déjà lu dans {tmp_path / 'orangesum-3767.html'}"
    assert items[1].line == 1


def test_find_skips_come_first(tmp_path):
    (tmp_path / "a.txt").write_text("T\n\nx")
    items = list(read_sources([tmp_path / "a.txt", tmp_path / "absent.jsonl", tmp_path / "doc.pdf"]))
    shown = [i.reason if isinstance(i, Skipped) else i.id for i in items]
    assert shown == ["fichier introuvable", "fichier introuvable", "a"]


def test_read_source_on_an_unreadable_path(tmp_path):
    # A folder where a file was expected: a real read error, even for root.
    folder = tmp_path / "dossier.txt"
    folder.mkdir()
    (skipped,) = read_source(SourceFile(path=folder, kind="text", size=0))
    assert skipped == Skipped(origin=str(folder), reason="fichier illisible : c'est un dossier")


def test_read_source_of_a_file_deleted_after_finding(tmp_path):
    path = tmp_path / "parti.txt"
    path.write_text("T\n\nx")
    (source,) = find_sources([path])[0]
    path.unlink()
    (skipped,) = read_source(source)
    assert skipped.reason == "fichier illisible : fichier introuvable"


def test_text_source_holding_html_is_read_as_html(tmp_path):
    shutil.copy(PAGES["afp"], tmp_path / "page.txt")
    (article,) = read_source(SourceFile(path=tmp_path / "page.txt", kind="text", size=0))
    assert article.title.startswith("Virus: L'université de Cambridge")
    assert article.byline == "AFP"


def test_hashes_are_stable_and_change_with_content(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes((TEXT / "crlf.txt").read_bytes())
    (first,) = read_sources([path])
    (again,) = read_sources([path])
    path.write_bytes((TEXT / "crlf.txt").read_bytes() + b"Encore.\r\n")
    (changed,) = read_sources([path])
    assert first.content_hash == again.content_hash
    assert changed.content_hash != first.content_hash
    assert changed.text.endswith("Paragraphe deux.\nEncore.")


def test_a_huge_text_file_is_read_in_part_cut_and_flagged(tmp_path):
    from search.ingest.limits import MAX_TEXT_CHARS, TEXT_READ_LIMIT, Truncated

    path = tmp_path / "enorme.txt"
    data = b"Titre\n\n" + b"Une phrase de remplissage.\n" * (TEXT_READ_LIMIT // 20)
    path.write_bytes(data)
    article, notice = read_sources([path])
    assert isinstance(article, Article) and len(article.text) <= MAX_TEXT_CHARS
    assert article.text.endswith("remplissage.")
    assert article.content_hash == hashlib.sha256(data).hexdigest() and article.size == len(data)
    assert notice == Truncated(origin=str(path.resolve()), size=len(data))
    path.write_bytes(data + b"Un ajout tout au bout.\n")  # beyond what is read, still a change
    (changed, _) = read_sources([path])
    assert changed.content_hash != article.content_hash


def test_a_duplicate_of_a_cut_article_loses_its_notice(tmp_path):
    (tmp_path / "a.txt").write_text("T\n\nPremier.", encoding="utf-8")
    long_text = "mot " * 300_000
    (tmp_path / "b.jsonl").write_text(f'{{"id": "a", "text": "{long_text}"}}\n', encoding="utf-8")
    items = list(read_sources([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped"]
