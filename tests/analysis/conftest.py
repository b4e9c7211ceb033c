"""Shared fixtures for the analysis tests.

The suite needs nothing outside the repository: the vectors it reads are the
samples under ``tests/data/analysis``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Let ``import search`` work however pytest is started (the project may not be
# installed in the environment running the tests).
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA_DIR = ROOT / "tests" / "data" / "analysis"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The directory of the bundled analysis test data."""
    return DATA_DIR
