"""Benchmark: index a corpus in full, then update it with nothing changed.

Usage: python bench/index_corpus.py [CORPUS ...] [--limit N] [--no-extraction]

Defaults to ../shared/corpora/orangesum-dev.jsonl. Each measurement runs in a
fresh process so that peak memory (max RSS) belongs to that step alone. Prints
a Markdown table to paste into docs/benchmarks.md. With ``--no-extraction`` the
articles are indexed as read (no quotes, speakers or places found in the text).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum-dev.jsonl"

STEP = """
import json, resource, sys, time
from pathlib import Path
from search.build import build_index
from search.store import IndexStore
paths = [Path(p) for p in json.loads(sys.argv[1])]
report = build_index(paths, IndexStore(sys.argv[2]), rebuild=sys.argv[3] == "full", extract=sys.argv[4] == "extract")
print(json.dumps({"mode": report.mode, "articles": report.indexed + report.unchanged,
  "indexed": report.indexed, "skipped": len(report.skipped), "seconds": report.seconds,
  "docs_per_second": report.docs_per_second,
  "max_rss_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                 + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024}))
"""


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _run_step(paths: list[Path], index_dir: Path, mode: str, extract: bool) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-c", STEP, json.dumps([str(p) for p in paths]), str(index_dir), mode,
         "extract" if extract else "no-extraction"],
        check=True, capture_output=True, text=True, cwd=ROOT,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def _limited_copy(corpus: Path, limit: int, folder: Path) -> Path:
    target = folder / f"{corpus.stem}-{limit}.jsonl"
    with corpus.open(encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number >= limit:
                break
            out.write(line)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--limit", type=int, default=0, help="index only the first N lines of one JSON lines corpus")
    parser.add_argument("--no-extraction", action="store_true", help="index the articles as read, without extraction")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="depeches-bench-"))
    try:
        paths = args.corpus
        if args.limit:
            paths = [_limited_copy(args.corpus[0], args.limit, work)]
        index_dir = work / "index"
        extract = not args.no_extraction
        full = _run_step(paths, index_dir, "full", extract)
        size_mb = _dir_size(index_dir) / 1e6
        again = _run_step(paths, index_dir, "incremental", extract)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"Corpus: {', '.join(str(p) for p in args.corpus)}{f' (first {args.limit})' if args.limit else ''}"
          f"{', no extraction' if args.no_extraction else ', with extraction'}")
    print(f"Machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}")
    print()
    print("| step | articles | seconds | articles/s | peak RSS, parent + largest writer process (MB) | index size (MB) |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| full build | {full['articles']:.0f} | {full['seconds']:.1f} | {full['docs_per_second']:.0f} | {full['max_rss_mb']:.0f} | {size_mb:.1f} |")
    print(f"| incremental, unchanged | {again['articles']:.0f} | {again['seconds']:.1f} | {again['docs_per_second']:.0f} | {again['max_rss_mb']:.0f} | |")
    if full["skipped"]:
        print(f"\n{full['skipped']:.0f} records skipped (see `depeches index` report).")


if __name__ == "__main__":
    main()
