"""The command line, run as users run it: a real process on real files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "search", *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder with a copy of seeds/ and an index built by ``python -m search index``."""
    folder = tmp_path_factory.mktemp("cli")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    result = _run("index", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "ajoutés : 5" in result.stdout
    return folder


def test_index_again_changes_nothing(workdir):
    result = _run("index", cwd=workdir)
    assert result.returncode == 0
    assert "inchangés : 5" in result.stdout and "Aucun changement" in result.stdout


def test_query_geneve_finds_all_seeds_with_original_spelling(workdir):
    result = _run("query", "geneve", "--json", cwd=workdir)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["total"] == 5
    assert all(any("<mark>Genève</mark>" in s for s in hit["snippets"]) for hit in doc["hits"])


def test_query_prints_hits_in_text(workdir):
    result = _run("query", "pandémie", cwd=workdir)
    assert result.returncode == 0
    assert "001_orangesum-13092" in result.stdout and "page 1/1" in result.stdout


def test_show_json_and_unknown_id(workdir):
    result = _run("show", "001_orangesum-13092", "--json", cwd=workdir)
    doc = json.loads(result.stdout)
    assert doc["id"] == "001_orangesum-13092" and "pandémie" in doc["title"]
    assert set(doc) >= {"source", "date", "date_precision", "byline", "dateline", "speakers", "quotes", "locations"}
    missing = _run("show", "nope", cwd=workdir)
    assert missing.returncode != 0 and "Aucun article" in missing.stderr


def test_query_without_index_explains(tmp_path):
    result = _run("query", "x", "--index", str(tmp_path / "none"), cwd=tmp_path)
    assert result.returncode != 0 and "Aucun index" in result.stderr


def test_nothing_indexable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = _run("index", str(tmp_path / "empty.txt"), "--index", str(tmp_path / "ix"), cwd=tmp_path)
    assert result.returncode != 0
    assert "fichier vide" in result.stdout and "Aucun article" in result.stderr


def test_index_help_states_the_exit_status_rules(tmp_path):
    result = _run("index", "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "Code de sortie" in result.stdout
    assert "0  au moins un article des CHEMINs est dans l'index" in result.stdout
    assert "1  aucun article n'a pu être indexé" in result.stdout
