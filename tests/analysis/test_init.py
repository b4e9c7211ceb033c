"""Tests for the public interface of search.analysis."""

from __future__ import annotations

from importlib import resources

import search.analysis as analysis
from whoosh.analysis import Analyzer


def test_public_names() -> None:
    assert set(analysis.__all__) == {
        "french_analyzer", "exact_analyzer", "fold", "normalize_query_numbers",
    }
    assert isinstance(analysis.french_analyzer(), Analyzer)
    assert isinstance(analysis.exact_analyzer(), Analyzer)
    assert analysis.fold("  Genève ") == "geneve"
    assert analysis.normalize_query_numbers("20 000") == "20000"


def test_stop_list_is_package_data() -> None:
    data = resources.files("search.analysis").joinpath("data", "french_stop.txt")
    assert data.is_file()
    assert "BSD License" in data.read_text("utf-8")


def test_docstring_examples() -> None:
    import doctest
    import pkgutil
    from importlib import import_module

    for info in pkgutil.iter_modules(analysis.__path__):
        module = import_module(f"search.analysis.{info.name}")
        failures, _ = doctest.testmod(module)
        assert failures == 0, info.name
