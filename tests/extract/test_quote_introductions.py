"""A person introduced by an apposition after the name (``search/extract/quote_introductions.py``):
the one later pronouns point back to, a person even where the recogniser reads an organisation;
and the names such an apposition must not promote."""

from __future__ import annotations

import pytest

from search.article import Quote
from search.extract.quote_introductions import introduced_persons, introduces_person, role_after_name, role_before_name
from search.extract.structure_types import Entity


def speakers(quotes: list[Quote], kind: str = "direct") -> list[str]:
    return [q.speaker for q in quotes if q.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Barbara Mensah, âgée de 70 ans, vit à Londres.", True),
        ("Gertrud Schop, une Allemande de 60 ans, allume des bougies.", True),
        ("Naeem, 35 ans, travaille la nuit.", True),
        ("Emel Parlar Dal, universitaire turque, arrive d'Istanbul.", True),
        ("Wanchai Pongsompetch, connue pour ses poupées, en a 10.000.", True),
        ("Pierre Dupont, qui a tout vu, se tait.", False),
        ("Pierre Dupont, le ministre de la Justice, se tait.", False),
        ("Les élèves, âgées de 12 ans, sont rentrées.", False),
    ],
)
def test_appositions_that_introduce_a_person(text, expected):
    end = text.index(",")
    assert introduces_person(text, 0, end) is expected


def test_a_name_after_a_preposition_or_in_a_list_is_not_introduced():
    text = "l'assassinat de Javier Valdez, journaliste mexicain, et de Jade et Joy, 9 ans."
    assert not introduces_person(text, text.index("Javier"), text.index(", journaliste"))
    assert not introduces_person(text, text.index("Joy"), text.index(", 9 ans"))


def test_an_age_and_a_role_introduce_a_name_after_de():
    text = "sous la direction de Nikolaï Dolgopol, 69 ans, lieutenant-colonel de l'armée à la retraite."
    assert introduces_person(text, text.index("Nikolaï"), text.index(", 69"))
    text = "raconte à Sud-Ouest Emmanuelle, 25 ans, passagère du TGV."  # after "à": a medium, not a role
    assert not introduces_person(text, text.index("Sud-Ouest"), text.index(", 25"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "L'information est révélée par le tabloïd britannique \"The Sunday People\" qui a interrogé cette "
                "femme, Barbara Mensah, âgée de 70 ans. Dans ses propos repris par Metronews, elle dit : \"Je compte "
                'bien me faire autant d\'argent que possible".'
            ),
            "Barbara Mensah",
        ),
        (
            (
                "Certains les collectionnent, comme Wanchai Pongsompetch, connue pour en avoir accumulé plus de "
                "10.000 chez elle.Cette personnalité de la télévision pense que ses \"fils dorés\" ont été "
                'utiles pendant la pandémie."Les poupées me disaient de ne pas sortir", assure-t-elle.'
            ),
            "Wanchai Pongsompetch",
        ),
    ],
)
def test_a_pronoun_points_back_to_the_person_introduced(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_a_person_read_as_an_organisation_is_a_person_when_introduced_as_one(quotes_of):
    text = (
        '"Mon mari m\'avait prévenu, donc on s\'est préparés", explique Emel Parlar Dal, universitaire turque, '
        "tout juste arrivée d'Istanbul avec ses enfants pour rendre visite à son époux qui travaille à "
        'Strasbourg."Cela ne m\'inquiète pas, je trouve cela très normal", ajoute-t-elle.'
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Emel Parlar Dal", "person")] * 2


def test_a_victim_named_in_a_complement_does_not_take_the_pronoun(quotes_of):
    text = (
        "Reporters sans frontières dénonce les lenteurs du procès de l'assassinat en 2017 de Javier Valdez, "
        "journaliste mexicain. \"Même s'il y a eu quelques avancées, la justice est rendue au compte-gouttes\", "
        "a-t-il ajouté."
    )
    assert "Javier Valdez" not in speakers(quotes_of(text))


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Parmi les hommes du groupe, Ion, 56 ans, a hâte de repartir.", "Ion", "PER"),  # read as ORG
        ("Aidé par un traducteur, Michalis, un employé des services d'asile, insiste.", "Michalis", "PER"),
        ("Sur le réseau social Twitter, le photographe de 40 ans a dénoncé ces actes.", "Twitter", "ORG"),
        ("Le groupe Total, un pétrolier français, a publié ses comptes.", "Total", "ORG"),  # no people noun
    ],
)
def test_a_name_an_apposition_introduces_is_a_persons_whatever_its_label(text, name, label):
    start = text.index(name)
    entity = Entity(name, "ORG", start, start + len(name))
    assert [e.label for e in introduced_persons([entity], text)] == [label]


def test_a_person_the_recogniser_read_as_a_place_speaks(quotes_of):
    text = (
        "Aidé par un traducteur parlant farsi, Michalis, un employé des services d'asile grecs, insiste: "
        '"Vous ne pouvez pas rester à la rue. C\'est dangereux".'
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Michalis"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Philippe Martinez, le patron de la CGT, a parlé.", ("m", "patron|cgt")),
        ("Bastien Millot, porte-parole de Bygmalion, a parlé.", ("-", "porte-parole|Bygma")),
        ("Anne Souyris, adjointe de la maire, a parlé.", ("f", "adjointe|maire")),
        ("Marian Knight, professeur de santé à Oxford, a parlé.", ("-", "professeur|sante")),
        ("Face à Alex Younger, l'animatrice a parlé.", ("-", "")),
        ("Alex Younger a parlé.", ("-", "")),
    ],
)
def test_the_role_an_apposition_gives_a_name(text, role):
    name = text.split(",")[0].removeprefix("Face à ").split(" a ")[0]
    entity = Entity(name, "PER", text.index(name), text.index(name) + len(name))
    assert role_after_name(text, entity, [entity]) == role


def test_a_name_after_affaire_takes_no_role_from_the_clause_after_it(quotes_of):
    text = (
        "Alors que les forces de l'ordre sont critiquées, notamment en raison de l'affaire Adama Traoré, le "
        "ministre de l'Intérieur a dévoilé des mesures. Christophe Castaner veut des sanctions. Les contrôles ne "
        'doivent plus être "un critère d\'évaluation d\'activité", demande le ministre.'
    )
    quotes = quotes_of(text, title="Les mesures annoncées par Christophe Castaner")
    assert [q.speaker for q in quotes] == ["Christophe Castaner"]  # Adama Traoré is no minister


@pytest.mark.parametrize(
    ("text", "name", "descriptor"),
    [
        ("selon un communiqué du ministre de l'Intérieur, Bruno Le Roux.", "Bruno Le Roux", "ministre|Inter office"),
        ("Au premier jour du G20 en Argentine, Emmanuel Macron a eu une discussion.", "Emmanuel Macron", ""),
    ],
)
def test_a_role_in_a_complement_before_a_name(text, name, descriptor):
    """A role in a complement right before a name is that person's; an ordinal (``premier``) is no role."""
    start = text.index(name)
    assert role_before_name(text, Entity(name, "PER", start, start + len(name))) == descriptor


@pytest.mark.parametrize(
    ("name", "label", "text", "expected"),
    [  # a full name with a role apposed, whatever the recogniser read it as
        ("Santiago Levin", "LOC", "Santiago Levin, président de l'Association des psychiatres, a rappelé", "PER"),
        ("Côte d'Ivoire", "LOC", "Côte d'Ivoire, présidente de la Cédéao, a dit", "LOC"),  # a known place
        ("Banque Postale", "ORG", "Banque Postale, filiale de La Poste, a annoncé", "ORG"),  # no person's role
        ("Atefa Tayeb", "ORG", "Atefa Tayeb, membre de l'assemblée, a annoncé", "PER"),  # an unknown given name
        ("Trisha Atwood", "ORG", "Trisha Atwood, première autrice de l'étude, a dit", "PER"),  # an adjective first
        ("La France Insoumise", "ORG", "La France Insoumise, membre de la Nupes, a annoncé", "ORG"),  # a party
    ],
)
def test_a_name_with_a_role_apposed_is_a_persons(name, label, text, expected):
    entity = Entity(name, label, 0, len(name))
    assert [e.label for e in introduced_persons([entity], text)] == [expected]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [  # a name apposed to a description with an indefinite article, whatever the recogniser read it as
        ('"Je joue avec les chats", raconte une étudiante âgée de 20 ans, Le Hoang Yen.', "Le Hoang Yen", "PER"),
        ("Elle vit dans une ville du nord, Saint-Denis.", "Saint-Denis", "MISC"),  # no people noun
        ("selon un habitant de la ville, Hong Kong.", "Hong Kong", "MISC"),  # a known place
    ],
)
def test_a_name_after_a_description_is_a_persons(text, name, expected):
    start = text.index(name)
    entity = Entity(name, "MISC", start, start + len(name))
    assert [e.label for e in introduced_persons([entity], text)] == [expected]
