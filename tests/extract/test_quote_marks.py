"""Quotation marks, masking and sentences (no model needed)."""

from __future__ import annotations

import pytest

from search.extract.quote_marks import (
    dash_subhead_ends,
    find_quoted,
    mask_quoted,
    sentence_spans,
    subhead_ends,
    unclosed_openings,
)


def _quoted(text: str) -> list[str]:
    return [text[q.open : q.close + 1] for q in find_quoted(text)]


def test_straight_quotes_pair_in_order():
    text = 'Les anti-ours "ne sont pas là", et pourtant "c\'est eux", a-t-il dit.'
    assert _quoted(text) == ['"ne sont pas là"', '"c\'est eux"']


def test_guillemets_and_curly_quotes_pair_with_their_kind():
    text = "Il a dit « non » puis “peut-être”."
    assert _quoted(text) == ["« non »", "“peut-être”"]


def test_a_guillemet_no_mark_of_its_kind_answers_pairs_as_a_straight_mark():
    text = (
        '"A vomir... ma solidarité avec Alain #Finkielkraut », a regretté Manuel Valls sur Twitter.'
        '"Certains, après avoir touché le fond, creusent encore", a commenté Raphaël Enthoven.'
    )
    assert _quoted(text) == [
        '"A vomir... ma solidarité avec Alain #Finkielkraut »',
        '"Certains, après avoir touché le fond, creusent encore"',
    ]
    assert _quoted('« Les encouragements de mes parents" : il remercie les siens.') == [
        '« Les encouragements de mes parents"'
    ]


def test_a_stray_straight_mark_does_not_swallow_guillemets():
    text = 'Un "stray mark here. Et « bon » fin.'
    assert _quoted(text) == ["« bon »"]


def test_nested_marks_stay_inside_the_outer_quotation():
    text = 'Il a lancé : « Ils parlent de "pandémie" sans preuve ».'
    assert _quoted(text) == ['« Ils parlent de "pandémie" sans preuve »']


def test_a_quotation_crosses_article_parts_only_when_the_next_part_closes_it():
    text = 'Titre avec "un guillemet\n\nLe texte "commence" ici "et là".'
    assert _quoted(text) == ['"commence"', '"et là"']
    # a lede cut from the text mid-quotation: the text's first mark can only close
    text = (
        'Alain Juppé envisage de saisir la justice : "Les attaques sont une honte.\n\n'
        'Notre ville est accueillante", a écrit le maire.'
    )
    assert _quoted(text) == ['"Les attaques sont une honte.\n\nNotre ville est accueillante"']
    assert _sentences(text) == [text]  # one sentence: the line break is inside the quotation


def test_glued_quotations_pair():
    text = 'Elle a été reportée au 24 juin."Les parades, c\'est pour ça", affirme-t-il.'
    assert _quoted(text) == ['"Les parades, c\'est pour ça"']


def test_inner_span_strips_spaces():
    text = "« Nous libérerons chaque pouce » a-t-il dit"
    pair = find_quoted(text)[0]
    start, end = pair.inner(text)
    assert text[start:end] == "Nous libérerons chaque pouce"


def test_mask_keeps_length_spaces_and_final_stop():
    text = 'Il a dit "Oui. Non." Puis il est parti.'
    masked = mask_quoted(text, find_quoted(text))
    assert len(masked) == len(text)
    assert masked == "Il a dit «xxxx xxx.» Puis il est parti."


def test_mask_keeps_a_title_that_completes_a_role():
    text = 'Le leader de "La France insoumise" a accusé le ministre de "tout cacher aux Français".'
    masked = mask_quoted(text, find_quoted(text))
    assert masked == "Le leader de «La France insoumise» a accusé le ministre de «xxxx xxxxxx xxx xxxxxxxx»."
    text = 'Il a regardé le film de "Jean Renoir" hier.'  # no role before "de": masked as ever
    assert mask_quoted(text, find_quoted(text)) == "Il a regardé le film de «xxxx xxxxxx» hier."


def _sentences(text: str) -> list[str]:
    masked = mask_quoted(text, find_quoted(text))
    return [text[s:e] for s, e in sentence_spans(masked)]


def test_sentences_split_glued_text_and_keep_abbreviations():
    text = "M. Guyot a rappelé qu'en 2019, elles s'étaient élevées à 839.000 euros.Alors que les estives ont commencé."
    assert _sentences(text) == [
        "M. Guyot a rappelé qu'en 2019, elles s'étaient élevées à 839.000 euros.",
        "Alors que les estives ont commencé.",
    ]


def test_a_sentence_ends_before_a_live_reports_time_glued_to_it():
    text = '"Nous y croyons", a commenté Philippe Martinez.14h25. La suite. Il a eu 2.12h de retard.'
    assert _sentences(text) == [
        '"Nous y croyons", a commenté Philippe Martinez.',
        "14h25.",
        "La suite.",
        "Il a eu 2.12h de retard.",
    ]


def test_sentences_never_split_inside_a_quotation():
    text = '"Ceux-là sont partis. Les autres restent", a déclaré J. Dupont. Fin.'
    assert _sentences(text) == ['"Ceux-là sont partis. Les autres restent", a déclaré J. Dupont.', "Fin."]


def test_a_quotation_ending_a_sentence_ends_it():
    text = 'Il a ajouté : "C\'est fini." Le ministre est parti.'
    assert _sentences(text) == ['Il a ajouté : "C\'est fini."', "Le ministre est parti."]


def test_dateline_is_its_own_sentence():
    text = "PARIS, 8 décembre (AFP) - Quelque 31.000 personnes ont défilé."
    assert _sentences(text) == ["PARIS, 8 décembre (AFP) -", "Quelque 31.000 personnes ont défilé."]


def test_a_subhead_in_capitals_ends_a_sentence():
    text = 'Les agents ont refusé. "ON NE VEUT PAS TE PARLER" La ministre est partie. "Non merci" Elle a dit.'
    quoted = find_quoted(text)
    breaks = subhead_ends(text, quoted)
    assert breaks == [text.index(" La ministre")]
    masked = mask_quoted(text, quoted)
    assert [text[s:e] for s, e in sentence_spans(masked, breaks)][1:3] == [
        '"ON NE VEUT PAS TE PARLER"',
        "La ministre est partie.",
    ]


def test_a_straight_quotation_inside_another():
    text = '"Chazel et Chesnais à La Michodière "Tant qu\'il y a de l\'amour". Du boulevard", a commenté X.'
    assert [text[q.open : q.close + 1] for q in find_quoted(text)] == [text[: text.index(", a commenté")]]
    text = 'Le "stray mot puis "Q1" et "Q2" fin.'  # a stray mark before two quotations stays unpaired
    assert [text[q.open : q.close + 1] for q in find_quoted(text)] == ['"Q1"', '"Q2"']


def test_an_opening_mark_never_closed_is_found():
    text = 'Il a dit "oui" hier. "Nous sommes reconnaissants, a déclaré X, cité dans un communiqué.'
    assert unclosed_openings(text, find_quoted(text)) == [text.index('"Nous')]


def test_paired_marks_and_a_closing_one_are_not_unclosed_openings():
    text = 'Il a dit "oui" hier, puis « non ». Le mot de trop", a-t-il regretté.'
    assert unclosed_openings(text, find_quoted(text)) == []


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Il dînait seul.• SECRETS CAPILLAIRESIvanka Trump révèle à ses amis un secret.",
            "Ivanka Trump révèle à ses amis un secret.",
        ),
        (
            "Le débat est lancé.L214 se réjouit de l'initiativeBrigitte Gothière, présidente, a salué l'idée.",
            "Brigitte Gothière, présidente, a salué l'idée.",
        ),
        (
            "Il a reçu des soutiens.Patrick Sébastien à la rescousseDe passage sur le plateau, il a défendu.",
            "De passage sur le plateau, il a défendu.",
        ),
    ],
)
def test_a_subhead_glued_to_the_next_sentence_ends_a_sentence(text, sentence):
    spans = [text[s:e] for s, e in sentence_spans(text, subhead_ends(text, []))]
    assert spans[-1] == sentence


def test_a_hashtag_or_a_glued_word_inside_a_quotation_ends_no_sentence():
    text = (
        'Il a réagi sur Twitter, #nouveauMonde. Elle a écrit : "Quel beau spectacleMerci à tous" hier. '
        "Voir la vidéo sur /module/videoInfoEdito/extId/x77v0at."
    )
    assert subhead_ends(text, find_quoted(text)) == []


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            'Il parlait de "racaille" en 2005.- "L\'omniprésence ne suffit plus" - Pour Philippe Moreau Chevrolet, '
            'il veut "ressusciter la tradition".',
            'Pour Philippe Moreau Chevrolet, il veut "ressusciter la tradition".',
        ),
        (
            "Il fait face au sanctions.- Royaume-Uni : le tourisme impacté -Plus de 90.000 emplois ont été supprimés.",
            "Plus de 90.000 emplois ont été supprimés.",
        ),
    ],
)
def test_a_subhead_between_dashes_ends_before_the_next_sentence(text, sentence):
    spans = [text[s:e] for s, e in sentence_spans(mask_quoted(text, find_quoted(text)), dash_subhead_ends(text))]
    assert spans[-1] == sentence


@pytest.mark.parametrize(
    "text",
    [
        # the hyphen of a name is no dash
        'a-t-il ajouté- "160 dépouilles" -Selon le directeur de l\'hôpital, Abouraoui al-Bouzedi, "160 corps".',
        # dashes around words inside a sentence
        "Le ministre a réagi. Il a dit - en effet - Non merci à la proposition.",
    ],
)
def test_a_hyphen_or_a_dash_inside_a_sentence_ends_no_subhead(text):
    assert dash_subhead_ends(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two short quotations side by side inside a third
            'Il a dénoncé "des slogans comme "Casse-toi" "Dehors" lancés dans la rue", a-t-il dit.',
            ['"des slogans comme "Casse-toi" "Dehors" lancés dans la rue"'],
        ),
        (  # short quotations apart, inside a quotation that opens a statement
            'Réponse de Rokhaya Diallo. "Après la France "pays de race blanche", Nadine Morano me qualifie de '
            '"Française de papier". Je me demande bien pourquoi", a-t-elle tweeté.',
            [
                '"Après la France "pays de race blanche", Nadine Morano me qualifie de "Française de papier". '
                'Je me demande bien pourquoi"'
            ],
        ),
        (  # a mark left open in a sentence: no quotation spans the next ones up to a stray mark
            'L\'exécutif ne prend "pas assez de précautions et 62% ne lui font "pas confiance", selon un sondage. '
            'L\'application, a reconnu M. Attal, n\'a "pas trouvé son public". C\'est un échec" pour lui.',
            ['"pas confiance"', '"pas trouvé son public"'],
        ),
        (  # a statement whose closing mark is missing, then another: two quotations
            'Il a parlé de la peur."La question, c\'est de comprendre, a expliqué le président. "Je pense que '
            'c\'est la réaction des classes moyennes dans nos démocraties, a-t-il poursuivi." Il a souri. '
            '"Dans notre pays, on veut du leadership", a-t-il estimé. C\'est la vie" pour lui.',
            [
                '"Je pense que c\'est la réaction des classes moyennes dans nos démocraties, a-t-il poursuivi."',
                '"Dans notre pays, on veut du leadership"',
            ],
        ),
    ],
)
def test_quotations_inside_a_quotation(text, expected):
    assert _quoted(text) == expected
