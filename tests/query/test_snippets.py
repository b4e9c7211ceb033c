"""Highlighting marks the original spelling, and only what matched."""

from __future__ import annotations

from search.query.snippets import QueryTerms, mark, matched_spans, passages


def test_folded_and_stemmed_matches_mark_the_original_spelling():
    text = "Les négociations de Genève sur l'évacuation."
    spans = matched_spans(text, QueryTerms(stemmed=frozenset(), exact=frozenset({"geneve"})))
    assert [text[s:e] for s, e in spans] == ["Genève"]


def test_markup_in_text_is_escaped_and_only_mark_is_html():
    text = "<script>alert(1)</script> Genève"
    html = mark(text, [(26, 32)])
    assert html == "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Genève</mark>"


def test_passages_pick_the_densest_windows_in_text_order():
    text = ("bla " * 200) + "Genève Genève " + ("bla " * 200) + "Genève"
    first = text.index("Genève")
    spans = [(first, first + 6), (first + 7, first + 13), (len(text) - 6, len(text))]
    result = passages(text, spans, count=2, width=60)
    assert len(result) == 2
    assert result[0].count("<mark>") == 2
    assert result[0].startswith("… ") and result[1].endswith("<mark>Genève</mark>")


def test_without_match_the_opening_is_shown():
    assert passages("Début du texte. " * 40, [], width=50)[0].startswith("Début du texte.")


def _spans_by_full_analysis(text: str, terms) -> set[tuple[int, int]]:
    from search.analysis import exact_analyzer, french_analyzer

    spans = set()
    for analyzer, wanted in ((french_analyzer(), terms.stemmed), (exact_analyzer(), terms.exact)):
        spans |= {(t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="index") if t.text in wanted}
    return spans


def test_token_cache_marks_what_analysing_the_whole_text_marks():
    """Per-token cached analysis equals analysing the whole text, for every form of real articles."""
    from pathlib import Path

    from search.analysis import exact_analyzer, french_analyzer
    from search.query.snippets import QueryTerms, matched_spans

    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))]
    texts.append("Quelque 20 000 civils, 3,5 % d'entre eux à Alep-Est ; l’aviation, aujourd'hui.Consternant invi\u00adter")
    for text in texts:
        stemmed = sorted({t.text for t in french_analyzer()(text, mode="index")})
        exact = sorted({t.text for t in exact_analyzer()(text, mode="index")})
        for start in range(0, len(stemmed), 7):
            terms = QueryTerms(frozenset(stemmed[start : start + 7]), frozenset(exact[start : start + 5]))
            expected = _spans_by_full_analysis(text, terms)
            merged = matched_spans(text, terms)
            covered = {i for a, b in merged for i in range(a, b)}
            assert covered == {i for a, b in expected for i in range(a, b)}


def test_words_remembered_for_one_query_serve_its_next_texts(monkeypatch):
    """The per-query memory of analysed words gives each later text its own spans, also once emptied."""
    from search.analysis.tokenizer import TOKENS
    from search.query import snippets

    terms = QueryTerms(frozenset({"negoci", "alep"}), frozenset({"geneve"}))
    first = "Les négociations d'Alep reprennent à Genève."
    second = "Négocier à Genève ? « Alep n'est pas négociable », dit-il."
    expected = [_spans_by_full_analysis(text, terms) for text in (first, second)]
    monkeypatch.setattr(snippets, "MAX_KNOWN_TOKENS", 3)
    for _ in range(2):
        found = [matched_spans(text, terms) for text in (first, second)]
        assert [{i for a, b in spans for i in range(a, b)} for spans in found] == [
            {i for a, b in spans for i in range(a, b)} for spans in expected
        ]
        # Emptied before reading ``second``: what it holds now is at most that text's words.
        assert set(snippets._token_matches(terms)) <= set(TOKENS.findall(second))
