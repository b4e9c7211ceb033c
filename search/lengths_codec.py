"""Whoosh's default codec for writers, reading field lengths once per field.

When a segment is written, Whoosh's field writer asks for the document's field
length once per posting, and Whoosh's per-document reader answers each time
with a seek and a read in the length column just written: about a fifth of the
time spent writing a segment. :class:`PreloadedLengthsCodec` reads each field's
lengths once into a list; the files written are the same bytes.

Only writers use it: the segments it makes name a plain ``W3Codec``, so an index
never depends on this module.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader


class _PreloadedLengths(W3PerDocReader):
    """Whoosh's per-document reader, each field's lengths read once into a list."""

    def doc_field_length_reader(self, fieldname: str, default: int = 0) -> Any:
        length = super().doc_field_length_reader(fieldname, default)
        return [length(docnum) for docnum in range(self._doccount)].__getitem__


class PreloadedLengthsCodec(W3Codec):
    """``W3Codec`` whose writers look field lengths up in lists read once per field."""

    def per_document_reader(self, storage: Any, segment: Any) -> W3PerDocReader:
        return _PreloadedLengths(storage, segment)

    def new_segment(self, storage: Any, indexname: str) -> Any:
        return W3Codec(self._blocklimit, self._compression, self._inlinelimit).new_segment(storage, indexname)
