"""Look up single articles in the current index."""

from __future__ import annotations

from whoosh.index import Index
from whoosh.searching import Searcher

from search.article import Article
from search.document import from_stored_fields


def get_article(ix: Index, article_id: str, searcher: Searcher | None = None) -> Article | None:
    """The indexed article with this id, or None (``searcher``: one of ``ix`` to use, left open)."""
    if searcher is not None:
        stored = searcher.document(id=article_id)
    else:
        with ix.searcher() as own:
            stored = own.document(id=article_id)
    return from_stored_fields(stored) if stored else None


def article_to_dict(article: Article) -> dict[str, object]:
    """An article with its extracted fields, as the command line and the API show it."""
    return {
        "id": article.id,
        "title": article.title,
        "lede": article.lede,
        "text": article.text,
        "source": article.source,
        "date": article.date.isoformat() if article.date else None,
        "date_precision": article.date_precision,
        "byline": article.byline,
        "dateline": article.dateline,
        "url": article.url,
        "speakers": article.speakers,
        "locations": article.locations,
        "quotes": [
            {"speaker": q.speaker, "text": q.text, "kind": q.kind, "verb": q.verb}
            for q in article.quotes
        ],
        "origin": article.origin,
        "line": article.line,
    }
