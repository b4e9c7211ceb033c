"""Who a speaker phrase names: roles, pronouns and demonstratives pointing back, first
names in interviews, gender, and names that are complements rather than subjects."""

from __future__ import annotations

import pytest

from search.article import Quote
from search.extract.name_data import given_name_gender
from search.extract.quote_people import of_party
from search.extract.quote_phrases import classify_entity, phrase_patterns
from search.extract.structure_types import Entity


def speakers(quotes: list[Quote], kind: str = "direct") -> list[str]:
    return [q.speaker for q in quotes if q.kind == kind]


def test_a_list_of_first_names_is_not_a_subject(quotes_of):
    text = (
        "Présente à Djerba, Caroline Ithurbide a parlé de la nouvelle émission. Baptisé L'Amour Food, ce "
        "programme mettra en lumière François, Hugo, Raynald et Richard, quatre cuisiniers. Ce sont, comme "
        'l\'explique l\'animatrice, "des gens qui sont parfois assez seuls".'
    )
    assert speakers(quotes_of(text)) == ["Caroline Ithurbide"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"On vit dans la peur depuis des mois", confie Sophie, 42 ans.', "Sophie"),
        ('"Personne ne nous écoute", raconte Karim, un habitant du quartier.', "Karim"),
        ('"Il était en boule, tout seul au milieu de l\'avenue", raconte Adel.', "Adel"),
        ('"J\'aimerais avoir des nouvelles de ce policier", confie encore Adel, qui a 30 ans.', "Adel"),
        ('"J\'ai acheté 3.000 titres, explique Armin au Parisien. Mais la valeur était autre."', "Armin"),
    ],
)
def test_interviews_give_first_names(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_a_first_name_is_not_a_place(quotes_of):
    quotes = quotes_of('"Les combats ont repris dans la nuit", a indiqué Paris.')
    assert [q.speaker_kind for q in quotes] == ["organisation"]


def test_a_demonstrative_role_is_the_person_just_named(quotes_of):
    text = (
        "Venue d'Ivanovo, au nord-est de Moscou, Olga Tchoursinova travaille ici depuis un mois. "
        '"C\'est dur, je n\'ai jamais vu ça", raconte cette médecin anesthésiste de 57 ans.'
    )
    assert speakers(quotes_of(text)) == ["Olga Tchoursinova"]
    text = (
        '"Il ne s\'agit pas d\'un projet d\'attaque", a indiqué une source proche du dossier. "L\'enquête '
        'concerne la mise en ligne de vidéos", a indiqué cette source.'
    )
    assert quotes_of(text) == []


def test_a_nationality_after_a_demonstrative_is_no_name(quotes_of):
    text = (
        '"On milite pour le vote", explique Felicia Garr. "Si vous ne votez pas, vous ne comprenez pas le message", '
        "harangue cette Afro-Américaine de 52 ans dans un mégaphone rose."
    )
    assert speakers(quotes_of(text)) == ["Felicia Garr"]  # not "Afro-Américaine"


def test_a_role_resolved_as_a_speaker_is_who_later_pronouns_point_to(quotes_of):
    text = (
        '"Il était content de retrouver ses copains", témoigne Josselyn Droff, premier arrivé avec son fils. '
        '"On a révisé hier soir les gestes barrière avec Anouk", confie Stéphanie Gey. Cette mère de trois '
        'enfants avoue ressentir "une certaine liberté" à les voir reprendre l\'école. "Cela va leur faire du '
        'bien", assure la quadragénaire.'
    )
    assert speakers(quotes_of(text))[-1] == "Stéphanie Gey"


def test_relatives_named_together_share_the_surname(quotes_of):
    text = (
        "Les frères Jorge et Bayron Benitez sont arrivés enfants aux Etats-Unis. "
        '"Trump nous utilise", affirme Jorge, 21 ans.'
    )
    assert speakers(quotes_of(text), "indirect") == ["Jorge Benitez"]  # "Jorge" alone before


def test_a_live_reports_next_time_is_not_part_of_the_speakers_name(quotes_of):
    quotes = quotes_of('"Nous avons gagné ce combat", a commenté Michel Aupetit.12h31 Le reste.')
    assert speakers(quotes) == ["Michel Aupetit"]  # not "Michel Aupetit.12h31"


def test_a_name_set_apart_by_a_stressed_pronoun_is_a_subject(quotes_of):
    text = (
        "Édouard Philippe a reçu les cheminots mardi. S'ils avaient décidé, jeudi, de suspendre leur "
        "participation à la concertation, Benjamin Griveaux, lui, se veut impassible. \"On ne choisit pas son "
        'interlocuteur", précise-t-il.'
    )
    assert speakers(quotes_of(text)) == ["Benjamin Griveaux"]


def test_a_role_in_the_words_of_selon_lui_is_not_the_next_pronouns_subject(quotes_of):
    text = (
        'Le prince Harry a critiqué Donald Trump mercredi. "Le monde est dirigé par de grands malades", a affirmé '
        'le prince Harry. Selon lui, le président américain "a du sang sur les mains". "Si Donald Trump peut '
        'devenir président, alors tout est possible", déclare-t-il encore.'
    )
    assert speakers(quotes_of(text)) == ["Harry", "Harry", "Harry"]


def test_a_name_the_quotation_speaks_of_is_not_the_inverted_pronoun(quotes_of):
    text = (
        "Le président républicain Donald Trump a salué cette décision. Michael Flynn \"était innocent\", a-t-il "
        "déclaré à des journalistes."
    )
    assert speakers(quotes_of(text)) == ["Donald Trump"]


def test_a_rare_given_names_gender_yields_to_the_texts(quotes_of):
    text = (
        '"Les camps ont la taille d\'un petit village", explique Kerry Greene, porte-parole du centre. "Ça fait '
        'beaucoup de gens", dit-elle. "Les grands camps ne seront plus la norme", assure Mme Greene.'
    )
    assert speakers(quotes_of(text)) == ["Kerry Greene"] * 3


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a video caption glued to the surname
            'Bruno Retailleau veut interdire les rassemblements. "Oui, il y a d\'autres moyens", estime '
            "Retailleaupar Europe 1Faut-il interdire ces manifestations ?",
            "Bruno Retailleau",
        ),
        (  # a publisher's name read with its director's
            "Contacté par le site, le directeur général de la maison d'édition Ellipses Brieuc Bénézet regrette "
            'ces mots, qui, selon lui, "ne correspondent en rien à sa ligne éditoriale".',
            "Brieuc Bénézet",
        ),
        (  # a role without its article's gender, then the name
            '"Il n\'y a aucune excuse à ces mots", a tweeté de son côté la tête de liste des Républicains aux '
            "européennes François-Xavier Bellamy.",
            "François-Xavier Bellamy",
        ),
    ],
)
def test_names_glued_to_a_caption_or_an_organisation_and_roles_of_lists(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_a_role_then_a_verb_after_a_complements_name_is_the_next_clauses_subject(quotes_of):
    text = (
        "Les médecins ont demandé à Emmanuel Macron d'honorer sa promesse.\n\nLors d'une visite à l'hôpital, "
        "interpellé par le neurologue François Salachas, le chef de l'Etat avait promis de \"recevoir\" le "
        "collectif."
    )
    assert speakers(quotes_of(text)) == ["Emmanuel Macron"]


def test_a_role_with_an_ordinal_is_the_subject_a_pronoun_points_back_to(quotes_of):
    text = (
        "Donald Trump a tenu sa conférence. Son porte-parole a d'abord dénoncé des publications. Le futur 45e "
        'président des Etats-Unis a ensuite critiqué CNN. "Vous êtes un média bidon", a-t-il lancé.'
    )
    assert speakers(quotes_of(text)) == ["Donald Trump"]


def test_a_festival_is_no_speaker(quotes_of):
    text = (
        "Elle vient de briser le silence en marge de sa participation au Brive Festival : \"Je n'ai pas envie "
        'd\'en parler", a-t-elle expliqué.'
    )
    assert speakers(quotes_of(text)) == []


def test_a_name_after_a_quoted_subhead_between_dashes_is_a_subject(quotes_of):
    text = (
        '"Les gens faisaient leur sacs dans la panique", raconte Luisa Amoura, une touriste. Au moins 2.700 '
        'personnes ont été évacuées.- "On a tout laissé derrière nous" -Gisèle Aberlen, retraitée qui avait '
        'garé son mobil-home dans un des campings détruits, a passé la nuit dans un gymnase."On a tout laissé '
        "derrière nous. Je n'ai pas réussi à dormir\", déplore-t-elle."
    )
    assert speakers(quotes_of(text)) == ["Luisa Amoura", "Gisèle Aberlen"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Parmi les premières réactions, Jean-Luc Mélenchon a tancé sur Twitter "un gouvernement libéral banal", '
            'tandis que Christian Jacob (LR) y a vu "essentiellement un jeu de chaises musicales". "Tout ça pour '
            "ça!\", a-t-il déclaré à l'AFP.",
            "Christian Jacob",
        ),
        (
            "L'homme est entré par la terrasse, vers minuit, alors que Jacqueline regardait la télé. \"J'ai entendu "
            "quelques bruits, je pensais que c'était mon chat\", raconte-t-elle sur RTL.",
            "Jacqueline",
        ),
        (
            "L'avocat Alain Jakubowicz a également été autorisé à intervenir. Il s'agit d'un \"rendez-vous de "
            'vérité", pour Me Fabien Rajon, qui attendait beaucoup de cette audition : "À ce jour, nous ne pouvons '
            "pas exclure que la fillette ait fait l'objet de sévices\", a-t-il expliqué au Figaro.",
            "Fabien Rajon",
        ),
    ],
)
def test_the_subject_of_a_second_clause_or_whose_opinion_a_quotation_gives(quotes_of, text, speaker):
    assert speakers(quotes_of(text))[-1] == speaker


def test_a_role_glued_to_a_subhead_before_it(quotes_of):
    pattern = phrase_patterns()["title"]
    assert [m.group(0) for m in pattern.finditer("l'arrivée de l'Iran à BiarritzLe président américain")] == [
        "Le président"
    ]
    assert not pattern.search("il parle président")  # "par|le": no capital, no determiner
    text = (
        "Les manifestants ont défilé à Paris.♦ Nouveaux moyensLe ministre de l'Intérieur Christophe Castaner a "
        'salué leur calme. "Tout s\'est bien passé", a-t-il dit.'
    )
    assert speakers(quotes_of(text)) == ["Christophe Castaner"]


def test_an_honorific_after_a_subhead_dash():
    pattern = phrase_patterns()["honorific"]
    assert [m.group(0) for m in pattern.finditer('- "Généralisation" -M. Moreau s\'est dit prêt')] == ["M. Moreau"]
    assert not pattern.search("Jean-M. Moreau")


def test_a_pronoun_reaches_the_last_speaker_of_a_previous_paragraph(quotes_of):
    text = (
        '"Nous ne lâcherons rien", a déclaré Philippe Martinez devant la presse. La manifestation a réuni '
        "plusieurs milliers de personnes. Le cortège est parti de la place de la République. Des heurts ont "
        "éclaté en fin de journée. Les forces de l'ordre ont procédé à dix interpellations. "
        '"Nous reviendrons jeudi", a-t-il ajouté.'
    )
    assert speakers(quotes_of(text)) == ["Philippe Martinez", "Philippe Martinez"]


def test_a_role_in_the_lede_is_named_in_the_text(quotes_of):
    quotes = quotes_of(
        'Le directeur du musée, Yves Delhommeau, annonce que le mannequin sera refait. "La photo rend le '
        'personnage caricatural", a-t-il fait valoir.',
        lede="La statue du président repassera par l'atelier avant d'intégrer le musée, a annoncé le directeur mardi.",
    )
    assert speakers(quotes, "indirect") == ["Yves Delhommeau", "Yves Delhommeau"]


def test_names_that_are_complements_are_not_subjects(quotes_of):
    text = (
        "L'Institut national des allergies, dirigé par le docteur Anthony Fauci, a déclaré avoir \"commencé un "
        'projet de fabrication d\'une souche"'
    )
    assert "Anthony Fauci" not in speakers(quotes_of(text))
    text = (
        "Les avocats de l'ancien chef militaire Ratko Mladic, dont le procès s'est ouvert mardi, ont demandé "
        "son acquittement des charges de génocide."
    )
    assert "Ratko Mladic" not in speakers(quotes_of(text), "indirect")


def test_a_role_given_after_a_name_belongs_to_the_next_name(quotes_of):
    text = (
        "Après le cas du porte-avions Charles de Gaulle, la ministre des Armées, Florence Parly a fait un point. "
        'La ministre a déclaré : "Nous avons recensé 369 cas de contamination dans les armées".'
    )
    assert speakers(quotes_of(text)) == ["Florence Parly"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a role in apposition without its article is the person's too
            "Bastien Millot, porte-parole de Bygmalion, et Jean-François Copé se sont vus en 2013. Copé a nié. "
            '"Je ne savais rien", a déclaré le porte-parole de Bygmalion.',
            "Bastien Millot",
        ),
        (  # a masculine noun there tells nothing of her gender
            "Peu d'enfants ont été testés positifs, a souligné Marian Knight, professeur de santé maternelle à "
            "l'université d'Oxford.\"Le principal message reste d'éviter l'infection\", insiste cette experte.",
            "Marian Knight",
        ),
        (  # the White House's tenant is the American president, not the mayor named since
            "Le président américain Donald Trump a dénoncé le laxisme des villes démocrates. Le maire de Portland, "
            "Ted Wheeler, a refusé l'aide fédérale. \"Wheeler est incompétent\", a tweeté le locataire de la Maison "
            "blanche.",
            "Donald Trump",
        ),
    ],
)
def test_roles_in_bare_appositions_and_the_white_house(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_one_of_his_lawyers(quotes_of):
    text = (
        '"Deux ans de prison ferme pour Drareni. Nous allons faire un pourvoi en cassation", a déclaré à '
        "l'AFP l'un de ses avocats, Me Mustapha Bouchachi."
    )
    assert speakers(quotes_of(text)) == ["Mustapha Bouchachi"]


def test_a_role_completed_by_a_quoted_title(quotes_of):
    text = (
        "Bernard Cazeneuve critiquait le choix de Jean-Luc Mélenchon. Puis mercredi, le leader de \"La France "
        'insoumise" a accusé l\'ancien Premier ministre de s\'être "occupé de l\'assassinat de Rémi Fraisse".'
    )
    assert speakers(quotes_of(text)) == ["Jean-Luc Mélenchon"]


def test_a_title_ending_on_punctuation_is_a_scare_quote_on_the_way_to_the_speaker(quotes_of):
    text = (
        'Un peu plus tôt, Robert Ménard avait déclaré son mouvement "Oz ta droite!" ne sera "le marchepied de '
        'personne".'
    )
    assert speakers(quotes_of(text)) == ["Robert Ménard"]


def test_an_apposed_name_after_an_article_and_an_honorific(quotes_of):
    text = (
        'Le taux d\'incidence est un chiffre qui a "doublé en trois semaines", a précisé lundi le directeur '
        "général de l'Agence régionale de santé (ARS) Auvergne-Rhône-Alpes, le Dr Jean-Yves Grall."
    )
    assert speakers(quotes_of(text)) == ["Jean-Yves Grall"]


def test_porte_parole_without_its_hyphen_is_a_role(quotes_of):
    text = (
        '"Les trois ressortissants français ont droit à leur pension", a expliqué la porte parole du Land de la '
        "Sarre, Sarah Joseph."
    )
    assert speakers(quotes_of(text)) == ["Sarah Joseph"]


def test_a_role_with_a_number_in_thousands_then_its_apposed_name(quotes_of):
    text = (
        'Le procureur Matthieu Bourrette a parlé. "Tout fonctionnait parfaitement, il y a eu des essais", a assuré '
        "le maire de cette commune de 1.000 habitants, Philippe Maussire."
    )
    assert speakers(quotes_of(text)) == ["Philippe Maussire"]


@pytest.mark.parametrize("label", ["le Républicain", "le LR"])
def test_an_apposed_name_after_an_article_and_a_party_label(quotes_of, label):
    text = (
        "Christophe Castaner reste au gouvernement. \"Après sa désignation par Jupiter, Castaner est autorisé à "
        f'cumuler\", a ironisé l\'ex-président de l\'Assemblée nationale, {label} Bernard Accoyer, cité par Le Monde.'
    )
    assert speakers(quotes_of(text)) == ["Bernard Accoyer"]


def test_a_role_with_its_field_then_the_role_alone(quotes_of):
    text = (
        '"Ces restrictions sont de beaux sujets de démocratie", a estimé le secrétaire d\'Etat aux Transports '
        "Jean-Baptiste Djebbari sur RTL. Emmanuel Macron a indiqué envisager un référendum sur ces propositions. "
        "Interrogé sur sa position, le secrétaire d'Etat aux Transports ne s'est pas prononcé. "
        '"Je suis citoyen, donc si je suis consulté, je m\'exprimerai", a-t-il simplement répondu.'
    )
    assert speakers(quotes_of(text)) == ["Jean-Baptiste Djebbari", "Jean-Baptiste Djebbari"]


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("le premier adjoint à la mairie de Marseille Benoît Payan", "Benoît Payan"),
        ("l'adjointe au maire de Paris Anne Souyris", "Anne Souyris"),
        ("le candidat à la mairie de Paris Cédric Villani", "Cédric Villani"),
    ],
)
def test_a_role_at_the_mairie_then_the_name(quotes_of, role, speaker):
    text = f'Renaud Muselier a réagi. "Une nouvelle fois, notre territoire est montré du doigt", a protesté {role}.'
    assert speakers(quotes_of(text)) == [speaker]  # not Renaud Muselier, named before


def test_a_party_in_parentheses_is_not_the_name(quotes_of):
    text = "La présidente de la région Valérie Pécresse (LR) a ainsi appelé à faire passer la région au vert."
    assert speakers(quotes_of(text), "indirect") == ["Valérie Pécresse"]


def test_a_given_name_tells_the_gender_of_a_pronoun(quotes_of):
    text = (
        "Le président Donald Trump a annoncé avoir parlé à la famille. La sénatrice Amy Klobuchar était présente. "
        '"Nous voulons voir les autres agents arrêtés", a-t-elle affirmé dans un communiqué.'
    )
    assert speakers(quotes_of(text)) == ["Amy Klobuchar"]


def test_a_masculine_role_before_a_womans_given_name_leaves_her_a_woman(quotes_of):
    text = (
        "L'eurodéputé Nadine Morano, elle, a bien posté plusieurs messages de soutien aux victimes. Cependant, "
        "elle n'a pas oublié de critiquer le président. \"Quand aurez-vous le courage de le dénommer ?\", a-t-elle "
        "écrit sur Twitter."
    )
    assert speakers(quotes_of(text)) == ["Nadine Morano"]


def test_a_name_read_in_a_brand_is_no_one(quotes_of):
    text = (
        "Vitrines cassées, voiture incendiée, Mc Donald's vandalisé... Les comparutions ont débuté jeudi. "
        '"Vous vous appelez Anne ?", demande la présidente.'
    )
    assert speakers(quotes_of(text)) == []


@pytest.mark.parametrize(
    ("title", "text", "speaker"),
    [
        (  # the headline's "Castaner" is the man the text names in full: not "l'actrice"
            "Camélia Jordana : Castaner ne saisira pas la justice",
            "Christophe Castaner a annoncé lundi ne pas saisir la justice après les propos de la chanteuse et "
            "actrice Camélia Jordana. Elle était invitée samedi d'une émission de télévision. Plus tard, "
            "l'actrice et chanteuse a affirmé ne pas regretter : \"Je maintiens chacun de mes mots\".",
            "Camélia Jordana",
        ),
        (  # "l'ancienne garde des Sceaux" is a woman, though the noun is listed as masculine
            "Taubira dénonce les propos de Sarkozy",
            "Christiane Taubira a violemment riposté mercredi aux attaques de la droite après l'assassinat du "
            "prêtre Jacques Hamel, mardi à Saint-Étienne-du-Rouvray. Pour l'ancienne garde des Sceaux, \"ce qui nous "
            "arrive exige que chacun s'élève à hauteur des nécessités de protection des citoyens\".",
            "Christiane Taubira",
        ),
    ],
)
def test_the_gender_the_text_tells_elsewhere(quotes_of, title, text, speaker):
    assert speakers(quotes_of(text, title=title)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"On sert de tampon entre le gouvernement et la rue", confirme Nicolas*, policier.', "Nicolas"),
        ('"Ça se décante un peu", ajoute Aloys Vimard, coordinateur du projet pour Médecins sans frontières.',
         "Aloys Vimard"),
        ('"Le choix est toujours une menace", a twitté Marie-Pierre de la Gontrie, sénatrice PS.',
         "Marie-Pierre de la Gontrie"),
    ],
)  # fmt: skip
def test_names_the_recogniser_misses_after_a_verb(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_a_name_after_face_a_is_not_the_role_that_follows(quotes_of):
    text = (
        "Face à Caroline de Haas, l'animatrice de Sud Radio, qui est l'une des signataires de la tribune, avait "
        "notamment déclaré que tout cela était faux. Dans la séquence, l'animatrice est longuement interrogée. "
        '"Je regrette que cela ait été sorti de son contexte", reconnaît-elle.'
    )
    quotes = quotes_of(text, title="En larmes, Brigitte Lahaie s'excuse pour ses propos")
    assert "Caroline de Haas" not in {q.speaker for q in quotes}
    assert speakers(quotes) == ["Brigitte Lahaie"]


def test_a_demonstrative_after_an_unnamed_speaker_is_nobody(quotes_of):
    text = (
        'Emmanuel Macron a recueilli tous les suffrages. "Je ne sais pas ce qu\'il fait pour nous", lance l\'un '
        "des quatre habitants du village (24 votes Macron). \"Certes, il a abandonné le projet d'aéroport\", "
        "explique ce père de famille."
    )
    assert quotes_of(text) == []







def test_a_pronoun_after_the_verb_is_the_speaker(quotes_of):
    text = (
        'Emmanuel Macron a été élu. Une fonctionnaire, "plutôt de droite", explique, elle, avoir choisi d\'emblée '
        "Emmanuel Macron pour avoir du changement."
    )
    assert not [q for q in quotes_of(text) if q.speaker == "Emmanuel Macron"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a role with another complement is someone else
            "Cédric Villani, le député de l'Essonne, maintient sa candidature. Benjamin Griveaux a réagi mardi. "
            '"S\'il n\'y a pas de défiance, on peut retrouver la confiance", a estimé le député de Paris.',
            ["Benjamin Griveaux"],
        ),
        (  # a role sharing its complement wins
            "Les inscriptions ont été découvertes vendredi, a indiqué le président du centre, Fabrice Escure. "
            'Le président Emmanuel Macron a promis que "tout sera fait pour retrouver les auteurs". "Ce coup-ci, '
            'on a franchi un cran", a déploré le président du centre de la mémoire.',
            ["Emmanuel Macron", "Fabrice Escure"],
        ),
        (  # a person noun points back like a role
            "Selon le quotidien, Margaux Deroy a été libérée mercredi. Mais la jeune femme de 22 ans n'est pas "
            'sortie d\'affaire. Geneviève de Fontenay avait demandé "qu\'elle renvoie son écharpe". "Je me suis '
            'bien fait avoir par des individus" a expliqué la jeune femme.',
            ["Geneviève de Fontenay", "Margaux Deroy"],
        ),
        (  # an adjective before a role, and a company after "fondateur de"
            "L'Egypte a invité l'homme d'affaires Elon Musk, le fondateur de Tesla et SpaceX. \"Les pyramides ont "
            'évidemment été construites par des extra-terrestres", a récemment écrit l\'excentrique milliardaire.',
            ["Elon Musk"],
        ),
        (  # one of them, named by an apposed role
            '"Le clan est une ligne rouge pour moi", a affirmé à l\'AFP l\'une des candidates déclarées à '
            "l'investiture, la députée Anne-Laurence Petel.",
            ["Anne-Laurence Petel"],
        ),
    ],
)
def test_roles_and_nouns_pointing_back(quotes_of, text, expected):
    assert speakers(quotes_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Ils te donnent juste assez à manger", intervient Naeem 35 ans, qui a réussi à fuir.', "Naeem"),
        ('"La mer, c\'est dangereux, mais mieux vaut se noyer", confie Naeem, à qui le navire offre une vie.', "Naeem"),
        ('"On nous frappe avec la crosse d\'un fusil", expose sans émotion Arslan Ahmid, jeune homme de 24 ans.',
         "Arslan Ahmid"),
    ],
)
def test_first_names_and_verbs_the_recogniser_misses(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_ce_dernier_after_the_verb_is_the_person_just_named(quotes_of):
    text = (
        "Le procureur Xavier Tarabeux a fait le point mercredi. \"Nous irons jusqu'au bout de cette enquête\", "
        "a précisé ce dernier mardi soir."
    )
    assert speakers(quotes_of(text)) == ["Xavier Tarabeux"]


def test_a_given_name_is_completed_by_the_surname_after_it(quotes_of):
    quotes = quotes_of(
        '"Je me bats contre cette idée selon laquelle une femme l\'aurait cherché", a réagi Marlène Schiappa '
        "mardi sur France Inter."
    )
    assert speakers(quotes) == ["Marlène Schiappa"]


def test_a_party_acronym_parentheses_and_dashes_around_a_subject(quotes_of):
    quotes = quotes_of(
        'Mais si Jean-Claude Gaudin (LR) assure que "tout est prêt" pour une rentrée le 11 mai, la sénatrice '
        'DVG Samia Ghali a dénoncé mardi une décision "isolée et irresponsable". Un autre élu, le socialiste '
        "Benoit Payan --bras droit de l'élue écologiste Michèle Rubirola-- a lui aussi fustigé une \"décision "
        'mal préparée, précipitée et prise sans concertation".'
    )
    assert [(q.kind, q.speaker, q.speaker_kind) for q in quotes] == [
        ("direct", "Jean-Claude Gaudin", "person"),
        ("indirect", "Samia Ghali", "person"),
        ("direct", "Benoit Payan", "person"),
    ]


def test_a_relative_clause_after_a_complement_names_the_speaker(quotes_of):
    quotes = quotes_of('Le maire a rencontré Julien Dray, qui a déclaré : "Nous ne lâcherons rien sur ce dossier".')
    assert speakers(quotes) == ["Julien Dray"]


def test_a_role_whose_medium_ends_with_a_number_points_back(quotes_of):
    text = (
        "Thomas Sotto a pris la défense de l'humoriste. Sur son compte Twitter, le journaliste d'Europe 1 a "
        'déclaré : "Ce sketch était consternant. Mais Nicolas est un type bien."'
    )
    assert speakers(quotes_of(text)) == ["Thomas Sotto"]


def test_a_name_after_a_role_and_its_adjective_after_a_preposition_is_a_complement(quotes_of):
    text = (
        "Son père, très critique à l'encontre du milliardaire américain George Soros, avait déclaré à l'AFP "
        'qu\'il "figurait aussi sur la liste des candidats".'
    )
    assert speakers(quotes_of(text)) == []


def test_a_sentence_may_open_on_a_name_its_apposition_introduces(quotes_of):
    text = (
        'Omar, un Burkinabé de 18 ans, se plaint du lieu du nouveau camp. "L\'hiver, il fera trop froid à cet '
        'endroit. Comment allons-nous faire?", se demande le jeune homme.'
    )
    assert speakers(quotes_of(text)) == ["Omar"]


def test_a_one_word_name_the_text_gives_a_place_is_no_one(quotes_of):
    text = (
        "A Lesbos, les rescapés de Moria ne veulent pas d'un nouveau camp. Des milliers de personnes dorment "
        'dans la rue depuis que le camp de Moria a brûlé. "Il fera froid ici cet hiver et nous avons peur", '
        "se demande le jeune homme."
    )
    assert speakers(quotes_of(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a trade (data/titles_people.txt) after a demonstrative: the person just introduced
            (
                'Parmi les rares hommes du groupe, Ion, 56 ans, a hâte de retrouver le sexagénaire. "Là-bas on '
                'm\'appelle Johann, tous les habitants du coin me connaissent", lance fièrement cet ancien plombier.'
            ),
            "Ion",
        ),
        (  # an indefinite apposition describes the name before it: no anonymous subject
            (
                "Zhu Peipei, un ex-militaire de 33 ans originaire du Shanxi, estime qu'il s'agit d'une voie idéale. "
                '"Et puis bien sûr, il y a aussi le fait que le métier est cool", sourit-il.'
            ),
            "Zhu Peipei",
        ),
        (
            (
                '"Je ne peux pas m\'empêcher d\'avoir le coeur brisé. J\'attends depuis des années ce moment", se '
                "désole, en pleurs, une fonctionnaire indonésienne Ria Taurisnawati, 37 ans."
            ),
            "Ria Taurisnawati",
        ),
    ],
)
def test_people_introduced_by_their_trade(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    "title",
    [
        'Coronavirus : "Il faut le port du masque" dans les entreprises si la distanciation est impossible',
        'Retraites : le projet sera devant le Parlement "dans les mois qui viennent et pas avant"',
    ],
)
def test_a_headline_label_is_no_speaker(quotes_of, title):
    text = "Le ministre a encouragé le port du masque dans les entreprises face au coronavirus et aux retraites."
    assert [q.speaker for q in quotes_of(text, title=title) if q.speaker_kind == "person"] == []


def test_a_full_name_opening_a_headline_still_speaks(quotes_of):
    quotes = quotes_of("La candidate a parlé mardi.", title='Marine Le Pen : "Nous allons gagner cette élection"')
    assert speakers(quotes) == ["Marine Le Pen"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a gerund after a first name the verb introduces
            '"C\'est notre première victoire et on va les poursuivre", dit Nadim, en regardant par une fenêtre.',
            "Nadim",
        ),
        (  # "membre" is a role, here after "ex-"
            (
                "La journaliste Françoise Laborde a décidé de se payer sa soeur sur Twitter. \"Moi aussi je suis "
                'accablée ! J\'espère au moins que la soupe est bonne !" , écrit l\'ex-membre du CSA.'
            ),
            "Françoise Laborde",
        ),
        (  # a scare quote inside the sentence that announces the quotation
            (
                "Sur Twitter, Marine Le Pen, la présidente du Rassemblement national, s'est offusquée du prix de "
                'certains masques dits "grands publics" lavables. "C\'est malheureux d\'en arriver là mais il faut '
                'que l\'Etat fixe un plafond au prix des masques."'
            ),
            "Marine Le Pen",
        ),
        (  # a medium after the quotation relays the person who spoke right before it
            (
                'En 2019, lors du sommet du G7, Emmanuel Macron avait assuré "répondre à l\'appel de la forêt qui '
                'brûle", souligne BFM TV.'
            ),
            "Emmanuel Macron",
        ),
    ],
)
def test_speakers_found_in_the_ninth_set_kinds(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'La présidente de la Commission électorale, Ella Pamfilova, a pour sa part jugé qu\'il "n\'y a aucun doute '
        'que le vote est valide et légitime", selon l\'agence russe Ria Novosti.',
        "Citée comme témoin, la climatologue Ella Pamfilova a expliqué lors de cette audience qu'\"à eux seuls, "
        'les investissements de la place financière soutiennent un réchauffement" d\'ici la fin du siècle, '
        "selon Keystone-ATS.",
    ],
)
def test_selon_a_medium_after_the_quotation_relays_the_person_whose_verb_opens_the_sentence(quotes_of, text):
    assert speakers(quotes_of(text)) == ["Ella Pamfilova"]


@pytest.mark.parametrize(
    ("text", "speakers_found"),
    [
        (
            '"Tout à fait raisonnable", explique à l\'AFP l\'expert français Alain Fischer, selon qui "il faut y voir '
            'un bon fonctionnement du système".',
            ["Alain Fischer", "Alain Fischer"],
        ),
        (
            "Le ministre a parlé. Un délai jugé ambitieux par Laurent Berger, pour qui \"il va falloir passer aux "
            'travaux pratiques" avant l\'été.',
            ["Laurent Berger"],
        ),
        (  # someone unnamed holds no name
            '"Un effort est indispensable", souligne une source syndicale, pour qui "des marges de manoeuvre '
            'existent" pour une rallonge.',
            [],
        ),
    ],
)
def test_pour_qui_and_selon_qui_give_the_quotation_to_the_person_before_them(quotes_of, text, speakers_found):
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct" and q.speaker_kind == "person"] == speakers_found


def test_a_scare_quote_ending_the_sentence_before_does_not_announce_the_next_quotation(quotes_of):
    text = (
        'Gérald Darmanin avait appelé son camp à soutenir Mme Buzyn, malgré ses propos qu\'elle avait qualifiés de '
        '"mascarade"."Elle aura l\'occasion de s\'exprimer" à ce sujet et "elle se défendra", a ajouté M. Guerini.'
    )
    assert "Gérald Darmanin" not in speakers(quotes_of(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            ("Marine Le Pen a réagi. \"Stoppons le terrorisme sans frontières\", a réagi sa nièce, "
            "Marion-Maréchal-Le Pen, sur son compte Twitter."),
            "Marion-Maréchal-Le Pen",
        ),
        (
            ("\"Toute leur convention a été consacrée à critiquer Donald Trump\", a renchéri la bru du président, "
            "Lara Trump, sur ABC samedi."),
            "Lara Trump",
        ),
    ],
)
def test_a_family_relation_before_an_apposed_name(quotes_of, text, speaker):
    """``sa nièce, X,`` and ``la bru du président, X,`` name the speaker as ``sa fille, X,`` does."""
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [(speaker, "direct")]


def test_a_name_read_as_a_place_that_starts_with_a_given_name_is_a_person(quotes_of):
    text = (
        "\"Je ne veux pas que ma fille grandisse dans une société injuste\", a expliqué Caroline Fache, "
        "Franco-américaine. A Lyon, plusieurs milliers de personnes ont défilé."
    )
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [("Caroline Fache", "direct")]


def test_an_example_named_before_a_quotation_is_who_the_pronoun_means(quotes_of):
    text = (
        "Richard Ferrand annonce à la suite de ce vote que \"l'amendement est adopté\". Cette décision suscite "
        "la colère de plusieurs députés, dont le député de l'Ain Xavier Breton. \"C'est vraiment scandaleux! Il "
        "y avait à peine la majorité au sein du groupe majoritaire\", s'est-il indigné."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Richard Ferrand", "Xavier Breton"]


def test_a_relative_clause_announcing_a_quotation_after_an_adverb(quotes_of):
    text = (
        "Jean-Claude Juncker raconte à François Hollande comment il avait gardé un stylo. Il n'en faut pas plus "
        "à François Hollande, qui demande immédiatement : \"Il avait une valeur ? Tu l'as déclaré ?\"."
    )
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [("François Hollande", "direct")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            ("Le maire Louis Aliot a parlé. Des justifications qui ne semblent pas convaincre ses opposants, en "
            "particulier le conseiller Bruno Nougayrede. « Ce sera votre Fouquet's. Vous devez renoncer », lui "
            "a-t-il répondu."),
            "Bruno Nougayrede",
        ),
        (
            ("Le réalisateur Igor Zaïtsev confirme. Il recrute même des habitants comme figurants, dont Zinaïda. "
            "\"Ces façades et entrées miteuses, ces fenêtres brisées: on dirait que le temps s'est arrêté\", "
            "ajoute-t-il."),
            "Igor Zaïtsev",  # a first name alone, with no role, is no example the pronoun means
        ),
        (
            ("Seules les personnes âgées en sont toujours demandeuses. Comme Marcel, interrogé par franceinfo. "
            "\"Je suis d'un certain âge, confie-t-il. Je n'utilise pas internet.\""),
            "Marcel",  # an apposition closing the sentence makes him the example who speaks
        ),
        (
            ("L'affaire choque les sénateurs, à l'image de Roger Karoutchi, ancien secrétaire d'État, interrogé : "
            "\"On ne garde pas un buste d'Hitler, c'est insensé\", dénonce-t-il."),
            "Roger Karoutchi",
        ),
        (
            ("Kémi Séba parle. Comme Madzoo, la mort de George Floyd le touche. Mais, sur le fond, \"sa vie ne "
            "vaut pas plus que tous ceux qui sont morts avant lui\". \"On n'a pas à se victimiser\", dit-il."),
            "Kémi Séba",  # a comparison that goes on names no example
        ),
        (
            ("Emmanuel Macron est revenu sur les revendications. En cause, le lien de ces figures de l'Histoire, "
            "comme Colbert, avec l'esclavage. \"On en apprend toujours, nos historiens continuent\", a-t-il dit."),
            "Emmanuel Macron",  # a complement after the example is no apposition
        ),
    ],
)
def test_which_examples_named_before_a_quotation_the_pronoun_means(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]


def test_a_colleague_named_as_a_subject(quotes_of):
    text = (
        "L'Insoumis Alexis Corbière a comparé le ton furieux au \"ton mielleux\" de cette interview. Son collègue "
        "Éric Coquerel s'est demandé sur BFMTV s'il s'agissait d'une interview politique. \"Le télévisuel public "
        "a été traité comme une carpette ! J'attends une réaction des journalistes\", a-t-il ajouté."
    )
    assert speakers(quotes_of(text)) == ["Éric Coquerel"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"Sibeth Ndiaye doit démissionner\", a réclamé l'eurodéputé RN Jean-Lin Lacapelle.", "Jean-Lin Lacapelle"),
        (
            ("Certains y ont vu une mise en scène, à l'instar du sénateur Les Républicains Bruno Retailleau, qui a "
            "dénoncé un \"clip de promotion qui flattait la forme pour mieux faire oublier le fond\"."),
            "Bruno Retailleau",
        ),
        (
            "\"Ceci est notre dernier pouls\", a ainsi écrit vendredi sur Facebook Nasri Sayegh, artiste visuel.",
            "Nasri Sayegh",
        ),
        (
            ("Le maire de Sao Paulo Bruno Covas, qui lutte contre un cancer, a annoncé samedi son test. "
            "\"Aujourd'hui, j'ai été testé positif au coronavirus. Je vais bien\", a-t-il assuré."),
            "Bruno Covas",
        ),
        (
            "Le député Constructifs Yannick Favennec Bécot a mis en cause la décision. \"Deux dirigeants de cette "
            'société sont des personnalités que vous connaissez très bien", a-t-il lancé.',
            "Yannick Favennec Bécot",
        ),
        (
            "\"Les garçons sont un peu plus téméraires, les hommes s'expriment en séance de nuit\", explique la "
            "députée En Marche Olivia Grégoire.",
            "Olivia Grégoire",
        ),
        (
            "\"Beaucoup de femmes se sentent plus facilement illégitimes\", commente de son côté l'Insoumise "
            "Clémentine Autain, dont le parti enregistre la même proportion.",
            "Clémentine Autain",
        ),
    ],
)
def test_a_party_a_place_or_a_platform_glued_before_a_name_is_dropped(quotes_of, text, speaker):
    assert speakers(quotes_of(text)) == [speaker]


def test_the_insoumis_in_plural_are_no_role(quotes_of):
    text = (
        "Jean-Luc Mélenchon a été perquisitionné. Le chef de file des Insoumis a annoncé ce mardi en direct sur "
        "Facebook faire l'objet d'une perquisition."
    )
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [("Jean-Luc Mélenchon", "indirect")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Cette étude "ne répond pas de manière extrapolable à l\'ensemble de la population", a indiqué à '
            "franceinfo Milou-Daniel Drici, responsable du Centre régional de pharmacovigilance de Nice.",
            ["Milou-Daniel Drici"],
        ),
        (
            '"Ce sont des décès qu\'on observe aussi bien à l\'hôpital que dans les établissements", a précisé au '
            "cours d'un point de presse en ligne Sophie Vaux, épidémiologiste à Santé publique France.",
            ["Sophie Vaux"],
        ),
        ('"Nous vérifions tous les signalements reçus depuis lundi", a affirmé au stade Pierre Mauroy.', []),
    ],
)
def test_a_name_read_with_the_common_noun_of_a_complement_before_it(quotes_of, text, expected):
    assert speakers(quotes_of(text)) == expected  # not what a place is named after


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ils ont aimé cette "très belle ville, très calme, avec beaucoup d\'espaces verts", comme l\'avait '
            "décrite au quotidien Le Parisien Javier Pastore, au club de 2011 à 2018.",
            ["Javier Pastore"],
        ),
        (
            '"J\'ai eu un coup de cœur pour Fanny", révèle au site du journal Le Parisien Erik Berg, le rédacteur en '
            "chef du magazine.",
            ["Erik Berg"],
        ),
    ],
)
def test_the_article_of_a_medium_after_its_noun_is_no_object(quotes_of, text, expected):
    assert speakers(quotes_of(text)) == expected  # "au quotidien Le Parisien X": X speaks


def test_a_regional_medium_is_no_person_but_a_name_after_an_agency_is(quotes_of):
    text = (
        "\"On nous a signalé plusieurs posts. Nous vérifions 100% des signalements\", a confié à France Bleu "
        "Loire-Atlantique un membre de la direction générale."
    )
    assert speakers(quotes_of(text)) == []
    text = (
        "\"Nous ne commentons pas des déclarations faites par une responsable politique\", a réagi auprès de "
        "l'AFP Nelly Garnier, la directrice de campagne de Rachida Dati."
    )
    assert speakers(quotes_of(text)) == ["Nelly Garnier"]


def test_a_given_name_the_corpus_taught_makes_a_person_of_an_organisation_entity(quotes_of):
    """``Farida`` is among the given names mined from the corpus: the recogniser's organisation
    ``Farida Amrani`` is a person."""
    text = (
        "Mais plusieurs impétrants lui disputent l'étiquette. La candidate de la France insoumise, Farida Amrani, "
        "se dit \"seule à pouvoir battre Valls\"."
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes_of(text)] == [("Farida Amrani", "person")]


@pytest.mark.parametrize(
    "text",
    [
        ("Céline Dion a fait une déclaration. \"Les histoires d'amour finissent mal\", chantaient les Rita "
        "Mitsouko. Eh bien pas celles de Céline Dion."),
        ("Maëva Coucke se confie. À la question : \"Allez-vous partir avec votre petit ami\", la Nordiste "
        "répond simplement : \"eh bien non, puisque je n'en ai plus. Nous sommes séparés\"."),
    ],
)
def test_a_name_after_an_article_is_no_speakers_name(quotes_of, text):
    """``les Rita Mitsouko`` is a group, ``la Nordiste`` a description."""
    assert speakers(quotes_of(text)) == []


def test_a_medium_split_from_the_name_after_it_is_dropped(quotes_of):
    """The recogniser reads ``France Info Patrick Michel`` as ``Info Patrick Michel``."""
    text = (
        "Un objet de cette taille peut pulvériser une ville, comme le relevait au micro de France Info Patrick "
        "Michel, directeur de recherche au CNRS. \"Il faut savoir que le risque d'impact est le moins probable\", "
        "a précisé le directeur de recherche."
    )
    assert speakers(quotes_of(text)) == ["Patrick Michel"]



@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            ("\"Nous venons de saisir ce jour la 32e chambre du tribunal\", ont annoncé dans un communiqué "
            "Mes Antonin Lévy et Pierre Cornut-Gentille."),
            "Antonin Lévy",
        ),
        (
            ("\"Le service public doit rester un repère pour tous\", a déclaré la présidente de France "
            "Télévisions Delphine Ernotte."),
            "Delphine Ernotte",
        ),
    ],
)
def test_a_plural_honorific_or_a_medium_before_a_name_is_no_part_of_it(quotes_of, text, speaker):
    """``Mes`` is the plural of ``Me``; ``France Télévisions`` is a medium, ``Télévisions`` no given name."""
    assert speaker in speakers(quotes_of(text))


def test_a_role_inside_someone_s_reported_words_is_not_the_next_subject(quotes_of):
    text = (
        "Emmanuel Macron envisage un référendum. Invité d'Europe 1, Laurent Wauquiez a estimé qu'avec ce "
        "référendum, le chef de l'État \"prendra un grand risque\". \"Attention à ce que l'issue de ce grand "
        "débat ne soit pas coupée des préoccupations des Français\", a-t-il ajouté."
    )
    assert speakers(quotes_of(text)) == ["Laurent Wauquiez", "Laurent Wauquiez"]


def test_an_honorific_does_not_hide_the_gender_of_a_given_name(quotes_of):
    """``Me Gabriel Dumenil`` is a man: ``assène-t-elle`` does not point back to him."""
    assert given_name_gender("Me Gabriel Dumenil") == "m"
    text = (
        "Ses avocats, Me Cloé Fonteix et Me Gabriel Dumenil, ont demandé sa remise en liberté. A la barre, "
        "une de ses soeurs a pris sa défense. \"C'est impossible qu'il soit jugé en l'état\", assène-t-elle."
    )
    assert "Gabriel Dumenil" not in speakers(quotes_of(text))


def test_a_first_name_and_an_initial_is_a_person():
    """The recogniser reads ``Fadila Z.`` as an organisation: a first name and the initial of a
    withheld surname name a person."""
    assert classify_entity(Entity("Fadila Z.", "ORG", 0, 9)) == "person"
    assert classify_entity(Entity("Yannick J.", "MISC", 0, 10)) == "person"


def test_a_given_name_and_a_particle_glued_to_a_surname_is_a_person():
    """``Bassem al-Kaissi`` read as a place: ``al-`` is a particle, the surname is capitalised."""
    assert classify_entity(Entity("Bassem al-Kaissi", "LOC", 0, 16)) == "person"
    assert classify_entity(Entity("Bassem al-kaissi", "LOC", 0, 16)) != "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(  # the name after the comma is the second of a list, not the subject
            "Laurent Wauquiez a parlé devant des étudiants de l'EM Lyon. Il y égratignait Nicolas Sarkozy, "
            "Emmanuel Macron et Gérald Darmanin. \"J'ai fait une erreur, je n'ai pas mesuré la violence de "
            'certains journalistes", a-t-il poursuivi.',
            "Laurent Wauquiez",
            id="a name inside a list",
        ),
        pytest.param(  # the name after "qui soutient" is the relative clause's object
            "Renaud Muselier, qui soutient Bruno Gilles, le rival de Martine Vassal à l'investiture LR à "
            'Marseille, juge que la présidente du département sera "la cible naturelle des flèches contre le '
            'bilan désastreux de Jean-Claude Gaudin".',
            "Renaud Muselier",
            id="a name a relative clause governs",
        ),
        pytest.param(  # the name stays a complement, but "le ministre" later is him, not the prefect
            "Le préfet du département, Philippe Vignes, s'est rendu sur place dans la matinée, selon un "
            "communiqué du ministre de l'Intérieur, Bruno Le Roux. \"Le racisme n'a pas sa place au sein de la "
            'République", détaille le ministre.',
            "Bruno Le Roux",
            id="a role in a complement before a name",
        ),
        pytest.param(  # "le président brésilien" is not the French president named in a complement
            "Le président brésilien Jair Bolsonaro a qualifié d'absurde la proposition du président français "
            "Emmanuel Macron de créer un statut international pour l'Amazonie. \"L'Amazonie n'est pas détruite "
            'par les flammes, comme les médias voudraient le faire croire", a encore affirmé le président brésilien.',
            "Jair Bolsonaro",
            id="a foreign president",
        ),
        pytest.param(  # "coproducteur" is a role noun: the name after it is the subject
            "Gilbert Montagné participera à l'émission. Le coproducteur Matthieu Jean-Toscani détaille les "
            'raisons de ce choix. "Cette émission est bienveillante. On ne l\'a pas choisi pour le tourner en '
            'ridicule", indique-t-il.',
            "Matthieu Jean-Toscani",
            id="a co- role",
        ),
        pytest.param(  # a name that opens with initials completes the role before it
            '"Aujourd\'hui, j\'ai des informations terriblement tristes à annoncer", a déclaré le gouverneur '
            "J.B. Pritzker lors d'une conférence de presse.",
            "J.B. Pritzker",
            id="initials in a role's name",
        ),
    ],
)
def test_who_a_subject_or_a_role_is(quotes_of, text, speaker):
    """Names that are no subject (in a list, governed by a relative clause), and roles whose holder
    the text gives in a complement or tells apart by a nationality."""
    assert speakers(quotes_of(text)) == [speaker]


def test_a_given_name_that_names_a_medium_opens_a_full_name_only():
    """``Marianne`` is a weekly's name, ``Marianne James`` a person's."""
    assert classify_entity(Entity("Marianne James", "PER", 0, 14)) == "person"
    assert classify_entity(Entity("Marianne", "PER", 0, 8)) == "organisation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a one-word name after an elided article is a body's
            "Le football change. Même dans le football professionnel, l'Ifab a indiqué que l'arbitre pourra "
            "décider que cela constitue un geste dangereux.",
            [("Ifab", "organisation")],
        ),
        ('Coronavirus: l\'Italien Boeri prédit "une nouvelle ère" pour l\'urbanisme', [("Boeri", "person")]),
    ],
)
def test_a_name_after_an_elided_article_is_an_organisations(quotes_of, text, expected):
    assert [(q.speaker, q.speaker_kind) for q in quotes_of(text)] == expected


def test_the_title_of_a_work_apposed_to_its_noun_is_no_speaker(quotes_of):
    text = (
        "Le chanteur sort son troisième album, Amigo. Il était élagueur. \"Le sécateur de papa m'est tombé "
        'sur la tête", raconte la star.'
    )
    assert "Amigo" not in [q.speaker for q in quotes_of(text)]


def test_a_name_after_formation_is_a_partys(quotes_of):
    text = (
        'Le plan est à l\'arrêt. "Il faut qu\'ils retournent à la table des négociations", ajoute le leader '
        "centriste de la formation Yesh Atid-Telem."
    )
    assert "person" not in [q.speaker_kind for q in quotes_of(text) if q.speaker == "Yesh Atid-Telem"]


def test_the_person_whose_eyes_judge_is_who_the_pronoun_means(quotes_of):
    """``aux yeux de X`` opens an opinion as ``selon X`` does: X is who ``il`` means next."""
    text = (
        "Le Skarabet propose un spectacle sur George Sand. Et aux yeux de Dominique Roullet, vice-président "
        "socialiste du conseil régional, la venue de Marion Maréchal est inadmissible. Il déclare : \"Je trouve ça "
        'profondément honteux".'
    )
    assert speakers(quotes_of(text)) == ["Dominique Roullet"]


def test_a_party_label_before_a_name_makes_it_the_subject(quotes_of):
    text = (
        "Le ticket insoumis d'Ulysse Rabaté a des raisons d'espérer. Le communiste Michel Nouaille fait, lui, "
        "campagne avec le soutien de Benoît Hamon. Quitte à être l'instrument d'une vengeance ? \"Ce n'est pas "
        'mon problème", élude le candidat de 66 ans.'
    )
    assert speakers(quotes_of(text)) == ["Michel Nouaille"]


def test_a_role_serving_another_office_is_one_phrase_and_the_subject(quotes_of):
    text = (
        "La secrétaire d'Etat auprès du ministre de l'Economie Agnès Pannier-Runacher a abondé en ce sens. "
        "\"Car il y a parfois un moment où il peut y avoir l'envie de cranter cette augmentation\", a t-elle affirmé."
    )
    assert speakers(quotes_of(text)) == ["Agnès Pannier-Runacher"]


def test_the_topic_of_quant_a_is_who_the_next_pronoun_and_role_point_to(quotes_of):
    text = (
        "Le geste a été apprécié par un proche de François Hollande. Quant à Bernard Cazeneuve, il n'a pas aimé "
        'être zappé des commémorations. "On m\'aurait invité, j\'y serais allé", a confié l\'ex-patron de la '
        "Place Beauvau."
    )
    assert speakers(quotes_of(text)) == ["Bernard Cazeneuve"]


def test_a_party_label_points_back_as_a_role_does(quotes_of):
    text = (
        "Sur les plateaux, il semble être un adversaire redoutable et pourtant Alexis Corbière n'est pas "
        "insensible. L'Obs dresse son portrait. \"Raquel et moi, nous méritons des critiques\", reconnaît dans le "
        "magazine l'insoumis."
    )
    assert speakers(quotes_of(text)) == ["Alexis Corbière"]


def test_a_movement_whose_name_ends_with_a_bang_is_no_person(quotes_of):
    text = (
        '"Tamara était notre rayon de soleil du comité de Dreux", a réagi la porte-parole du candidat '
        "d'En Marche!, Claire-Tassadit Houd, dans les colonnes de l'Echo Républicain."
    )
    assert speakers(quotes_of(text)) == ["Claire-Tassadit Houd"]


def test_a_party_label_is_one_of_its_party(quotes_of):
    text = (
        "Roselyne Bachelot évoque le cas de la porte-parole de la France insoumise Raquel Garrido, recrue de "
        "Thierry Ardisson. Un cas que l'ancienne députée du Maine-et-Loire juge \"problématique\" puisque "
        "l'insoumise a indiqué \"vouloir utiliser sa nouvelle position comme tribune pour les idées de son parti\"."
    )
    assert speakers(quotes_of(text)) == ["Raquel Garrido"]


def test_a_topic_set_apart_by_an_apposition_is_the_subject_of_its_pronoun(quotes_of):
    text = (
        'Patrick Vignal a parlé sur BFMTV. Quant à Sonia Krimi, députée "En marche" de la Manche, elle ne cache '
        'pas sa sympathie pour le mouvement. "Si je n\'étais pas députée, je serais peut-être dans la rue", '
        "a-t-elle expliqué."
    )
    assert speakers(quotes_of(text)) == ["Sonia Krimi"]


def test_a_party_glued_to_a_place_in_a_role_is_no_name(quotes_of):
    text = (
        '"Grande tristesse et stupeur en apprenant la disparition de Joan Taris", a écrit sur Twitter la '
        "secrétaire d'État auprès de la ministre des Armées et conseillère MoDem de Mont-de-Marsan, "
        "Geneviève Darrieussecq."
    )
    assert speakers(quotes_of(text)) == ["Geneviève Darrieussecq"]


def test_a_party_label_is_not_the_name_of_a_complement(quotes_of):
    text = (
        "François Hollande n'est pas de cet avis et il tient à le faire savoir. Critiqué pour le lieu choisi, il "
        'a tenu à répondre vendredi soir. "Je vais au contact des Français", s\'est-il justifié devant les '
        'caméras de Tébéo, une chaîne de télévision locale. "Si rencontrer un large public est déshonorant, '
        "j'accepte cette façon de voir\", a rétorqué le socialiste."
    )
    assert speakers(quotes_of(text)) == ["François Hollande", "François Hollande"]


def test_a_party_label_matches_a_role_whose_complement_names_its_party():
    assert of_party("porte-parole|Franc insou", "insoumise")
    assert of_party("premier secretaire|Parti socia", "socialiste")
    assert not of_party("ministre|Econo", "ecologiste")
    assert not of_party("insoumise", "insoumise")  # no complement


@pytest.mark.parametrize(
    "text",
    [
        (
            "La campagne commence. Le porte-parole du Rassemblement national Sébastien Chenu -qui souhaite être "
            "la tête de liste de son parti face à Xavier Bertrand-, raillait sur France 3 : \"Xavier Bertrand est "
            'obsédé par la présidentielle, moi par la région".'
        ),
        (
            "La campagne commence. Le porte-parole du Rassemblement national Sébastien Chenu, qui souhaite être "
            "la tête de liste de son parti aux élections régionales face à Xavier Bertrand, raillait sur "
            "France 3 : \"Xavier Bertrand est "
            'obsédé par la présidentielle, moi par la région".'
        ),
    ],
)
def test_a_relative_clause_between_the_subject_and_its_verb(quotes_of, text):
    """Set off by single dashes or commas, ``qui souhaite ...`` leaves Chenu the subject of ``raillait``."""
    assert speakers(quotes_of(text)) == ["Sébastien Chenu"]


def test_a_relative_clause_with_a_comma_inside_is_no_aside(quotes_of):
    """``X, qui a exercé ..., est décédé ..., a annoncé Y``: the clause runs into X's own predicate, and Y
    (after the verb) speaks."""
    text = (
        "L'artiste Jean-Loup Dabadie, qui a exercé ses talents dans la littérature, le cinéma et la chanson, est "
        "décédé dimanche à Paris, a annoncé à l'AFP son agent Bertrand de Labbey. \"C'était un artiste "
        'complet, il avait réussi dans tous les arts", a-t-il ajouté.'
    )
    assert "Jean-Loup Dabadie" not in speakers(quotes_of(text)) + speakers(quotes_of(text), "indirect")


def test_a_foreign_particle_inside_a_name_after_a_role(quotes_of):
    """``L'ex-président de gauche Luiz Inacio Lula da Silva``: the role's name runs past ``da``."""
    text = (
        "Le Brésil pleure ses morts. L'ex-président de gauche Luiz Inacio Lula da Silva (2003-2010) a dénoncé "
        "samedi sur Twitter \"l'arrogance d'un président qui a choisi de qualifier ce virus cruel de petite grippe, "
        'en défiant la science et même la mort, et qui portera en son âme la responsabilité de milliers de vies"'
    )
    assert speakers(quotes_of(text)) == ["Luiz Inacio Lula da Silva"]
