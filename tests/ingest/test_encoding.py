"""Decoding bytes: UTF-8 (BOM or not), cp1252, mixed files, binary refusal, normalisation."""

from __future__ import annotations

import unicodedata

import pytest

from search.ingest.encoding import (
    BinaryContentError,
    binary_reason,
    decode_bytes,
    decode_line,
    normalize_text,
)


def test_utf8_plain():
    assert decode_bytes("déjà vu".encode()) == "déjà vu"


def test_utf8_bom_is_dropped():
    assert decode_bytes(b"\xef\xbb\xbf" + "été".encode()) == "été"


def test_cp1252_single_byte_e_acute():
    assert decode_bytes(b"caf\xe9") == "café"


def test_cp1252_specials_euro_quote_oe():
    assert decode_bytes(b"5 \x80, l\x92\x9cuvre") == "5 €, l’œuvre"


def test_cp1252_undefined_byte_falls_back_to_latin1():
    assert decode_bytes(b"a\x81b\xe9") == "a\x81bé"


def test_mixed_file_is_decoded_line_by_line():
    raw = "première ligne\n".encode() + "deuxième ligne\n".encode("cp1252") + "naïf\n".encode()
    assert decode_bytes(raw) == "première ligne\ndeuxième ligne\nnaïf\n"


def test_utf16_with_bom():
    assert decode_bytes("Noël\r\n".encode("utf-16")) == "Noël\n"


def test_crlf_and_cr_become_lf():
    assert decode_bytes(b"a\r\nb\rc\n") == "a\nb\nc\n"


def test_nfd_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Éléphant")
    assert len(nfd) > len("Éléphant")
    assert decode_bytes(nfd.encode("utf-8")) == "Éléphant"


def test_nul_byte_is_binary():
    with pytest.raises(BinaryContentError) as caught:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert caught.value.reason == "fichier binaire (octet nul)"


def test_many_control_bytes_is_binary():
    with pytest.raises(BinaryContentError) as caught:
        decode_bytes(bytes(range(1, 9)) * 4 + b"abc")
    assert caught.value.reason == "fichier binaire (trop de caractères de contrôle)"


def test_few_control_bytes_is_text():
    assert binary_reason(b"\x0c" + b"x" * 50) is None
    assert binary_reason(b"") is None


def test_decode_line_prefers_utf8():
    assert decode_line("é".encode()) == "é"
    assert decode_line(b"\xe9") == "é"


def test_normalize_repairs_c1_controls_from_cp1252():
    # U+0080 is what a euro sign becomes when cp1252 was read as latin-1.
    assert normalize_text("44 670 \u0080") == "44 670 €"
    assert normalize_text("l\u0092école") == "l’école"


def test_normalize_keeps_undefined_c1_and_other_text():
    assert normalize_text("a\u0090b") == "a\u0090b"
    assert normalize_text("tab\tzero\u200bwidth") == "tab\tzero\u200bwidth"
