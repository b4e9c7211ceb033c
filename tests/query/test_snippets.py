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
