"""Draw the wild sample of direct quotations and run the extractor on it.

Rule (written before any extraction was run): read ``orangesum-dev.jsonl``; leave out
every article of an annotated set (``tests/data/extract/*/articles.jsonl``), the five
seeds and the car-ads section; in ``full_text`` of each remaining article find the
quotations in « », “ ” or " " of at least four whitespace-separated words (one
paragraph, at most 600 characters). Shuffle the articles that have one with
``random.Random(SEED)``, take one quotation per article (``rng.choice``) and stop at
``SIZE`` quotations. The extractor's quotes overlapping each quotation are recorded.

    python tests/data/extract/wild/sample.py /work/shared/corpora/orangesum-dev.jsonl > out.json
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from search.extract.evaluate import DATA, _read_articles, strip_metadata
from search.extract.pipeline import extract_articles
from search.extract.structure_types import full_text

SEED = 20261122
#: The annotated sets left out, as they were when the sample was drawn (later sets do not change it).
SETS = ("eval", "tune", "tune2", "tune3", "tune4")
SIZE = 250
SEED_IDS = {"orangesum-3053", "orangesum-13092", "orangesum-23388", "orangesum-6656", "orangesum-24631"}
QUOTATION = re.compile(r"«([^«»\n]{1,600})»|“([^“”\n]{1,600})”|\"([^\"\n]{1,600})\"")


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of the inside of every quotation of four words or more."""
    spans = []
    for match in QUOTATION.finditer(text):
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        if len(match.group(group).split()) >= 4:
            spans.append((match.start(group), match.end(group)))
    return spans


def main(corpus: str) -> None:
    annotated = set(SEED_IDS)
    for path in (DATA / name / "articles.jsonl" for name in SETS):
        annotated |= {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()}
    articles = [
        a for a in _read_articles([Path(corpus)])
        if a.id not in annotated and not a.title.rstrip().endswith("actualité automobile, infos, scoop")
    ]
    rng = random.Random(SEED)
    rng.shuffle(articles)
    chosen = []
    for article in articles:
        spans = quotations(full_text(article))
        if spans:
            chosen.append((strip_metadata(article), rng.choice(spans)))
        if len(chosen) == SIZE:
            break
    extracted = extract_articles([a for a, _ in chosen])
    records = []
    for article, (start, end) in zip(extracted, (s for _, s in chosen), strict=True):
        text = full_text(article)
        found = [
            {"speaker": q.speaker, "kind": q.kind, "speaker_kind": q.speaker_kind, "verb": q.verb}
            for q in article.quotes
            if q.start < end and q.start + len(q.text) > start
        ]
        records.append({
            "id": article.id, "start": start, "quotation": text[start:end],
            "context": text[max(0, start - 400):end + 200], "found": found,
        })
    json.dump(records, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
