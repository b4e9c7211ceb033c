"""Indirect constructions: ``selon X, député ...,`` after an opener, ``Comme l'avait annoncé X,``,
``X, pour qui ...``, ``avec X qui a expliqué que ...``, a clause with a ``que`` of its own
(``quote_indirect``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            ("Des députés ont été invités. À noter que selon Alexis Corbière, député LFI de Seine-Saint-Denis, "
            "des députés de la majorité ont été invités mais ont tous décliné."),
            "Alexis Corbière",
            "des députés de la majorité ont été invités mais ont tous décliné",
        ),
        (
            ("L'objectif est d'informer les gens. Comme l'avait annoncé la ministre de la santé, Agnès Buzyn, dans "
            "la soirée de vendredi, la priorité est donnée à l'information du public."),
            "Agnès Buzyn",
            "la priorité est donnée à l'information du public",
        ),
        (
            ("Les députés ont aussi critiqué le discours du ministre de l'Intérieur Gérald Darmanin, pour qui "
            "légaliser le cannabis serait une lâcheté."),
            "Gérald Darmanin",
            "légaliser le cannabis serait une lâcheté",
        ),
        (
            ("Le débat est reparti avec Anne-Sophie Lapix qui a expliqué à Florian Philippot que personne ne "
            "l'avait insulté."),
            "Anne-Sophie Lapix",
            "personne ne l'avait insulté",
        ),
        (
            ("Mais le président de l'association Pierre Chasseray estime que la mouture de janvier est abrogée "
            "parce que mauvaise."),
            "Pierre Chasseray",
            "la mouture de janvier est abrogée parce que mauvaise",
        ),
    ],
)
def test_indirect_constructions(quotes_of, text, speaker, clause):
    assert [(q.speaker, q.kind, q.text) for q in quotes_of(text)] == [(speaker, "indirect", clause)]


def test_the_speaker_of_a_relative_clause_is_who_a_pronoun_points_back_to(quotes_of):
    text = (
        "Parmi eux, le Pr Didier Raoult, mais aussi l'épidémiologiste Laurent Toubiana qui estime que l'épidémie a "
        'touché tous ceux qu\'elle pouvait toucher. "Une partie de la population pourrait ne pas être sensible au '
        'virus", a-t-il expliqué à l\'AFP.'
    )
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [
        ("Laurent Toubiana", "indirect"),
        ("Laurent Toubiana", "direct"),
    ]


def test_selon_inside_a_phrase_reports_nothing(quotes_of):
    assert quotes_of("Les enfants sont classés selon leur âge en trois groupes distincts.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "quotation"),
    [
        (
            (
                'Le vaccin avance. "Pour surmonter une crise de cette ampleur, les partenariats sont essentiels. '
                "Nous sommes reconnaissants au Canada, a déclaré le vice-président de Sanofi Pasteur, Thomas "
                "Triomphe, cité dans un communiqué."
            ),
            "Thomas Triomphe",
            (
                "Pour surmonter une crise de cette ampleur, les partenariats sont essentiels. Nous sommes "
                "reconnaissants au Canada"
            ),
        ),
    ],
)
def test_a_statement_after_an_unclosed_mark_is_direct(quotes_of, text, speaker, quotation):
    assert [(q.speaker, q.kind, q.text) for q in quotes_of(text)] == [(speaker, "direct", quotation)]


def test_a_reported_clause_without_an_unclosed_mark_stays_indirect(quotes_of):
    text = 'Il a dit "oui". Les partenariats sont essentiels, a déclaré le ministre Jean Dupont.'
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [("Jean Dupont", "indirect")]


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "clause"),
    [
        (
            "Elisabeth Borne a en revanche annoncé la création d'un bureau enquête accident pour les sites industriels.",
            "Elisabeth Borne",
            "a en revanche annoncé",
            "la création d'un bureau enquête accident pour les sites industriels",
        ),
        (
            "Jean-Louis Turquin a toujours clamé son innocence dans cette affaire.",
            "Jean-Louis Turquin",
            "a toujours clamé",
            "son innocence dans cette affaire",
        ),
        (
            ("Edouard Philippe avait, lui, prévenu mercredi que le gouvernement serait intransigeant sur la "
            "préservation des sites."),
            "Edouard Philippe",
            "avait, lui, prévenu",
            "le gouvernement serait intransigeant sur la préservation des sites",
        ),
    ],
)
def test_words_between_auxiliary_and_participle(quotes_of, text, speaker, verb, clause):
    """``toujours``, ``en revanche`` and a stressed pronoun between commas sit inside the verb group."""
    assert [(q.speaker, q.kind, q.verb, q.text) for q in quotes_of(text)] == [(speaker, "indirect", verb, clause)]


@pytest.mark.parametrize(
    ("text", "speakers", "verb", "clause"),
    [
        (
            "Arnaud Montebourg et Benoît Hamon ont fait part de leur volonté de rester au Parti socialiste.",
            ["Arnaud Montebourg", "Benoît Hamon"],
            "ont fait part",
            "leur volonté de rester au Parti socialiste",
        ),
        (
            ("Le directeur William Hernandez a également fait état de glissements de terrain et de coupures "
            "de courant."),
            ["William Hernandez"],
            "a également fait état",
            "glissements de terrain et de coupures de courant",
        ),
    ],
)
def test_the_content_of_faire_part_and_faire_etat(quotes_of, text, speakers, verb, clause):
    """``faire part de`` / ``faire état de``: the speech act's content follows ``de``."""
    quotes = quotes_of(text)
    assert sorted(q.speaker for q in quotes) == speakers
    assert {(q.kind, q.verb, q.text) for q in quotes} == {("indirect", verb, clause)}


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "clause"),
    [
        (
            "Louisette Geiss, l'une des plaignantes, s'est félicitée de la création d'un fonds pour les victimes.",
            "Louisette Geiss",
            "s'est félicitée",
            "la création d'un fonds pour les victimes",
        ),
        (
            "Le maire Jean Dupont se réjouit de voir enfin les travaux commencer dans sa commune.",
            "Jean Dupont",
            "se réjouit",
            "voir enfin les travaux commencer dans sa commune",
        ),
    ],
)
def test_the_content_of_se_feliciter_and_se_rejouir(quotes_of, text, speaker, verb, clause):
    """``se féliciter de`` / ``se réjouir de``: what the speaker welcomed follows ``de``."""
    assert [(q.speaker, q.kind, q.verb, q.text) for q in quotes_of(text)] == [(speaker, "indirect", verb, clause)]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "Ingrid Levavasseur, l'une des figures du mouvement des \"gilets jaunes\", a annoncé qu'elle serait "
            "candidate aux européennes.",
            "Ingrid Levavasseur",
            "elle serait candidate aux européennes",
        ),
        (  # and the words after an infinitive are its object, not an inverted subject
            'Paul Valette, co-fondateur des "Gilets jaunes citoyens", a annoncé avoir quitté le mouvement.',
            "Paul Valette",
            "avoir quitté le mouvement",
        ),
    ],
)
def test_a_short_quotation_inside_the_subjects_apposition(quotes_of, text, speaker, clause):
    assert [(q.speaker, q.kind, q.text) for q in quotes_of(text)] == [(speaker, "indirect", clause)]


@pytest.mark.parametrize(
    "text",
    [
        "Le compositeur Michel Legrand, auteur de nombreuses musiques de films, est décédé dans la nuit à Paris, "
        "a annoncé son attaché de presse samedi.",
        'Le compositeur Michel Legrand, créateur des thèmes des films "Les Parapluies de Cherbourg" et "Les '
        'Demoiselles de Rochefort", est décédé dans la nuit à Paris, a annoncé son attaché de presse samedi.',
    ],
)
def test_a_predicate_between_commas_is_no_apposition_of_the_subject(quotes_of, text):
    assert not [q for q in quotes_of(text) if q.speaker == "Michel Legrand"]


def test_a_reflexive_predicate_between_commas_is_no_apposition_either(quotes_of):
    text = (
        "L'ancien journaliste Patrick Martin, qui a présidé le groupe audiovisuel public, s'est installé dans la "
        "commune il y a quelques mois, affirme le quotidien."
    )
    assert [(q.speaker, q.speaker_kind, q.verb) for q in quotes_of(text)] == [("quotidien", "organisation", "affirme")]


def test_faire_part_before_a_colon_announces_the_quotation(quotes_of):
    text = (
        "Le chef Eric Fréchon a fait part de sa tristesse dans un tweet : "
        '"Ce qu\'il nous laisse à tous est immense".'
    )
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [("Eric Fréchon", "direct")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Emmanuel Macron répondait à des propos du président de la région Grand Est, Jean Rottner (Les "
            "Républicains), qui a appelé l'État à faire preuve d'autorité après 15 samedis de manifestations.",
            "Jean Rottner",
        ),
        (
            "Le parquet a écouté les accusations de François Fillon, qui a évoqué l'existence d'un cabinet noir.",
            "François Fillon",
        ),
        (  # an apposition before "qui"
            "Il a longuement parlé à Jean Dupont, ancien ministre, qui a déclaré que le match était reporté.",
            "Jean Dupont",
        ),
        (  # and a cleft sentence
            "Et pour cause, c'est Frigide Barjot, ancienne meneuse de la Manif, qui a avoué vouloir biaiser ce vote.",
            "Frigide Barjot",
        ),
        # not the person a genitive names after someone: the lawyer speaks
        ("La plainte de l'avocat de Jean Dupont, qui a dénoncé une procédure illégale, a été rejetée.", None),
        ("L'avocat de Jean Dupont, ancien ministre, qui a déclaré que le match était reporté, est parti.", None),
    ],
)
def test_the_author_of_words_then_a_relative_clause(quotes_of, text, speaker):
    """``les propos de X, qui a ...``, ``X (LR), qui a ...``, ``X, ancien ministre, qui a ...``: X's
    own statement."""
    assert [q.speaker for q in quotes_of(text) if q.speaker_kind == "person"] == ([speaker] if speaker else [])
