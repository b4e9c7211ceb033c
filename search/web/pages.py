"""The pages people read: search results and single articles."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace

from flask import Blueprint, Response, render_template, request
from whoosh.index import Index
from whoosh.searching import Searcher

from search.article import Article
from search.articles import get_article
from search.query import facets as facet_registry
from search.query.request import SearchRequest
from search.query.results import all_hits, highlight_terms, run_search
from search.query.snippets import matched_spans, mark
from search.store import IndexMissing
from search.web import exports, links
from search.web.holder import current_searcher
from search.web.params import BadParameter, request_from_args

bp = Blueprint("pages", __name__)
_MARK = re.compile(r"<mark>")
NO_INDEX_MESSAGE = "Aucun index n'est encore construit : lancez « make run » ou « depeches index »."


@bp.route("/recherche")
@bp.route("/")  # registered first: the canonical address of the search page
def search_page():
    """Keyword search with highlighted passages and facets."""
    try:
        search_request = request_from_args(request.args)
    except BadParameter as error:
        return render_template("error.html", message=str(error)), 400
    try:
        with current_searcher() as (ix, searcher, cache_key):
            export_format = request.args.get("format", "")
            if export_format:
                return _export(Searching(ix, searcher, cache_key), search_request, export_format)
            results = run_search(ix, search_request, cache_key, searcher)
    except IndexMissing:
        return render_template("error.html", message=NO_INDEX_MESSAGE), 503
    return render_template(
        "search.html",
        results=results,
        req=results.request,
        facets=facet_registry.FACETS,
        links=links,
    )


@dataclass
class Searching:
    """A borrowed searcher with its index and generation key."""

    ix: Index
    searcher: Searcher
    cache_key: str

    def all_hits(self, search_request: SearchRequest, limit: int) -> tuple[int, list[Article]]:
        """The total and first ``limit`` articles of a search."""
        return all_hits(self.ix, search_request, limit, self.cache_key, self.searcher)


def _export(searching: Searching, search_request: SearchRequest, export_format: str) -> Response:
    """The search as an Atom feed, a CSV file or a JSON file."""
    if export_format == "atom":
        feed_request = replace(search_request, sort=search_request.sort or "newest")
        total, articles = searching.all_hits(feed_request, exports.FEED_SIZE)
        body = render_template(
            "feed.xml", req=search_request, articles=articles, total=total,
            page_url=request.url_root.rstrip("/") + links.with_format(search_request, "/"),
            updated=max((a.date for a in articles if a.date), default=dt.date.today()),
        )
        return Response(body, mimetype="application/atom+xml")
    if export_format not in ("csv", "json"):
        message = f"Format inconnu « {export_format} » : choisissez atom, csv ou json."
        return Response(render_template("error.html", message=message), status=400)
    total, articles = searching.all_hits(search_request, exports.EXPORT_LIMIT)
    if export_format == "csv":
        body, mimetype = exports.to_csv(articles), "text/csv"
    else:
        body, mimetype = exports.to_json(search_request.q, total, articles), "application/json"
    disposition = f'attachment; filename="depeches.{export_format}"'
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": disposition})


@bp.route("/article/<path:article_id>")
def article_page(article_id: str):
    """One article in full, with the query's terms highlighted."""
    q = request.args.get("q", "")
    try:
        with current_searcher() as (ix, searcher, key):
            article = get_article(ix, article_id, searcher)
            terms = highlight_terms(ix, q, searcher, key)
    except IndexMissing:
        return render_template("error.html", message=NO_INDEX_MESSAGE), 503
    if article is None:
        return render_template("error.html", message=f"Aucun article avec l'identifiant « {article_id} »."), 404
    parts = [article.title, article.lede, *(p for p in article.text.split("\n") if p.strip())]
    title_html, lede_html, *paragraphs_html = number_marks([mark(p, matched_spans(p, terms)) for p in parts])
    return render_template(
        "article.html",
        article=article,
        q=q,
        title_html=title_html,
        lede_html=lede_html,
        paragraphs_html=paragraphs_html,
        hit_count=sum(html.count("<mark") for html in (title_html, lede_html, *paragraphs_html)),
        back_url=links.with_query(SearchRequest(), q) if q else "/",
        links=links,
    )


def number_marks(fragments: list[str]) -> list[str]:
    """Give every ``<mark>`` of the page an id (``hit-1``, ``hit-2`` …) so hits can be linked to."""
    counter = itertools.count(1)
    return [_MARK.sub(lambda _: f'<mark id="hit-{next(counter)}">', fragment) for fragment in fragments]
