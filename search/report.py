"""The end-of-build report, in French, as the command line prints it."""

from __future__ import annotations

from collections.abc import Sequence

from search.article import Skipped
from search.build import BuildReport
from search.ingest.limits import Truncated

MAX_LISTED_PROBLEMS = 50


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"


def _size(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1_000_000:.1f} Mo"
    return f"{count / 1000:.1f} Ko"


def _listed(label: str, items: Sequence[Skipped | Truncated], others: str) -> list[str]:
    """One line per item with its place and reason, the first ``MAX_LISTED_PROBLEMS`` only."""
    lines = [f"  {label} {item.where()} : {item.reason}" for item in items[:MAX_LISTED_PROBLEMS]]
    if len(items) > MAX_LISTED_PROBLEMS:
        lines.append(f"  … et {len(items) - MAX_LISTED_PROBLEMS} autres {others}.")
    return lines


def format_report(report: BuildReport) -> str:
    """A short summary, then one line per skipped file or line, and per article cut, with its reason."""
    kind = "complète" if report.mode == "full" else "incrémentale"
    lines = [
        (
            f"Indexation {kind} terminée en {report.seconds:.1f} s "
            f"({report.docs_per_second:.0f} articles/s, {_size(report.bytes_read)} lus)."
        ),
        f"  ajoutés : {report.added}",
        f"  mis à jour : {report.updated}",
        f"  supprimés : {report.removed}",
        f"  inchangés : {report.unchanged}",
        f"  ignorés : {len(report.skipped)}",
    ]
    if report.truncated:
        lines.append(f"  tronqués (indexés en partie) : {len(report.truncated)}")
    if report.kept:
        lines.append(f"  conservés (autres dossiers) : {report.kept}")
    lines.append(f"  {_plural(report.total, 'article')} dans l'index.")
    if not report.changed:
        lines.append("  Aucun changement : l'index servi est inchangé.")
    lines += _listed("ignoré", report.skipped, "problèmes")
    lines += _listed("tronqué", report.truncated, "articles tronqués")
    return "\n".join(lines)
