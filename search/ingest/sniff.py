"""Recognise an HTML document by its first bytes, whatever its file extension.

Saved web pages are often named ``.txt``; they must be read as HTML, not as
plain text with a title line of ``<!DOCTYPE html>``.
"""

from __future__ import annotations

import re

SNIFF_SIZE = 1024

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Optional XML declaration and comments, then a doctype or an <html> tag.
_HTML_START = re.compile(
    rb"""\A\s*
    (?:<\?xml[^>]*\?>\s*)?
    (?:<!--.*?-->\s*)*
    <(?:!doctype\s+html\b|html\b)""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)


def looks_like_html(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file) starts an HTML document.

    Only a doctype or an ``<html>`` tag at the very start counts: a text that
    merely mentions a tag further down is still text.
    """
    for bom in _BOMS:
        if head.startswith(bom):
            if bom != b"\xef\xbb\xbf":
                # UTF-16: drop the NUL bytes of ASCII characters before matching.
                head = head[len(bom) :].replace(b"\x00", b"")
            else:
                head = head[len(bom) :]
            break
    return _HTML_START.match(head[:SNIFF_SIZE]) is not None
