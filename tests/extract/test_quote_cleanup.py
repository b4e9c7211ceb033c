"""The last pass over an article's quotations (``quote_cleanup``)."""

from __future__ import annotations

from search.article import Quote
from search.extract.quote_cleanup import glued_subheads


def _quote(text: str, words: str, speaker: str) -> Quote:
    return Quote(speaker, words, "direct", "", text.index(words))


def test_a_subhead_glued_to_the_next_quotation_takes_its_speaker():
    text = 'Il a dit qu\'il était "impossible" d\'en savoir plus."Le signal est clair""Bien sûr, je suis inquiète", dit Ana.'
    quotes = [_quote(text, "Le signal est clair", "Benjamin Griveaux"), _quote(text, "Bien sûr, je suis inquiète", "Ana")]
    assert [q.speaker for q in glued_subheads(quotes, text)] == ["Ana", "Ana"]


def test_a_subhead_whose_next_quotation_has_no_speaker_has_none():
    text = 'La rame est passée."Une ou deux fois par an""Il ne s\'agit pas d\'une panne", a confirmé un porte-parole.'
    quotes = [_quote(text, "Une ou deux fois par an", "SNCF")]
    assert glued_subheads(quotes, text) == []


def test_a_quotation_inside_a_sentence_is_no_subhead():
    text = 'Il a dit "non merci""oui" puis est parti.'
    quotes = [_quote(text, "non merci", "Pierre Martin")]
    assert glued_subheads(quotes, text) == quotes


def test_a_subhead_between_dashes_takes_the_speaker_of_the_quotation_glued_after_it(quotes_of):
    text = (
        'Le théâtre a attiré 19.000 nouveaux donateurs.- "On a envie de revenir" -"Il y aura des gens qui auront '
        'peur dans un premier temps", affirme Michel Franck, directeur général.- "Oubliés" -"Nous sommes '
        'restés seuls tout l\'été", raconte Paul Durand, intermittent.'
    )
    assert [(q.speaker, q.text) for q in quotes_of(text)] == [
        ("Michel Franck", "On a envie de revenir"),
        ("Michel Franck", "Il y aura des gens qui auront peur dans un premier temps"),
        ("Paul Durand", "Nous sommes restés seuls tout l'été"),
    ]
