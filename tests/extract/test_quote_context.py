"""Person names as the recogniser gives them, cleaned, and first names after a speech verb."""

from __future__ import annotations

import pytest

from search.extract.quote_context import bare_name, clean_person_name, is_person_name, known_genders, topic_label
from search.extract.quote_names import completed_given_names
from search.extract.structure_types import Entity


@pytest.mark.parametrize(
    ("found", "name"),
    [
        ("Armin S.travaille", "Armin S."),  # a sentence glued to an initial
        ("Strasbourg Yolande Renzi", "Yolande Renzi"),  # a role's place glued before the name
        ("Occitanie Carole Delga", "Carole Delga"),
        ("Lourdes Garcia Lopez", "Lourdes Garcia Lopez"),  # a place that is also a given name
        ("Emmanuel Macron de", "Emmanuel Macron"),  # a particle left over at the end
        ("Charles de Gaulle", "Charles de Gaulle"),
        ("AFP Umesh Pandey", "Umesh Pandey"),
        ("Serge AurierVenu", "Serge Aurier"),  # the next sentence glued on
        ("Leonardo DiCaprio", "Leonardo DiCaprio"),
        ("J.B. Pritzker", "J.B. Pritzker"),  # initials are no acronym glued before the name
        ("Emmanuel Macron.• Rénovation", "Emmanuel Macron"),  # a bulleted subhead glued on
        ("Agnès Buzyn• Don", "Agnès Buzyn"),
    ],
)
def test_clean_person_name(found, name):
    assert clean_person_name(found) == name


@pytest.mark.parametrize(
    "name",
    [
        "Ministre",
        "Invitée du Grand Jury LCI",
        "Prénommé Raphaël",
        "il",
        "OTAN",
        "Quid de Macron",
        "Chez Ngao",
        "The Voice",
        "Kim: Séoul",  # "Sommets Trump/Kim: Séoul accuse ...": a headline's topic, then its clause
        "Code du Travail",
        "Fan de Meryl",  # "Fan de Meryl StreepParmi les autres ...": a subhead glued to its paragraph
        "Interview de Macron",
        "Cet",  # "AÉROPORT DE NANTES Cet argent ...": a subhead run into its paragraph, then a determiner
        "Cette",
    ],
)
def test_not_person_names(name):
    assert not is_person_name(name)


@pytest.mark.parametrize(
    "name", ["Mohammed ben Salmane", "Hamad ben Issa Al-Khalifa", "Bachar al-Assad", "Staffan de Mistura", "Fan Shih"]
)
def test_person_names_with_lowercase_words(name):
    """Particles (``de``, ``al``) and connectors (``ben``) may stand in a person's name."""
    assert is_person_name(name)


def test_a_first_name_before_a_complement():
    text = ", explique Armin au Parisien. Mais"
    assert bare_name(text, len(", explique"), len(text)) == ("Armin", 11, 16)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Je veux qu\'on nous voie au cœur de l\'Église", a expliqué au Progrès Georges, l\'une des victimes.', "Georges"),
        ('"On est complètement serein", a confié au Parisien Marie, une voisine.', "Marie"),
        ('"Je trouve scandaleux que ces injustices restent impunies", a expliqué à l\'AFP Dior, 21 ans.', "Dior"),
        ('"On a eu très peur pendant la nuit", raconte au Parisien Idrissa, 32 ans.', "Idrissa"),
    ],
)
def test_a_first_name_after_a_medium_speaks(quotes_of, text, speaker):
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [(speaker, "direct")]


def test_a_compound_role_keeps_its_head_before_the_name(quotes_of):
    text = (
        '"Nous nous sommes rendu compte qu\'il bénéficiait d\'une autorisation de sortie", explique le '
        "commandant-divisionnaire Jean-Luc Ludwig, interrogé par 20 Minutes."
    )
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [("Jean-Luc Ludwig", "direct")]


def test_a_medium_of_two_words_is_no_name(quotes_of):
    text = (
        "Clara Morgane a de nouveaux projets. Dans une interview à Télé Loisirs, la jeune femme parle. "
        '"J\'ai beaucoup attendu, j\'ai attendu d\'être mature", a affirmé l\'ancienne actrice.'
    )
    assert "Loisirs" not in [q.speaker for q in quotes_of(text)]



@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                'De son côté, le député LREM François-Michel Lambert a refusé : "Une députée m\'a conseillé de '
                'faire embaucher mon épouse par un autre député".'
            ),
            "François-Michel Lambert",
        ),
        (  # a list's dash glued before a compound given name
            "Le ministre a parlé.\n\n-Jean-Pierre Chevènement a également déploré la \"polémique subalterne\" "
            'suscitée par son conseil. "Il faut plus d\'amitié civique", a-t-il ajouté.',
            "Jean-Pierre Chevènement",
        ),
        (
            (
                'Louis Aliot a réagi. "La France peut être fière de ses policiers et de ses gendarmes", a écrit le '
                "député LR des Alpes-Maritimes Éric Ciotti."
            ),
            "Éric Ciotti",
        ),
        (
            (
                '"C\'est un obstacle supplémentaire à la bonne pratique de notre métier", abonde dans Capital Fabien '
                "Vanhemlryck, secrétaire général délégué au syndicat Alliance."
            ),
            "Fabien Vanhemlryck",
        ),
        (
            (
                'Chez Ouibus, le mouvement a permis un record. "Le 8 avril, on a accueilli 20.000 passagers, '
                "se réjouit son directeur général, Roland de Barbentane, cité par Le Parisien. Et c'est un "
                'chiffre que nous avons frôlé à plusieurs reprises."'
            ),
            "Roland de Barbentane",  # read as two persons, "Roland" and "Barbentane"
        ),
    ],
)
def test_names_the_recogniser_cuts_wrong_are_mended(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a dit son directeur, Roland de Barbentane, cité", ["Roland de Barbentane"]),
        ("a dit Gustave van Dyck hier", ["Gustave van Dyck"]),
        ("Felipe y Letizia sont venus", ["Felipe", "Letizia"]),  # "y" is "and" here
    ],
)
def test_two_persons_read_apart_at_a_particle_are_one(text, names):
    words = [w for w in text.split() if w[:1].isupper()]
    entities = [Entity(w.strip(","), "PER", text.index(w), text.index(w) + len(w.strip(","))) for w in words]
    assert [e.text for e in completed_given_names(entities, text)] == names


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it(quotes_of):
    text = (
        "Julie Trossat élève des chevaux depuis vingt ans dans le Gard. Elle a dû vendre. \"Qui pourrait "
        "acheter douze chevaux en un seul lot ?\", s'inquiète Julie au micro de France Inter."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Julie Trossat"]
    two = text.replace("Julie Trossat élève", "Julie Trossat et Julie Martin élèvent").replace("Elle a", "Elles ont")
    assert [q.speaker for q in quotes_of(two)] == ["Julie"]


def test_a_first_name_alone_is_the_full_name_with_a_particle(quotes_of):
    text = (
        "Au pied de la Tour Eiffel, Hervé Le Hir, 51 ans, et Michel Lacaze, 67 ans, font une pause. \"D'habitude "
        'on part à 9h, mais là on a avancé le départ à 6h30", a expliqué Hervé.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Hervé Le Hir"]


def test_a_nationality_after_a_first_name_is_no_surname(quotes_of):
    text = (
        "Hana Berger Moran est née dans un camp. Celles de Florence et de Mark étaient Polonaises, celle de Hana "
        'Tchécoslovaque. "Il faut bien faire passer le message", souffle Hana.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Hana Berger Moran"]


def test_a_surname_alone_is_the_full_name_written_only_in_quoted_words(quotes_of):
    text = (
        "\"Laurent Wauquiez nomme Jean Leonetti, maire d'Antibes, vice-président délégué\", a annoncé le parti. "
        "\"Ils peuvent tous compter sur ma loyauté\", a écrit M. Leonetti sur Twitter."
    )
    assert [q.speaker for q in quotes_of(text) if q.speaker_kind == "person"] == ["Jean Leonetti"]
    title = "Dans son livre « Complètement Stone », la chanteuse se confie. \"J'ai tout dit\", raconte Stone."
    assert [q.speaker for q in quotes_of(title)] == ["Stone"]


def test_a_given_name_with_a_surname_initial_is_a_person(quotes_of):
    text = (
        "Dans un entretien, Fatima E. revient sur l'épisode de vendredi. \"Sincèrement, ils ont détruit ma "
        'vie...", déplore-t-elle.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Fatima E."]


def test_a_rare_first_name_alone_is_the_one_person_read_in_full_with_it(quotes_of):
    text = (
        "Abessia Dargaid vient à 68 ans de découvrir les tombes de ses frères. \"Mon père a juste pu voir la "
        "main de son fils à son décès\", témoigne Abessia."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Abessia Dargaid"]
    two = text.replace("Abessia Dargaid vient", "Abessia Dargaid et Abessia Amrane viennent")
    assert [q.speaker for q in quotes_of(two)] == ["Abessia"]


def test_topic_labels():
    assert topic_label("Coronavirus", "Coronavirus : la rentrée. Le virus circule.")
    assert not topic_label("Pen", "Pen : la rentrée. Marine Le Pen a parlé.")  # a surname the text completes
    assert not topic_label("Omar", "Omar : la rentrée.")  # a known given name
    assert not topic_label("Marine Le Pen", "")  # several words


def test_known_genders():
    genders = known_genders(
        [("Castaner", "-"), ("Christophe Castaner", "m"), ("M. Lavrov", "m"), ("Sergueï Lavrov", "-"),
         ("Jonathann Daval", "-"), ("Alexia Daval", "f"), ("Dominique", "m"), ("Dominique", "f")]
    )  # fmt: skip
    assert genders["castaner"] == genders["serguei lavrov"] == "m"
    assert genders["alexia daval"] == "f"
    assert "jonathann daval" not in genders and "daval" not in genders  # two persons share the surname
    assert "dominique" not in genders  # told both


@pytest.mark.parametrize(
    ("text", "entity", "label", "name"),
    [  # a party, body or office of a place glued before a given name
        (
            "a déclaré le maire LR de Nice Christian Estrosi.",
            "LR de Nice Christian Estrosi",
            "ORG",
            "Christian Estrosi",
        ),
        (
            "a dit le député Les Républicains des Alpes-Maritimes Eric Ciotti.",
            "Les Républicains des Alpes-Maritimes Eric Ciotti",
            "MISC",
            "Eric Ciotti",
        ),
        (  # an unknown place: nothing is dropped
            "a dit le LR de Trifouillis Jean Dupont.",
            "LR de Trifouillis Jean Dupont",
            "ORG",
            "LR de Trifouillis Jean Dupont",
        ),
    ],
)
def test_a_party_of_a_place_glued_before_a_name_is_dropped(text, entity, label, name):
    start = text.index(entity)
    found = completed_given_names([Entity(entity, label, start, start + len(entity))], text)
    assert [e.text for e in found] == [name]


@pytest.mark.parametrize(
    ("text", "others", "label"),
    [
        ("Jenifer raconte que ses relations avec les paparazzis l'ont fait souffrir.", [], "PER"),
        ("Philippe fâche LR. Édouard Philippe a parlé.", [("Édouard Philippe", "PER")], "ORG"),  # a surname here
        ("Orange raconte que ses clients sont partis.", [], "ORG"),  # no given name
    ],
)
def test_a_given_name_alone_read_as_an_organisation_is_a_person(text, others, label):
    word = text.split()[0]
    entities = [Entity(word, "ORG", 0, len(word))]
    entities += [Entity(name, kind, text.index(name), text.index(name) + len(name)) for name, kind in others]
    assert completed_given_names(entities, text)[0].label == label


@pytest.mark.parametrize(
    ("text", "first", "names"),
    [
        (  # a full name read as a miscellany, then the rest of it after a particle
            "Emelyne Rodrigues de Jesus, une étudiante, remarque qu'il y a du monde.",
            "Emelyne Rodrigues",
            ["Emelyne Rodrigues de Jesus"],
        ),
        ("Le Prix Goncourt de Houellebecq a surpris.", "Prix Goncourt", ["Prix Goncourt", "Houellebecq"]),
    ],
)
def test_a_name_read_apart_at_a_particle_is_one(text, first, names):
    last = text.split(" de ")[1].split()[0].rstrip(",")
    entities = [
        Entity(first, "MISC", text.index(first), text.index(first) + len(first)),
        Entity(last, "PER", text.index(last), text.index(last) + len(last)),
    ]
    assert [e.text for e in completed_given_names(entities, text)] == names


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Meghan ajoute qu'elle veut produire des séries.", "PER"),
        ("Florence accueille le festival.", "LOC"),  # a place the gazetteer knows
    ],
)
def test_a_given_name_alone_read_as_a_place_is_a_person_unless_it_is_one(text, label):
    word = text.split()[0]
    assert completed_given_names([Entity(word, "LOC", 0, len(word))], text)[0].label == label


@pytest.mark.parametrize(
    "name",
    [
        "Député LR des Alpes-Maritimes",
        "Maire LR de la Garenne-Colombes",
        "Directeur Général",
        "Insoumis de la Somme",
    ],
)
def test_a_capitalized_role_and_its_complement_is_no_name(name):
    assert not is_person_name(name)


@pytest.mark.parametrize("name", ["Prince Harry", "Juge Lambert", "Père Fouras"])
def test_a_title_before_a_name_is_still_a_name(name):
    assert is_person_name(name)


def test_ce_dernier_is_not_a_capitalized_role(quotes_of):
    text = (
        "Les journalistes ont remonté la piste via Ted Ryan, le responsable des archives de Ford et Directeur "
        "Général de son département Héritage. Ce dernier a pu confirmer que le véhicule "
        '"avait été photographié le 2 mai 1966".'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ted Ryan"]
