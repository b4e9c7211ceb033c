"""Compare candidate French stemmers on a small, deterministic retrieval check.

Run ``python -m search.analysis.evaluate`` (options: ``--vectors DIR``,
``--corpus FILE``, ``--no-corpus``, ``--limit N``). It prints one table with, per candidate:

* **recall**: share of the :data:`SHOULD_CONFLATE` word pairs that reach one
  term, checked for the accented and the unaccented spelling of each word
  (a user types ``securite``, the text says ``sécurité``);
* **apart**: share of the :data:`MUST_NOT_CONFLATE` pairs kept apart;
* agreement with each vector file (``stem(input) == fold(expected)``);
* with the corpus (``/work/shared/corpora/orangesum-dev.jsonl`` when present):
  **accents**, the share of accented word tokens whose unaccented spelling
  reaches the same term, and **cls P/R**, pairwise precision/recall of the
  candidate's classes of word types (seen at least twice) against the classes
  of Snowball run on the accented words, the stemmer's reference behaviour.

Every candidate is a function from a lowercase (possibly accented) word to its
indexed term, with whatever folding the pipeline does around the stemmer.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from search.analysis.folding import fold_word
from search.analysis.lucene_stemmers import lucene_light_stem, lucene_minimal_stem
from search.analysis.stemming import SnowballFrench
from search.analysis.tokenizer import TOKEN_PATTERN
from search.analysis.vectors import agreement, load_vector_dir

SHARED_VECTORS = Path("/work/shared/analysis")
SHARED_CORPUS = Path("/work/shared/corpora/orangesum-dev.jsonl")
BUNDLED_VECTORS = Path(__file__).resolve().parents[2] / "tests" / "data" / "analysis"

#: Word pairs a French news search should treat as one word.
SHOULD_CONFLATE: tuple[tuple[str, str], ...] = (
    ("négociation", "négociations"),
    ("évacuer", "évacuation"),
    ("président", "présidente"),
    ("cheval", "chevaux"),
    ("sécurité", "sécurités"),
    ("manifestant", "manifestants"),
    ("manifestation", "manifestations"),
    ("élection", "élections"),
    ("élu", "élue"),
    ("député", "députée"),
    ("députés", "députées"),
    ("journal", "journaux"),
    ("international", "internationaux"),
    ("organisé", "organisée"),
    ("publié", "publiée"),
    ("premier", "première"),
    ("dernier", "dernières"),
    ("gouvernement", "gouvernements"),
    ("policier", "policière"),
    ("policiers", "policières"),
    ("attentat", "attentats"),
    ("victime", "victimes"),
    ("enquête", "enquêtes"),
    ("arrêté", "arrêtée"),
    ("blessé", "blessées"),
    ("tué", "tuée"),
    ("hôpital", "hôpitaux"),
    ("négocier", "négociation"),
    ("réforme", "réformes"),
    ("grève", "grèves"),
    ("européen", "européenne"),
    ("français", "française"),
    ("annoncé", "annoncée"),
    ("décision", "décisions"),
    ("autorité", "autorités"),
    ("économie", "économique"),
    ("condamné", "condamnée"),
    ("interdit", "interdite"),
    ("responsable", "responsables"),
    ("frontière", "frontières"),
    ("salarié", "salariée"),
    ("employé", "employés"),
)

#: Word pairs with different meanings that should stay apart.
MUST_NOT_CONFLATE: tuple[tuple[str, str], ...] = (
    ("police", "politique"),
    ("communiqué", "commune"),
    ("marché", "marche"),
    ("mars", "mari"),
    ("gens", "gent"),
    ("port", "porte"),
    ("cour", "cours"),
    ("été", "état"),
    ("université", "univers"),
    ("général", "génération"),
    ("fin", "final"),
    ("mine", "ministre"),
    ("vers", "verser"),
    ("sort", "sortie"),
    ("pays", "payer"),
    ("droit", "droite"),
    ("connaît", "con"),
    ("pêche", "péché"),
    ("côte", "côté"),
)


def _pystemmer() -> Callable[[str], str]:
    import Stemmer

    return Stemmer.Stemmer("french").stemWord


def candidates() -> dict[str, Callable[[str], str]]:
    """The stemmers compared, by name; the first one is the analyzers' choice."""
    chosen = SnowballFrench(restore=True, exceptions=True)
    repaired = SnowballFrench(restore=True, exceptions=False)
    plain = SnowballFrench(restore=False, exceptions=False)
    snowball = _pystemmer()
    return {
        "snowball+repair+exceptions (chosen)": lambda w: chosen(fold_word(w)),
        "snowball+repair": lambda w: repaired(fold_word(w)),
        "snowball fold-first": lambda w: plain(fold_word(w)),
        "snowball stem-then-fold": lambda w: fold_word(snowball(w.lower())),
        "lucene light fold-first": lambda w: fold_word(lucene_light_stem(fold_word(w))),
        "lucene light stem-then-fold": lambda w: fold_word(lucene_light_stem(w.lower())),
        "lucene minimal fold-first": lambda w: fold_word(lucene_minimal_stem(fold_word(w))),
        "no stemming": fold_word,
    }


def same_term(stem: Callable[[str], str], a: str, b: str) -> bool:
    """True if ``a`` and ``b`` reach one term, accented or typed without accents."""
    spellings_a = {a, fold_word(a)}
    spellings_b = {b, fold_word(b)}
    terms = {stem(w) for w in spellings_a | spellings_b}
    return len(terms) == 1


def pair_scores(stem: Callable[[str], str]) -> tuple[float, float]:
    """(recall on SHOULD_CONFLATE, share of MUST_NOT_CONFLATE kept apart)."""
    recall = sum(same_term(stem, a, b) for a, b in SHOULD_CONFLATE) / len(SHOULD_CONFLATE)
    apart = sum(not same_term(stem, a, b) for a, b in MUST_NOT_CONFLATE) / len(
        MUST_NOT_CONFLATE
    )
    return recall, apart


def corpus_vocabulary(path: Path, limit: int | None = None) -> Counter[str]:
    """Count lowercase alphabetic word tokens in title, lede and text."""
    counts: Counter[str] = Counter()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                break
            doc = json.loads(line)
            for key in ("title", "lede", "text"):
                for m in TOKEN_PATTERN.finditer(doc.get(key) or ""):
                    word = m.group()
                    if word.isalpha():
                        counts[word.lower()] += 1
    return counts


def accent_consistency(stem: Callable[[str], str], vocab: Counter[str]) -> float:
    """Share of accented word tokens whose unaccented spelling gets the same term."""
    total = same = 0
    for word, n in vocab.items():
        if not word.isascii():
            total += n
            if stem(word) == stem(fold_word(word)):
                same += n
    return same / total if total else 1.0


def _pairs(counts: Iterable[int]) -> int:
    return sum(c * (c - 1) // 2 for c in counts)


def class_agreement(
    stem: Callable[[str], str], reference: Callable[[str], str], words: Iterable[str]
) -> tuple[float, float]:
    """Pairwise precision and recall of ``stem``'s word classes against
    ``reference``'s (two words are in one class when they share a term)."""
    cells: Counter[tuple[str, str]] = Counter()
    ref: Counter[str] = Counter()
    got: Counter[str] = Counter()
    for w in words:
        r, g = reference(w), stem(w)
        cells[r, g] += 1
        ref[r] += 1
        got[g] += 1
    tp = _pairs(cells.values())
    return tp / max(_pairs(got.values()), 1), tp / max(_pairs(ref.values()), 1)


def evaluate(vector_dir: Path, corpus: Path | None, limit: int | None) -> list[dict]:
    """Compute every score for every candidate; return one row per candidate."""
    vectors = load_vector_dir(vector_dir)
    vocab = corpus_vocabulary(corpus, limit) if corpus else None
    reference = _pystemmer()
    rows = []
    for name, stem in candidates().items():
        row: dict = {"name": name}
        row["recall"], row["apart"] = pair_scores(stem)
        for label, pairs in vectors.items():
            row[label] = agreement(stem, pairs)
        if vocab is not None:
            row["accents"] = accent_consistency(stem, vocab)
            frequent = [w for w, n in vocab.items() if n >= 2]
            row["cls P"], row["cls R"] = class_agreement(
                stem, lambda w: fold_word(reference(w)), frequent
            )
        rows.append(row)
    return rows


def format_table(rows: list[dict]) -> str:
    """Render rows as a Markdown table (percentages, one decimal)."""
    columns = [c for c in rows[0] if c != "name"]
    lines = [
        "| stemmer | " + " | ".join(columns) + " |",
        "|---|" + "---:|" * len(columns),
    ]
    for row in rows:
        cells = [f"{100 * row[c]:.1f}" for c in columns]
        lines.append(f"| {row['name']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point: print the comparison table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_vectors = SHARED_VECTORS if SHARED_VECTORS.exists() else BUNDLED_VECTORS
    parser.add_argument("--vectors", type=Path, default=default_vectors)
    parser.add_argument(
        "--corpus", type=Path, default=SHARED_CORPUS if SHARED_CORPUS.exists() else None
    )
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus measures")
    parser.add_argument("--limit", type=int, default=None, help="read only N articles")
    args = parser.parse_args(argv)
    if args.no_corpus:
        args.corpus = None
    print(f"vectors: {args.vectors}")
    print(f"corpus: {args.corpus or '(none)'}" + (f", first {args.limit}" if args.limit else ""))
    print(
        f"pairs: {len(SHOULD_CONFLATE)} should conflate, "
        f"{len(MUST_NOT_CONFLATE)} must not"
    )
    print(format_table(evaluate(args.vectors, args.corpus, args.limit)))


if __name__ == "__main__":
    main()
