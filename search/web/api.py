"""The JSON API: the same searches as the pages, as result documents."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from search.articles import article_to_dict, get_article
from search.query.results import run_search
from search.store import IndexMissing
from search.web.holder import current_searcher
from search.web.params import BadParameter, request_from_args

bp = Blueprint("api", __name__, url_prefix="/api")


def _error(message: str, status: int):
    return jsonify({"error": message, "status": status}), status


@bp.route("/search")
def search():
    """``GET /api/search`` with the page's parameters: the result document."""
    try:
        search_request = request_from_args(request.args)
        with current_searcher() as (ix, searcher, cache_key):
            results = run_search(ix, search_request, cache_key, searcher)
    except BadParameter as error:
        return _error(str(error), 400)
    except IndexMissing:
        return _error("Aucun index n'est encore construit.", 503)
    return jsonify(results.to_dict())


@bp.route("/articles/<path:article_id>")
def article(article_id: str):
    """``GET /api/articles/<id>``: one article with its extracted fields."""
    try:
        with current_searcher() as (ix, searcher, _):
            found = get_article(ix, article_id, searcher)
    except IndexMissing:
        return _error("Aucun index n'est encore construit.", 503)
    if found is None:
        return _error(f"Aucun article avec l'identifiant « {article_id} ».", 404)
    return jsonify(article_to_dict(found))
