"""Shared fixtures for the analysis tests.

The suite needs nothing outside the repository: the vectors it reads are the
samples under ``tests/data/analysis``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

DATA_DIR = ROOT / "tests" / "data" / "analysis"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The directory of the bundled analysis test data."""
    return DATA_DIR
