"""The pages people read: search results and single articles."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from search.articles import get_article
from search.query import facets as facet_registry
from search.query.results import highlight_terms, run_search
from search.query.snippets import matched_spans, mark
from search.store import IndexMissing
from search.web import links
from search.web.holder import current_index
from search.web.params import BadParameter, request_from_args

bp = Blueprint("pages", __name__)
NO_INDEX_MESSAGE = "Aucun index n'est encore construit : lancez « make run » ou « depeches index »."


@bp.route("/")
@bp.route("/recherche")
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
    results = run_search(ix, search_request, cache_key)
    return render_template(
        "search.html",
        results=results,
        req=search_request,
        facets=facet_registry.FACETS,
        links=links,
    )


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
    paragraphs = [p for p in article.text.split("\n") if p.strip()]
    return render_template(
        "article.html",
        article=article,
        q=q,
        title_html=mark(article.title, matched_spans(article.title, terms)),
        lede_html=mark(article.lede, matched_spans(article.lede, terms)),
        paragraphs_html=[mark(p, matched_spans(p, terms)) for p in paragraphs],
        links=links,
    )
