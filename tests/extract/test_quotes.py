"""Quotations and their speakers, one French pattern at a time."""

from __future__ import annotations

import pytest

from search.article import Article, Quote
from search.extract.quotes import entity_spans
from search.extract.structure_types import full_text


def said(quotes: list[Quote]) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in quotes]


def test_speaker_after_the_quote(quotes_of):
    quotes = quotes_of('"Nous ne céderons pas", a déclaré Jean-Marc Ayrault à la presse.')
    assert said(quotes) == [("Jean-Marc Ayrault", "Nous ne céderons pas")]
    assert (quotes[0].kind, quotes[0].verb, quotes[0].speaker_kind) == ("direct", "a déclaré", "person")


def test_a_speaker_after_a_subhead_glued_to_her_name(quotes_of):
    text = (
        "Le débat est lancé.L214 se réjouit de l'initiativeBrigitte Gothière, présidente de l'association L214, a "
        'salué une initiative "historique". "La cause animale rassemble des personnes inattendues", '
        "s'est-elle enthousiasmée."
    )
    assert [(q.speaker, q.kind) for q in quotes_of(text)] == [("Brigitte Gothière", "direct")]


def test_speaker_after_a_verb_adverbs_and_complements(quotes_of):
    text = '"Les bombardements doivent cesser", a déclaré jeudi soir à l\'AFP Philippe Lacube, éleveur.'
    assert said(quotes_of(text)) == [("Philippe Lacube", "Les bombardements doivent cesser")]


def test_role_with_apposed_name(quotes_of):
    text = '"Ce qui se passe à Alep est une honte", a affirmé le ministre, Jean-Marc Ayrault, à Paris.'
    assert said(quotes_of(text)) == [("Jean-Marc Ayrault", "Ce qui se passe à Alep est une honte")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Le verdict est définitif", a déclaré le porte-parole de l\'Autorité judiciaire Gholamhossein Esmaïli.',
            "Gholamhossein Esmaïli",
        ),
        (
            '"Le pire est devant nous", a averti le directeur général de l\'OMS, Tedros Adhanom Ghebreyesus, à Genève.',
            "Tedros Adhanom Ghebreyesus",
        ),
    ],
)
def test_appositions(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(("opening", "closing"), [(" : « ", " »"), (': "', '"'), (' : "', '"'), (" : “", "”")])
def test_speaker_before_the_quote(quotes_of, opening, closing):
    text = f"Philippe Lacube a affirmé{opening}Ces réunions ne servent à rien{closing}."
    quotes = quotes_of(text)
    assert said(quotes) == [("Philippe Lacube", "Ces réunions ne servent à rien")]
    assert quotes[0].verb == "a affirmé"


def test_inline_attribution_covers_both_parts(quotes_of):
    text = (
        "Jean-Marc Ayrault est arrivé à Bruxelles. "
        '"Nous ne céderons pas", a insisté Ayrault, "la France restera mobilisée".'
    )
    assert said(quotes_of(text)) == [
        ("Jean-Marc Ayrault", "Nous ne céderons pas"),
        ("Jean-Marc Ayrault", "la France restera mobilisée"),
    ]


def test_a_noun_before_the_name_is_not_part_of_it(quotes_of):
    text = 'Les députés "pourraient avoir les moyens de se loger", estime l\'Insoumise Danièle Obono.'
    assert [q.speaker for q in quotes_of(text)] == ["Danièle Obono"]


def test_pronoun_points_to_the_last_subject(quotes_of):
    text = 'Emmanuel Macron a reçu jeudi Angela Merkel à l\'Elysée. "Nous avançons ensemble", a-t-il dit.'
    assert said(quotes_of(text)) == [("Emmanuel Macron", "Nous avançons ensemble")]


def test_feminine_pronoun_skips_a_man(quotes_of):
    text = (
        "La ministre des Armées Florence Parly a rencontré M. Jean Dupont. "
        '"C\'est une condamnation inacceptable", a-t-elle déclaré.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Florence Parly"]


def test_selon_lui(quotes_of):
    text = (
        '"Le verdict est définitif", a déclaré le porte-parole Gholamhossein Esmaïli. '
        "Selon lui, la chercheuse a bénéficié de toutes les garanties."
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.kind, q.verb) for q in quotes] == [
        ("Gholamhossein Esmaïli", "direct", "a déclaré"),
        ("Gholamhossein Esmaïli", "indirect", "selon"),
    ]
    assert quotes[1].text == "la chercheuse a bénéficié de toutes les garanties"


def test_honorific_and_surname_resolve_to_the_full_name(quotes_of):
    text = (
        "Le ministre russe des Affaires étrangères Sergueï Lavrov était à Genève. "
        '"Nous avons tout fait", a déclaré M. Lavrov. "Rien ne change", a ajouté Lavrov.'
    )
    assert {q.speaker for q in quotes_of(text)} == {"Sergueï Lavrov"}


def test_role_points_back_to_the_person_given_that_role(quotes_of):
    text = (
        "Alex Younger, le patron du MI6, a parlé à St Andrews. Theresa May était à Londres. "
        '"La Russie ne doit pas nous sous-estimer", a déclaré le patron du MI6.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Alex Younger"]


def test_indefinite_roles_are_nobody(quotes_of):
    text = 'Jean Dupont est arrivé. "C\'est grave", a indiqué un responsable. "Tout va bien", a-t-on ajouté.'
    assert quotes_of(text) == []


def test_pronoun_after_an_anonymous_speaker_is_nobody(quotes_of):
    text = (
        '"Ce sont des affirmations sans fondement", a dit le porte-parole du Kremlin, Dmitri Peskov. '
        "Un diplomate européen a jugé le discours inhabituel. "
        '"C\'est un message adressé à nos alliés", a-t-il estimé.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Dmitri Peskov"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Au moins 50 civils ont été tués", a indiqué l\'OSDH.', "OSDH"),
        ("\"Le pic de l'épidémie est passé\", a estimé l'OMS.", "OMS"),
        (
            '"Un accès humanitaire est exigé", a indiqué le département d\'État dans un communiqué.',
            "département d'État",
        ),
        ('"Ces accusations sont sans fondement", a martelé le Kremlin.', "Kremlin"),
        ('"Les tests seront gratuits", a annoncé le ministère de la Santé.', "ministère de la Santé"),
        ('"Le choc est survenu peu après 7h00", a indiqué la gendarmerie à l\'AFP.', "gendarmerie"),
    ],
)
def test_organisations_speak_as_organisations(quotes_of, text, speaker):
    quotes = quotes_of(text)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [(speaker, "organisation")]


def test_acronym_and_full_name_are_one_organisation(quotes_of):
    text = (
        "Selon l'Observatoire syrien des droits de l'homme (OSDH), au moins 50 civils ont été tués. "
        '"Les bombardements continuent", a indiqué l\'OSDH.'
    )
    assert {q.speaker for q in quotes_of(text)} == {"Observatoire syrien des droits de l'homme"}


def test_authors_never_speak(quotes_of):
    text = (
        "Par Laila Bassam et John Davison\n\nBEYROUTH, 10 décembre (Reuters) - Les combats ont repris à Alep. "
        '"La situation est catastrophique", a-t-il dit. "On ne lâchera rien", a lancé John Davison.'
    )
    assert quotes_of(text, authors=("Laila Bassam", "John Davison")) == []


@pytest.mark.parametrize(
    "text",
    [
        'Les "gilets jaunes" ont manifesté samedi à Paris.',
        'Le gouvernement lutte contre une "pandémie" silencieuse dans le pays.',
        'Le documentaire intitulé "Télé-réalité : que sont-ils devenus ?" a été diffusé jeudi.',
        'Des manifestants scandaient "Macron démission" devant la préfecture.',
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(quotes_of, text):
    assert quotes_of(text) == []


def test_unattributed_quote_is_dropped(quotes_of):
    assert quotes_of('"Personne ne gagnera cette guerre." Les combats ont repris dans la nuit.') == []


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "words"),
    [
        (
            "Selon la préfecture de police, 412 personnes ont été interpellées à Paris.",
            "préfecture de police",
            "selon",
            "412 personnes ont été interpellées à Paris",
        ),
        (
            "Au moins 50 civils ont été tués dans la nuit, d'après l'OSDH.",
            "OSDH",
            "d'après",
            "Au moins 50 civils ont été tués dans la nuit",
        ),
        (
            "Sergueï Lavrov a déclaré que l'évacuation des rebelles serait achevée d'ici deux jours.",
            "Sergueï Lavrov",
            "a déclaré",
            "l'évacuation des rebelles serait achevée d'ici deux jours",
        ),
        (
            "Le ministre de l'Economie Bruno Le Maire estime que la réforme doit être adoptée avant l'été.",
            "Bruno Le Maire",
            "estime",
            "la réforme doit être adoptée avant l'été",
        ),
        (
            "Les bus ont quitté les quartiers rebelles dans la matinée, "
            "a indiqué le Comité international de la Croix-Rouge.",
            "Comité international de la Croix-Rouge",
            "a indiqué",
            "Les bus ont quitté les quartiers rebelles dans la matinée",
        ),
    ],
)
def test_indirect_speech(quotes_of, text, speaker, verb, words):
    quotes = quotes_of(text)
    assert [(q.speaker, q.kind, q.verb, q.text) for q in quotes] == [(speaker, "indirect", verb, words)]


def test_an_object_is_not_an_inverted_subject(quotes_of):
    text = (
        "L'ancienne actrice Brigitte Bardot, militante de la cause animale, critique sévèrement "
        "l'action du ministre de la Transition écologique Nicolas Hulot."
    )
    assert [q.speaker for q in quotes_of(text)] != ["Nicolas Hulot"]
    text = "Vendredi, la maire de Paris, Anne Hidalgo, avait elle aussi répondu à Donald Trump."
    assert quotes_of(text) == []


def test_a_party_glued_to_a_name_is_dropped(quotes_of):
    text = '"C\'est une enfant gâtée", lance même le sénateur Les Républicains Pierre Charon.'
    assert [q.speaker for q in quotes_of(text)] == ["Pierre Charon"]


def test_opinions_and_unreliable_sources_are_not_reported_speech(quotes_of):
    assert quotes_of("Jean Dupont pense que la réforme est mauvaise pour le pays.") == []
    assert quotes_of("Selon les chiffres de l'Insee, le chômage a baissé de 0,2 point.") == []


def test_headline_quote(quotes_of):
    quotes = quotes_of(
        "La présidente du RN a parlé à Lyon.", title='Marine Le Pen : "Le gouvernement a perdu le contact"'
    )
    assert [(q.speaker, q.verb, q.text) for q in quotes] == [
        ("Marine Le Pen", ":", "Le gouvernement a perdu le contact")
    ]


def test_offsets_index_into_the_full_text(quotes_of):
    title, lede = "Syrie: reprise des combats", "Les combats ont repris à Alep."
    text = '"La trêve est morte", a déclaré Sergueï Lavrov.'
    quotes = quotes_of(text, title=title, lede=lede)
    full = full_text(Article(id="t", text=text, title=title, lede=lede))
    assert full[quotes[0].start : quotes[0].start + len(quotes[0].text)] == "La trêve est morte"


def test_entities_of_the_whole_text_work_too(quotes_of):
    text = (
        "Le ministre russe des Affaires étrangères Sergueï Lavrov a affirmé jeudi que la trêve tiendrait. "
        '"Nous avons tout fait", a déclaré M. Lavrov.'
    )
    assert said(quotes_of(text, whole=True)) == said(quotes_of(text))


def test_entity_spans_skip_quoted_words_and_plain_sentences():
    text = 'Les Bleus sont partis. "Nous avons tout fait", a déclaré Sergueï Lavrov.Il fait beau.'
    spans = [text[s:e] for s, e in entity_spans(text, context=0)]
    assert spans == [", a déclaré Sergueï Lavrov."]
    assert [text[s:e] for s, e in entity_spans(text, context=1)][0] == "Les Bleus sont partis."


def test_a_quotation_in_a_that_clause_after_a_day_is_the_speakers(quotes_of):
    """``a estimé lundi que ... "..."``: the day does not cut the verb from its clause."""
    text = (
        "Nicolas Bay, secrétaire général du Front national, a estimé lundi que la nomination d'Édouard Philippe "
        "à Matignon était la \"synthèse du pire de la droite et du pire de la gauche\"."
    )
    assert ("Nicolas Bay", "direct", "synthèse du pire de la droite et du pire de la gauche") in [
        (q.speaker, q.kind, q.text) for q in quotes_of(text)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            ("Le sociologue du travail Alain d'Iribarne les a qualifiés de \"fabrique du contrôle social\" où "
            "\"chacun se surveille\"."),
            "Alain d'Iribarne",
        ),
        (
            ("Dans les colonnes du Parisien, son ami d'enfance, Didier Catuffe, le décrit comme \"un bon gars, "
            "généreux, honnête\"."),
            "Didier Catuffe",
        ),
    ],
)
def test_an_object_pronoun_between_subject_and_verb(quotes_of, text, speaker):
    """``X les a qualifiés de "..."``, ``X le décrit comme "..."``: ``le``, ``la``, ``les`` stand for the object."""
    assert {q.speaker for q in quotes_of(text) if q.kind == "direct"} == {speaker}



@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"La confiance gagne du terrain", a expliqué jeudi soir le linguiste Alain Rey.', "Alain Rey"),
        ('"La confiance gagne du terrain", a expliqué hier à l\'AFP le linguiste Alain Rey.', "Alain Rey"),
        ('"La confiance gagne du terrain", expliquait récemment un reporter de Floride, Joe McLean.', "Joe McLean"),
    ],
)
def test_a_role_then_a_name_after_a_day_or_an_adverb(quotes_of, text, speaker):
    """``a expliqué jeudi soir le linguiste X``: a bare day or an adverb leaves the role and its name the subject."""
    assert said(quotes_of(text)) == [(speaker, "La confiance gagne du terrain")]


def test_a_quotation_the_lede_opens_and_the_text_closes(quotes_of):
    """OrangeSum cuts the lede from the text wherever its first sentences end, inside a quotation too."""
    quotes = quotes_of(
        'Notre ville est accueillante et le restera", a écrit le maire de Bordeaux sur Twitter.',
        lede='Alain Juppé envisage de saisir la justice : "Les attaques anti-nouveaux arrivants sont une honte.',
    )
    assert [(q.speaker, q.kind, q.text) for q in quotes] == [
        (
            "Alain Juppé",
            "direct",
            "Les attaques anti-nouveaux arrivants sont une honte.\n\nNotre ville est accueillante et le restera",
        )
    ]


def test_for_a_role_a_name_then_a_quotation_is_what_the_role_thinks_of_that_name(quotes_of):
    """``Pour le chef de l'État, Jean-Luc Mélenchon "se comporte ..."``: the name opens the quoted
    clause, it is no apposition; the role speaks."""
    text = (
        "Emmanuel Macron estime que la manifestation a été un échec. Pour le chef de l'État, le leader de LFI, "
        'Jean-Luc Mélenchon "se comporte comme ces chefs qui ont perdu l\'élection".'
    )
    assert ("Emmanuel Macron", "se comporte comme ces chefs qui ont perdu l'élection") in said(quotes_of(text))
    assert "Jean-Luc Mélenchon" not in {q.speaker for q in quotes_of(text)}


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        (
            'Selon une source proche de l\'enquête, Abdallah Ahmed-Osman a affirmé en garde à vue "ne pas se '
            'souvenir de ce qui s\'est passé".',
            "Abdallah Ahmed-Osman",
            "a affirmé",
        ),
        (
            'Selon Vincent Agrech, producteur et critique pour Diapason, "les théâtres maintiennent la gratuité par '
            'peur de perdre le lien avec le public".',
            "Vincent Agrech",
            "selon",
        ),
        (
            "Selon la chaîne d'information, l'ex-chef de l'État écrit lui-même, et à la main, cet ouvrage, "
            '"ce qui complique la tâche de sa cheffe de cabinet".',
            "chaîne d'information",
            "selon",
        ),
        (
            'Selon le parquet de Vienne, le jeune homme a reconnu "avoir lui-même diffusé les informations".',
            "parquet de Vienne",
            "selon",
        ),
    ],
)
def test_selon_then_a_speech_verb_with_its_own_subject(quotes_of, text, speaker, verb):
    """``Selon X, Y a affirmé "..."``: Y's words (since ``selon`` reads a role without the name that
    runs on after it); not an apposition with a verb-like noun (``critique``), nor a verb past its object."""
    assert [(q.speaker, q.verb, q.kind) for q in quotes_of(text)] == [(speaker, verb, "direct")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elle aurait reconnu la Crimée. Rien d'étonnant selon Cécile Vaissié, spécialiste de la Russie : \"C'est "
            'la mentalité et les pratiques du KGB. On achète des gens."',
            [("direct", "Cécile Vaissié", "selon")],
        ),
        (  # a speech verb before: the medium relays the subject's words
            "François Hollande était à Grigny. L'ex-président a lancé un dernier message aux élèves, selon Le "
            'Parisien : "Mon plus grand souhait, c\'est que vous puissiez dire que vous avez franchi les portes du '
            'succès."',
            [("indirect", "Le Parisien", "selon"), ("direct", "François Hollande", ":")],
        ),
        (  # a clause, not an apposition, between the name and the colon: a statement of its own
            "Son fils est malade. Selon Stanley Johnson, la maladie qui a frappé son fils met en exergue la gravité "
            'de la pandémie : "Il s\'est presque sacrifié. Nous devons jouer le match correctement."',
            [("indirect", "Stanley Johnson", "selon"), ("direct", "Stanley Johnson", "")],
        ),
    ],
)
def test_selon_then_a_colon_before_the_quotation(quotes_of, text, expected):
    """``Rien d'étonnant selon X, spécialiste de ... : "..."``: X's words."""
    assert [(q.kind, q.speaker, q.verb) for q in quotes_of(text)] == expected


def test_an_incise_verb_that_dodges(quotes_of):
    """``élude``, ``acquiesce``, ``énumère``: incise verbs that attribute quotations (``speech_verbs.txt``)."""
    text = 'Le communiste Michel Nouaille fait campagne. "Ce n\'est pas mon problème", élude le candidat de 66 ans.'
    assert said(quotes_of(text)) == [("Michel Nouaille", "Ce n'est pas mon problème")]


@pytest.mark.parametrize(
    "text",
    [
        '"Tous les passagers auront un test", a énuméré le directeur général France, Belgique et Luxembourg.',
        '"À l\'AFP, ils savent qu\'il n\'a jamais dit ça comme ça", ajoute encore le camp Sarkozy.',
    ],
)
def test_a_country_or_a_persons_side_is_no_person_speaker(quotes_of, text):
    """A country written in a role (``directeur général France, Belgique``) and a name after ``camp`` or
    ``famille`` (``le camp Sarkozy``: his side) give no person speaker."""
    assert [q.speaker for q in quotes_of(text) if q.speaker_kind == "person"] == []


def test_entity_spans_skip_parts_whose_only_capital_opens_them_with_a_function_word():
    """``Il a ajouté ...`` names nobody: the recogniser is spared it; ``Le Pen`` and ``Selon l'AFP`` are read."""
    text = (
        "Il a ajouté qu'il reviendrait. \"Nous avons tout fait\", a déclaré Sergueï Lavrov. "
        "Le Pen a dit que non. Selon l'AFP, il a menti. Selon lui, il a menti."
    )
    spans = [text[s:e] for s, e in entity_spans(text, context=1)]
    assert spans == [", a déclaré Sergueï Lavrov.", "Le Pen a dit que non.", "Selon l'AFP, il a menti."]


def test_a_foreign_newspaper_after_a_role_and_surname_is_where_he_said_it(quotes_of):
    quotes = quotes_of(
        'Le professeur Neil Ferguson a démissionné. "J\'admets avoir fait une erreur", a déclaré le professeur '
        "Ferguson au Telegraph. Il a expliqué."
    )
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Neil Ferguson"]


def test_a_finding_announced_by_verdict_is_no_ones(quotes_of):
    quotes = quotes_of(
        'La CLCV a livré ses résultats. Verdict : "un surplus de dépense compris entre 100 et 225 euros par année" '
        "pour les ménages."
    )
    assert [q.speaker for q in quotes] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Le professeur Pierre-François Dequin dirige le service. "Les équipes sont meurtries", a encore confié '
            'à France Bleu Touraine, le professeur Dequin. "Ce qui a choqué", a-t-il ajouté.',
            "Pierre-François Dequin",
        ),
        (
            '"On a voulu une fête", explique à France Bleu Paris Corinne Journy, directrice de programmes.',
            "Corinne Journy",
        ),
    ],
)
def test_a_regional_station_is_one_medium_with_its_region(quotes_of, text, speaker):
    assert {q.speaker for q in quotes_of(text) if q.kind == "direct"} == {speaker}


def test_a_pronoun_points_back_to_who_a_comme_clause_says_spoke(quotes_of):
    quotes = quotes_of(
        '"Nous ne céderons pas", a dit Alain Myatovic. Les gilets jaunes veulent aider, comme l\'a expliqué Paul '
        'Marra, le porte-parole du mouvement. "J\'invite tous les gilets jaunes à venir", a-t-il lancé sur BFMTV.'
    )
    assert [q.speaker for q in quotes] == ["Alain Myatovic", "Paul Marra"]
