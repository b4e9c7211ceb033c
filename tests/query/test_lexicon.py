"""Prefix and fuzzy expansion over arrays equal Whoosh's own expansion."""

from __future__ import annotations

import pytest

from search.query.lexicon import FieldLexicon


@pytest.mark.parametrize("word", ["presdent", "gouvernment", "mnistre", "genvee", "le", "xyz", "reformes", "ecloe"])
@pytest.mark.parametrize("maxdist, prefixlength", [(1, 0), (2, 0), (1, 1), (2, 2)])
def test_fuzzy_words_equal_whooshs_terms_within(segmented_index, word, maxdist, prefixlength):
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        lexicon = FieldLexicon(reader, "exact")
        found = {lexicon.words[n] for n in lexicon.within(word, maxdist, prefixlength)}
        expected = set(reader.terms_within("exact", word, maxdist, prefix=prefixlength))
    assert found == expected


def test_transposition_counts_one_edit(segmented_index):
    with segmented_index.searcher() as searcher:
        lexicon = FieldLexicon(searcher.reader(), "exact")
    assert "ecole" in {lexicon.words[n] for n in lexicon.within("ecloe", 1)}


@pytest.mark.parametrize("prefix", ["pr", "g", "neg", "zzz", ""])
def test_prefix_words_equal_whooshs_expand_prefix(segmented_index, prefix):
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        lexicon = FieldLexicon(reader, "exact")
        found = [lexicon.words[n] for n in lexicon.starting_with(prefix)]
        expected = [t.decode("utf-8") for t in reader.expand_prefix("exact", prefix)]
    assert found == expected


def test_most_frequent_first(segmented_index):
    with segmented_index.searcher() as searcher:
        reader = searcher.reader()
        lexicon = FieldLexicon(reader, "exact")
        chosen = lexicon.most_frequent(lexicon.starting_with("p"), 2)
        frequencies = sorted((reader.doc_frequency("exact", w) for w in (lexicon.words[n] for n in lexicon.starting_with("p"))), reverse=True)
        assert [reader.doc_frequency("exact", w) for w in chosen] == frequencies[:2]
