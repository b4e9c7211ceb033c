"""Turn raw bytes into clean Unicode text.

Rules, in order:

* a UTF-16 byte order mark means UTF-16;
* NUL bytes, or a high share of control bytes, mean a binary file, refused;
* UTF-8, with or without byte order mark, is tried first;
* otherwise the text is decoded line by line: lines that are valid UTF-8 stay
  UTF-8, the others are read as cp1252 (latin-1 for the five bytes cp1252 leaves
  undefined), so a mostly UTF-8 file with a few cp1252 lines reads right;
* line ends become ``\\n`` and the text is put in Unicode NFC form.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from search.ingest import reasons

UTF8_BOM = codecs.BOM_UTF8
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

# Bytes that never occur in text: C0 controls except tab, LF, VT, FF, CR, and
# ESC (seen in terminal captures); plus DEL.
_CONTROL_BYTES = bytes(sorted(set(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B} | {0x7F}))
_CONTROL_SHARE_LIMIT = 0.10
_SNIFF_BYTES = 65536

_LINE_ENDS = re.compile(r"\r\n?")

# C1 control characters (U+0080-U+009F) are never meant in text: they are cp1252
# bytes that went through a latin-1 decoder (U+0080 for the euro sign, U+0092 for
# the apostrophe...). Map them back; the five bytes cp1252 leaves undefined stay.
_C1_REPAIR = {
    code: char
    for code in range(0x80, 0xA0)
    if (char := bytes([code]).decode("cp1252", errors="ignore"))
}
_C1_PATTERN = re.compile("[\u0080-\u009f]")


class BinaryContentError(ValueError):
    """Raised when bytes are not text; ``reason`` is the French message for users."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: read bytes cp1252 leaves undefined as latin-1."""
    bad = error.object[error.start : error.end]
    return bad.decode("latin-1"), error.end


codecs.register_error("search_ingest_latin1", _latin1_fallback)


def binary_reason(raw: bytes) -> str | None:
    """The French reason why ``raw`` looks binary, or None if it looks like text.

    NUL bytes anywhere are decisive; otherwise the share of control bytes in the
    first 64 KiB is checked.
    """
    if raw.startswith(_UTF16_BOMS):
        return None
    if b"\x00" in raw:
        return reasons.BINARY_NUL
    head = raw[:_SNIFF_BYTES]
    if head:
        controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
        if controls / len(head) > _CONTROL_SHARE_LIMIT:
            return reasons.BINARY_CONTROL
    return None


def decode_cp1252(raw: bytes) -> str:
    """Decode cp1252, reading the bytes it leaves undefined as latin-1 (never fails)."""
    return raw.decode("cp1252", errors="search_ingest_latin1")


def decode_line(raw: bytes) -> str:
    """Decode one line (or any chunk): UTF-8 if valid, cp1252 otherwise. Not normalised."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_cp1252(raw)


def _decode_mixed(raw: bytes) -> str:
    """Decode line by line, each line UTF-8 if valid, cp1252 otherwise."""
    return "".join(decode_line(line) for line in raw.splitlines(keepends=True))


def normalize_text(text: str) -> str:
    """Normalise line ends to ``\\n``, repair C1 controls, and compose to NFC."""
    if "\r" in text:
        text = _LINE_ENDS.sub("\n", text)
    if _C1_PATTERN.search(text):
        text = _C1_PATTERN.sub(lambda m: _C1_REPAIR.get(ord(m.group()), m.group()), text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def decode_bytes(raw: bytes) -> str:
    """Decode a whole file's bytes into normalised text.

    Raises ``BinaryContentError`` when the bytes are not text.
    """
    if raw.startswith(_UTF16_BOMS):
        try:
            return normalize_text(raw.decode("utf-16"))
        except UnicodeDecodeError as error:
            raise BinaryContentError(reasons.BINARY_NUL) from error
    reason = binary_reason(raw)
    if reason is not None:
        raise BinaryContentError(reason)
    raw = raw.removeprefix(UTF8_BOM)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_mixed(raw)
    return normalize_text(text)
