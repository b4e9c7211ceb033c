"""A pronoun whose sentence names no subject points to the one person named in the last
sentences, unless an unnamed subject, a role or a place says otherwise."""

from __future__ import annotations

import pytest

from search.article import Quote


def speakers(quotes: list[Quote]) -> list[str]:
    return [q.speaker for q in quotes if q.kind == "direct" and q.speaker_kind == "person"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a subject inside a subordinate clause
            "Les choses vont vite puisque le lendemain Rémi Gaillard a posté une photo sur son compte. "
            '"Je refuse jamais la photo à une fan", a-t-il ironisé.',
            "Rémi Gaillard",
        ),
        (  # the agent of a passive
            "La mesure a été confirmée ensuite lors d'un point presse par Jérôme Salomon, directeur général de "
            'la Santé. "A partir de la semaine prochaine, nous proposerons des tests à tous", a-t-il affirmé.',
            "Jérôme Salomon",
        ),
        (  # a subject after an adverbial the clause rule does not read: a medium's name set off by commas
            "Dans une interview accordée au magazine, Antidote, Zahia Dehar, s'est longuement confiée. "
            '"J\'étais jeune et je voulais être indépendante", explique-t-elle.',
            "Zahia Dehar",
        ),
    ],
)
def test_a_pronoun_points_to_the_one_person_named_when_no_subject_was(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        (  # an unnamed subject in a later sentence
            "Depuis des semaines, c'est le président de la Cour des comptes, Didier Migaud, qui tenait la corde. "
            'Le parti a justifié son choix. "Nous avons pris la décision de ne pas le présenter", a-t-il déclaré.'
        ),
        (  # a role opening the sentence that names the person
            "Le maire de la ville, qui écoutait mercredi Emmanuel Macron, appelle au calme. "
            '"Il faut comprendre la colère", a-t-il ajouté.'
        ),
        (  # the person a noun is related to
            "Interpellé dans l'émission, l'acolyte de Pierre Dumont a refusé de s'excuser. "
            '"On n\'est pas des pantins", a-t-il déclaré.'
        ),
        (  # a place read as a person
            "Déambulant dans les rues de Tsim Sha Tsui, un quartier de Kowloon, on croise des passants pressés. "
            '"Rien n\'a changé", poursuit-il.'
        ),
        (  # a name that is no name: a product
            "Le moteur propose 70 ch de plus que la précédente 911 Turbo S, sortie en 2013. "
            '"Une voiture pour les pilotes", a-t-il ajouté.'
        ),
    ],
)
def test_a_pronoun_points_to_nobody_when_the_one_person_named_is_not_its_subject(quotes_of, text):
    assert speakers(quotes_of(text)) == []


def test_two_persons_named_leave_the_pronoun_to_nobody(quotes_of):
    text = (
        "La mesure a été confirmée par Jérôme Salomon et saluée par Olivier Véran lors d'un point presse. "
        '"Nous proposerons des tests à tous", a-t-il affirmé.'
    )
    assert speakers(quotes_of(text)) == []


#: A feature story names its witness once, then sets the scene before quoting her.
_WITNESS = (
    "Dans une vidéo postée sur les réseaux sociaux, on peut apercevoir la mésaventure d'une future mariée "
    "nommée Israa Seblani. Le shooting a été annulé en raison du souffle de l'explosion. "
    "La scène se passait dans le centre-ville. C'est à 18h08 que la catastrophe se produit. "
    "Une énorme partie de la ville est touchée. "
)


def test_a_pronoun_after_its_quotation_points_to_the_one_person_the_article_named(quotes_of):
    text = _WITNESS + '"Je me suis dit que j\'allais mourir", raconte-t-elle à Reuters.'
    assert speakers(quotes_of(text)) == ["Israa Seblani"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre de l'Intérieur a réagi dans la soirée. ",  # a person noun opens a sentence since
        "Un voisin, Marc Dupont, a tout filmé. ",  # someone else was named
    ],
)
def test_the_article_s_one_person_is_not_meant_when_someone_else_may_be(quotes_of, sentence):
    text = _WITNESS + sentence + '"Je me suis dit que j\'allais mourir", raconte-t-elle à Reuters.'
    assert "Israa Seblani" not in speakers(quotes_of(text))


def test_a_company_named_like_a_person_is_not_the_article_s_one_person(quotes_of):
    text = (
        "Quelques jours après Aigle Azur, il s'agit de la deuxième compagnie aérienne française à se déclarer "
        "en cessation de paiement. Les passagers attendent à Orly. La situation reste confuse. "
        "Les guichets sont fermés. "
        '"Nous sommes dans l\'obligation d\'arrêter nos ventes", a-t-elle précisé.'
    )
    assert speakers(quotes_of(text)) == []


def test_a_name_after_a_pronoun_in_its_sentence_is_not_the_article_s_one_person(quotes_of):
    text = (
        "Entendant son enfant pleurer, il s'était introduit par une baie vitrée ouverte et avait aperçu son fils "
        'Maël "à quatre pattes jouant avec une canette de bière vide". '
        "La nourrice dormait. Les secours sont arrivés vite. La scène a choqué le quartier. "
        '"Impossible de la réveiller: je croyais qu\'elle était morte", avait-il témoigné.'
    )
    assert speakers(quotes_of(text)) == []
