"""The pages people read: search results and single articles."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace

from flask import Blueprint, Response, render_template, request
from whoosh.index import Index

from search.articles import get_article
from search.query import facets as facet_registry
from search.query.request import SearchRequest
from search.query.results import all_hits, highlight_terms, run_search
from search.query.snippets import matched_spans, mark
from search.store import IndexMissing
from search.web import exports, links
from search.web.holder import current_index
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
        ix, cache_key = current_index()
    except IndexMissing:
        return render_template("error.html", message=NO_INDEX_MESSAGE), 503
    export_format = request.args.get("format", "")
    if export_format:
        return _export(ix, cache_key, search_request, export_format)
    results = run_search(ix, search_request, cache_key)
    return render_template(
        "search.html",
        results=results,
        req=results.request,
        facets=facet_registry.FACETS,
        links=links,
    )


def _export(ix: Index, cache_key: str, search_request: SearchRequest, export_format: str) -> Response:
    """The search as an Atom feed, a CSV file or a JSON file."""
    if export_format == "atom":
        feed_request = replace(search_request, sort=search_request.sort or "newest")
        total, articles = all_hits(ix, feed_request, exports.FEED_SIZE, cache_key)
        body = render_template(
            "feed.xml", req=search_request, articles=articles, total=total,
            page_url=request.url_root.rstrip("/") + links.with_format(search_request, "/"),
            updated=max((a.date for a in articles if a.date), default=dt.date.today()),
        )
        return Response(body, mimetype="application/atom+xml")
    if export_format not in ("csv", "json"):
        message = f"Format inconnu « {export_format} » : choisissez atom, csv ou json."
        return Response(render_template("error.html", message=message), status=400)
    total, articles = all_hits(ix, search_request, exports.EXPORT_LIMIT, cache_key)
    if export_format == "csv":
        body, mimetype = exports.to_csv(articles), "text/csv"
    else:
        body, mimetype = exports.to_json(search_request.q, total, articles), "application/json"
    disposition = f'attachment; filename="depeches.{export_format}"'
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": disposition})


@bp.route("/article/<path:article_id>")
def article_page(article_id: str):
    """One article in full, with the query's terms highlighted."""
    try:
        ix, _ = current_index()
    except IndexMissing:
        return render_template("error.html", message=NO_INDEX_MESSAGE), 503
    article = get_article(ix, article_id)
    if article is None:
        return render_template("error.html", message=f"Aucun article avec l'identifiant « {article_id} »."), 404
    q = request.args.get("q", "")
    terms = highlight_terms(ix, q)
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
