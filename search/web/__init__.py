"""The Dépêches web site: ``create_app`` builds the Flask application."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask

from search.web.holder import IndexHolder

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Application factory: defaults, then ``instance/config.py``, then ``test_config``."""
    app = Flask(
        __name__,
        instance_relative_config=True,
        instance_path=str(PROJECT_ROOT / "instance"),
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    app.config.from_mapping(INDEX_DIR=str(PROJECT_ROOT / "index"), JSON_AS_ASCII=False)
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
    else:
        app.config.from_mapping(test_config)
    app.json.ensure_ascii = False
    app.extensions["depeches_index"] = IndexHolder(Path(app.config["INDEX_DIR"]))

    from search.web import api, meta, pages, security
    from search.web.formatting import french_date

    app.add_template_filter(french_date)
    security.install(app)

    app.register_blueprint(pages.bp)
    app.register_blueprint(meta.bp)
    app.register_blueprint(api.bp)
    return app
