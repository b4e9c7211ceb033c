"""Shared helpers of the search benchmarks: paths, corpus loading, index building, figures.

The benchmark scripts (``gen_corpus.py``, ``queries.py``, ``search_latency.py``,
``compare_engines.py``, ``load_http.py``) import this module; it is not a script.
Everything they write goes under ``BENCH_DIR`` (``/tmp/depeches-bench`` unless
``DEPECHES_BENCH_DIR`` says otherwise), never into the work tree.
"""

from __future__ import annotations

import argparse

import datetime as dt
import json
import math
import os
import platform
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from search.article import Article
from search.ingest.hashing import content_hash

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = Path(os.environ.get("DEPECHES_BENCH_DIR", "/tmp/depeches-bench"))
DEFAULT_COUNT = 100_000
DEFAULT_SEED = 20240601


def corpus_path(count: int, seed: int = DEFAULT_SEED) -> Path:
    """Where the generated corpus of ``count`` articles is written by default."""
    suffix = "" if seed == DEFAULT_SEED else f"-s{seed}"
    return BENCH_DIR / f"corpus-{count}{suffix}.jsonl"


def index_path(corpus: Path) -> Path:
    """The default Dépêches index folder for a corpus file."""
    return corpus.with_name(corpus.stem + ".depeches-index")


def queries_path(corpus: Path) -> Path:
    """The default query set file for a corpus file."""
    return corpus.with_name(corpus.stem + ".queries.json")


def ensure_corpus(path: Path, count: int, seed: int = DEFAULT_SEED) -> Path:
    """Generate the corpus at ``path`` unless a complete one is already there."""
    if path.exists() and path.with_suffix(".done").exists():
        return path
    from gen_corpus import write_corpus  # the bench folder is on sys.path for every script

    print(f"Generating {count} articles into {path} ...", flush=True)
    write_corpus(path, count, seed)
    path.with_suffix(".done").write_text(json.dumps({"count": count, "seed": seed}))
    return path


def load_articles(path: Path | str) -> Iterator[Article]:
    """Read a generated JSON lines corpus into Articles, streaming.

    Source, date, speakers and locations come from the generator's fields, so an
    index can be built with ``extract=False`` and still have realistic facet
    values. ``origin``, ``line``, ``content_hash`` and ``size`` are set as the
    project's own JSON lines reader sets them.
    """
    path = Path(path).resolve()
    origin = str(path)
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip(b"\r\n")
            if not line.strip():
                continue
            record = json.loads(line)
            date = dt.date.fromisoformat(record["date"]) if record.get("date") else None
            yield Article(
                id=str(record["id"]),
                text=record.get("text", ""),
                title=record.get("title", ""),
                lede=record.get("lede", ""),
                source=record.get("source") or None,
                date=date,
                date_precision="day" if date else "unknown",
                url=record.get("url", ""),
                origin=origin,
                line=number,
                content_hash=content_hash(line),
                size=len(raw),
                speakers=list(record.get("speakers", [])),
                locations=list(record.get("locations", [])),
            )


@dataclass
class BuildFigures:
    """How an index build went: articles, wall time and size on disk."""

    engine: str
    articles: int
    seconds: float
    size_bytes: int

    @property
    def docs_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def dir_size(path: Path) -> int:
    """Bytes of every file under ``path`` (or of the file itself)."""
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _figures_file(index_dir: Path) -> Path:
    return index_dir.with_name(index_dir.name + ".build.json")


def save_build_figures(index_dir: Path, figures: BuildFigures) -> None:
    """Remember how an index was built, beside it, so a later run can report it."""
    _figures_file(index_dir).write_text(json.dumps(figures.__dict__))


def load_build_figures(index_dir: Path) -> BuildFigures | None:
    """The figures saved when ``index_dir`` was built, if any."""
    try:
        return BuildFigures(**json.loads(_figures_file(index_dir).read_text()))
    except (FileNotFoundError, json.JSONDecodeError, TypeError):
        return None


def ensure_depeches_index(corpus: Path, index_dir: Path, rebuild: bool = False) -> BuildFigures:
    """Build a Dépêches index of ``corpus`` without extraction, unless one is already there.

    Returns the build figures (measured now, or saved by the build that made the index).
    """
    from search.build import build_index
    from search.store import IndexStore

    store = IndexStore(index_dir)
    saved = load_build_figures(index_dir)
    if not rebuild and store.current_dir() is not None:
        return saved or BuildFigures("Dépêches (Whoosh)", 0, 0.0, dir_size(store.current_dir()))
    print(f"Building the Dépêches index of {corpus.name} into {index_dir} (no extraction) ...", flush=True)
    started = time.perf_counter()
    report = build_index([corpus], store, rebuild=True, records=load_articles(corpus), extract=False)
    seconds = time.perf_counter() - started
    current = store.current_dir()
    assert current is not None
    figures = BuildFigures("Dépêches (Whoosh)", report.indexed, seconds, dir_size(current))
    save_build_figures(index_dir, figures)
    return figures


def percentile(values: Sequence[float], p: float) -> float:
    """The nearest-rank ``p``-th percentile (0-100) of ``values``; NaN when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def ms(seconds: float) -> str:
    """Seconds as milliseconds for a table cell."""
    if math.isnan(seconds):
        return "–"
    return f"{seconds * 1000:.1f}" if seconds < 1 else f"{seconds * 1000:.0f}"


def megabytes(size: int) -> str:
    """Bytes as MB for a table cell."""
    return f"{size / 1e6:.1f}"


def ratio(value: float, base: float) -> str:
    """``value / base`` as ``1.8x`` (``–`` when undefined)."""
    if not base or math.isnan(value) or math.isnan(base):
        return "–"
    return f"{value / base:.2f}x"


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]], align: str = "") -> str:
    """A Markdown table; ``align`` holds one ``l`` or ``r`` per column (default: first left, rest right)."""
    align = align or "l" + "r" * (len(header) - 1)
    lines = [
        "| " + " | ".join(str(h) for h in header) + " |",
        "|" + "|".join("---" if a == "l" else "---:" for a in align) + "|",
    ]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def machine_line() -> str:
    """One line naming the machine and the day, printed above every table."""
    return (
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, CPython {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d %H:%M')}"
    )


def max_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every search benchmark takes: corpus size or file, index folder, query set."""
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="articles in the generated corpus")
    parser.add_argument("--corpus", type=Path, default=None, help="a corpus made by gen_corpus.py (default: generated)")
    parser.add_argument("--index", type=Path, default=None, help="Dépêches index folder (built when missing)")
    parser.add_argument("--queries", type=Path, default=None, help="query set JSON (default: made by queries.py)")
