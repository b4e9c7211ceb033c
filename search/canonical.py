"""One name per person and per place across the whole index.

At the end of a build, the distinct speaker names of the new generation (with
their document frequencies) go through ``canonical_names``; the variants that
map to another name are written to ``canonical.json`` in the generation. The
search side reads it to show one facet value per person and to filter by all
of its spellings. Articles keep the names as extracted.
"""

from __future__ import annotations

import json
from pathlib import Path

from whoosh.index import Index

from search.extract.names import canonical_names

CANONICAL_FILE = "canonical.json"
#: Facet fields whose values are merged across the index.
MERGED_FIELDS = ("speakers",)


def compute_canonical_map(ix: Index) -> dict[str, dict[str, str]]:
    """Variant -> canonical name, per merged field, from the index's own lexicon."""
    result: dict[str, dict[str, str]] = {}
    with ix.reader() as reader:
        for fieldname in MERGED_FIELDS:
            if fieldname not in reader.indexed_field_names():
                continue
            counts = {
                btext.decode("utf-8"): reader.doc_frequency(fieldname, btext)
                for btext in reader.lexicon(fieldname)
            }
            mapping = canonical_names(counts)
            result[fieldname] = {v: c for v, c in mapping.items() if v != c}
    return result


def write_canonical_map(folder: Path, mapping: dict[str, dict[str, str]]) -> None:
    """Store the map in a generation folder."""
    (folder / CANONICAL_FILE).write_text(json.dumps(mapping, ensure_ascii=False, indent=1), "utf-8")


def load_canonical_map(folder: str | Path) -> dict[str, dict[str, str]]:
    """The map of a generation folder (empty when there is none)."""
    try:
        return json.loads((Path(folder) / CANONICAL_FILE).read_text("utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
