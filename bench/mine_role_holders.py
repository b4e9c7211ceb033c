"""Mine who holds which role from a corpus, for ``search/extract/data/role_holders.tsv``.

A person holds a role when articles write the role next to their name: before it (``le
ministre de l'Intérieur Christophe Castaner``) or in an apposition after it (``Florence Parly,
ministre des Armées``), as the extractor itself reads them (``search.extract.quotes.
article_people``: the descriptor of each mention's role). Only roles with a complement are
kept (``le maire de Bordeaux``, not ``le maire``), for full names only, and a (person, role)
pair only when at least ``--min-articles`` articles write it and its phrase ends with the
role (no quotation, parenthesis, clause or paragraph after it): that drops the recogniser's slips (a
name bound to the role of the next one). The articles of every annotated set (evaluation and tuning)
are left out, so the evaluation stays held out.

    python bench/mine_role_holders.py ../shared/corpora/orangesum-dev.jsonl > role_holders.tsv

Rows: ``name<TAB>role phrase<TAB>articles``, the name and the phrase as most articles write
them; ``quote_holders.role_holders`` reads the phrase's descriptor back with the extractor's
own phrase reading, and a phrase is only written when it reads back to the role mined.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from mine_given_names import annotated_ids

from search.article import Article
from search.extract.entities import EntityRecognizer
from search.extract.name_keys import parse_name, person_key
from search.extract.quote_holders import phrase_descriptor
from search.extract.quotes import article_people, entity_spans
from search.extract.structure import parse_structure
from search.extract.structure_types import full_text

MIN_ARTICLES = 3
BATCH = 32
#: Words a role phrase after a name may run to (``Jean Leonetti, maire d'Antibes et ...``).
_MAX_WORDS = 14
_DETERMINER = re.compile(r"^(?:l['’]|le\s|la\s)", re.IGNORECASE)
#: A phrase that runs on past its role: into a quotation, a parenthesis or the next clause.
_RUN_ON = re.compile(r"[\"«»“”(),.;:\n]")

_recognizer: EntityRecognizer | None = None


def articles(corpus: Path, skipped: set[str]) -> Iterator[Article]:
    """The corpus's articles, annotated ones left out."""
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] not in skipped:
                fields = ("title", "lede", "text")
                yield Article(id=record["id"], **{field: record.get(field) or "" for field in fields})


def written_role(text: str, start: int, name: str, descriptor: str) -> str:
    """The role phrase ``text`` gives the person named ``name`` at ``start``, if it reads back
    to ``descriptor``: the words before the name (``le maire de Bordeaux Alain Juppé``), else
    the shortest run of words after its comma (``Florence Parly, ministre des Armées``); ""
    when neither does, or when the phrase runs on past the role (``_RUN_ON``)."""
    at = text.find(name.split()[0], start, start + 200)
    if at > start:
        phrase = text[start:at].strip(" ,")
        return _lowered(phrase) if phrase_descriptor(phrase) == descriptor and not _RUN_ON.search(phrase) else ""
    comma = text.find(",", start, start + len(name) + 40)
    if comma < 0:
        return ""
    words = text[comma + 1 : comma + 200].split()
    for count in range(1, min(len(words), _MAX_WORDS) + 1):
        phrase = " ".join(words[:count]).rstrip(",.;:")
        if phrase_descriptor(phrase) == descriptor:
            return "" if _RUN_ON.search(phrase) else _lowered(phrase)
    return ""


def _lowered(phrase: str) -> str:
    """``Le ministre`` -> ``le ministre``: a role phrase opening a sentence."""
    return phrase[0].lower() + phrase[1:] if _DETERMINER.match(phrase) else phrase


def mine_batch(batch: list[Article]) -> list[tuple[str, str, str, str]]:
    """``(article id, name, descriptor, role phrase)`` for each person a batch's articles give a
    role with a complement."""
    global _recognizer
    _recognizer = _recognizer or EntityRecognizer()
    texts = [full_text(a) for a in batch]
    entities = _recognizer.in_spans([(text, entity_spans(text)) for text in texts])
    found = []
    for article, text, article_entities in zip(batch, texts, entities, strict=True):
        people = article_people(article, parse_structure(article), article_entities)
        for mention in people.mentions:
            if not (mention.written and "|" in mention.descriptor and parse_name(mention.name).is_full):
                continue
            phrase = written_role(text, mention.start, mention.name, mention.descriptor)
            if phrase:
                found.append((article.id, mention.name, mention.descriptor, phrase))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--min-articles", type=int, default=MIN_ARTICLES, help="default: %(default)s")
    parser.add_argument("--processes", type=int, default=2, help="default: %(default)s")
    args = parser.parse_args(argv)
    stream = islice(articles(args.corpus, annotated_ids()), args.limit or None)
    batches = iter(lambda: list(islice(stream, BATCH)), [])
    ids: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[str, Counter] = defaultdict(Counter)
    phrases: dict[tuple[str, str], Counter] = defaultdict(Counter)
    with multiprocessing.get_context("fork").Pool(args.processes) as pool:
        for n, found in enumerate(pool.imap(mine_batch, batches)):
            if n % 100 == 0:
                print(f"{n * BATCH} articles", file=sys.stderr)
            for article_id, name, descriptor, phrase in found:
                key = person_key(name)
                ids[key, descriptor].add(article_id)
                names[key][name] += 1
                phrases[key, descriptor][phrase] += 1
    print("# Who holds which role, mined by bench/mine_role_holders.py (see its docstring).")
    print("# name<TAB>role phrase<TAB>articles")
    rows = [(len(found), key, descriptor) for (key, descriptor), found in ids.items()]
    for count, key, descriptor in sorted(rows, key=lambda row: (names[row[1]].most_common(1)[0][0], -row[0])):
        if count >= args.min_articles:
            name = names[key].most_common(1)[0][0]
            print(f"{name}\t{phrases[key, descriptor].most_common(1)[0][0]}\t{count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
