"""Rebuild ``articles.jsonl`` of the tuning set from the OrangeSum dev corpus.

Rule (fixed before any extraction result was seen): read the corpus in file order,
take the lines 100 + 487·k (k = 0, 1, 2, ...; line 1 is the first line), skip an
article whose title ends with "actualité automobile, infos, scoop" or whose lede +
text is shorter than 600 characters, and stop after 30 articles. Lines are copied
verbatim.

    python tests/data/extract/tune/select_articles.py /work/shared/corpora/orangesum-dev.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIRST, STEP, COUNT, MIN_CHARS = 100, 487, 30, 600
CAR_ADS = "actualité automobile, infos, scoop"
HERE = Path(__file__).resolve().parent


def select(corpus: Path) -> list[tuple[int, str]]:
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    chosen = []
    for number in range(FIRST, len(lines) + 1, STEP):
        line = lines[number - 1]
        record = json.loads(line)
        if record["title"].rstrip().endswith(CAR_ADS):
            continue
        if len((record.get("lede") or "") + (record.get("text") or "")) < MIN_CHARS:
            continue
        chosen.append((number, line if line.endswith("\n") else line + "\n"))
        if len(chosen) == COUNT:
            break
    return chosen


def main(argv: list[str]) -> int:
    chosen = select(Path(argv[1]))
    (HERE / "articles.jsonl").write_text("".join(line for _, line in chosen), encoding="utf-8")
    for number, line in chosen:
        record = json.loads(line)
        print(number, record["id"], record["date"], len(record["lede"] + record["text"]), record["title"][:70])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
