"""The ``depeches`` command line (also ``python -m search``)."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import IO

import click
from tqdm import tqdm

from search.articles import article_to_dict, get_article
from search.build import build_index, total_size
from search.ingest import reasons
from search.query.request import SearchRequest
from search.query.results import ResultsPage, run_search
from search.report import format_report
from search.store import BuildInProgress, IndexMissing, IndexStore

DEFAULT_INDEX = os.environ.get("DEPECHES_INDEX", "index")
DEFAULT_SOURCES = ("seeds",)
#: Below this much input, extraction runs in this process (starting workers costs more).
PARALLEL_EXTRACTION_BYTES = 2_000_000
EXTRACTION_PROCESSES = 2
_MARK = re.compile(r"<mark>(.*?)</mark>", re.DOTALL)

index_option = click.option(
    "--index",
    "index_dir",
    default=DEFAULT_INDEX,
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Dossier de l'index.",
)


class Failure(click.ClickException):
    """An error the command reports in French on stderr, with exit status 1."""

    def show(self, file: IO[str] | None = None) -> None:
        click.echo(f"Erreur : {self.format_message()}", err=file is None, file=file)


def _open_store(index_dir: Path):
    try:
        return IndexStore(index_dir).open()
    except IndexMissing:
        raise Failure(
            f"Aucun index dans « {index_dir} ». Construisez-le d'abord : depeches index [CHEMIN ...]"
        ) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Dépêches : recherche dans des articles de presse en français."""


@main.command("index")
@click.argument("paths", nargs=-1, metavar="[CHEMIN]...", type=click.Path(path_type=Path))
@index_option
@click.option("--rebuild", is_flag=True, help="Tout reconstruire au lieu de mettre à jour.")
@click.option("--no-extraction", is_flag=True, help="Ne pas extraire sources, dates, orateurs et lieux (plus rapide).")
def index_command(paths: tuple[Path, ...], index_dir: Path, rebuild: bool, no_extraction: bool) -> None:
    """Indexer des articles (.txt, .jsonl, .html) ; par défaut le dossier seeds/.

    Sans --rebuild, seuls les articles nouveaux, modifiés ou disparus sont
    traités. Le nouvel index est écrit à côté de l'index servi, qui n'est
    remplacé qu'une fois le nouveau complet : une indexation qui échoue ou
    qui est interrompue (même par kill -9) ne l'abîme jamais, et la suivante
    fait le ménage d'elle-même.

    Le rapport final liste chaque fichier ou ligne ignoré avec sa raison
    (fichier vide, binaire, illisible, JSON invalide avec son numéro de
    ligne, identifiant en double, page HTML sans article…) ; tout le reste
    est indexé. Un article de plus d'un million de caractères est indexé
    tronqué à ce million, et signalé comme « tronqué ».

    \b
    Code de sortie :
      0  au moins un article des CHEMINs est dans l'index (ajouté, mis à
         jour ou inchangé), même si d'autres ont été ignorés ;
      1  aucun article n'a pu être indexé, une autre indexation est en
         cours sur ce dossier, ou l'index ne peut pas être écrit ;
      2  commande mal formée (option inconnue…).
    """
    sources = list(paths) or [Path(p) for p in DEFAULT_SOURCES]
    store = IndexStore(index_dir)
    size = total_size(sources)
    processes = 1 if size < PARALLEL_EXTRACTION_BYTES else EXTRACTION_PROCESSES
    with tqdm(total=size, unit="o", unit_scale=True, desc="Indexation", disable=None, leave=False) as bar:
        try:
            report = build_index(
                sources, store, rebuild=rebuild, progress=bar.update,
                extract=not no_extraction, extraction_processes=processes,
            )
        except BuildInProgress:
            raise Failure(
                f"Une autre indexation est en cours sur « {index_dir} ». Réessayez quand elle sera finie."
            ) from None
        except OSError as error:
            raise Failure(
                f"Impossible d'écrire l'index dans « {index_dir} » : {reasons.system_error(error)}. "
                "L'index servi n'a pas été modifié."
            ) from None
    click.echo(format_report(report))
    if report.added + report.updated + report.unchanged == 0:
        raise Failure("Aucun article n'a pu être indexé.")


def _terminal_marks(html: str) -> str:
    from html import unescape

    return unescape(_MARK.sub(lambda m: click.style(m.group(1), bold=True, fg="yellow"), html))


def _print_page(page: ResultsPage) -> None:
    doc = page.to_dict()
    plural = "s" if page.total > 1 else ""
    click.echo(f"{page.total} article{plural} — page {page.request.page}/{page.page_count}")
    for notice in page.notices:
        click.echo(f"Note : {notice}")
    for rank, hit in enumerate(page.hits, start=(page.request.page - 1) * page.request.per_page + 1):
        meta = " · ".join(x for x in (hit.source or "source inconnue", hit.date.isoformat() if hit.date else "date inconnue") if x)
        click.echo(f"\n{rank}. {_terminal_marks(hit.title_html)}  [{hit.id}]")
        click.echo(f"   {meta}")
        for snippet in hit.snippets:
            click.echo(f"   {_terminal_marks(snippet)}")
    for name, values in doc["facets"].items():
        if values:
            shown = ", ".join(f"{v['value']} ({v['count']})" for v in values[:10])
            click.echo(f"\n{name} : {shown}")


@main.command("query")
@click.argument("text", default="")
@index_option
@click.option("--source", multiple=True, help="Filtrer par source (répétable : OU).")
@click.option("--speaker", multiple=True, help="Filtrer par orateur (répétable : OU).")
@click.option("--location", multiple=True, help="Filtrer par lieu (répétable : OU).")
@click.option("--date", multiple=True, help="Filtrer par date : 2016, 2016-12 ou 2016-12-10.")
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]), default=None)
@click.option("--page", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="Afficher le document de résultats JSON.")
def query_command(text: str, index_dir: Path, source, speaker, location, date, sort, page: int, as_json: bool) -> None:
    """Chercher TEXT et afficher les résultats avec passages et facettes."""
    ix = _open_store(index_dir)
    filters = {k: list(v) for k, v in {"source": source, "speaker": speaker, "location": location, "date": date}.items() if v}
    request = SearchRequest(q=text, filters=filters, sort=sort or "", page=page)
    results = run_search(ix, request)
    if as_json:
        click.echo(json.dumps(results.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_page(results)


@main.command("show")
@click.argument("article_id")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Afficher l'article en JSON.")
def show_command(article_id: str, index_dir: Path, as_json: bool) -> None:
    """Afficher un article avec ses métadonnées et champs extraits."""
    article = get_article(_open_store(index_dir), article_id)
    if article is None:
        raise Failure(f"Aucun article avec l'identifiant « {article_id} ».")
    data = article_to_dict(article)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(click.style(article.title, bold=True))
    for label, key in (("Source", "source"), ("Date", "date"), ("Signature", "byline"), ("Lieux", "locations"), ("Orateurs", "speakers"), ("Fichier", "origin")):
        value = data[key]
        if isinstance(value, list):
            value = ", ".join(value)
        click.echo(f"{label} : {value or '—'}")
    click.echo()
    if article.lede:
        click.echo(article.lede + "\n")
    click.echo(article.text)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@index_option
@click.option(
    "--workers",
    default=os.cpu_count() or 1,
    show_default="un par cœur",
    type=click.IntRange(1, 64),
    help="Processus du serveur (une page de recherche occupe un cœur).",
)
@click.option("--dev", is_flag=True, help="Serveur de développement Flask (rechargement, débogueur).")
def serve_command(host: str, port: int, index_dir: Path, workers: int, dev: bool) -> None:
    """Servir le site de recherche (waitress ; Flask seulement avec --dev)."""
    from search.web import create_app
    from search.web.serving import serve_workers

    config = {"INDEX_DIR": str(index_dir.resolve())}
    click.echo(f"Dépêches sur http://{host}:{port}/ (index : {index_dir}, {workers} processus)")
    if dev:
        create_app(config).run(host=host, port=port, debug=True)
        return
    serve_workers(lambda: create_app(config), host, port, workers)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
