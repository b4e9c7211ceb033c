"""The Whoosh schema of a Dépêches index.

Full-text fields use the stemmed French analyzer; ``exact`` holds an unstemmed,
folded copy of title, lede and text for exact phrases, prefix and fuzzy queries.
Facet fields hold one indexed term per value (the display value itself), so a
filter is a plain ``Term`` and facet counts read the postings.
"""

from __future__ import annotations

from whoosh import fields

from search.analysis.indexing import AnalyzedText

#: Bumped whenever the schema or the analysis changes what is indexed; an index
#: built with another version is rebuilt rather than updated.
SCHEMA_VERSION = 7

#: Multi-valued facet fields are stored and indexed joined by this separator.
VALUE_SEPARATOR = ","

#: Fields users may name in a query, by every name they may use (English and French).
QUERY_FIELD_ALIASES = {
    "title": "title",
    "titre": "title",
    "text": "text",
    "texte": "text",
    "source": "source_text",
    "speaker": "speakers_text",
    "speakers": "speakers_text",
    "orateur": "speakers_text",
    "location": "locations_text",
    "locations": "locations_text",
    "lieu": "locations_text",
    "quote": "quotes",
    "citation": "quotes",
    "byline": "byline",
    "auteur": "byline",
}


def _text(boost: float = 1.0, stored: bool = True) -> fields.TEXT:
    """A stemmed French full-text field with positions and character offsets."""
    return AnalyzedText(
        "stemmed",
        stored=stored,
        chars=True,
        field_boost=boost,
        multitoken_query="phrase",
    )


def build_schema() -> fields.Schema:
    """Return the schema every index of this version is built with."""
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        title=_text(boost=2.0),
        lede=_text(boost=1.5),
        text=_text(),
        exact=AnalyzedText("exact", stored=False, phrase=True, multitoken_query="phrase"),
        source=fields.ID(stored=True),
        date=fields.DATETIME(stored=True, sortable=True),
        date_precision=fields.ID(stored=True),
        newest_first=fields.NUMERIC(int, bits=64, sortable=True, shift_step=0),
        oldest_first=fields.NUMERIC(int, bits=64, sortable=True, shift_step=0),
        year=fields.ID(),
        month=fields.ID(),
        day=fields.ID(),
        speakers=fields.KEYWORD(stored=True, commas=True, scorable=True),
        locations=fields.KEYWORD(stored=True, commas=True, scorable=True),
        quotes=_text(stored=False),
        # Searchable copies of the facet values: any word or spelling of a name finds it.
        source_text=AnalyzedText("exact", multitoken_query="phrase"),
        speakers_text=AnalyzedText("exact", multitoken_query="phrase"),
        locations_text=AnalyzedText("exact", multitoken_query="phrase"),
        quotes_json=fields.STORED(),
        byline=AnalyzedText("exact", stored=True),
        dateline=fields.STORED(),
        url=fields.STORED(),
        origin=fields.ID(stored=True, sortable=True),
        line=fields.STORED(),
        content_hash=fields.ID(stored=True, sortable=True),
    )
