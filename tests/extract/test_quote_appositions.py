"""A name apposed to a role (``le numéro un de la CGT, Philippe Martinez``), the end of
a role apposed to a name, and places that are no names (``quote_appositions``)."""

from __future__ import annotations

import pytest

from search.article import Quote
from search.extract.quote_appositions import apposition_end, name_within
from search.extract.structure_types import Entity


def persons(quotes: list[Quote], kind: str) -> list[str]:
    return sorted({q.speaker for q in quotes if q.kind == kind and q.speaker_kind == "person"})


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            ('Le médecin Laurent Thines a manifesté. "On attend une revalorisation des salaires et la '
            'reconnaissance des qualifications", a rappelé le numéro un de la CGT, Philippe Martinez, présent '
            "au début du rassemblement."),
            "Philippe Martinez",
        ),
        (
            ("Le sénateur Pat Toomey a parlé. Elle ouvre aussi \"une voie vers l'asile politique pour les militants "
            'en première ligne", a précisé l\'un des co-auteurs du texte à la Chambre, le républicain John Curtis.'),
            "John Curtis",
        ),
        (
            ("L'histoire de Rouen est ancienne. \"Rouen est un des berceaux de l'industrie chimique en France\", "
            "explique l'historien des sciences et techniques au CNRS, Jean-Baptiste Fressoz."),
            "Jean-Baptiste Fressoz",  # a role's complement may coordinate two nouns
        ),
        (
            ('Michel Laforcade a parlé lundi. "Il faut qu\'on soit très très vigilant", a rappelé le représentant '
            "de l'Etat dans la Dordogne, Frédéric Périssat."),
            "Frédéric Périssat",  # the place after "dans" is part of the role
        ),
        (
            ('Le courant est revenu à New York. "Il y a eu une perturbation significative", a indiqué, lors d\'un '
            "point de presse, le PDG de la compagnie Con Edison, John McAvoy, qui n'a pas précisé la cause."),
            "John McAvoy",  # the words after "la compagnie" name the company
        ),
        (
            ('La marque est contestée. "Booking et com sont deux termes génériques", a rétorqué l\'avocate de '
            "l'entreprise Lisa Blatt."),
            "Lisa Blatt",  # no name after a comma: the words after "l'entreprise" are the lawyer's name
        ),
        (
            ('Le port a pris feu. "Feu démentiel au port", a déploré une chercheuse de Human Rights Watch, '
            "Aya Majzoub."),
            "Aya Majzoub",  # the recogniser's organisation after "de" is all the complement: no name in it
        ),
        (
            ('Le ministre a parlé. Des places sont réservées à des "jeunes des quartiers prioritaires", détaille '
            "le secrétaire d'Etat à la Jeunesse Gabriel Attal."),
            "Gabriel Attal",  # read as one organisation, but a given name follows the ministry's word
        ),
        (
            ('Le journal a été perquisitionné. "C\'est terrifiant", a déclaré le rédacteur en chef du quotidien '
            "Law Wai-kwong."),
            "Law Wai-kwong",  # read as one organisation, but not after "de": a name
        ),
        (
            ('Le feu a pris au port. "C\'est trop tôt pour le savoir", a affirmé le directeur par intérim du '
            "port, Bassem al-Kaissi."),
            "Bassem al-Kaissi",  # read as a place: a given name and a particle glued to a surname
        ),
    ],
)
def test_a_name_apposed_to_a_role_after_the_verb_speaks(quotes_of, text, speaker):
    assert persons(quotes_of(text), "direct") == [speaker]  # not the person named before


def test_a_region_in_a_role_is_no_speaker(quotes_of):
    text = (
        "Florian Philippot apparaît, drapeau français à la main. Le conseiller de la région Grand Est explique "
        'ensuite son geste dans un tweet. "On est à Forbach aujourd\'hui, au centre des finances publiques", '
        "déclare-t-il."
    )
    assert persons(quotes_of(text), "direct") == ["Florian Philippot"]


def test_a_bodys_name_ending_on_a_place_is_no_name_and_the_name_after_it_speaks(quotes_of):
    text = (
        '"Nous entrons dans une phase difficile, car nous menons énormément de chantiers", explique le directeur '
        "de SNCF Réseau Île-de-France, Didier Bense."
    )
    assert persons(quotes_of(text), "direct") == ["Didier Bense"]  # not "Réseau Île-de-France"


def test_apposition_end_skips_a_role_only():
    text = "selon Alexis Corbière, député LFI de Seine-Saint-Denis, des députés ont été invités"
    name_end = text.index(",")
    assert text[apposition_end(text, name_end, len(text)) :].strip() == "des députés ont été invités"
    other = "selon Alexis Corbière, des députés de la majorité, tous invités, ont décliné"
    assert apposition_end(other, other.index(","), len(other)) == other.index(",")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('"Nous allons faire appel de ce jugement", a déclaré l\'avocat du chanteur Johnny Hallyday.', []),
        (  # a plural role after "des": the brothers are not their lawyer
            "L'affaire a été révélée selon Edouard de Lamaze, l'avocat des frères Bogdanoff, qui dément. "
            '"Ils entretiennent avec elle des relations saines", a précisé l\'avocat dans un communiqué.',
            ["Edouard de Lamaze"],
        ),
        (  # a name after the complement and "de": Hollande's minister, not Hollande
            "\"Il est d'un courage incroyable\", a conclu l'ancien ministre de l'Économie de François Hollande.",
            [],
        ),
        (  # other roles keep the name: the adviser is Stephen Bannon
            '"Ils n\'avaient pas d\'avocats", explique l\'ancien conseiller du président Stephen Bannon.',
            ["Stephen Bannon"],
        ),
    ],
)
def test_a_name_after_a_relation_and_another_role_is_the_other_persons(quotes_of, text, speakers):
    assert persons(quotes_of(text), "direct") == speakers


def test_a_mans_name_after_a_feminine_role_is_not_apposed_to_it(quotes_of):
    text = (
        "Nathalie Baye était l'invitée de l'émission. Pierre Lescure a évoqué la santé du père de l'actrice, "
        'Johnny Hallyday. "Il est d\'un courage incroyable", a conclu l\'actrice.'
    )
    assert persons(quotes_of(text), "direct") == ["Nathalie Baye"]  # not Johnny Hallyday, "the actress"
    agreed = (
        "Rachida Dati était l'invitée de RTL. Pour l'ancienne garde des Sceaux, Christian Jacob \"a un bon "
        'profil" pour diriger le parti.'
    )
    assert persons(quotes_of(agreed), "direct") == ["Rachida Dati"]  # the adjective tells a woman
    victim = (
        "Un homme a été blessé mardi. La victime, Thomas Durand, a été hospitalisée. \"Il a tiré sans "
        'prévenir", raconte la victime.'
    )
    assert persons(quotes_of(victim), "direct") == ["Thomas Durand"]  # "la victime" whoever the person is
    typo = "\"C'est incompréhensible\", a déclaré à l'AFP la président du groupe UMP, Christian Jacob."
    assert persons(quotes_of(typo), "direct") == ["Christian Jacob"]  # a masculine noun: the article is a slip


def test_a_relation_of_a_named_person_points_back_to_the_one_named_before(quotes_of):
    quotes = quotes_of(
        "Sur son compte Instagram, Sandra Sisley a annoncé ce jeudi qu'elle venait de faire une fausse couche. "
        "Non Stop People dévoile comment la femme de l'humoriste Tomer Sisley a confié aux internautes avoir perdu "
        'son bébé. "Alors voilà... Notre petit club des 5 a failli passer à 6. J\'étais enceinte de 3 mois", a '
        "notamment écrit la directrice de l'agence de communication Sandra and Co.",
        title="Tomer Sisley : le message bouleversant de sa femme sur sa fausse couche",
    )
    assert persons(quotes, "direct") == ["Sandra Sisley"]  # not her husband, the humorist


def test_a_one_word_name_after_a_role_whatever_its_label(quotes_of):
    text = (  # the recogniser reads "Hamza" as an organisation
        "Cinq ans après la mort d'Oussama, le fondateur d'Al-Qaïda, son fils Hamza s'est exprimé dans un "
        'message audio. Le jeune homme appelle les djihadistes à unir les rangs. Il ajoute : "Il n\'y a plus '
        'd\'excuses pour ceux qui persistent à vouloir la division".'
    )
    assert persons(quotes_of(text), "direct") == ["Hamza"]


@pytest.mark.parametrize(
    ("phrase", "named"),
    [("son fils Hamza", "Hamza"), ("le rappeur Kaaris", "Kaaris"), ("le jeune Angevin", None), ("le maire Lyon", None)],
)
def test_a_word_after_a_role_that_the_recogniser_labels_otherwise(phrase, named):
    """A name, unless it is an inhabitant's or a place's."""
    word = phrase.split()[-1]
    entity = Entity(word, "LOC", len(phrase) - len(word), len(phrase))
    head_end = phrase.index(" ", phrase.index(" ") + 1)
    found = name_within(phrase, head_end, len(phrase), [entity])
    assert (found[0] if found else None) == named


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("le capitaine Valenzuela", "Valenzuela"),
        ("le prince William", "William"),
        ("le président de la République", None),
    ],
)
def test_an_entity_that_swallowed_the_role_noun_names_the_words_after_it(phrase, named):
    entity = Entity(phrase[3:], "PER", 3, len(phrase))
    head_end = phrase.index(" ", 3)
    found = name_within(phrase, head_end, len(phrase), [entity])
    assert (found[0] if found else None) == named


def test_a_name_after_a_place_in_the_role_is_the_persons():
    """``le procureur de la République de Paris Rémy Heitz``, the recogniser finding no one:
    the name starts at the given name after the place, not at the place."""
    text = "a indiqué le procureur de la République de Paris Rémy Heitz."
    start = text.index("procureur") + len("procureur")
    assert name_within(text, start, len(text) - 1, [])[0] == "Rémy Heitz"
