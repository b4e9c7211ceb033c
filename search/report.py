"""The end-of-build report, in French, as the command line prints it."""

from __future__ import annotations

from search.build import BuildReport

MAX_LISTED_PROBLEMS = 50


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"


def _size(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1_000_000:.1f} Mo"
    return f"{count / 1000:.1f} Ko"


def format_report(report: BuildReport) -> str:
    """A short summary, then one line per skipped file or line with its reason."""
    kind = "complète" if report.mode == "full" else "incrémentale"
    lines = [
        f"Indexation {kind} terminée en {report.seconds:.1f} s "
        f"({report.docs_per_second:.0f} articles/s, {_size(report.bytes_read)} lus).",
        f"  ajoutés : {report.added}",
        f"  mis à jour : {report.updated}",
        f"  supprimés : {report.removed}",
        f"  inchangés : {report.unchanged}",
        f"  ignorés : {len(report.skipped)}",
    ]
    if report.kept:
        lines.append(f"  conservés (autres dossiers) : {report.kept}")
    lines.append(f"  {_plural(report.total, 'article')} dans l'index.")
    if not report.changed:
        lines.append("  Aucun changement : l'index servi est inchangé.")
    for skipped in report.skipped[:MAX_LISTED_PROBLEMS]:
        lines.append(f"  ignoré {skipped.where()} : {skipped.reason}")
    if len(report.skipped) > MAX_LISTED_PROBLEMS:
        lines.append(f"  … et {len(report.skipped) - MAX_LISTED_PROBLEMS} autres problèmes.")
    return "\n".join(lines)
