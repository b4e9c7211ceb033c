"""Speech verbs: inflections and verb groups (no model needed)."""

from __future__ import annotations

import pytest

from search.extract.quote_verbs import (
    compiled,
    inverted_group_pattern,
    inverted_pronoun,
    is_declarative,
    mentions_speech,
    parse_verb_line,
    present_participles,
    reports_clause,
    speech_verbs,
    verb_group_pattern,
    verb_groups_in,
)


def test_regular_verbs_are_inflected():
    verb = parse_verb_line("annoncer")
    assert {"annoncé", "annoncée", "annoncés"} <= set(verb.participles)
    assert {"annonce", "annoncent", "annonçait", "annonça"} <= set(verb.finite)


@pytest.mark.parametrize(("line", "present"), [("compléter", "complète"), ("suggérer", "suggère"), ("s'exaspérer", "exaspère")])
def test_an_acute_e_turns_grave_before_a_silent_ending(line, present):
    verb = parse_verb_line(line)
    assert {present, present + "nt"} <= set(verb.finite)
    assert present[:-1].replace("è", "é") + "ait" in verb.finite  # "complétait": the ending is heard


def test_irregular_and_reflexive_lines():
    assert parse_verb_line("dire: dit dit disent disait dit").participles[0] == "dit"
    reflexive = parse_verb_line("s'exclamer")
    assert reflexive.reflexive and reflexive.infinitive == "exclamer"
    assert not parse_verb_line("~penser").declarative


def test_the_brief_verbs_are_all_there():
    infinitives = {v.infinitive for v in speech_verbs()}
    wanted = (
        "déclarer dire affirmer assurer estimer ajouter souligner expliquer indiquer préciser insister "
        "marteler avertir prévenir annoncer lancer confier reconnaître dénoncer juger répondre rappeler"
    )
    assert set(wanted.split()) <= infinitives


@pytest.mark.parametrize(
    "group",
    [
        "a déclaré",
        "a encore déclaré",
        "a pour sa part estimé",
        "déclare",
        "estiment",
        "s'est exclamé",
        "s'exclame",
        "a tenu à préciser",
        "avait dit",
        "annonçait",
        "a averti",
        "prévient",
        "martèle",
        "a reconnu",
        "s'est une nouvelle fois défendu",
        "a une fois de plus affirmé",
        "a par exemple témoigné",
        "avait d'abord lancé",
        "vient de déclarer",
        "venait d'expliquer",
        "finit par lâcher",
        "a fini par reconnaître",
        "y explique",
        "y a écrit",
        "lui a lancé",
        "en a conclu",
        "leur demande",
        "à précisé",  # "a" mistyped: ", à précisé l'Élysée"
        "à encore assuré",
    ],
)
def test_verb_groups(group):
    match = compiled(verb_group_pattern()).match(group)
    assert match and match.group("verb") == group


def test_lui_after_quant_a_is_no_clitic_of_the_verb(quotes_of):
    text = 'Nikos Aliagas quant à lui indique que "certains réveils sont comme des cauchemars".'
    assert [(q.speaker, q.verb) for q in quotes_of(text)] == [("Nikos Aliagas", "indique")]


@pytest.mark.parametrize(
    ("group", "pronoun"),
    [
        ("a-t-il dit", "il"),
        ("a t-il dit", "il"),
        ("a-t-elle ajouté", "elle"),
        ("déclare-t-il", "il"),
        ("dit-elle", "elle"),
        ("s'est-elle exclamée", "elle"),
        ("poursuit-il", "il"),
        ("a-t-on ajouté", "on"),
        ("ont-ils ajouté", "ils"),
        ("a-t-il encore souligné", "il"),
        ("a-t-il fini par admettre", "il"),
    ],
)
def test_inverted_groups(group, pronoun):
    match = compiled(inverted_group_pattern()).match(group)
    assert match and match.group("verb") == group
    assert inverted_pronoun(group) == pronoun


def test_verb_groups_are_found_in_running_text():
    text = "Le ministre a affirmé jeudi que la trêve tiendrait, puis il a encore déclaré que rien ne changeait."
    assert [m.group("verb") for m in verb_groups_in(text, 0, len(text))] == ["a affirmé", "a encore déclaré"]


def test_opinions_are_not_declarations():
    assert is_declarative("a déclaré") and is_declarative("estime-t-elle")
    assert not is_declarative("pense-t-il") and not is_declarative("a espéré")


def test_speech_words_and_participles():
    assert mentions_speech("selon le ministère") and mentions_speech("a-t-il dit")
    assert not mentions_speech("Les bus ont quitté la ville.")
    assert {"disant", "estimant", "affirmant"} <= present_participles()


def test_conceding_verbs_report_speech():
    """``"...", a-t-il convenu``, ``X convient que ...`` (misses in the wild, docs/extraction.md)."""
    convenir = next(v for v in speech_verbs() if v.infinitive == "convenir")
    assert convenir.declarative and {"convenu", "convient"} <= {*convenir.participles, *convenir.finite}


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        ("\"C'est la pointe de la science\", s'émerveille Paul Lecomte, élève ingénieur.", "Paul Lecomte", "s'émerveille"),
        ("\"Ils ont touché des milliers d'euros\", s'est ému Fabien Roussel sur France 2.", "Fabien Roussel", "s'est ému"),
        ("\"On ne nous écoute jamais\", se plaint Marie Dupont.", "Marie Dupont", "se plaint"),
    ],
)
def test_reflexive_verbs_of_feeling_attribute(quotes_of, text, speaker, verb):
    assert [(q.speaker, q.kind, q.verb) for q in quotes_of(text)] == [(speaker, "direct", verb)]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Laurent Wauquiez a estimé qu'avec ce référendum, ", True),
        ("Le ministre a indiqué jeudi que ", True),
        ("Alors que ", False),
        ("Le chiffre montre que ", False),
        ("Dimanche, ", False),
    ],
)
def test_a_speech_verb_then_que_reports_a_clause(text, reported):
    assert reports_clause(text) is reported


def test_a_mistyped_auxiliary_attributes_a_quotation(quotes_of):
    text = '"Le mouvement n\'a jamais été mort", à assuré Francis, un retraité toulousain.'
    assert [(q.speaker, q.verb) for q in quotes_of(text)] == [("Francis", "à assuré")]


def test_a_preposition_before_an_infinitive_is_no_auxiliary():
    assert compiled(verb_group_pattern()).match("à dire") is None
