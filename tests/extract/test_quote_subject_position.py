"""Whether a phrase stands as its sentence's subject: what a later pronoun points back to."""

from __future__ import annotations

import pytest

from search.extract.quote_phrases import Mention
from search.extract.quote_subject_position import mention_is_subject, stands_as_subject


def person(text: str, name: str, descriptor: str = "") -> Mention:
    start = text.index(name)
    return Mention("person", name, start, start + len(name), descriptor=descriptor)


@pytest.mark.parametrize(
    ("text", "phrase", "subject"),
    [
        ("Mais la jeune femme a répondu aux questions.", "la jeune femme", True),
        ("Pendant le procès, au cours duquel il est apparu amaigri, le prévenu a parlé.", "le prévenu", True),
        ("Selon Le Figaro, le chanteur a annulé sa tournée.", "le chanteur", True),
        ("Il a estimé qu'avec ce référendum, le chef de l'Etat jouait gros.", "le chef", False),
        ("Selon lui, le président américain a menti.", "le président", False),
        ("Il a reçu hier soir le ministre de l'Intérieur.", "le ministre", False),
    ],
)
def test_a_role_stands_as_subject_after_nothing_but_an_opener(text, phrase, subject):
    assert stands_as_subject(text, 0, text.index(phrase)) is subject


def test_a_name_between_two_others_of_a_list_is_not_a_subject():
    text = "Dans son livre, il y égratignait Nicolas Sarkozy, Emmanuel Macron et Gérald Darmanin."
    start = text.index("Emmanuel Macron")
    assert not stands_as_subject(text, 0, start, start + len("Emmanuel Macron"))


def test_in_the_headline_a_subject_opens_it_or_follows_its_label_and_a_verb_follows():
    headline = "VIDÉO - Brigitte Lahaie s'excuse auprès des auditeurs"
    start = headline.index("Brigitte")
    end = start + len("Brigitte Lahaie")
    assert stands_as_subject(headline, 0, start, end, headline_end=len(headline))
    labelled = "Le livre de Brigitte Lahaie fait polémique"
    start = labelled.index("Brigitte")
    assert not stands_as_subject(labelled, 0, start, start + len("Brigitte Lahaie"), headline_end=len(labelled))


def test_a_name_set_apart_by_a_stressed_pronoun_is_a_subject_but_a_role_is_not_yet():
    text = "S'ils avaient décidé, jeudi, de partir, Benjamin Griveaux, lui, se veut impassible."
    mention = person(text, "Benjamin Griveaux")
    assert mention_is_subject(text, 0, mention, unnamed=False, headline_end=0)
    assert not mention_is_subject(text, 0, mention, unnamed=True, headline_end=0)


def test_a_name_asked_about_is_not_a_subject(quotes_of):
    text = "François Fillon ? «Pour l'instant, je n'ai rien entendu qui soit digne de ce nom», explique l'écologiste."
    assert not mention_is_subject(text, 0, person(text, "François Fillon"), unnamed=False, headline_end=0)
    text = (
        "Nicolas Hulot désigne trois bons élèves : Benoît Hamon, Emmanuel Macron et Jean-Luc Mélenchon. "
        "François Fillon ? « Pour l'instant, je n'ai rien entendu qui soit digne de ce nom », explique l'écologiste."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Nicolas Hulot"]


def test_a_name_a_quotation_speaks_of_before_an_inverted_pronoun_is_not_a_subject():
    text = "Nicolas Sarkozy «a lui-même annoncé sa candidature», insiste-t-il."
    assert not mention_is_subject(text, 0, person(text, "Nicolas Sarkozy"), unnamed=False, headline_end=0)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Certains ne sont pas fixés, comme Hugo, en Terminale : «Je ne sais pas encore».", True),
        ("Certains ne sont pas fixés, dont Hugo. «Je ne sais pas encore», ajoute-t-il.", False),
        ("Comme Hugo, la mort de George Floyd le touche.", False),
    ],
)
def test_an_example_with_an_apposition_right_before_a_quotation_is_who_speaks_next(text, subject):
    assert mention_is_subject(text, 0, person(text, "Hugo"), unnamed=False, headline_end=0) is subject


@pytest.mark.parametrize(
    ("text", "name", "subject"),
    [
        ("Cette annonce a été saluée dans la foulée par le maire Christian Estrosi.", "Christian Estrosi", True),
        ("L'information a été confirmée lundi matin sur LCI, par Manuel Bompard.", "Manuel Bompard", True),
        ("Le ministre était interpellé par le député de Haute-Loire Jean-Pierre Vigier.", "Jean-Pierre Vigier", True),
        # not the agent of a participle that describes a noun, nor of a verb that reports no speech
        ("M. Ruffin parlait de cette annonce qualifiée de révoltante par Bruno Le Maire.", "Bruno Le Maire", False),
        ("Cette femme a été agressée par Karine Champy dans l'escalier.", "Karine Champy", False),
        # two agents share the sentence: neither is its subject alone
        ("La mesure a été confirmée par Jérôme Salomon et saluée par Olivier Véran.", "Jérôme Salomon", False),
        ("La mesure a été confirmée par Jérôme Salomon et saluée par Olivier Véran.", "Olivier Véran", False),
    ],
)
def test_the_agent_of_a_passive_speech_verb_is_a_subject(text, name, subject):
    assert mention_is_subject(text, 0, person(text, name), False, 0) is subject


def test_a_role_after_a_passive_speech_verb_points_to_its_agent(quotes_of):
    text = (
        '"La sécurité est l\'affaire de tous", a déclaré le Premier ministre Jean Castex. Cette annonce a été '
        "saluée dans la foulée par le maire de Nice Christian Estrosi, partisan d'une telle mesure. \"Il nous "
        'appartient de prouver que cette confiance est bien placée", a ajouté l\'élu.'
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Jean Castex", "Christian Estrosi"]


@pytest.mark.parametrize(
    "text",
    [
        "Les gilets jaunes veulent aider, comme l'a expliqué Paul Marra, le porte-parole du mouvement.",
        "Les gilets jaunes veulent aider, comme le souligne mardi sur RTL Paul Marra.",
    ],
)
def test_who_a_comme_clause_says_spoke_is_a_subject(text):
    assert mention_is_subject(text, 0, person(text, "Paul Marra"), unnamed=False, headline_end=0)


def test_a_name_after_comme_and_no_speech_verb_is_no_subject():
    text = "Les gilets jaunes veulent aider, comme les militants de Paul Marra."
    assert not mention_is_subject(text, 0, person(text, "Paul Marra"), unnamed=False, headline_end=0)
