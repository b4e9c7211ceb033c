"""Security headers on every response, and French error pages instead of stack traces."""

from __future__ import annotations

from flask import Flask, Response, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
MESSAGES = {
    404: "Cette page n'existe pas.",
    405: "Cette méthode n'est pas acceptée ici.",
    500: "Une erreur interne est survenue ; la recherche reste disponible.",
}


def _add_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _error_page(error: Exception):
    status = error.code if isinstance(error, HTTPException) and error.code else 500
    if status >= 500:
        current_app.logger.exception("error while serving %s", request.full_path)
    message = MESSAGES.get(status, "La requête n'a pas pu être traitée.")
    if request.path.startswith("/api/"):
        return jsonify({"error": message, "status": status}), status
    return render_template("error.html", message=message), status


def install(app: Flask) -> None:
    """Add the headers and the error pages to an application."""
    app.after_request(_add_headers)
    app.register_error_handler(HTTPException, _error_page)
    app.register_error_handler(Exception, _error_page)
