"""Benchmark: the same result page with Dépêches, SQLite FTS5 and tantivy, on one corpus.

Usage: python bench/compare_engines.py [--count 100000] [--rebuild] [--rounds 1]

Needs ``pip install tantivy==0.27.0`` (bench only); SQLite FTS5 comes with Python.
For each engine, the page work of every query of the set (``bench/queries.py``):
the 10 best hits by relevance, highlighted passages for them, the total, and
four facet counts over all hits (source, year -- or months when a year is
selected --, speakers, locations), with disjunctive counting as Dépêches does
(a facet with a selected value is counted without its own filter). Reports
each engine's index build (articles/s, size) and query latency (p50/p95/p99),
with ratios against Dépêches's ``run_search`` (build: engine ÷ Dépêches in
articles/s and in size; latency: Dépêches ÷ engine, how many times faster the
engine answers).

How each engine does it:

* Dépêches: ``run_search`` on the index ``search_latency.py`` builds (reused).
* SQLite FTS5: an FTS5 table over title, lede, text (``unicode61
  remove_diacritics 2``: folding, no stemming, no stop words), ``docs`` with
  source/year/month columns, ``speakers`` and ``locations`` tables of
  (doc_id, value). Per query: the text matches go into a temporary table; the
  total and each facet are a ``GROUP BY`` over it with the filters as joins;
  the top 10 by ``bm25`` (column weights 2, 1.5, 1 like Dépêches's boosts),
  then ``highlight()`` of the title and ``snippet()`` for those 10. Words are
  FTS5 strings, phrases FTS5 phrases, ``négo*`` an FTS5 prefix query; FTS5 has
  no fuzzy search, so ``Kery~`` is expanded in Python against the FTS5
  vocabulary (``fts5vocab``; terms at Damerau-Levenshtein distance 1 with the
  same first letter, as Whoosh's ``~``) and OR-ed.
* tantivy: title/lede/text with a French analyzer (simple tokenizer, lowercase,
  ASCII folding, French stop words, French Snowball stemmer) and an unstemmed
  ``exact`` field for phrases, prefixes (regex ``nego.*``) and fuzzy terms
  (``FuzzyTermQuery``, distance 1), like Dépêches; source, year, month, speakers
  and locations as raw-tokenized fast text fields. Top 10 with ``count=True``,
  passages by ``SnippetGenerator``, facet counts by tantivy's ``terms``
  aggregation (computed in Rust over all hits, sizes large enough to return
  every value), one aggregation call per distinct set of filters.

The engines run one after the other on each query, in turn, after one warm-up
pass over the whole set. Memory stays bounded: the corpus is streamed, FTS5
rows are inserted in batches, tantivy's writer has a 256 MB heap.
"""

from __future__ import annotations

import argparse
import gc
import re
import shutil
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import (  # noqa: E402
    add_corpus_arguments,
    BuildFigures, corpus_path, dir_size, ensure_corpus, ensure_depeches_index, index_path,
    load_articles, load_build_figures, machine_line, markdown_table, max_rss_mb, megabytes, ms, percentile,
    ratio, save_build_figures,
)
from queries import BenchQuery, ensure_queries  # noqa: E402

from search.analysis import fold  # noqa: E402
from search.query.results import run_search  # noqa: E402
from search.store import IndexStore  # noqa: E402

FACET_SIZE = 10
#: Dépêches facet name -> column or table holding its values in the other engines.
FACET_FIELDS = {"source": "source", "date": "year", "speaker": "speakers", "location": "locations"}
MULTI_VALUED = ("speakers", "locations")
MARK = ("<mark>", "</mark>")


@dataclass
class Page:
    """What one engine returns for a query: enough to compare engines, as a page shows."""

    total: int
    ids: list[str]
    passages: list[str]
    facets: dict[str, list[tuple[str, int]]]
    hidden: dict[str, int] = field(default_factory=dict)


def shown(counts: Counter[str] | dict[str, int], by_value: bool = False) -> tuple[list[tuple[str, int]], int]:
    """Top values as Dépêches shows them: most frequent first (dates: in order), and how many are hidden."""
    if by_value:
        order = sorted(counts)
    else:
        order = sorted(counts, key=lambda v: (-counts[v], v.casefold()))
    return [(v, counts[v]) for v in order[:FACET_SIZE]], max(0, len(order) - FACET_SIZE)


# --- what a query asks for --------------------------------------------------------------

_PART = re.compile(r'"([^"]*)"|(\S+)')


@dataclass
class QueryParts:
    """The parts of a benchmark query: plain words, quoted phrases, prefixes, fuzzy words."""

    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> QueryParts:
        parts = cls()
        for match in _PART.finditer(text):
            if match.group(1) is not None:
                parts.phrases.append(match.group(1))
                continue
            token = match.group(2)
            if token.endswith("*"):
                parts.prefixes.append(fold(token[:-1]))
            elif token.endswith("~"):
                parts.fuzzy.append(fold(token[:-1]))
            else:
                parts.words.append(token)
        return parts


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


# --- SQLite FTS5 ----------------------------------------------------------------------------


class Fts5Engine:
    """SQLite FTS5 with facet tables; filters as joins, facets as GROUP BY over the matches."""

    name = "SQLite FTS5"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db: sqlite3.Connection | None = None
        self._vocabulary: dict[tuple[str, int], list[str]] | None = None

    def build(self, corpus: Path) -> BuildFigures:
        self.path.unlink(missing_ok=True)
        started = time.perf_counter()
        db = sqlite3.connect(self.path)
        db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA cache_size = -131072;
            CREATE TABLE docs (id INTEGER PRIMARY KEY, ext_id TEXT, source TEXT, year TEXT, month TEXT, url TEXT);
            CREATE VIRTUAL TABLE fts USING fts5 (title, lede, text, tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE speakers (doc_id INTEGER NOT NULL, value TEXT NOT NULL);
            CREATE TABLE locations (doc_id INTEGER NOT NULL, value TEXT NOT NULL);
            """
        )
        articles = load_articles(corpus)
        count = 0
        rowid = 0
        while True:
            batch = list(islice(articles, 2000))
            if not batch:
                break
            docs, texts, speakers, locations = [], [], [], []
            for article in batch:
                rowid += 1
                date = article.date
                docs.append((rowid, article.id, article.source, f"{date:%Y}" if date else None,
                             f"{date:%Y-%m}" if date else None, article.url))
                texts.append((rowid, article.title, article.lede, article.text))
                speakers += [(rowid, v) for v in dict.fromkeys(article.speakers)]
                locations += [(rowid, v) for v in dict.fromkeys(article.locations)]
            with db:
                db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)", docs)
                db.executemany("INSERT INTO fts (rowid, title, lede, text) VALUES (?, ?, ?, ?)", texts)
                db.executemany("INSERT INTO speakers VALUES (?, ?)", speakers)
                db.executemany("INSERT INTO locations VALUES (?, ?)", locations)
            count += len(batch)
        db.executescript(
            """
            CREATE INDEX docs_source ON docs (source, id);
            CREATE INDEX docs_year ON docs (year, id);
            CREATE INDEX docs_month ON docs (month, id);
            CREATE UNIQUE INDEX speakers_doc ON speakers (doc_id, value);
            CREATE INDEX speakers_value ON speakers (value, doc_id);
            CREATE UNIQUE INDEX locations_doc ON locations (doc_id, value);
            CREATE INDEX locations_value ON locations (value, doc_id);
            INSERT INTO fts (fts) VALUES ('optimize');
            ANALYZE;
            """
        )
        db.commit()
        db.close()
        return BuildFigures(self.name, count, time.perf_counter() - started, dir_size(self.path))

    def open(self) -> None:
        self.db = sqlite3.connect(self.path, check_same_thread=False)
        self.db.executescript(
            """
            PRAGMA cache_size = -65536;
            PRAGMA temp_store = MEMORY;
            CREATE TEMP TABLE hits (id INTEGER PRIMARY KEY);
            CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'fts', 'row');
            """
        )

    def _fuzzy_terms(self, word: str) -> list[str]:
        """Indexed terms within one edit of ``word``, same first letter (the vocabulary is read once)."""
        assert self.db is not None
        if self._vocabulary is None:
            grouped: dict[tuple[str, int], list[str]] = {}
            for (term,) in self.db.execute("SELECT term FROM temp.vocab"):
                grouped.setdefault((term[:1], len(term)), []).append(term)
            self._vocabulary = grouped
        found = []
        for length in (len(word) - 1, len(word), len(word) + 1):
            found += [t for t in self._vocabulary.get((word[:1], length), []) if within_one_edit(word, t)]
        return found or [word]

    def match_expression(self, text: str) -> str:
        parts = QueryParts.of(text)
        quoted = lambda s: '"' + s.replace('"', '""') + '"'  # noqa: E731
        terms = [quoted(w) for w in parts.words] + [quoted(p) for p in parts.phrases]
        terms += [quoted(p) + " *" for p in parts.prefixes]
        for word in parts.fuzzy:
            terms.append("(" + " OR ".join(quoted(t) for t in self._fuzzy_terms(word)) + ")")
        return " AND ".join(terms)

    @staticmethod
    def _filters(bench_query: BenchQuery, skip: str | None, row: str) -> tuple[str, list[object], list[str], list[object]]:
        """Joins with their parameters, conditions with theirs, for the filters except facet ``skip``."""
        joins: list[str] = []
        join_params: list[object] = []
        where: list[str] = []
        params: list[object] = []
        for number, (facet, values) in enumerate(bench_query.filters.items()):
            if facet == skip:
                continue
            marks = ", ".join("?" * len(values))
            if facet == "source":
                where.append(f"d.source IN ({marks})")
                params += values
            elif facet == "date":
                column = "month" if "-" in values[0] else "year"
                where.append(f"d.{column} IN ({marks})")
                params += values
            else:
                table = FACET_FIELDS[facet]
                joins.append(f"JOIN {table} f{number} ON f{number}.doc_id = {row} AND f{number}.value IN ({marks})")
                join_params += values
        return " ".join(joins), join_params, where, params

    def page(self, bench_query: BenchQuery) -> Page:
        db = self.db
        assert db is not None
        expression = self.match_expression(bench_query.text)
        db.execute("DELETE FROM hits")
        db.execute("INSERT INTO hits (id) SELECT rowid FROM fts WHERE fts MATCH ?", (expression,))

        joins, join_params, where, params = self._filters(bench_query, None, "h.id")
        condition = (" WHERE " + " AND ".join(where)) if where else ""
        total = db.execute(
            f"SELECT count(*) FROM hits h JOIN docs d ON d.id = h.id {joins}{condition}", [*join_params, *params]
        ).fetchone()[0]

        top_joins, top_join_params, top_where, top_params = self._filters(bench_query, None, "fts.rowid")
        top_condition = "".join(" AND " + w for w in top_where)
        top = db.execute(
            f"SELECT fts.rowid FROM fts JOIN docs d ON d.id = fts.rowid {top_joins} "
            f"WHERE fts MATCH ?{top_condition} ORDER BY bm25(fts, 2.0, 1.5, 1.0) LIMIT 10",
            [*top_join_params, expression, *top_params],
        ).fetchall()
        rowids = [r[0] for r in top]
        passages: list[str] = []
        ids: list[str] = []
        if rowids:
            marks = ", ".join("?" * len(rowids))
            shown_rows = {
                r[0]: r[1:]
                for r in db.execute(
                    f"SELECT fts.rowid, d.ext_id, highlight(fts, 0, '<mark>', '</mark>'), "
                    f"snippet(fts, -1, '<mark>', '</mark>', '…', 40) "
                    f"FROM fts JOIN docs d ON d.id = fts.rowid WHERE fts MATCH ? AND fts.rowid IN ({marks})",
                    [expression, *rowids],
                )
            }
            for rowid in rowids:
                ext_id, _title, snippet = shown_rows[rowid]
                ids.append(ext_id)
                passages.append(snippet)

        facets: dict[str, list[tuple[str, int]]] = {}
        hidden: dict[str, int] = {}
        for facet, column in FACET_FIELDS.items():
            selected = facet in bench_query.filters
            if facet == "date":
                skip = None  # a drill-down: months of the selected year
                column = "month" if selected else "year"
                value_sql, extra = f"d.{column}", ""
            elif facet == "source":
                skip = facet if selected else None
                value_sql, extra = "d.source", ""
            else:
                skip = facet if selected else None
                value_sql, extra = "v.value", f"JOIN {column} v ON v.doc_id = h.id"
            f_joins, f_join_params, f_where, f_params = self._filters(bench_query, skip, "h.id")
            f_condition = (" WHERE " + " AND ".join(f_where)) if f_where else ""
            counts = dict(
                db.execute(
                    f"SELECT {value_sql}, count(*) FROM hits h JOIN docs d ON d.id = h.id {extra} {f_joins}"
                    f"{f_condition} GROUP BY {value_sql}",
                    [*f_join_params, *f_params],
                ).fetchall()
            )
            counts.pop(None, None)
            facets[facet], hidden[facet] = shown(counts, by_value=facet == "date")
        return Page(total, ids, passages, facets, hidden)


# --- tantivy ---------------------------------------------------------------------------------


class TantivyEngine:
    """tantivy with a French analyzer; facet counts from its terms aggregation."""

    name = "tantivy"

    def __init__(self, path: Path) -> None:
        import tantivy

        self.tantivy = tantivy
        self.path = path
        self.index = None
        self.searcher = None

    def _analyzers(self) -> tuple[object, object]:
        t = self.tantivy
        french = (
            t.TextAnalyzerBuilder(t.Tokenizer.simple()).filter(t.Filter.remove_long(40)).filter(t.Filter.lowercase())
            .filter(t.Filter.ascii_fold()).filter(t.Filter.stopword("french"))
            .filter(t.Filter.custom_stopword(["l", "d", "qu", "n", "s", "c", "j", "m", "t", "jusqu", "lorsqu", "puisqu"]))
            .filter(t.Filter.stemmer("french")).build()
        )
        exact = (
            t.TextAnalyzerBuilder(t.Tokenizer.simple()).filter(t.Filter.remove_long(40)).filter(t.Filter.lowercase())
            .filter(t.Filter.ascii_fold()).build()
        )
        return french, exact

    def _schema(self) -> object:
        t = self.tantivy
        builder = t.SchemaBuilder()
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        for name in ("title", "lede", "text"):
            builder.add_text_field(name, stored=True, tokenizer_name="fr")
        builder.add_text_field("exact", stored=False, tokenizer_name="fr_exact")
        for name in ("source", "year", "month", "speakers", "locations"):
            builder.add_text_field(name, stored=name in ("source", "speakers", "locations"), fast=True, tokenizer_name="raw")
        return builder.build()

    def _register(self, index: object) -> None:
        french, exact = self._analyzers()
        self.french, self.exact = french, exact
        index.register_tokenizer("fr", french)  # type: ignore[attr-defined]
        index.register_tokenizer("fr_exact", exact)  # type: ignore[attr-defined]

    def build(self, corpus: Path) -> BuildFigures:
        t = self.tantivy
        shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir(parents=True)
        started = time.perf_counter()
        schema = self._schema()
        index = t.Index(schema, path=str(self.path))
        self._register(index)
        writer = index.writer(256_000_000, 2)
        count = 0
        for article in load_articles(corpus):
            doc = t.Document()
            doc.add_text("id", article.id)
            doc.add_text("title", article.title)
            doc.add_text("lede", article.lede)
            doc.add_text("text", article.text)
            doc.add_text("exact", "\n".join(p for p in (article.title, article.lede, article.text) if p))
            if article.source:
                doc.add_text("source", article.source)
            if article.date:
                doc.add_text("year", f"{article.date:%Y}")
                doc.add_text("month", f"{article.date:%Y-%m}")
            for value in dict.fromkeys(article.speakers):
                doc.add_text("speakers", value)
            for value in dict.fromkeys(article.locations):
                doc.add_text("locations", value)
            writer.add_document(doc)
            count += 1
        writer.commit()
        writer.wait_merging_threads()
        return BuildFigures(self.name, count, time.perf_counter() - started, dir_size(self.path))

    def open(self) -> None:
        self.index = self.tantivy.Index.open(str(self.path))
        self._register(self.index)
        self.index.reload()
        self.schema = self.index.schema
        self.searcher = self.index.searcher()

    def _fields_query(self, tokens: list[str], boosts: dict[str, float]) -> object:
        """One analyzed word in any of title, lede, text (a phrase when it makes several tokens)."""
        t = self.tantivy
        per_field = []
        for name, boost in boosts.items():
            q = t.Query.term_query(self.schema, name, tokens[0]) if len(tokens) == 1 else t.Query.phrase_query(self.schema, name, tokens)
            per_field.append((t.Query.boost_query(q, boost) if boost != 1.0 else q))
        return t.Query.boolean_query([(t.Occur.Should, q) for q in per_field])

    def text_query(self, text: str) -> tuple[object, bool, bool]:
        """The query, whether it has stemmed parts, whether it has exact parts."""
        t = self.tantivy
        parts = QueryParts.of(text)
        musts = []
        boosts = {"title": 2.0, "lede": 1.5, "text": 1.0}
        for word in parts.words:
            tokens = self.french.analyze(word)  # type: ignore[attr-defined]
            if tokens:
                musts.append(self._fields_query(tokens, boosts))
        for phrase in parts.phrases:
            tokens = self.exact.analyze(phrase)  # type: ignore[attr-defined]
            if len(tokens) == 1:
                musts.append(t.Query.term_query(self.schema, "exact", tokens[0]))
            elif tokens:
                musts.append(t.Query.phrase_query(self.schema, "exact", tokens))
        for prefix in parts.prefixes:
            musts.append(t.Query.regex_query(self.schema, "exact", re.escape(prefix) + ".*"))
        for word in parts.fuzzy:
            musts.append(t.Query.fuzzy_term_query(self.schema, "exact", word, 1, True, False))
        exact = bool(parts.phrases or parts.prefixes or parts.fuzzy)
        if not musts:
            return t.Query.all_query(), False, False
        return t.Query.boolean_query([(t.Occur.Must, q) for q in musts]), bool(parts.words), exact

    def _filter_query(self, bench_query: BenchQuery, skip: str | None) -> list[object]:
        t = self.tantivy
        clauses = []
        for facet, values in bench_query.filters.items():
            if facet == skip:
                continue
            field_name = ("month" if "-" in values[0] else "year") if facet == "date" else FACET_FIELDS[facet]
            terms = [t.Query.term_query(self.schema, field_name, v) for v in values]
            q = terms[0] if len(terms) == 1 else t.Query.boolean_query([(t.Occur.Should, x) for x in terms])
            clauses.append(t.Query.const_score_query(q, 0.0))
        return clauses

    def _with_filters(self, base: object, clauses: list[object]) -> object:
        t = self.tantivy
        if not clauses:
            return base
        return t.Query.boolean_query([(t.Occur.Must, base)] + [(t.Occur.Must, c) for c in clauses])

    def page(self, bench_query: BenchQuery) -> Page:
        t = self.tantivy
        searcher = self.searcher
        assert searcher is not None
        base, stemmed, exact = self.text_query(bench_query.text)
        full = self._with_filters(base, self._filter_query(bench_query, None))
        result = searcher.search(full, 10, count=True)

        generators = []
        if stemmed:
            generators.append(("text", t.SnippetGenerator.create(searcher, full, self.schema, "text")))
        if exact or not stemmed:
            generators.append(("exact", t.SnippetGenerator.create(searcher, full, self.schema, "exact")))
        ids, passages = [], []
        for _score, address in result.hits:
            doc = searcher.doc(address)
            ids.append(doc.get_first("id"))
            snippet = ""
            for name, generator in generators:
                source = doc if name == "text" else t.Document(exact=doc.get_first("text") or "")
                snippet = generator.snippet_from_doc(source).to_html()
                if snippet:
                    break
            passages.append(snippet)

        # Facets: group the facets by the filters they are counted under; one aggregation per group.
        plans: dict[str | None, list[tuple[str, str]]] = {}
        for facet, field_name in FACET_FIELDS.items():
            selected = facet in bench_query.filters
            if facet == "date":
                plans.setdefault(None, []).append((facet, "month" if selected else "year"))
            else:
                plans.setdefault(facet if selected else None, []).append((facet, field_name))
        facets: dict[str, list[tuple[str, int]]] = {}
        hidden: dict[str, int] = {}
        for skip, wanted in plans.items():
            q = full if skip is None else self._with_filters(base, self._filter_query(bench_query, skip))
            aggregations = {
                facet: {"terms": {"field": field_name, "size": 65000, "segment_size": 65000}} for facet, field_name in wanted
            }
            answer = searcher.aggregate(q, aggregations)
            for facet, _ in wanted:
                counts = {b["key"]: b["doc_count"] for b in answer[facet]["buckets"]}
                facets[facet], hidden[facet] = shown(counts, by_value=facet == "date")
        return Page(result.count, ids, passages, facets, hidden)


# --- Dépêches --------------------------------------------------------------------------------


class DepechesEngine:
    """Dépêches's own search page work: ``run_search``."""

    name = "Dépêches run_search"

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir

    def open(self) -> None:
        self.ix = IndexStore(self.index_dir).open()
        self.searcher = self.ix.searcher()  # kept open, as the site's searcher pool does

    def page(self, bench_query: BenchQuery) -> Page:
        results = run_search(self.ix, bench_query.request(), searcher=self.searcher)
        facets = {name: [(v.value, v.count) for v in values] for name, values in results.facets.items()}
        passages = [" ".join(hit.snippets) for hit in results.hits]
        return Page(results.total, [hit.id for hit in results.hits], passages, facets, dict(results.hidden_values))


# --- the run ---------------------------------------------------------------------------------


def build_or_reuse(engine: Fts5Engine | TantivyEngine, corpus: Path, rebuild: bool) -> BuildFigures:
    exists = engine.path.exists() and (engine.path.is_file() or any(engine.path.iterdir()))
    saved = load_build_figures(engine.path)
    if exists and saved and not rebuild:
        return saved
    print(f"Building the {engine.name} index of {corpus.name} into {engine.path} ...", flush=True)
    figures = engine.build(corpus)
    save_build_figures(engine.path, figures)
    return figures


def measure(engines: list, queries: list[BenchQuery], rounds: int) -> tuple[dict[str, list[float]], dict[str, list[Page]]]:
    """One warm pass, then ``rounds`` measured passes; engines take turns on each query."""
    for number, bench_query in enumerate(queries):
        if number % 50 == 0:
            print(f"  warm-up: query {number}/{len(queries)} ...", file=sys.stderr, flush=True)
        for engine in engines:
            engine.page(bench_query)
    times: dict[str, list[float]] = {e.name: [] for e in engines}
    pages: dict[str, list[Page]] = {e.name: [] for e in engines}
    gc.collect()
    for _ in range(rounds):
        for number, bench_query in enumerate(queries):
            if number % 50 == 0:
                print(f"  measuring: query {number}/{len(queries)} ...", file=sys.stderr, flush=True)
            order = engines[number % len(engines):] + engines[: number % len(engines)]
            for engine in order:
                started = time.perf_counter()
                page = engine.page(bench_query)
                times[engine.name].append(time.perf_counter() - started)
                if len(pages[engine.name]) < len(queries):
                    pages[engine.name].append(page)
    return times, pages


def _filters_of(queries: list[BenchQuery], rounds: int) -> list[int]:
    return [q.filter_count for q in queries] * rounds


def latency_table(times: dict[str, list[float]], filters: list[int], base: str) -> str:
    rows = []
    groups: list[tuple[str, Callable[[int], bool]]] = [("all", lambda n: True)] + [
        (f"{k} filter{'s' if k != 1 else ''}", lambda n, k=k: n == k) for k in range(3)
    ]
    for label, keep in groups:
        reference = [s for s, n in zip(times[base], filters) if keep(n)]
        for name, values in times.items():
            chosen = [s for s, n in zip(values, filters) if keep(n)]
            ratios = "" if name == base else " / ".join(ratio(percentile(reference, p), percentile(chosen, p)) for p in (50, 95, 99))
            rows.append([name, label, len(chosen), ms(percentile(chosen, 50)), ms(percentile(chosen, 95)),
                         ms(percentile(chosen, 99)), ms(statistics.fmean(chosen)), ratios])
    header = ["engine", "queries", "n", "p50 ms", "p95 ms", "p99 ms", "mean ms", "Dépêches ÷ engine, p50 / p95 / p99"]
    return markdown_table(header, rows, "llrrrrrr")


def build_table(builds: list[BuildFigures], base: BuildFigures) -> str:
    rows = []
    for figures in builds:
        speed = f"{figures.docs_per_second:.0f}" if figures.seconds else "reused"
        rows.append([figures.engine, figures.articles or "–", f"{figures.seconds:.0f}" if figures.seconds else "–", speed,
                     megabytes(figures.size_bytes),
                     ratio(figures.docs_per_second, base.docs_per_second) if figures.seconds and base.seconds else "–",
                     ratio(figures.size_bytes, base.size_bytes)])
    return markdown_table(["engine", "articles", "build s", "articles/s", "index MB", "speed vs Dépêches", "size vs Dépêches"], rows)


def agreement_table(pages: dict[str, list[Page]], queries: list[BenchQuery], base: str) -> str:
    """How close the engines' answers are to Dépêches's (they analyse text differently)."""
    rows = []
    for name, engine_pages in pages.items():
        totals = [p.total for p in engine_pages]
        same_total = sum(1 for p, b in zip(engine_pages, pages[base]) if p.total == b.total)
        zero = sum(1 for t in totals if t == 0)
        overlap = [len(set(p.ids) & set(b.ids)) / max(1, len(b.ids)) for p, b in zip(engine_pages, pages[base]) if b.ids]
        same_sources = sum(
            1 for p, b in zip(engine_pages, pages[base]) if p.facets.get("source") == b.facets.get("source")
        )
        rows.append([name, f"{statistics.median(totals):.0f}", zero, f"{same_total}/{len(queries)}",
                     f"{statistics.fmean(overlap):.0%}" if overlap else "–", f"{same_sources}/{len(queries)}"])
    header = ["engine", "median hits", "queries with 0 hits", "same total as Dépêches", "top-10 overlap", "same source facet"]
    return markdown_table(header, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the FTS5 and tantivy indexes")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--engines", default="depeches,fts5,tantivy", help="comma-separated subset")
    args = parser.parse_args()

    corpus = args.corpus or ensure_corpus(corpus_path(args.count), args.count)
    index_dir = args.index or index_path(corpus)
    queries, queries_file = ensure_queries(corpus, args.queries)
    wanted = args.engines.split(",")

    depeches_build = ensure_depeches_index(corpus, index_dir)
    engines: list = [DepechesEngine(index_dir)]
    builds = [depeches_build]
    others: list[Fts5Engine | TantivyEngine] = []
    if "fts5" in wanted:
        others.append(Fts5Engine(corpus.with_name(corpus.stem + ".fts5.sqlite")))
    if "tantivy" in wanted:
        others.append(TantivyEngine(corpus.with_name(corpus.stem + ".tantivy")))
    for engine in others:
        builds.append(build_or_reuse(engine, corpus, args.rebuild))
        engines.append(engine)
    for engine in engines:
        engine.open()
    base = engines[0].name

    times, pages = measure(engines, queries, args.rounds)

    print(f"Corpus: {corpus} ({builds[-1].articles or depeches_build.articles} articles); queries: {queries_file} ({len(queries)})")
    print(machine_line())
    print(f"Peak RSS of this process: {max_rss_mb():.0f} MB. One warm-up pass, then {args.rounds} measured pass(es), engines in turn on each query.")
    print()
    print(build_table(builds, depeches_build))
    print()
    print(latency_table(times, _filters_of(queries, args.rounds), base))
    print()
    print(agreement_table(pages, queries, base))


if __name__ == "__main__":
    main()
