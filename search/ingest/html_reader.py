"""Read a saved HTML article page with trafilatura.

The main text, title, date, site name (``source``), author (``byline``), url and
description (``lede``, see ``html_cleanup``) come from the page. The id is the
file name without its extension. Paragraphs are separated by a blank line, as in
text files. A page whose text has too few sentences to be an article (a menu,
a list of links, an error or login page) is skipped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import trafilatura
from trafilatura.settings import Document

from search.article import Article, Skipped
from search.ingest import reasons
from search.ingest.dates import parse_date
from search.ingest.encoding import BinaryContentError, decode_bytes, normalize_text
from search.ingest.hashing import content_hash
from search.ingest.html_cleanup import split_lede, split_stamp, stamp_credit
from search.ingest.text_reader import id_from_path

# trafilatura refuses larger pages (MAX_FILE_SIZE in its settings).
MAX_HTML_BYTES = 20_000_000

# trafilatura's "fast" mode skips the comparison with its fallback extractors
# (readability, jusText). On the OrangeSum sample it gives the same 175 articles
# about 20 % faster; the fallbacks are kept for pages of less regular sites.
FAST_EXTRACTION = False

# A page holds an article when its text has at least this many words in
# sentences: paragraphs of MIN_SENTENCE_WORDS words or more that end like a
# sentence. Menus, link lists, error and login pages, which trafilatura
# returns as text when it finds nothing better, have none or a handful
# (a 404 page: 9); the 175 OrangeSum pages have 46 to several thousand.
MIN_ARTICLE_WORDS = 25
MIN_SENTENCE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?…»”\"):;]\s*$")

# Fixed date bounds so that the result never depends on the day it runs
# (trafilatura's default upper bound is "today").
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}

# trafilatura logs a warning for every page it gives up on; the Skipped already
# says it. Quieten it, unless the application chose a level itself.
if logging.getLogger("trafilatura").level == logging.NOTSET:
    logging.getLogger("trafilatura").setLevel(logging.ERROR)


def extract_page(html: str) -> Document | None:
    """Run trafilatura on a page; its ``Document`` or None when no article is found.

    Comments, tables, images and links are left out, and no deduplication is
    done, so the same page always gives the same result.
    """
    document = trafilatura.bare_extraction(
        html,
        fast=FAST_EXTRACTION,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    return document if isinstance(document, Document) else None


def _clean(value: str | None) -> str:
    return normalize_text(value).strip() if value else ""


def prose_words(paragraphs: list[str]) -> int:
    """Words in the paragraphs that read as sentences (long enough, ending like one)."""
    counts = (len(p.split()) for p in paragraphs if _SENTENCE_END.search(p))
    return sum(count for count in counts if count >= MIN_SENTENCE_WORDS)


def document_to_article(document: Document, article_id: str) -> Article | None:
    """Map a trafilatura ``Document`` to an ``Article`` (without origin, hash, size).

    None when the page has no article: too few words in sentences (``prose_words``).
    """
    paragraphs = [p.strip() for p in normalize_text(document.text or "").split("\n")]
    paragraphs = [p for p in paragraphs if p]
    stamp, paragraphs = split_stamp(paragraphs)
    lede, paragraphs = split_lede(_clean(document.description), paragraphs)
    if prose_words([lede, *paragraphs]) < MIN_ARTICLE_WORDS:
        return None
    date, precision = parse_date(document.date)
    return Article(
        id=article_id,
        text="\n\n".join(paragraphs),
        title=_clean(document.title),
        lede=lede,
        source=_clean(document.sitename) or _clean(document.hostname) or None,
        date=date,
        date_precision=precision,
        byline=_clean(document.author) or stamp_credit(stamp),
        url=_clean(document.url),
    )


def parse_html(path: Path, raw: bytes) -> Iterator[Article | Skipped]:
    """Turn the bytes of a saved page into one ``Article`` (or a ``Skipped``)."""
    origin = str(path)
    size = len(raw)
    if size > MAX_HTML_BYTES:
        yield Skipped(origin=origin, reason=reasons.HTML_TOO_LARGE, size=size)
        return
    try:
        html = decode_bytes(raw)
    except BinaryContentError as error:
        yield Skipped(origin=origin, reason=error.reason, size=size)
        return
    if not html.strip():
        yield Skipped(origin=origin, reason=reasons.EMPTY_FILE, size=size)
        return
    document = extract_page(html)
    article = document_to_article(document, id_from_path(path)) if document is not None else None
    if article is None:
        yield Skipped(origin=origin, reason=reasons.HTML_NO_ARTICLE, size=size)
        return
    article.origin = origin
    article.content_hash = content_hash(raw)
    article.size = size
    yield article
