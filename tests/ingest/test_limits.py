"""Bounds on one article: text cut at a word boundary, huge files read only in part."""

from __future__ import annotations

import codecs
import hashlib

from search.article import Article
from search.ingest.limits import (
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    Truncated,
    bound_article,
    cut_text,
    read_head,
)


def test_cut_text_keeps_short_texts_and_cuts_long_ones_between_words():
    assert cut_text("Un texte court.", 100) == "Un texte court."
    cut = cut_text("mot " * 100, 50)
    assert len(cut) <= 50 and cut.endswith("mot") and not cut.endswith(" ")
    assert cut_text("x" * 100, 10) == "x" * 10  # no space at all: cut at the bound


def test_bound_article_cuts_fields_and_returns_a_notice():
    article = Article(id="a", text="mot " * MAX_TEXT_CHARS, title="T" * 5000, origin="/c/a.jsonl", line=3, size=123)
    notice = bound_article(article)
    assert notice == Truncated(origin="/c/a.jsonl", size=123, line=3)
    assert len(article.text) <= MAX_TEXT_CHARS and len(article.title) == MAX_TITLE_CHARS
    assert notice.where() == "/c/a.jsonl:3"
    assert notice.reason == "article trop long (0,0 Mo) : seuls ses 1\u202f000\u202f000 premiers caractères sont indexés"
    assert bound_article(Article(id="b", text="Court.")) is None
    assert bound_article(Article(id="c", text="Court."), cut=True) is not None  # the reader stopped early


def test_read_head_of_a_small_file_is_the_whole_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Titre\n\nTexte.\n")
    head = read_head(path, 1000)
    assert (head.data, head.size, head.cut) == (b"Titre\n\nTexte.\n", 14, False)
    assert head.digest == hashlib.sha256(b"Titre\n\nTexte.\n").hexdigest()


def test_read_head_of_a_large_file_stops_at_a_line_end_and_hashes_everything(tmp_path):
    path = tmp_path / "a.txt"
    data = "Une ligne accentuée : été, Noël.\n".encode() * 100_000
    path.write_bytes(data)
    head = read_head(path, 10_000)
    assert head.cut and head.size == len(data) and len(head.data) <= 10_000
    assert head.data.endswith(b"\n") and data.startswith(head.data)
    assert head.digest == hashlib.sha256(data).hexdigest()


def test_read_head_never_splits_a_character(tmp_path):
    one_line = "é" * 10 + " " + "€" * 5000  # no line end: cut at the last space
    (tmp_path / "u8.txt").write_bytes(one_line.encode())
    assert read_head(tmp_path / "u8.txt", 5000).data.decode() == "é" * 10 + " "
    utf16 = codecs.BOM_UTF16_LE + "ligne un\nligne deux\n".encode("utf-16-le") * 1000
    (tmp_path / "u16.txt").write_bytes(utf16)
    head = read_head(tmp_path / "u16.txt", 1001)
    assert head.data.decode("utf-16").endswith("\n")
