"""The end-of-build report says what happened, in French, with each problem's place."""

from __future__ import annotations

from search.article import Skipped
from search.build import BuildReport
from search.ingest.limits import Truncated
from search.report import MAX_LISTED_PROBLEMS, format_report


def test_report_lists_counts_speed_and_each_problem():
    report = BuildReport(
        mode="incremental", added=2, updated=1, removed=1, unchanged=10, seconds=2.0,
        bytes_read=2_500_000, generation="gen-x",
        skipped=[Skipped("/c/news.jsonl", "JSON invalide", line=7), Skipped("/c/vide.txt", "fichier vide")],
    )
    text = format_report(report)
    assert "Indexation incrémentale terminée en 2.0 s (6 articles/s, 2.5 Mo lus)." in text
    assert "ajoutés : 2" in text and "supprimés : 1" in text and "ignorés : 2" in text
    assert "ignoré /c/news.jsonl:7 : JSON invalide" in text
    assert "ignoré /c/vide.txt : fichier vide" in text
    assert "13 articles dans l'index." in text
    assert "Aucun changement" not in text


def test_unchanged_build_and_long_problem_lists_are_summarised():
    skipped = [Skipped(f"/c/{n}.txt", "fichier vide") for n in range(MAX_LISTED_PROBLEMS + 5)]
    text = format_report(BuildReport(mode="full", skipped=skipped, bytes_read=1200))
    assert "1.2 Ko lus" in text and "Aucun changement" in text
    assert "… et 5 autres problèmes." in text
    assert text.count("ignoré /c/") == MAX_LISTED_PROBLEMS


def test_articles_cut_are_counted_and_listed_apart_from_the_skipped():
    report = BuildReport(mode="full", added=2, truncated=[Truncated("/c/enorme.txt", 50_000_000)])
    lines = format_report(report).splitlines()
    assert "  tronqués (indexés en partie) : 1" in lines and "  ignorés : 0" in lines
    assert (
        "  tronqué /c/enorme.txt : article trop long (50,0 Mo) : "
        "seuls ses 1\u202f000\u202f000 premiers caractères sont indexés"
    ) in lines
    assert "tronqués" not in format_report(BuildReport(mode="full", added=2))
