"""Ingestion: turn text, JSON lines and saved HTML files into ``Article`` records.

Public interface::

    sources, skipped = find_sources([Path("corpus")])
    for item in read_source(sources[0]): ...
    for item in read_sources([Path("corpus")]): ...   # Article or Skipped
"""

from search.ingest.encoding import decode_bytes
from search.ingest.reader import read_source, read_sources
from search.ingest.sources import SourceFile, find_sources

__all__ = ["SourceFile", "decode_bytes", "find_sources", "read_source", "read_sources"]
