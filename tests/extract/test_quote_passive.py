"""A quotation followed by a speech participle and its agent (``quote_passive``)."""

from __future__ import annotations


def test_a_passive_agent_speaks_only_the_quotation_before_it(quotes_of):
    text = (
        'Autant de sujets posés sur la table du "Ségur de la santé", qui doit concrétiser d\'ici juillet le '
        "\"plan massif d'investissement et de revalorisation\" promis par Emmanuel Macron."
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.text, q.verb) for q in quotes] == [
        ("Emmanuel Macron", "plan massif d'investissement et de revalorisation", "promis")
    ]


def test_an_author_is_no_passive_speaker(quotes_of):
    text = 'Il a lu le livre "Une histoire de la France et de ses voisins" écrit par Jean Dupont.'
    assert quotes_of(text) == []
