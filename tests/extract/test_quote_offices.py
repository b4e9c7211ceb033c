"""Offices one person holds at a time: one descriptor per office, and no one holds two."""

from __future__ import annotations

import pytest

from search.extract.quote_context import is_person_name
from search.extract.quote_offices import office_descriptor, other_office
from search.extract.quote_roles import role_match


@pytest.mark.parametrize(
    "phrase, descriptor",
    [
        ("Le Premier ministre", "premier-ministre|office"),
        ("le chef du gouvernement", "premier-ministre|office"),
        ("le locataire de Matignon", "premier-ministre|office"),
        ("la Première ministre", "premier-ministre|office"),
        ("le ministre de l'Intérieur Gérald Darmanin", "ministre|Inter office"),
        ("le patron de la place Beauvau", "ministre|Inter office"),
        ("le chef de l'Etat", "president|Etat office"),
        ("le président de la République Emmanuel Macron", "president|Etat office"),
        ("le président français", "president|Etat office"),
        ("le chef de l'État français", "president|Etat office"),
    ],
)
def test_the_phrases_of_an_office_share_its_descriptor(phrase, descriptor):
    assert office_descriptor(phrase) == descriptor


@pytest.mark.parametrize(
    "phrase, head, descriptor",
    [
        ("le chef de l'Etat libanais", "chef", "chef|Liban"),
        ("le président de la République tchèque", "president", "president|Tcheq"),
        ("le Premier ministre britannique", "ministre", "ministre|Brita"),
    ],
)
def test_another_country_s_office_is_its_own(phrase, head, descriptor):
    assert office_descriptor(phrase, head) == descriptor
    for french in ("le président de la République", "le chef de l'Etat", "le Premier ministre", "le chef du gouvernement"):
        assert role_match(descriptor, office_descriptor(french)) == 0


@pytest.mark.parametrize(
    "phrase", ["l'ancien Premier ministre", "le ministre de l'Economie", "le président du Sénat", "le premier adjoint"]
)
def test_other_roles_are_no_office(phrase):
    assert office_descriptor(phrase) == ""


def test_no_one_holds_two_offices():
    prime, interior = office_descriptor("le Premier ministre"), office_descriptor("le ministre de l'Intérieur")
    assert other_office(interior, prime)
    assert not other_office(prime, prime)
    assert not other_office("depute|Paris", prime)  # a deputy may become Prime Minister
    assert not other_office(prime, "ministre|Inter")  # "l'ancien ministre de l'Intérieur" holds no office
    head_of_state = office_descriptor("le chef de l'Etat")
    assert other_office("president|epoqu", head_of_state)  # "le président de l'époque"
    assert not other_office("president", head_of_state)
    assert role_match(office_descriptor("le chef du gouvernement"), office_descriptor("Le Premier ministre")) == 2


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # the Prime Minister is not the Minister of the Interior, though both are "ministre"
            "Edouard Philippe a présenté le bilan des naturalisations, aux côtés de son ministre de l'Intérieur, "
            "Christophe Castaner, qui a salué le travail des préfectures. \"Près de 30% des demandes sont rejetées "
            "pour non-respect des obligations\", affirme le Premier ministre.",
            "Edouard Philippe",
        ),
        (  # a foreign head of state is not "le chef de l'Etat"
            "Emmanuel Macron est arrivé jeudi à Beyrouth, où l'attendait le chef de l'Etat libanais, Michel Aoun. "
            "\"Le Liban n'est pas seul\", a déclaré le chef de l'Etat devant la presse.",
            "Emmanuel Macron",
        ),
        (  # nor is a former holder, "le président de l'époque"
            "Le président Carlos Alvarado a promulgué la loi au Musée national, là où le président de l'époque "
            "José Figueres avait pris cette décision en 1948. \"Ces ressources furent judicieusement redirigées "
            "vers le bien-être des Costariciens\", s'est félicité le chef de l'Etat.",
            "Carlos Alvarado",
        ),
        (  # nor "le président français"
            "Le président français Emmanuel Macron est arrivé jeudi à Beyrouth. Il a été accueilli sur le tarmac "
            "par le chef de l'Etat libanais, Michel Aoun. \"Le Liban n'est pas seul\", a écrit le président "
            "français sur Twitter.",
            "Emmanuel Macron",
        ),
    ],
)
def test_an_office_points_back_to_its_holder(quotes_of, text, speaker):
    assert {q.speaker for q in quotes_of(text) if q.kind == "direct"} == {speaker}


def test_an_office_is_no_person_s_name():
    assert not is_person_name("Président de la République")
    assert is_person_name("Emmanuel Macron")
