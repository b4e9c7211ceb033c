"""Names the recogniser reads as persons' that are organisations', and one name per organisation."""

from __future__ import annotations

import pytest

from search.extract.quote_organisations import is_organisation, organisation_names


@pytest.mark.parametrize(
    "name",
    [
        "Santé publique France",
        "Assistance publique-Hôpitaux de Paris",
        "Hôpitaux de Paris",
        "Ouest-France",
        "Bercy",
        "American Civil Liberties Union",
        "Var Matin",  # written "Var-Matin" in the data file: hyphens and spaces are one
        "La Libre Belgique",
        "Holt School",
        "Non Stop Zapping",  # the video credit "(vidéo)par Non Stop Zapping"
        "The Atlantic",
        "Daily Telegraph",  # "a déclaré le professeur Ferguson au Telegraph"
        "Der Spiegel",
        "France Bleu Touraine",  # a regional station: "a confié à France Bleu Touraine, le professeur Dequin"
        "France 3 Hauts-de-France",
        "Keystone-ATS",
        "Credit Suisse",
        "One Voice",
        "Bison Futé",  # "selon Bison futé"
        "En Marche",  # a party, glued before a member's name
        "En Marche!",  # its closing "!" as written
        "MoDem de Mont-de-Marsan",  # a known one of a place
        "Les Constructifs",
        "Sens Commun",  # "le président de Sens Commun, Christophe Billan"
        "Écologie-Les Verts",  # "l'avocate membre d'Europe Écologie-Les Verts", cut after "Europe"
    ],
)
def test_known_and_institutional_names_are_organisations(name):
    assert is_organisation(name, "")


def test_a_name_after_an_organisation_noun_is_the_organisation():
    text = "Anticor, l'association de lutte contre la corruption, écrit au président. Le groupe allemand Lidl aussi."
    assert is_organisation("Anticor", "Selon l'association Anticor, ...")
    assert is_organisation("Lidl", text)
    assert not is_organisation("Anticor", "Anticor a écrit.")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Roch Voisine", "explique dans le magazine Roch Voisine."),  # a person after a medium
        ("Paris Hilton", ""),  # a place in a person's name
        ("Marianne James", ""),  # a given name that is also a medium's
        ("Castex", "le gouvernement Castex"),  # "gouvernement" does not name its organisation
        ("Christian Jacob", "a dit le président du groupe LR Christian Jacob."),
        ("Mick Jagger", "le groupe de Mick Jagger"),
        ("Julien Pontes", "le collectif Rouge direct, dont Julien Pontes est le porte-parole"),
        ("Florence Ader", "a prévenu la Pr Florence Ader"),  # "la" goes with the title
        ("Général de Gaulle", "le Général de Gaulle"),
    ],
)
def test_persons_stay_persons(name, text):
    assert not is_organisation(name, text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Dauphiné Libéré", "Le procès s'est tenu à Chambéry, selon le Dauphiné Libéré."),
        ("Stop Homophobie", "Selon le collectif Stop Homophobie, personne n'a réagi."),
        ("One Voice", "a déclaré la présidente de l'association One Voice, Muriel Arnal."),
    ],
)
def test_a_name_of_several_words_after_an_article_or_a_body_s_noun_is_an_organisation(name, text):
    assert is_organisation(name, text)


def test_a_title_with_its_capitalised_article_is_a_medium():
    text = 'Pas de quoi "friser le burn-out", selon Le Canard. "Le Canard doit être mal informé", a-t-il dit.'
    assert is_organisation("Le Canard", text)
    assert is_organisation("Canard", text)
    assert not is_organisation("Le Maire", "Bruno Le Maire l'a dit, selon Le Maire.")  # a person's surname
    assert not is_organisation("Le Canard", "Le Canard a paru.")  # opening a sentence, the article says nothing


def test_a_medium_titled_so_is_not_a_person_a_pronoun_points_to(quotes_of):
    text = (
        "Le président de l'Assemblée nationale, François de Rugy, a répondu mardi à l'hebdomadaire. Pas de quoi "
        '"friser le burn-out à l\'Assemblée", selon Le Canard. Des chiffres démentis par l\'intéressé : "Le Canard '
        'doit être mal informé car les chiffres parlent d\'eux-mêmes", a-t-il précisé sur Twitter.'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes_of(text) if q.kind == "direct"] == [
        ("Le Canard", "organisation"),
        ("François de Rugy", "person"),
    ]


def test_one_name_per_organisation():
    names = organisation_names(["Observatoire syrien des droits de l'homme (OSDH)", "OSDH"])
    assert names["OSDH"] == "Observatoire syrien des droits de l'homme"


def test_organisations_that_speak_are_not_persons(quotes_of):
    text = (
        'Selon Ouest-France, Margaux Deroy a été libérée mercredi. "Une révocation peut être prononcée", '
        "précise l'association Anticor. Anticor demande la révocation des élus."
    )
    quotes = quotes_of(text)
    assert {q.speaker_kind for q in quotes} == {"organisation"}


def test_organisations_named_after_a_place_are_organisations():
    assert is_organisation("Météo France", "")
    assert is_organisation("Météo-France", "")
    assert not is_organisation("Paris Hilton", "")  # a person, though the place list blocks her name
    assert not is_organisation("France Gall", "")


@pytest.mark.parametrize("name", ["Airbnb", "Twitter", "Enedis", "Tass", "Sénat", "Sotheby's", "New York Post"])
def test_companies_platforms_and_institutions_read_as_persons_are_organisations(name):
    assert is_organisation(name, "")


@pytest.mark.parametrize("name", ["BuzzFeed News", "Nippon TV", "Korea Herald", "Vatican News", "Financial Times"])
def test_media_named_with_an_english_medium_word_are_organisations(name):
    """The recogniser reads ``a rapporté BuzzFeed News`` as a person."""
    assert is_organisation(name, "")


def test_a_name_its_acronym_spells_out_is_no_persons():
    text = "Un petit garçon né grâce à une Procréation Médicalement Assistée (PMA) en Espagne."
    assert is_organisation("Procréation Médicalement Assistée", text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Jean Dupont", "Le député Jean Dupont (LR) a voté contre."),  # a party, not his initials
        ("Jean Dupont", "Le député Jean Dupont, ancien président (JD), a voté contre."),  # not right after it
    ],
)
def test_an_acronym_after_a_persons_name_is_his_party(name, text):
    assert not is_organisation(name, text)
