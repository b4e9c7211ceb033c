"""A fixed, seeded set of about 300 benchmark queries drawn from a generated corpus.

Usage: python bench/queries.py [--count 100000 | --corpus PATH] [--out FILE] [--list]

The queries are of the kinds people type into the search box: one very common
word, one rare word, two or three words, a phrase in quotes, a prefix
(``négo*``), a fuzzy word with a typo (``Kery~``), a person's or a place's
name. Each has 0, 1 or 2 facet filters (a source, a speaker, a location, a
year), about a third each. Words, phrases and filter values come from the first
``--sample`` articles of the corpus. Four filtered queries in five take their
values from a sampled article the query finds (as a user clicks values the
result page shows); the others take values at random, weighted by how often
articles carry them (these often find nothing, as happens too). All draws come
from one seeded ``random.Random``: the same corpus and seed give the same set. Because
the generator writes the same first articles whatever its ``--count``, the 5k
and 100k corpora share one query set.

The set is saved as JSON (default: beside the corpus, ``*.queries.json``) and
summarised as a Markdown table; ``--list`` prints every query.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import DEFAULT_COUNT, DEFAULT_SEED, corpus_path, ensure_corpus, markdown_table, queries_path  # noqa: E402

from search.analysis import fold  # noqa: E402
from search.analysis.folding import fold_word  # noqa: E402
from search.analysis.stopwords import FRENCH_STOP_WORDS  # noqa: E402
from search.query.request import SearchRequest  # noqa: E402

QUERY_SEED = 4242
SAMPLE = 3000
#: Share of filtered queries whose filter values come from an article the query finds.
REFINED_SHARE = 0.8
#: How many queries of each kind make a set of 300 (scaled for other sizes).
KIND_SHARES = {
    "common": 45, "rare": 40, "words2": 40, "words3": 25, "phrase": 45, "prefix": 30, "fuzzy": 30, "name": 45,
}
FACETS = ("source", "speaker", "location", "date")

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ELIDED = re.compile(r"\b(?:jusqu|lorsqu|puisqu|qu|[ldnscjmt])['’](?=\w)", re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?;:,«»\"()\n]+")


@dataclass
class BenchQuery:
    """One benchmark query: what is typed, its kind, and the facet filters selected."""

    qid: int
    kind: str
    text: str
    filters: dict[str, list[str]] = field(default_factory=dict)

    @property
    def filter_count(self) -> int:
        return sum(len(v) for v in self.filters.values())

    def request(self) -> SearchRequest:
        """The Dépêches search request (first page, 10 hits, relevance)."""
        return SearchRequest(q=self.text, filters={k: list(v) for k, v in self.filters.items()})

    def url(self) -> str:
        """The path and query string of the search page for this query."""
        params = [("q", self.text)] + [(k, v) for k, values in self.filters.items() for v in values]
        return "/?" + urlencode(params)

    def describe_filters(self) -> str:
        return ", ".join(f"{k}={v}" for k, values in self.filters.items() for v in values) or "–"


@dataclass
class _Sample:
    """What the first articles of a corpus hold: word document frequencies, phrases, facet values."""

    doc_freq: Counter[str] = field(default_factory=Counter)
    runs: list[list[str]] = field(default_factory=list)
    facet_values: dict[str, list[str]] = field(default_factory=lambda: {f: [] for f in FACETS})
    speakers: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    articles: list[_SampleArticle] = field(default_factory=list)


@dataclass
class _SampleArticle:
    """One sampled article: its folded words and text, and its facet values."""

    words: frozenset[str]
    text: str
    values: dict[str, list[str]]

    def matches(self, query_text: str) -> bool:
        """Roughly whether the article answers the query (words, phrases, prefixes; typos ignored)."""
        for token in re.findall(r'"[^"]*"|\S+', query_text):
            if token.startswith('"'):
                if fold(token.strip('"')) not in self.text:
                    return False
            elif token.endswith("*"):
                stem = fold_word(token[:-1])
                if not any(w.startswith(stem) for w in self.words):
                    return False
            elif token.endswith("~"):
                continue
            elif fold_word(token) not in self.words and f" {fold(token)} " not in self.text:
                return False
        return True


def _is_content(word: str) -> bool:
    return len(word) >= 4 and fold_word(word) not in FRENCH_STOP_WORDS


def _read_sample(corpus: Path, sample: int) -> _Sample:
    found = _Sample()
    with open(corpus, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= sample:
                break
            record = json.loads(line)
            text = _ELIDED.sub(" ", f"{record['title']} . {record['lede']} . {record['text']}")
            words = set()
            for chunk in _SENTENCE.split(text):
                run = [w for w in _WORD.findall(chunk)]
                lower = [w for w in run if w == w.lower()]
                words.update(lower)
                if len(run) >= 3 and run == lower and number % 3 == 0:
                    found.runs.append(run)
            found.doc_freq.update(words)
            values = {
                "source": [record["source"]], "date": [record["date"][:4]],
                "speaker": list(record["speakers"]), "location": list(record["locations"]),
            }
            for facet in FACETS:
                found.facet_values[facet] += values[facet]
            folded_text = " " + fold(" ".join(" ".join(_WORD.findall(chunk)) for chunk in _SENTENCE.split(text))) + " "
            found.articles.append(_SampleArticle(frozenset(fold_word(w) for w in _WORD.findall(text)), folded_text, values))
    found.speakers = sorted(set(found.facet_values["speaker"]))
    found.places = sorted(set(found.facet_values["location"]))
    return found


def _typo(word: str, rng: random.Random) -> str:
    """One edit after the first letter: a letter dropped, doubled, or two swapped."""
    i = rng.randint(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def build_queries(corpus: Path, count: int = 300, seed: int = QUERY_SEED, sample: int = SAMPLE) -> list[BenchQuery]:
    """The query set of a corpus: deterministic for a given corpus, count and seed."""
    rng = random.Random(seed)
    data = _read_sample(corpus, sample)
    ranked = sorted((w for w in data.doc_freq if _is_content(w)), key=lambda w: (-data.doc_freq[w], w))
    common = ranked[:150]
    medium = ranked[150:2500]
    rare = sorted(w for w in ranked if data.doc_freq[w] <= 2 and len(w) >= 6)
    long_words = [w for w in medium if len(w) >= 8]
    total_share = sum(KIND_SHARES.values())
    plan = [kind for kind, share in KIND_SHARES.items() for _ in range(round(share * count / total_share))]

    def phrase() -> str:
        while True:
            run = rng.choice(data.runs)
            size = rng.choice((2, 2, 3))
            if len(run) < size:
                continue
            start = rng.randrange(len(run) - size + 1)
            words = run[start : start + size]
            if sum(_is_content(w) for w in words) >= 1:
                return '"' + " ".join(words) + '"'

    def text_for(kind: str) -> str:
        if kind == "common":
            return rng.choice(common)
        if kind == "rare":
            return rng.choice(rare)
        if kind in ("words2", "words3"):
            size = 2 if kind == "words2" else 3
            pool = common + medium[:600] if rng.random() < 0.5 else medium
            return " ".join(rng.sample(pool, size))
        if kind == "phrase":
            return phrase()
        if kind == "prefix":
            word = rng.choice(long_words)
            return word[: rng.choice((4, 5, 5, 6))] + "*"
        if kind == "fuzzy":
            if rng.random() < 0.5:
                word = rng.choice(data.speakers).split()[-1]
                word = word if len(word) >= 5 else rng.choice(long_words)
            else:
                word = rng.choice(long_words)
            return _typo(word, rng) + "~"
        # name: a surname, a full name, a place, or a name with a word
        roll = rng.random()
        if roll < 0.35:
            return rng.choice(data.facet_values["speaker"]).split()[-1]
        if roll < 0.55:
            return rng.choice(data.facet_values["speaker"])
        if roll < 0.85:
            return rng.choice(data.facet_values["location"])
        return f"{rng.choice(data.facet_values['location'])} {rng.choice(common)}"

    filter_counts = [i % 3 for i in range(len(plan))]
    rng.shuffle(filter_counts)
    queries = []
    for qid, (kind, n_filters) in enumerate(zip(plan, filter_counts), start=1):
        text = text_for(kind)
        filters: dict[str, list[str]] = {}
        if n_filters and rng.random() < REFINED_SHARE:
            # Like a user who clicks values of the facets shown: values of an article the query finds.
            found = [a for a in data.articles if a.matches(text)]
            if found:
                article = rng.choice(found)
                facets = [f for f in FACETS if article.values[f]]
                for facet in rng.sample(facets, min(n_filters, len(facets))):
                    filters[facet] = [rng.choice(article.values[facet])]
        for facet in rng.sample(FACETS, n_filters - len(filters)):
            while facet in filters:
                facet = rng.choice(FACETS)
            filters[facet] = [rng.choice(data.facet_values[facet])]
        queries.append(BenchQuery(qid, kind, text, filters))
    return queries


def save_queries(queries: list[BenchQuery], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([asdict(q) for q in queries], ensure_ascii=False, indent=1), "utf-8")


def load_queries(path: Path) -> list[BenchQuery]:
    return [BenchQuery(**item) for item in json.loads(path.read_text("utf-8"))]


def ensure_queries(corpus: Path, path: Path | None = None) -> tuple[list[BenchQuery], Path]:
    """The query set saved for ``corpus``, made and saved first when missing."""
    path = path or queries_path(corpus)
    if not path.exists():
        save_queries(build_queries(corpus), path)
    return load_queries(path), path


def summary_table(queries: list[BenchQuery]) -> str:
    counts: Counter[tuple[str, int]] = Counter((q.kind, q.filter_count) for q in queries)
    kinds = list(dict.fromkeys(q.kind for q in queries))
    rows = []
    for kind in kinds:
        example = next(q.text for q in queries if q.kind == kind)
        rows.append([kind, counts[(kind, 0)], counts[(kind, 1)], counts[(kind, 2)], f"`{example}`"])
    rows.append(["all", *(sum(counts[(k, n)] for k in kinds) for n in range(3)), ""])
    return markdown_table(["kind", "0 filters", "1 filter", "2 filters", "example"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="corpus size (generated when missing)")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--queries", type=int, default=300, help="how many queries")
    parser.add_argument("--seed", type=int, default=QUERY_SEED)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--list", action="store_true", help="print every query")
    args = parser.parse_args()
    corpus = args.corpus or ensure_corpus(corpus_path(args.count), args.count, DEFAULT_SEED)
    queries = build_queries(corpus, args.queries, args.seed)
    out = args.out or queries_path(corpus)
    save_queries(queries, out)
    print(f"{len(queries)} queries from {corpus} (seed {args.seed}), saved to {out}")
    print()
    print(summary_table(queries))
    if args.list:
        print()
        print(markdown_table(["#", "kind", "query", "filters"],
                             [[q.qid, q.kind, f"`{q.text}`", q.describe_filters()] for q in queries], "rllr"))


if __name__ == "__main__":
    main()
