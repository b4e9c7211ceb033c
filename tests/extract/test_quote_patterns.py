"""More French attribution patterns: announced speakers, incises, continuations, headlines,
coordinated speakers, and which statements are indirect."""

from __future__ import annotations

import pytest

from search.article import Quote
from search.extract.quotes import entity_spans


def speakers(quotes: list[Quote], kind: str = "direct") -> list[str]:
    return [q.speaker for q in quotes if q.kind == kind]


def test_a_name_announced_before_a_colon_wins_over_the_pronoun(quotes_of):
    text = (
        'Richard Ferrand a rapidement condamné cette agression : "Notre amitié va à la députée agressée ce matin". '
        'Tout comme le Premier ministre, Edouard Philippe : "Je condamne avec la plus grande fermeté la lâche '
        'agression de la députée", a-t-il écrit sur Twitter.'
    )
    assert speakers(quotes_of(text)) == ["Richard Ferrand", "Edouard Philippe"]


@pytest.mark.parametrize(
    "text",
    [
        'Les réactions sont nombreuses. Éric Ciotti (LR) : "C\'est une honte pour la France".',
        'Les réactions sont nombreuses. Éric Ciotti sur Twitter : "C\'est une honte pour la France".',
    ],
)
def test_a_party_or_a_medium_between_the_name_and_the_colon(quotes_of, text):
    assert speakers(quotes_of(text)) == ["Éric Ciotti"]


def test_comme_with_a_speech_verb_before_and_after(quotes_of):
    text = (
        "L'émission sera animée par Caroline Ithurbide. Accaparés par leur travail, ce sont, comme l'explique "
        'l\'animatrice, "des gens qui sont parfois assez seuls". Les chefs cherchent celle qui "comprendra leurs '
        'longues journées de travail aux fourneaux", comme l\'indique la chaîne C8.'
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Caroline Ithurbide", "person"),
        ("chaîne C8", "organisation"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Comme le rappelle le linguiste Bernard Cerquiglini qui a participé à la rédaction de cette édition, "
                '"la langue française est à l\'écoute du monde".'
            ),
            "Bernard Cerquiglini",
        ),
        (
            (
                "Comme l'atteste Pierre Barrère, le directeur de la Maison du pèlerin : \"Ryan Air vient de rouvrir "
                'trois lignes jeudi."'
            ),
            "Pierre Barrère",
        ),
    ],
)
def test_comme_with_a_relative_clause_or_an_apposition_after_the_speaker(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Gérald Darmanin quitte la mairie. Comme il l'a déclaré sur RTL le 9 juillet, \"la sécurité des "
        'Français demande un ministre à 100%".',
        "Gérald Darmanin quitte la mairie. Comme Gérald Darmanin l'a déclaré sur RTL, \"la sécurité des "
        'Français demande un ministre à 100%".',
    ],
)
def test_comme_then_the_speaker_then_the_verb(quotes_of, text):
    assert speakers(quotes_of(text)) == ["Gérald Darmanin"]


def test_a_name_in_parentheses_after_a_long_quotation(quotes_of):
    text = (
        "Adel est arrivé en France à l'âge d'un an. « J'ai dit qu'un blessé, qu'il porte un gilet jaune ou un "
        "képi bleu, était un blessé de trop » (Castaner)par Public Sénat"
    )
    assert speakers(quotes_of(text)) == ["Castaner"]
    assert quotes_of('Son roman "Je reste ici" (Philippe Rey) se vend bien.') == []


def test_a_participle_coordinated_with_the_speech_verb(quotes_of):
    text = (
        'Michelle Bachelet avait dénoncé mercredi devant le Conseil "le racisme systémique" et appelé à "faire '
        'amende honorable" pour des siècles d\'oppression.'
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.kind, q.text) for q in quotes] == [
        ("Michelle Bachelet", "indirect", "le racisme systémique"),
        ("Michelle Bachelet", "direct", "faire amende honorable"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the statement just before
        "Le directeur du musée, Yves Delhommeau, annonce que le mannequin devra se refaire une beauté. "
        'La statue "ne rentrera pas au musée tant qu\'elle ne sera pas réussie".',
        # the subject of a sentence that reports speech without quoting it
        "En effet, Yves Delhommeau n'a pas hésité à tacler la politique du musée sur ce sujet épineux. "
        '"Écoutez, nous avons fait une erreur et nous allons la corriger très vite."',
    ],
)
def test_an_unattributed_quotation_continues_the_previous_speaker(quotes_of, text):
    assert speakers(quotes_of(text)) == ["Yves Delhommeau"]


def test_no_continuation_when_someone_else_speaks_or_is_named(quotes_of):
    text = (
        "Selon le rapport d'expertise cité par le Parisien, Théo Luhaka ne souffrait d'aucun antécédent. "
        '"On peut obtenir une amélioration des symptômes par le traitement médical."'
    )
    assert speakers(quotes_of(text)) == []
    text = (
        'Yves Delhommeau a annoncé que la statue serait refaite. Pour Jean Dupont, "le musée devrait avoir honte".'
    )
    assert speakers(quotes_of(text)) == ["Jean Dupont"]


def test_a_quotation_opening_a_headline_or_a_sentence_then_a_colon(quotes_of):
    quotes = quotes_of("Elle était à Paris.", title='"Je ne démissionnerai pas" : Ségolène Royal répond à ses détracteurs')
    assert speakers(quotes) == ["Ségolène Royal"]
    text = '« Nous avons un objectif très clair pour le 11 mai » : Olivier Véran annonce la ligne du gouvernement.'
    assert speakers(quotes_of(text)) == ["Olivier Véran"]
    title = '"Gilets jaunes" : Marlène Schiappa vole au secours de Brigitte Macron'
    assert quotes_of("Les temps sont durs.", title=title) == []  # a short quotation names a topic


def test_incises_before_and_inside_the_quotation(quotes_of):
    text = 'Mais, souligne Jean Fouché, ce service "ne comporte que les seules informations dont dispose l\'Etat".'
    assert speakers(quotes_of(text)) == ["Jean Fouché"]
    text = (
        "L'avocat Jean Dupont a plaidé devant la cour d'appel de Rennes. \"Juridiquement, c'était difficilement "
        'contestable, a-t-il encore expliqué. Moralement, je comprends les deux autres ouvriers."'
    )
    assert speakers(quotes_of(text)) == ["Jean Dupont"]
    text = (  # the incise's name, then its organisation
        '"Un litre de sans-plomb contient moins d\'énergie qu\'un litre de diesel, explique à RTL Thibaut Frank '
        'de l\'Argus. Sur une berline, les écarts seraient de l\'ordre de 15 à 20%".'
    )
    assert speakers(quotes_of(text)) == ["Thibaut Frank"]


def test_a_pronoun_after_the_quotation_is_the_person_its_incise_names(quotes_of):
    text = (
        "La pétition est adressée à la ministre des Transports Élisabeth Borne. \"Quand j'ai vu mon plein passer "
        "de 45 à 70 euros, j'ai cherché à savoir de quoi était composé ce prix, explique Priscilla Ludosky au "
        'Parisien. C\'est donc ce que je lui demande", indique-t-elle. "Je sens le ras-le-bol monter", juge-t-elle.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Priscilla Ludosky", "Priscilla Ludosky"]  # not Élisabeth Borne


def test_a_person_after_pour_closing_a_headline_speaks_its_quotation(quotes_of):
    title = 'Emmanuel Macron à Chambord : "ça ne casse pas trois pattes à un canard" pour Richard Ferrand'
    assert speakers(quotes_of("Les députés LREM défendent le choix du président.", title=title)) == ["Richard Ferrand"]
    title = 'Municipales : Jean Dupont réclame un "plan B" pour Marie Durand'  # a short quotation: for her
    assert speakers(quotes_of("Le maire sortant a répondu.", title=title), "indirect") != ["Marie Durand"]


@pytest.mark.parametrize(
    ("text", "speaker", "incise"),
    [
        (
            (
                '"C\'est malheureusement monnaie courante sur les réseaux de transports, a indiqué à Ouest-France '
                "Laëtitia Crinon, directrice marketing chez Keolis. Une procédure interne est en cours.\""
            ),
            "Laëtitia Crinon",
            ", a indiqué à Ouest-France Laëtitia Crinon",
        ),
        (
            (
                '"Cette polémique n\'a pas lieu d\'être, a aussi estimé le patron des députés LREM '
                'Gilles Le Gendre. Ce qu\'elle voulait dire est clair."'
            ),
            "Gilles Le Gendre",
            ", a aussi estimé le patron des députés LREM Gilles Le Gendre",
        ),
        (
            (
                "\"Rouen est un des berceaux de l'industrie chimique en France, explique l'historien des sciences "
                "au CNRS, Jean-Baptiste Fressoz. La première usine d'acide sulfurique a été construite ici.\""
            ),
            "Jean-Baptiste Fressoz",
            ", explique l'historien des sciences au CNRS, Jean-Baptiste Fressoz",
        ),
        (
            (
                '"Ces diagnostics permettent de voir où en est le véhicule, explique le président de '
                "l'association des diésélistes de France, Fabrice Godefroy. Mais un diesel révisé ne devrait "
                'pas avoir de problème."'
            ),
            "Fabrice Godefroy",  # a long role before the apposed name: 88 characters after the comma
            ", explique le président de l'association des diésélistes de France, Fabrice Godefroy",
        ),
    ],
)
def test_the_recogniser_reads_the_incise_inside_a_quotation(quotes_of, text, speaker, incise):
    """A name only the recogniser can cut out (a medium glued before it, an acronym in the
    role, a name apposed after the role's comma) inside the marks, the verb maybe after an adverb."""
    assert speakers(quotes_of(text)) == [speaker]
    assert incise in [text[start:end] for start, end in entity_spans(text)]


def test_the_attribution_closing_the_sentence(quotes_of):
    text = (
        'La famille qui "se présentait régulièrement" aux secouristes avait signalé une tache orange sur le '
        "glacier Long de l'Ailefroide, a raconté le major Laurent Soullier."
    )
    assert speakers(quotes_of(text)) == ["Laurent Soullier"]


@pytest.mark.parametrize(
    "text",
    [
        'Les députés LR Éric Ciotti et Valérie Boyer ont dénoncé "une dérive inacceptable du gouvernement".',
        '"Nous refusons cette réforme injuste", ont déclaré Éric Ciotti et Valérie Boyer dans un communiqué.',
    ],
)
def test_every_coordinated_speaker_signs(quotes_of, text):
    assert sorted(speakers(quotes_of(text))) == ["Valérie Boyer", "Éric Ciotti"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Contactée par franceinfo, la députée Laurianne Rossi s'est dite \"très sonnée\" par cette agression.",
         "Laurianne Rossi"),
        ('"Bientôt", promet le député LREM et questeur Florian Bachelier.', "Florian Bachelier"),
    ],
)  # fmt: skip
def test_a_short_quotation_without_verb_is_an_indirect_statement(quotes_of, text, speaker):
    quotes = quotes_of(text)
    assert [(q.speaker, q.kind) for q in quotes] == [(speaker, "indirect")]


def test_a_title_before_a_verb_without_comma_is_not_a_quotation(quotes_of):
    text = "Lady Gaga a parlé. L'interprète de \"Poker face\" a également remercié la présidente Ursula von der Leyen."
    assert speakers(quotes_of(text)) == []


def test_pour_with_a_role_or_after_a_scare_quote(quotes_of):
    text = (
        'Pour Hakim Addad, un militant du "Hirak", "il est important de continuer la mobilisation jusqu\'au bout".'
    )
    assert speakers(quotes_of(text)) == ["Hakim Addad"]
    text = (
        'Les députés ont réagi. Pour le député LR Éric Ciotti, "le gouvernement a échoué"; pour la députée '
        'LREM Aurore Bergé, "il faut avancer".'
    )
    assert speakers(quotes_of(text)) == ["Éric Ciotti", "Aurore Bergé"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Il parlait de "racaille" à Argenteuil.- "L\'omniprésence ne suffit plus" - Pour Philippe Moreau '
            'Chevrolet, spécialiste en communication, il veut "ressusciter la tradition du jeune ambitieux qui '
            'accroît sa visibilité".',
            "Philippe Moreau Chevrolet",
        ),
        (
            'L\'hôpital sera livré trop tard.- "Contenir la vague" -"Nous sommes préoccupés par la situation de '
            'Madrid, qui a toujours été très difficile": le Premier ministre espagnol Pedro Sanchez a admis lundi '
            "poser un oeil préoccupé sur la région.",
            "Pedro Sanchez",
        ),
    ],
)
def test_a_sentence_after_a_subhead_between_dashes_opens_at_its_own_start(quotes_of, text, speaker):
    assert {(q.speaker, q.kind) for q in quotes_of(text)} == {(speaker, "direct")}


@pytest.mark.parametrize(
    "text",
    [
        '" Nous ne céderons pas ", a déclaré Jean-Marc Ayrault à la presse.',
        'Jean-Marc Ayrault a déclaré : "Nous ne céderons pas. On continue ! @enmarchefr ". Tout est dit.',
    ],
)
def test_straight_quotes_set_off_by_spaces(quotes_of, text):
    quotes = quotes_of(text)
    assert quotes and quotes[0].text.startswith("Nous ne céderons pas")


def test_clitics_and_conjugated_lead_verbs(quotes_of):
    text = '« C\'est à cause de toi que tout va mal », lui affirme Jean Dupont devant le tribunal.'
    assert speakers(quotes_of(text)) == ["Jean Dupont"]
    text = 'L\'épouse du ministre, Séverine de Rugy, tient à préciser : "Ces dîners étaient professionnels".'
    assert speakers(quotes_of(text)) == ["Séverine de Rugy"]


def test_a_title_and_its_author_in_parentheses_are_no_quotation(quotes_of):
    text = 'Il s\'amuse dans "Le mystère de la Chambre jaune" (Bruno Podalydès), avec Catherine Breillat.'
    assert quotes_of(text) == []


def test_inverted_verbs_of_several_words(quotes_of):
    text = 'Jean-Luc Mélenchon était à Marseille. "Les gens sont en colère, ça va finir par exploser", met-il en garde.'
    assert speakers(quotes_of(text)) == ["Jean-Luc Mélenchon"]


def test_a_second_verb_with_its_auxiliary_shares_the_subject(quotes_of):
    text = (
        'Dans cet entretien, Emmanuel Macron a également prévenu que la rentrée serait dure et a averti : "il faut '
        'nous y préparer dès maintenant".'
    )
    assert speakers(quotes_of(text)) == ["Emmanuel Macron"]


def test_lists_of_speakers(quotes_of):
    text = (
        'Les députés LR Éric Ciotti, Valérie Boyer et Guillaume Larrivé ont dénoncé "une dérive inacceptable du '
        'gouvernement".'
    )
    assert sorted(speakers(quotes_of(text))) == ["Guillaume Larrivé", "Valérie Boyer", "Éric Ciotti"]
    text = (
        "Les réactions politiques ont été nombreuses.\n- Éric Ciotti, député des Alpes-Maritimes : « C'est une "
        "honte pour la France »\n- Olivier Faure (PS) : « Le gouvernement doit agir vite »"
    )
    assert speakers(quotes_of(text)) == ["Éric Ciotti", "Olivier Faure"]


def test_scare_quotes_inside_the_reported_clause(quotes_of):
    text = (
        'La porte-parole du gouvernement Sibeth Ndiaye a rappelé que cette application pouvait être "utile" en '
        '"complément des enquêtes sanitaires qui seront menées par les brigades"'
    )
    assert speakers(quotes_of(text)) == ["Sibeth Ndiaye"]



def test_ainsi_que_attributes_like_comme(quotes_of):
    text = (
        'Lunise Marquis est porte-parole du Printemps républicain, "un mouvement défendant une laïcité '
        'radicale", ainsi que le qualifie Le Lab d\'Europe 1.'
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Le Lab d'Europe 1", "organisation")]





def test_a_clause_before_selon_in_a_sentence_with_a_quotation(quotes_of):
    text = (
        "Elle s'est éteinte mercredi à Hambourg, selon l'historien des Beatles Mark Lewisohn, qui a salué sur "
        'Twitter "une amie intelligente, inspirante et aimante".'
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Mark Lewisohn"), ("direct", "Mark Lewisohn")]
    assert quotes[0].text == "Elle s'est éteinte mercredi à Hambourg"


def test_a_scare_quote_inside_a_direct_statement_is_no_statement_of_its_own(quotes_of):
    text = (
        '"Je ne me sens coupable de rien", a lancé à la presse Svetlana Alexievitch, assurant que le "conseil de '
        'coordination" n\'a "pas d\'autres objectifs que de consolider la société".'
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.speaker, q.verb) for q in quotes] == [
        ("direct", "Svetlana Alexievitch", "a lancé"),
        ("direct", "Svetlana Alexievitch", "assurant"),
    ]


def test_a_scare_quote_after_a_participle_is_a_statement_of_its_own(quotes_of):
    text = (
        '"Nombreux sont ceux qui travaillent dans des conditions déplorables", dénonce Jean-Michel Fauvergue, '
        "constatant \"un sentiment d'abandon\"."
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.verb, q.text) for q in quotes][1] == ("indirect", "constatant", "un sentiment d'abandon")



def test_a_long_that_clause_before_the_quotation(quotes_of):
    text = (
        "Emmanuel Macron a déclaré que le séminaire gouvernemental prévu mercredi pourrait être retardé, ou bien "
        'se tiendrait peut-être "en visio pour ce qui est du Premier ministre et des éventuels cas contacts".'
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Emmanuel Macron")]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        (
            (
                "Eddy Mitchell a répondu à Télé Loisirs. Dans le magazine, le chanteur révèle ne pas vraiment "
                "avoir apprécié l'interprétation de son titre."
            ),
            "ne pas vraiment avoir apprécié l'interprétation de son titre",
        ),
        (
            "Iouri Rovovoï a annoncé mercredi, dans un message sur Instagram, s'être enfui en Pologne.",
            "s'être enfui en Pologne",
        ),
        (
            "David Diemert, directeur de l'unité, a dit à l'AFP être opposé à ce type d'essais.",
            "être opposé à ce type d'essais",  # "l'AFP" then a lowercase word: no name runs on
        ),
    ],
)
def test_reported_infinitive_clauses(quotes_of, text, reported):
    quotes = quotes_of(text)
    assert [(q.kind, q.text) for q in quotes] == [("indirect", reported)]
    assert quotes[0].speaker in ("Eddy Mitchell", "Iouri Rovovoï", "David Diemert")


def test_a_capitalized_object_is_an_inverted_subject_not_what_was_said(quotes_of):
    text = (
        "Jean Dupont, mis en examen pour le meurtre de la petite Marie, va être de nouveau interrogé par les "
        "juges le 3 juillet prochain, révèle Le Dauphiné Libéré dans son édition du 27 juin."
    )
    assert not [q for q in quotes_of(text) if q.text.startswith("Le Dauphiné")]  # not Marie's words


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        (  # the next sentence says who spoke; "il" is the one person named after the quotation
            'Le ministre Bruno Le Maire défend la taxe. Une taxe sur le chiffre d\'affaires serait "la pire des '
            'solutions" pour Mounir Mahjoubi. C\'est ce qu\'il a déclaré dans une interview au journal La Tribune.',
            "direct",
            "Mounir Mahjoubi",
        ),
        (  # the next sentence names whose words they were
            'Il évoque ses ambitions. "J\'avais la volonté de devenir entrepreneur pour concilier mes trois '
            "passions.\" Tels sont les propos d'Alexandre Benalla, qui semble loin des portes de l'Élysée.",
            "direct",
            "Alexandre Benalla",
        ),
        (  # an infinitive inside the verb group: the subject comes after it
            '"Je crois beaucoup au karma, rien n\'arrive par hasard", préfère positiver Falone dans le quotidien.',
            "direct",
            "Falone",
        ),
        (
            'Le meeting a commencé tard. "Mon électorat est populaire, il ne faut pas le mépriser." Ce sont les '
            "propos tenus par Nicolas Sarkozy, plus tôt dans la semaine.",
            "direct",
            "Nicolas Sarkozy",
        ),
        ('A l\'extrême droite, pour Marine Le Pen, "il serait temps de mettre un bon coup de vis".', "direct", "Marine Le Pen"),
        (  # a participle with its clitic goes on with the subject
            'Elon Musk a ensuite publié un lien vers un article de la BBC, le qualifiant de "bon résumé".',
            "indirect",
            "Elon Musk",
        ),
        (  # a participle and its object before a short quotation
            "La ministre de la Justice Nicole Belloubet s'est rendue à l'hôpital de Bastia, dénonçant une "
            'agression "grave et intolérable".',
            "indirect",
            "Nicole Belloubet",
        ),
        (  # a subhead in capitals ends its sentence
            'Les agents ont refusé de lui parler. "ON NE VEUT PAS TE PARLER" La ministre de la Justice Nicole '
            'Belloubet a visité les lieux, dénonçant une agression "grave et intolérable".',
            "indirect",
            "Nicole Belloubet",
        ),
        (  # a short quotation glued to "d"
            'M. Mélenchon lui a répondu dans une série de tweets, la qualifiant d"ignoble politicienne".',
            "indirect",
            "Mélenchon",
        ),
    ],
)
def test_more_places_of_the_speaker(quotes_of, text, kind, speaker):
    assert speakers(quotes_of(text), kind) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Valentina Morais, une Uruguayenne de 30 ans, est arrivée en octobre. "
            '"Je suis privilégiée d\'être là", dit celle qui a trouvé un travail.',
            "Valentina Morais",
        ),
        (
            "Pierre Palmade se confie. \"À cette époque, j'avais besoin de boire pour vivre\", "
            "commente celui qui a été marié à Véronique Sanson.",
            "Pierre Palmade",
        ),
    ],
)
def test_celui_qui_after_the_verb_points_back_as_a_pronoun_does(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Du côté des associations, l'argument est faible. Jean-Yves Mano, président de la CLCV regrette "
            '"qu\'une alerte générale n\'ait pas été donnée par les responsables de l\'Etat".',
            "Jean-Yves Mano",
        ),
        (
            'Patrick Kanner, président du groupe PS au Sénat estime que "c\'était un choix cornélien".',
            "Patrick Kanner",
        ),
    ],
)
def test_a_role_without_its_article_after_a_name_whose_closing_comma_is_missing(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_a_role_with_its_article_after_a_name_without_a_closing_comma_is_a_new_subject(quotes_of):
    text = 'Face à Gilles Simeoni, le chef de l\'État souligne que leur responsabilité "est de construire ensemble".'
    assert speakers(quotes_of(text)) == []


@pytest.mark.parametrize(
    "then",
    ["avant d'annoncer qu'à cette date,", "avant de déclarer :", "et d'ajouter :", "avant de préciser que dès lundi"],
)
def test_a_second_verb_after_avant_de_or_et_de_gives_the_next_quotation_to_the_same_speaker(quotes_of, then):
    text = (
        '"Notre priorité demeure la santé de tous les Français", a insisté Emmanuel Macron, '
        f'{then} "nous rouvrirons progressivement les crèches et les écoles".'
    )
    assert speakers(quotes_of(text)) == ["Emmanuel Macron", "Emmanuel Macron"]


def test_the_second_verb_keeps_the_subject_named_before_it_over_the_last_speaker(quotes_of):
    text = (
        '"Nous rouvrirons les écoles", a déclaré Emmanuel Macron. "Il a été dans son rôle et a tenu des propos de '
        'circonstance", a estimé Eric Ciotti, avant de déclarer "mais, dès le lendemain, on a vu pointer la stratégie".'
    )
    assert speakers(quotes_of(text)) == ["Emmanuel Macron", "Eric Ciotti", "Eric Ciotti"]


def test_pour_x_at_a_sentence_start_is_who_a_later_pronoun_points_to(quotes_of):
    text = (
        "Agnès Buzyn a parlé. Pour Patrick Berche, professeur émérite de microbiologie, il est fort probable "
        'que la Chine ait revu sa mortalité. "Il y avait une mortalité annoncée par les Chinois qui a été '
        'sous-estimée", a-t-il déclaré dimanche sur Europe 1.'
    )
    assert speakers(quotes_of(text)) == ["Patrick Berche"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(  # the medium after the name ends the incise inside the marks too
            '"Ce texte dit parfaitement que nous devons être tous mobilisés pour défendre cette liberté, a réagi '
            "le ministre de l'Education nationale Jean-Michel Blanquer sur Twitter, où le sujet était discuté.\"",
            "Jean-Michel Blanquer",
            id="an incise inside the marks names its medium",
        ),
        pytest.param(  # "il y a quelques semaines" opens with "il" but names nobody
            '"Nous devrions avoir des réponses, avec une bonne étude, d\'ici la fin décembre", a espéré il y a '
            "quelques semaines Anthony Fauci, directeur de l'Institut national des maladies infectieuses.",
            "Anthony Fauci",
            id="a time ago before the speaker",
        ),
        pytest.param(  # "ce" and "le" open a day, not an object
            '"La commission n\'a trouvé aucune preuve de ce que vous dites", a affirmé ce mercredi 5 février '
            "Eric Ciotti, président de la commission d'enquête.",
            "Eric Ciotti",
            id="this weekday before the speaker",
        ),
        pytest.param(
            '"Nous ne laisserons personne seul", a promis le 28 mars le Premier ministre Giuseppe Conte.',
            "Giuseppe Conte",
            id="a date before the speaker",
        ),
        pytest.param(
            '"On a encore des cercueils, mais on risque d\'en manquer", a averti ce matin Florence Fresse sur '
            "Franceinfo.",
            "Florence Fresse",
            id="this morning before the speaker",
        ),
        pytest.param(
            '"Cette rentrée va être compliquée", a affirmé cette semaine Claire Guéville, secrétaire nationale '
            "du Snes-FSU.",
            "Claire Guéville",
            id="this week before the speaker",
        ),
        pytest.param(
            '"Nous nous mettrons au travail dès ce soir", avait promis peu avant Giuseppe Conte.',
            "Giuseppe Conte",
            id="shortly before, before the speaker",
        ),
        pytest.param(
            '"Il faut que les gens se rendent compte de ce que nous vivons", a par exemple témoigné Eric Denieulle.',
            "Eric Denieulle",
            id="for instance, inside the verb group",
        ),
        pytest.param(
            '"C\'est vrai, je suis amoureuse", vient de confirmer Iris Mittenaere dans une interview.',
            "Iris Mittenaere",
            id="a recent past",
        ),
        pytest.param(
            '"L\'État contribuera à doter en masques les citoyens", y explique Mme Pannier-Runacher.',
            "Pannier-Runacher",
            id="y before the verb",
        ),
        pytest.param(
            "\"L'heure est venue pour une solution législative\", en a conclu le ministre de la Justice Bill Barr.",
            "Bill Barr",
            id="en before the verb",
        ),
        pytest.param(
            '"Les trois cas avérés sont toujours sous suivi médical", selon le Pr Jérôme Salomon.',
            "Jérôme Salomon",
            id="an article before a title after selon",
        ),
        pytest.param(
            "Le Sénat a fait sa rentrée la plus \"étrange de l'histoire moderne\" selon les mots du chef de la "
            "minorité démocrate Chuck Schumer.",
            "Chuck Schumer",
            id="whose words after selon, du read as le",
        ),
        pytest.param(
            "\"Ce plafond de bronze\" a été percé, selon les termes de l'ex-secrétaire d'Etat Hillary Clinton.",
            "Hillary Clinton",
            id="whose words after selon",
        ),
        pytest.param(
            '"Ces mesures s\'appliquent aussi aux parents", a précisé mardi le ministre de la Santé, Olivier '
            "Véran.• Le télétravail est possible.",
            "Olivier Véran",
            id="a full stop and a bullet glued to the name",
        ),
    ],
)
def test_what_may_stand_between_the_verb_and_the_speaker(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # "celle dont" points back as "celle qui" does
            "La chanteuse Nolwenn Leroy est revenue sur sa carrière. \"On ne s'habitue jamais, c'est humiliant\", "
            "a déclaré celle dont le nouvel album sortira le 26 octobre.",
            "Nolwenn Leroy",
        ),
        (  # "pour lequel" gives an opinion as "pour qui" does
            "Certains ne cachaient pas leur exaspération, comme Christophe Lejeune, pour lequel \"les LR n'ont "
            'comme seule stratégie que de faire durer les débats".',
            "Christophe Lejeune",
        ),
        (  # "Mais pour X," opens an opinion, even before a short quotation
            "Le président Donald Trump a signé un décret. Mais pour Paul Pollock, il \"ne sert à rien\" car il "
            "n'apporte pas de propositions.",
            "Paul Pollock",
        ),
        (  # "selon X" after an adverbial that opens the sentence
            "Du côté du gouvernement, selon Emilio Archila, conseiller présidentiel, la pandémie \"n'a pas "
            'interrompu les engagements" issus du pacte de paix.',
            "Emilio Archila",
        ),
        (  # a role written with a capital
            "Valérie Pécresse tient à éviter qu'une telle matinée se reproduise. \"Deux RER B de plus entre 6h et "
            '6h30", a précisé la Présidente du conseil régional d\'Île-de-France.',
            "Valérie Pécresse",
        ),
        ('Emmanuel Macron a parlé devant les armées. "Je suis votre chef", a martelé le Président.', "Emmanuel Macron"),
        (  # a party name with lowercase words and its acronym between the role and the name
            '"Il parle comme nous", a déclaré le député La République en marche (LREM) Gilles Le Gendre.',
            "Gilles Le Gendre",
        ),
        (  # the same with "Debout la France" (extractor version 136)
            '"La France se balkanise", a également tweeté le patron de Debout la France Nicolas Dupont-Aignan, '
            'en demandant "l\'état d\'urgence".',
            "Nicolas Dupont-Aignan",
        ),
        (  # a medium and the name after it read as one entity (extractor version 137)
            '"De nombreux autres sujets doivent être abordés avant", a souligné sur Al Jazeera Sultan Barakat, '
            "directeur de recherches à l'Institut de Doha.",
            "Sultan Barakat",
        ),
    ],
)
def test_openings_of_opinions_and_roles_of_version_70(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a subject right after a subhead glued to it: a later "il" points to him
            "Lara Fabian a réagi. Catherine Lara \"dévastée\"Christophe Willem s'est lui fendu d'un message sur son "
            "compte Instagram. \"Quelle tristesse d'apprendre la disparition de Maurane\", exprime-t-il.",
            "Christophe Willem",
        ),
        (  # "vanter" attributes a quotation
            "Jean Castex a décidé de l'utiliser partout. L'amende permet d'\"appliquer une sanction sans délai\", "
            "a alors vanté le Premier ministre.",
            "Jean Castex",
        ),
        (  # a given name that also names a weekly ("Marianne") opens a person's full name
            "Marianne James a trouvé chaussure à son pied, comme elle l'a confié à Gala. \"Bertrand m'a comprise. "
            'Je ne suis pas toujours joyeuse."',
            "Marianne James",
        ),
    ],
)
def test_glued_subheads_vanter_and_marianne_of_version_71(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("l'avait invectivé Julien Odoul", "Julien Odoul"),  # an object pronoun before the auxiliary
        ("l'a lancé Julien Odoul", "Julien Odoul"),
        ("l'aurait répété Karine Champy", "Karine Champy"),
    ],
)
def test_object_pronouns_and_verbs_after_a_quotation_of_version_73(quotes_of, attribution, speaker):
    text = f'Elle s\'inquiète pour son fils. "Nous sommes dans une enceinte démocratique", {attribution}.'
    assert speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "La députée Les Républicains des Bouches-du-Rhône Valérie Boyer parle d'une \"attitude indigne de la "
            'part de la Turquie !" Le match a été arrêté.',
            "Valérie Boyer",
        ),
        (
            "Sur une deuxième annonce, Franck Martin parle même de \"déchirer sa carte d'identité française et de "
            'faire une demande d\'asile".',
            "Franck Martin",
        ),
        (
            'Le préfet Michel Delpuech avait parlé de "dérives individuelles inacceptables et condamnables".',
            "Michel Delpuech",
        ),
    ],
)
def test_the_person_who_speaks_of_the_quoted_words(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_no_speaker_when_a_thing_speaks_of_the_quoted_words(quotes_of):
    text = 'Le film parle de "la vie des autres, de leurs joies et de leurs peines".'
    assert speakers(quotes_of(text)) == []


def test_a_word_an_organisation_speaks_of_is_its_reported_statement(quotes_of):
    # A single quoted word is an indirect statement (as after "évoque"), not a scare quote, once spoken of.
    [quote] = quotes_of('Le gouvernement parle d\'une "pandémie" silencieuse dans le pays.')
    assert (quote.kind, quote.speaker_kind, quote.speaker, quote.text) == (
        "indirect",
        "organisation",
        "gouvernement",
        "pandémie",
    )


def test_a_role_apposed_to_the_name_in_a_roles_complement_is_his(quotes_of):
    """``L'épouse de X, le maire LR de Y,``: the apposed role is X's, so ``le maire de Y`` later is X
    (extractor version 140)."""
    text = (
        "L'épouse de Patrick Balkany, le maire LR de Levallois-Perret, a tenté de se suicider. Le maire de "
        'Levallois-Perret a confirmé les faits au micro de RTL : "Elle a pris une tonne de médicaments".'
    )
    assert speakers(quotes_of(text)) == ["Patrick Balkany"]


def test_a_name_in_a_roles_complement_without_a_role_of_its_own_is_not_the_role(quotes_of):
    text = (
        "La fille de Paul Durand, le maire de Lyon a reçu la presse hier. Il pleut. "
        '"Nous allons faire appel de cette décision", a dit le maire de Lyon.'
    )
    assert speakers(quotes_of(text)) == []
