"""Content hashes: stable for the same bytes, different for different bytes."""

from __future__ import annotations

import hashlib

from search.ingest.hashing import content_hash


def test_hash_is_hex_sha256_of_raw_bytes():
    assert content_hash(b"abc") == hashlib.sha256(b"abc").hexdigest()
    assert len(content_hash(b"")) == 64


def test_hash_changes_with_one_byte():
    assert content_hash(b"caf\xe9") != content_hash("café".encode())
