"""Speakers the recogniser missed entirely, found in the incise after a quotation."""

from __future__ import annotations

from search.extract.quote_missed_names import incise_persons
from search.extract.structure_types import Entity


def _added(text: str, entities: list[Entity] = ()) -> list[str]:
    close = text.index('"', 1)
    return [e.text for e in incise_persons(text, list(entities), [close]) if e not in entities]


def test_a_given_name_and_surname_after_a_role_in_the_incise():
    text = '"On voit le résultat...", a ironisé sur Twitter l\'eurodéputée LFI Manon Aubry.La crise continue.'
    assert _added(text) == ["Manon Aubry"]


def test_the_person_it_finds_speaks_the_quotation(quotes_of):
    quotes = quotes_of('"On voit le résultat...", a ironisé sur Twitter l\'eurodéputée LFI Manon Aubry.La crise.')
    assert [(q.speaker, q.verb) for q in quotes] == [("Manon Aubry", "a ironisé")]


def test_a_name_the_recogniser_found_is_left_as_it_is():
    text = '"Rien", a dit Manon Aubry.'
    found = Entity("Manon Aubry", "PER", text.index("Manon"), text.index("Manon") + len("Manon Aubry"))
    assert _added(text, [found]) == []


def test_a_street_or_a_school_named_after_someone_is_no_one():
    assert _added('"Rien ne bouge", a dit le gardien de la rue Marcel Dupuis.') == []
    assert _added('"Rien ne bouge", a dit la proviseure du lycée Marcel Dupuis.') == []


def test_a_place_or_a_second_given_name_is_no_surname():
    assert _added('"Rien ne bouge", a dit le maire de Saint Denis.') == []
    assert _added('"Rien ne bouge", a dit Jean Pierre.') == []
    assert _added('"Rien ne bouge", a dit Louis Lyon.') == []
    assert _added('"Rien ne bouge", a dit le gouverneur de Ben Guerdane.') == []


def test_only_in_the_incise_of_its_own_sentence():
    assert _added('"Rien ne bouge". Manon Aubry est partie.') == []
    assert _added('"Rien ne bouge", a dit le maire. Manon Aubry est partie.') == []
