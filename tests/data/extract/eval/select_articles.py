"""Rebuild ``articles.jsonl`` from the OrangeSum dev corpus by the fixed selection rule.

Usage (from the repository root)::

    python tests/data/extract/eval/select_articles.py /work/shared/corpora/orangesum-dev.jsonl

The rule (decided before any extraction result was seen; see ../README.md):
read the corpus in file order, take the lines 1 + 487*k (k = 0, 1, 2, ...),
skip an article whose title ends with "actualité automobile, infos, scoop" or
whose lede + text is shorter than 600 characters, stop after 44 articles.
The corpus ends (20,288 lines) after 39 articles, so the rule goes on with a
second pass over the lines 244 + 487*k (the midpoints), same skips, until 44.
Selected lines are copied byte for byte.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

STEP = 487
STARTS = (1, 244)
WANTED = 44
MIN_CHARS = 600
CAR_ADS = "actualité automobile, infos, scoop"
HERE = Path(__file__).resolve().parent


def selected_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, raw line) of the selected articles, in selection order."""
    chosen: list[tuple[int, str]] = []
    for start in STARTS:
        number = start
        while number <= len(lines) and len(chosen) < WANTED:
            record = json.loads(lines[number - 1])
            body = (record.get("lede") or "") + (record.get("text") or "")
            if not record["title"].rstrip().endswith(CAR_ADS) and len(body) >= MIN_CHARS:
                chosen.append((number, lines[number - 1]))
            number += STEP
    return chosen


def main(corpus: str) -> None:
    lines = Path(corpus).read_text(encoding="utf-8").splitlines(keepends=True)
    chosen = selected_lines(lines)
    with open(HERE / "articles.jsonl", "w", encoding="utf-8", newline="") as out:
        for _, raw in chosen:
            out.write(raw if raw.endswith("\n") else raw + "\n")
    for number, raw in chosen:
        print(number, json.loads(raw)["id"])


if __name__ == "__main__":
    main(sys.argv[1])
