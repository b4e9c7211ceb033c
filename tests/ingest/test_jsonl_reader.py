"""JSON lines: fields, ids, dates, malformed lines with their line numbers, hashes."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from pathlib import Path

import pytest

from search.article import Article, Skipped
from search.ingest.jsonl_reader import RecordError, read_jsonl, record_to_article

from .conftest import JSONL


@pytest.fixture(scope="module")
def items() -> list[Article | Skipped]:
    return list(read_jsonl(JSONL.resolve()))


def _by_line(items: list[Article | Skipped]) -> dict[int, Article | Skipped]:
    return {item.line: item for item in items}


def test_every_non_blank_line_gives_one_record(items):
    assert sorted(_by_line(items)) == [n for n in range(1, 22) if n not in (3, 20)]


def test_complete_record(items):
    article = _by_line(items)[1]
    assert article == Article(
        id="a-1",
        text="Texte de l'article.",
        title="Titre simple",
        lede="Chapeau.",
        source="Orange Actu",
        date=dt.date(2020, 7, 2),
        date_precision="day",
        url="",
        origin=str(JSONL.resolve()),
        line=1,
        content_hash=article.content_hash,
        size=article.size,
    )


def test_skipped_lines_and_french_reasons(items):
    skipped = {item.line: item.reason for item in items if isinstance(item, Skipped)}
    assert skipped == {
        6: "JSON invalide : ligne tronquée : texte sans guillemet fermant (colonne 44)",
        7: "la ligne n'est pas un objet JSON mais une liste",
        8: "champ « title » : texte attendu, pas un nombre",
        9: "champ « text » manquant ou vide",
        12: "JSON invalide : virgule manquante (colonne 45)",
        15: "champ « id » : texte ou nombre entier attendu, pas un booléen",
        21: "champ « text » : texte attendu, pas un nombre",
    }
    assert all(item.origin == str(JSONL.resolve()) for item in items)


def test_integer_id_and_month_date(items):
    article = _by_line(items)[2]
    assert article.id == "42"
    assert (article.date, article.date_precision) == (dt.date(2020, 7, 1), "month")
    assert article.source is None and article.lede == "" and article.url == ""


def test_missing_or_null_id_is_derived_from_file_and_line(items):
    assert _by_line(items)[4].id == "articles-4"
    assert _by_line(items)[19].id == "articles-19"


def test_iso_datetime_keeps_the_written_day(items):
    assert (_by_line(items)[4].date, _by_line(items)[4].date_precision) == (dt.date(2020, 7, 2), "day")


def test_bad_dates_keep_the_article(items):
    for line in (5, 17):
        article = _by_line(items)[line]
        assert isinstance(article, Article)
        assert (article.date, article.date_precision) == (None, "unknown")


def test_lede_without_text_is_kept(items):
    article = _by_line(items)[10]
    assert isinstance(article, Article)
    assert (article.text, article.lede) == ("", "Seul le chapeau est présent.")


def test_read_source_alone_does_not_refuse_duplicates(items):
    assert isinstance(_by_line(items)[11], Article)
    assert _by_line(items)[11].id == "a-1"


def test_nfd_line_is_composed(items):
    article = _by_line(items)[13]
    assert article.title == "Café en NFD"
    assert unicodedata.is_normalized("NFC", article.text) and article.text == "Le café est noté."


def test_cp1252_line_in_utf8_file(items):
    article = _by_line(items)[14]
    assert (article.title, article.text) == ("Ligne en cp1252 : été", "Coût : 5 €.")


def test_crlf_line_end_and_escaped_crlf(items):
    assert _by_line(items)[16].text == "Ligne terminee par CRLF."
    assert _by_line(items)[18].text == "Texte\r\navec CRLF".replace("\r\n", "\n")
    assert _by_line(items)[18].url == "https://exemple.fr/a-18"


def test_hash_and_size_are_of_the_raw_line(items):
    lines = JSONL.read_bytes().split(b"\n")
    first = _by_line(items)[1]
    assert first.content_hash == hashlib.sha256(lines[0]).hexdigest()
    assert first.size == len(lines[0]) + 1  # with its line end
    crlf = _by_line(items)[16]
    assert crlf.content_hash == hashlib.sha256(lines[15].rstrip(b"\r")).hexdigest()
    assert crlf.size == len(lines[15]) + 1
    last = _by_line(items)[21]
    assert last.size == len(lines[20])  # no line end at the end of the file


def test_hash_is_stable_and_tracks_changes(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "x", "text": "un"}\n{"id": "y", "text": "deux"}\n')
    before = [a.content_hash for a in read_jsonl(path)]
    assert before == [a.content_hash for a in read_jsonl(path)]
    path.write_bytes(b'{"id": "x", "text": "un"}\r\n{"id": "y", "text": "deux !"}\r\n')
    after = [a.content_hash for a in read_jsonl(path)]
    assert after[0] == before[0]  # same record, CRLF or not
    assert after[1] != before[1]


def test_sizes_add_up_to_the_file_size(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "x", "text": "un"}\n[1]\n{"id": "y", "text": "deux"}')
    assert sum(item.size for item in read_jsonl(path)) == path.stat().st_size


def test_bom_on_first_line(tmp_path):
    path = tmp_path / "bom.jsonl"
    line = b'{"id": "x", "text": "\xc3\xa9t\xc3\xa9"}'
    path.write_bytes(b"\xef\xbb\xbf" + line + b"\n")
    (article,) = read_jsonl(path)
    assert (article.id, article.text) == ("x", "été")
    assert article.content_hash == hashlib.sha256(line).hexdigest()
    assert article.size == path.stat().st_size


def test_utf16_file(tmp_path):
    path = tmp_path / "utf16.jsonl"
    path.write_bytes('{"id": "x", "text": "Noël"}\r\n{"id": "y", "text": "été"}\r\n'.encode("utf-16"))
    assert [(a.id, a.text, a.line) for a in read_jsonl(path)] == [("x", "Noël", 1), ("y", "été", 2)]


def test_empty_binary_and_unreadable_files(tmp_path):
    empty = tmp_path / "vide.jsonl"
    empty.write_bytes(b"\n  \n")
    assert [(s.reason, s.line) for s in read_jsonl(empty)] == [("fichier vide", None)]
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b'{"id": 1}\n\x00\x01\x02')
    assert [s.reason for s in read_jsonl(binary)] == ["fichier binaire (octet nul)"]
    folder = tmp_path / "dossier.jsonl"
    folder.mkdir()
    assert [s.reason for s in read_jsonl(folder)] == ["fichier illisible : c'est un dossier"]


def test_nul_byte_after_the_head_skips_only_its_line(tmp_path):
    path = tmp_path / "big.jsonl"
    good = b'{"id": "%d", "text": "' + b"x" * 100 + b'"}\n'
    path.write_bytes(b"".join(good.replace(b"%d", str(n).encode()) for n in range(1000)) + b"\x00\x00\n")
    items = list(read_jsonl(path))
    assert len(items) == 1001
    assert (items[-1].line, items[-1].reason) == (1001, "ligne binaire (octet nul)")


def test_record_to_article_validation():
    with pytest.raises(RecordError) as caught:
        record_to_article({"id": 1.5, "text": "x"}, "f-1")
    assert caught.value.reason == "champ « id » : texte ou nombre entier attendu, pas un nombre"
    with pytest.raises(RecordError) as caught:
        record_to_article({"text": "x", "date": 20200702}, "f-1")
    assert caught.value.reason == "champ « date » : texte attendu, pas un nombre"
    with pytest.raises(RecordError) as caught:
        record_to_article({"text": "  \n", "lede": ""}, "f-1")
    assert caught.value.reason == "champ « text » manquant ou vide"
    article = record_to_article({"id": "  ", "text": "x", "source": "", "title": " T "}, "f-1")
    assert (article.id, article.source, article.title) == ("f-1", None, "T")


def test_derived_id_uses_the_file_stem(tmp_path):
    path = tmp_path / "dépêches.2020.ndjson"
    path.write_text('\n{"text": "x"}\n', encoding="utf-8")
    assert [a.id for a in read_jsonl(Path(path))] == ["dépêches.2020-2"]


def test_a_line_too_long_is_skipped_unread_and_reading_goes_on(tmp_path):
    path = tmp_path / "long.jsonl"
    lines = [b'{"id": "a", "text": "court"}', b'{"id": "b", "text": "' + b"x" * 500 + b'"}', b'{"id": "c", "text": "fin"}']
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(read_jsonl(path, max_line_bytes=100))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "c"]
    assert items[1] == Skipped(
        origin=str(path), reason="ligne trop longue (plus de 0,0 Mo) : découpez l'article ou le fichier", line=2, size=len(lines[1]) + 1
    )
    assert sum(i.size for i in items) == path.stat().st_size
