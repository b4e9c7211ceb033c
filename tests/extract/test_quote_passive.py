"""A quotation followed by a speech participle and its agent (``quote_passive``)."""

from __future__ import annotations

import pytest


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


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Une analyse partagée par Enrico Facchetti, un ex-orfèvre de 61 ans : \"La ville se vide de ses habitants "
            'et personne ne fait rien pour les retenir".',
            "Enrico Facchetti",
        ),
        (
            "L'initiative a été saluée dans les colonnes du Parisien par le naturaliste Pierre Rigaux : \"Sur le plan "
            "éthique, il ne me paraît pas acceptable qu'une enseigne fasse cela\".",
            "Pierre Rigaux",
        ),
        (
            'Des accusations démenties par Total : "Les deux sites ont immédiatement procédé à des relevés sur tout '
            'leur périmètre".',
            "Total",
        ),
    ],
)
def test_the_agent_of_a_participle_before_the_colon_speaks(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [  # the agent only makes known others' words
        'Autres SMS révélés par Le Monde : "Sur tes parents, ce ne sont pas des menaces, c\'est une promesse".',
        # a role alone: the one it means is not known (not the last person named)
        "Jacline Mouraud a déposé plainte contre les auteurs de vidéos diffusées sur YouTube. L'information a été "
        'confirmée par le procureur de la République de Vannes : "Nous avons reçu une plainte pour menace et '
        'diffamation, l\'enquête commence juste".',
        # a clause with its own subject between the agent and the colon
        "Interpellée par Marie Durand, la manifestation s'est arrêtée devant la mairie : \"Vous devez nous écouter, "
        'nous sommes là depuis des heures".',
        "Interpellé par Marie Durand, il ralentit devant la mairie : \"Vous devez nous écouter, nous sommes là "
        'depuis des heures".',
    ],
)
def test_no_speaker_for_an_agent_who_relays_a_role_alone_or_an_agent_before_a_clause(quotes_of, text):
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == []


def test_the_agent_of_a_participle_in_anothers_statement_does_not_speak(quotes_of):
    text = (
        "Jean Dupont a salué mardi soir devant les élus du conseil municipal l'initiative pour la ville lancée par "
        'Marie Durand : "C\'est une très bonne chose pour la ville et pour nous tous".'
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Jean Dupont"]
