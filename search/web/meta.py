"""Pages about the site itself: the query syntax help and the OpenSearch description."""

from __future__ import annotations

from flask import Blueprint, Response, render_template

bp = Blueprint("meta", __name__)


@bp.route("/aide")
def help_page():
    """How to write queries, with examples that are links."""
    return render_template("help.html")


@bp.route("/opensearch.xml")
def opensearch():
    """Lets browsers add Dépêches as a search engine for the address bar."""
    body = render_template("opensearch.xml")
    return Response(body, mimetype="application/opensearchdescription+xml")
