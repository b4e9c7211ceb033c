"""Content fingerprints: an unchanged record always gets the same hash."""

from __future__ import annotations

import hashlib


def content_hash(raw: bytes) -> str:
    """Hex SHA-256 of the raw bytes of one record (a whole file, or one JSON line)."""
    return hashlib.sha256(raw).hexdigest()
