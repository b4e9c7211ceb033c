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


def test_the_signer_of_a_letter_that_speaks(quotes_of):
    """``"...", commence la lettre, signée par X``: the signer's words, not those of the person named before."""
    text = (
        'Franck Riester a reçu une lettre. "Monsieur, le 18 juin dernier, vous avez été élu député de la 6e '
        'circonscription de Seine-et-Marne", commence la lettre, signée par Bernard Accoyer, secrétaire général '
        "de LR. Sauf que Franck Riester est élu dans la 5e."
    )
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [("Bernard Accoyer", "direct")]


def test_a_signed_document_needs_its_signing_participle(quotes_of):
    """``"...", commence la lettre, envoyée par X``: who sent a letter did not write it."""
    text = (
        'Franck Riester a reçu une lettre. "Monsieur, le 18 juin dernier, vous avez été élu député de la 6e '
        'circonscription de Seine-et-Marne", commence la lettre, envoyée par Bernard Accoyer.'
    )
    assert "Bernard Accoyer" not in [q.speaker for q in quotes_of(text)]
