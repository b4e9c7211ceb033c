"""Several named persons of one statement: each signs it, and the quotations that
continue it (``quote_signatories``)."""

from __future__ import annotations

import pytest

from search.article import Quote


def persons(quotes: list[Quote], kind: str) -> list[str]:
    return sorted({q.speaker for q in quotes if q.kind == kind and q.speaker_kind == "person"})


def test_every_listed_signatory_signs_and_goes_on_signing(quotes_of):
    text = (
        "La présidente de la fondation et 26 autres personnalités, dont Yann Arthus-Bertrand, Nagui ou encore "
        "Sophie Marceau demandent le versement pendant trois ans de ce bonus aux cantines de France. "
        '"Nous voulons accélérer la sensibilisation des enfants au goût et à l\'environnement", peut-on lire.'
    )
    quotes = quotes_of(text)
    signatories = ["Nagui", "Sophie Marceau", "Yann Arthus-Bertrand"]
    assert persons(quotes, "indirect") == signatories
    assert persons(quotes, "direct") == signatories  # the quotation going on is theirs too


def test_a_name_in_a_complement_is_no_signatory(quotes_of):
    text = (
        "Le ministre et le secrétaire d'Etat, Julien Denormandie, ont aussi remercié \"les jeunes "
        'd\'Aubervilliers qui sont intervenus courageusement pour venir en aide aux habitants".'
    )
    assert persons(quotes_of(text), "direct") == ["Julien Denormandie"]


@pytest.mark.parametrize(
    ("text", "signatories"),
    [
        (
            ('"Il n\'y aura aucun licenciement contraint d\'ici à la fin de l\'année", ont assuré Alain Weill, '
            "président de NextradioTV, Arthur Dreyfuss, directeur général d'Altice Médias France, et le comité."),
            ["Alain Weill", "Arthur Dreyfuss"],
        ),
        (
            ("Les deux auteurs du rapport, Muriel Jourda (LR) et Jean-Pierre Sueur (PS), ont rappelé dans un "
            'communiqué "leur profond attachement au principe de séparation des pouvoirs".'),
            ["Jean-Pierre Sueur", "Muriel Jourda"],
        ),
        (
            ("Le député insoumis François Ruffin, le secrétaire national d'EELV David Cormand, la cofondatrice "
            'de Place Publique Claire Nouvian et d\'autres ont appelé à "produire une contagion de signatures".'),
            ["Claire Nouvian", "David Cormand", "François Ruffin"],
        ),
    ],
)
def test_a_party_or_an_apposition_between_listed_signatories(quotes_of, text, signatories):
    assert persons(quotes_of(text), "direct") == signatories


def test_a_name_listed_before_the_role_of_the_next_one_signs_too(quotes_of):
    text = (
        "Plusieurs dirigeants, dont le président français Emmanuel Macron et la chancelière allemande "
        "Angela Merkel, ont demandé mardi à l'UE que soient étudiés les moyens de préparer la prochaine pandémie."
    )
    assert persons(quotes_of(text), "indirect") == ["Angela Merkel", "Emmanuel Macron"]


def test_an_apposition_closed_by_et_before_the_next_name(quotes_of):
    text = (
        '"Nous nous réjouissons de ce partenariat inédit et innovant", ont souligné Jaume Roures, '
        "associé-fondateur de Mediapro et Julien Bergeaud, directeur général de Mediapro France."
    )
    assert persons(quotes_of(text), "direct") == ["Jaume Roures", "Julien Bergeaud"]


def test_an_organisation_named_with_et_lists_no_one(quotes_of):
    text = (
        "Les signataires, dont Marc Vuillemot, président de l'association Ville et Banlieue et une cinquantaine "
        'de maires, se disent sollicités. "Nous demandons le retour immédiat de l\'action publique", '
        "écrivent-ils."
    )
    assert "Banlieue" not in persons(quotes_of(text), "direct")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # before the verb
            "Cécile et Didier Noyer affirmaient en début d'année ne pas vouloir \"compter sur l'affaire Maëlys "
            'pour espérer obtenir une peine de perpétuité".',
            ["Cécile Noyer", "Didier Noyer"],
        ),
        (  # after the verb
            '"Nos grands-parents n\'auraient pas été très heureux d\'être séparés", ont déclaré Déborah et '
            "Valentine Veil sur Europe 1.",
            ["Déborah Veil", "Valentine Veil"],
        ),
    ],
)
def test_a_given_name_joined_to_a_full_name_shares_its_surname(quotes_of, text, speakers):
    assert persons(quotes_of(text), "direct") == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a title before the given name: the prince is no Markle
            'Le prince Harry et Meghan Markle ont déclaré : "Nous sommes très heureux de cette naissance".',
            ["Harry", "Meghan Markle"],
        ),
        (  # the article names Édouard Philippe
            "Le Premier ministre Édouard Philippe a parlé. Philippe et Emmanuel Macron ont déclaré : "
            '"Nous sommes très heureux de cette naissance".',
            ["Emmanuel Macron", "Édouard Philippe"],
        ),
        (  # the article writes the given name alone elsewhere: all the name she goes by
            'Loana et Phil Storm ont annoncé : "Nous nous séparons après sept mois de relation". '
            "Loana reste discrète.",
            ["Loana", "Phil Storm"],
        ),
    ],
)
def test_a_given_name_keeps_to_itself_when_the_surname_may_not_be_its_own(quotes_of, text, speakers):
    assert persons(quotes_of(text), "direct") == speakers
