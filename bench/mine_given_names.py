"""Mine given names and their gender from a corpus, for ``search/extract/data/names_given_mined.txt``.

A given name is the first word of person names the recogniser (spaCy ``fr_core_news_sm``,
PER) finds with several distinct surnames across the corpus: ``Albert`` in ``Albert de
Monaco``, ``Albert Camus``, ``Albert Einstein``. Not kept: a word the corpus writes more often
in lowercase than capitalized (``Affaire``, ``Tempête``: common nouns), a word glued before a
given name in most of its names (``Twitter Donald Trump``), a compound whose first part is
already known (``Jean-Pierre`` takes the gender of ``Jean``). Its gender comes from the
honorifics the same articles give the surname (``Albert Dupont`` ... ``M. Dupont``; ``Mme``,
``Madame``, ``Monsieur``). The articles of every annotated set (evaluation and tuning) are
left out, so the evaluation stays held out.

    python bench/mine_given_names.py ../shared/corpora/orangesum-dev.jsonl > names_given_mined.txt

Rows: ``name<TAB>gender<TAB>surnames<TAB>masculine votes<TAB>feminine votes<TAB>place``
(``place`` when the gazetteer knows the word). A word written as the last word of person names
more than half as often as it has surnames (``Martin``) is a surname, not kept; gender is
``m`` or ``f`` when at least 80 % of at least two votes agree, else ``-``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from itertools import islice
from pathlib import Path

import spacy

from search.extract.entities import DEFAULT_MODEL, EXCLUDED_COMPONENTS
from search.extract.name_data import (
    fold,
    given_names,
    honorifics,
    organisation_words,
    particles,
    person_nouns,
)
from search.extract.place_gazetteer import load_gazetteer

ANNOTATED = Path(__file__).resolve().parent.parent / "tests" / "data" / "extract"
#: Fewest distinct surnames a first word needs to count as a given name.
MIN_SURNAMES = 3
_WORD = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?$")
_DETERMINERS = frozenset("le la les l un une des du".split())
_TOKEN = re.compile(r"[\w-]+")


def annotated_ids() -> set[str]:
    """The ids of every annotated article (evaluation and tuning sets)."""
    ids: set[str] = set()
    for path in ANNOTATED.glob("*/articles.jsonl"):
        ids.update(json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return ids


def texts(corpus: Path, skipped: set[str]):
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] not in skipped:
                yield "\n".join(part for part in (record.get("title"), record.get("lede"), record.get("text")) if part)


def honorific_gender(text: str, surname: str) -> str:
    """``m``/``f`` when the text writes the surname after one honorific kind only."""
    found = {
        honorifics().get(fold(m.group(1)).rstrip("."), "-")
        for m in re.finditer(rf"\b(M\.|Mme|Monsieur|Madame|Mr|Mrs)\s+{re.escape(surname)}\b", text)
    }
    found.discard("-")
    return found.pop() if len(found) == 1 else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--min-surnames", type=int, default=MIN_SURNAMES, help="default: %(default)s")
    args = parser.parse_args(argv)
    nlp = spacy.load(DEFAULT_MODEL, exclude=list(EXCLUDED_COMPONENTS))
    surnames: dict[str, set[str]] = defaultdict(set)
    votes: dict[str, Counter] = defaultdict(Counter)
    last_words: Counter = Counter()
    glued: Counter = Counter()
    lowercase: Counter = Counter()
    capitalized: Counter = Counter()
    skipped = annotated_ids()
    stream = islice(texts(args.corpus, skipped), args.limit or None)
    for n, doc in enumerate(nlp.pipe(stream, batch_size=32, n_process=2)):
        if n % 2000 == 0:
            print(f"{n} articles", file=sys.stderr)
        text = doc.text
        for token in _TOKEN.findall(text):
            (capitalized if token[:1].isupper() else lowercase)[token.lower()] += 1
        for ent in doc.ents:
            words = ent.text.split()
            if ent.label_ != "PER" or not 2 <= len(words) <= 4 or not _WORD.match(words[0]):
                continue
            if fold(words[0]) in particles() or fold(words[0]) in _DETERMINERS:
                continue
            last_words[words[-1].lower()] += 1
            first, surname = words[0], words[-1]
            key = first.lower()
            surnames[key].add(fold(surname))
            glued[key] += len(words) > 2 and fold(words[1]) in given_names()
            gender = honorific_gender(text, surname)
            if gender != "-":
                votes[key][gender] += 1
    known = set(given_names())
    gazetteer = load_gazetteer()
    print("# Given names mined by bench/mine_given_names.py (see its docstring); name<TAB>gender<TAB>surnames<TAB>m<TAB>f")
    for key in sorted(surnames, key=lambda k: (-len(surnames[k]), k)):
        folded = fold(key)
        if len(surnames[key]) < args.min_surnames or folded in known or last_words[key] * 2 > len(surnames[key]):
            continue
        if lowercase[key] > capitalized[key] or glued[key] * 2 > len(surnames[key]) or fold(key.split("-")[0]) in known:
            continue
        if folded in organisation_words() or folded in person_nouns() or folded in honorifics():
            continue
        place = gazetteer.lookup(key.capitalize())
        m, f = votes[key]["m"], votes[key]["f"]
        gender = "m" if m >= 2 and m >= 4 * f else "f" if f >= 2 and f >= 4 * m else "-"
        flag = "place" if place is not None else ""
        print(f"{key}\t{gender}\t{len(surnames[key])}\t{m}\t{f}\t{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
