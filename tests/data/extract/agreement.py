"""How far two annotations of the same articles agree on speakers.

    python tests/data/extract/agreement.py tests/data/extract/eval tests/data/extract/eval_second

Precision, recall and F1 of the second folder's person speakers (direct, indirect, either
kind) against the first's, micro-averaged over the articles both annotate, with the names
compared as ``make eval`` compares them (``search.extract.scoring.name_key``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from search.extract import scoring
from search.extract.evaluate import load_annotations

KINDS = {
    "direct": lambda record: record["speakers_direct"],
    "indirect": lambda record: record["speakers_indirect"],
    "any kind": lambda record: record["speakers_direct"] + record["speakers_indirect"],
}


def main(argv: list[str]) -> int:
    first, second = load_annotations(Path(argv[1])), load_annotations(Path(argv[2]))
    shared = sorted(first.keys() & second.keys())
    print(f"{len(shared)} articles annotated in both")
    for kind, speakers in KINDS.items():
        score = scoring.micro_score((speakers(second[i]), speakers(first[i])) for i in shared)
        print(
            f"  speakers ({kind}): P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
            f"  ({score.tp} agreed, {score.fp} only in the second, {score.fn} only in the first)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
