"""Places an article mentions: search.extract.places (hand-built entities and spaCy)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from search.article import Article
from search.extract.places import canonical_place, find_locations, place_key
from search.extract.structure_types import Entity, Structure, full_text

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "extract" / "places" / "articles.json"


def entities_for(text: str, pairs: list[tuple[str, str]]) -> list[Entity]:
    """Entities at every whole-word occurrence of each text, earlier pairs first, no overlaps."""
    taken: list[Entity] = []
    for name, label in pairs:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(e.start < m.end() and m.start() < e.end for e in taken):
                taken.append(Entity(name, label, m.start(), m.end()))
    return sorted(taken, key=lambda e: e.start)


def locate(text: str, pairs: list[tuple[str, str]] = (), *, title: str = "", structure: Structure | None = None) -> list[str]:
    """find_locations on a one-part article with entities written by hand."""
    article = Article(id="t", text=text, title=title)
    return find_locations(article, structure or Structure(), entities_for(full_text(article), list(pairs)))


def fixture_articles() -> list[dict]:
    """The hand-written articles of tests/data/extract/places."""
    return json.loads(FIXTURES.read_text(encoding="utf-8"))


def as_article(record: dict) -> tuple[Article, Structure]:
    """A fixture record as an article and its structure (dateline only)."""
    article = Article(id=record["id"], title=record["title"], lede=record["lede"], text=record["text"])
    structure = Structure(dateline=record["dateline"], dateline_places=record["dateline_places"])
    return article, structure


# ---------------------------------------------------------------- datelines


def test_dateline_places_are_canonical_and_first():
    text = "BEYROUTH/GENEVE (Reuters) - Les négociations reprennent."
    structure = Structure(dateline="BEYROUTH/GENEVE (Reuters) -", dateline_places=["BEYROUTH", "GENEVE"])
    assert locate(text, structure=structure) == ["Beyrouth", "Genève"]


def test_dateline_place_unknown_to_the_gazetteer_is_kept_in_title_case():
    text = "VILLENEUVE-SUR-GLACE, 3 mars (AFP) - Le maire a démissionné."
    structure = Structure(dateline="VILLENEUVE-SUR-GLACE, 3 mars (AFP) -", dateline_places=["VILLENEUVE-SUR-GLACE"])
    assert locate(text, structure=structure) == ["Villeneuve-sur-Glace"]


def test_dateline_comes_after_places_of_the_title():
    text = "ALEP, Syrie (Reuters) - Les bus sont partis."
    structure = Structure(dateline="ALEP, Syrie (Reuters) -", dateline_places=["ALEP", "Syrie"])
    assert locate(text, title="Liban: inquiétude à Beyrouth", structure=structure) == ["Liban", "Beyrouth", "Alep", "Syrie"]


# ---------------------------------------------------------------- spellings


def test_variants_of_one_place_are_merged():
    text = "Les rebelles d'Idleb se replient. A Idlib, la population fuit vers la Turquie."
    assert locate(text, [("Idleb", "LOC"), ("Idlib", "LOC")]) == ["Idlib", "Turquie"]


def test_accents_are_restored():
    assert locate("GENEVE (Reuters) - Réunion à Geneve puis aux Etats-Unis.") == ["Genève", "États-Unis"]


def test_english_and_short_names_are_merged():
    text = "Aleppo est en ruines. Alep a été reprise. Les USA et les Etats-Unis d'Amérique réagissent."
    assert locate(text, [("Aleppo", "LOC"), ("USA", "LOC")]) == ["Alep", "États-Unis"]


def test_contracted_article_gives_the_full_name():
    assert locate("Le ministre, au Havre puis au Caire, a rencontré le maire du Mans.") == ["Le Havre", "Le Caire", "Le Mans"]


# ---------------------------------------------------------------- not places


def test_nationalities_are_not_places_even_labelled_loc():
    text = "Les Syriens et les Russes discutent. Les Français sont inquiets, les russes aussi."
    assert locate(text, [("Syriens", "LOC"), ("Russes", "LOC"), ("Français", "LOC"), ("russes", "LOC")]) == []


def test_etat_is_never_a_place():
    text = "Le secrétaire d'Etat a parlé au chef de l'État après le coup d'État. L'État islamique a revendiqué l'attaque."
    pairs = [("État islamique", "LOC"), ("Etat", "LOC"), ("État", "LOC")]
    assert locate(text, pairs) == []


def test_person_names_containing_place_names_are_not_places():
    text = "Florence Parly a reçu Nancy Pelosi et Denzel Washington. Jean-Marc Ayrault était là."
    assert locate(text) == []
    pairs = [("Florence Parly", "PER"), ("Nancy Pelosi", "PER"), ("Denzel Washington", "PER"), ("Jean-Marc Ayrault", "PER")]
    assert locate(text, pairs) == []


def test_a_person_after_a_is_not_a_place():
    assert locate("Il a écrit à Jean-Marc Ayrault hier.", [("Jean-Marc Ayrault", "LOC")]) == []


def test_organisations_containing_places_are_not_places():
    text = (
        "Le Paris Saint-Germain a battu l'Olympique de Marseille. Air France et le Washington Post, "
        "interrogés par France 2, citent le Conseil de sécurité de l'ONU et l'Union européenne."
    )
    assert locate(text, [("Union européenne", "LOC")]) == []


def test_buildings_and_directions_are_not_places():
    text = "La Maison Blanche et le Kremlin ont parlé. Dans le Nord, au Sud et à l'Ouest, rien."
    assert locate(text, [("Maison Blanche", "LOC"), ("Kremlin", "LOC"), ("Nord", "LOC"), ("Sud", "LOC")]) == []


def test_districts_are_places():
    assert locate("Les bus ont quitté Alep-Est pour la Ghouta orientale.") == ["Alep-Est", "Ghouta orientale"]


def test_common_word_at_a_sentence_start_is_not_a_place():
    assert locate("Somme toute, le bilan reste positif. Manche à manche, il a gagné.") == []
    assert locate("Le festival s'ouvre à Tours, dans la Somme et dans la Manche.") == ["Tours", "Somme", "Manche"]


def test_person_like_place_needs_the_recogniser_or_a_locative():
    assert locate("Washington a prévenu Pékin.") == ["Pékin"]
    assert locate("Washington a prévenu Pékin.", [("Washington", "LOC")]) == ["Washington", "Pékin"]
    assert locate("Le sommet se tiendra à Washington.") == ["Washington"]


def test_unknown_multiword_place_after_a_locative_is_kept():
    text = "Un hangar a brûlé à Pont-de-Beauvoisin, selon Ferme Rouge."
    assert locate(text, [("Pont-de-Beauvoisin", "LOC"), ("Ferme Rouge", "LOC")]) == ["Pont-de-Beauvoisin"]


def test_unknown_single_word_needs_a_strong_context():
    assert locate("Ils se sont rencontrés au péage de Bizeneuille.", [("Bizeneuille", "LOC")]) == ["Bizeneuille"]
    assert locate("À Alba, l'usine est fermée.", [("Alba", "LOC")]) == []
    assert locate("Le sommet a eu lieu à Porticcio en Corse.", [("Porticcio", "LOC")]) == ["Porticcio", "Corse"]


def test_order_of_first_mention_and_no_duplicates():
    text = "De Lyon à Paris, puis de Lyon à Marseille et retour à Paris."
    assert locate(text) == ["Lyon", "Paris", "Marseille"]


# ---------------------------------------------------------------- canonical names


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("GENEVE", "Genève"),
        ("geneve", "Genève"),
        ("Idleb", "Idlib"),
        ("Aleppo", "Alep"),
        ("USA", "États-Unis"),
        ("etats unis", "États-Unis"),
        ("la France", "France"),
        ("Grande-Bretagne", "Royaume-Uni"),
        ("ALEP EST", "Alep-Est"),
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Kyiv", "Kiev"),
    ],
)
def test_canonical_place_of_variants(written, canonical):
    assert canonical_place(written) == canonical


@pytest.mark.parametrize("written", ["Union européenne", "Etat", "État islamique", "syrien", "Nord", "Zzyzx"])
def test_canonical_place_of_non_places_is_none(written):
    assert canonical_place(written) is None


def test_canonical_names_round_trip():
    from search.extract.place_gazetteer import load_gazetteer

    canonicals = {entry.canonical for entry in load_gazetteer().names.values()}
    assert len(canonicals) > 5000
    wrong = {name: canonical_place(name) for name in canonicals if canonical_place(name) != name}
    assert wrong == {}


def test_place_key_ignores_case_accents_and_punctuation():
    assert place_key("Alep-Est") == place_key("ALEP EST") == "alep est"
    assert place_key("Côte d’Ivoire") == place_key("cote d'ivoire")


# ---------------------------------------------------------------- fixture articles


@pytest.mark.parametrize("record", fixture_articles(), ids=lambda r: r["id"])
def test_fixture_articles_with_hand_built_entities(record):
    article, structure = as_article(record)
    entities = entities_for(full_text(article), [tuple(pair) for pair in record["entities"]])
    assert find_locations(article, structure, entities) == record["expected"]


@pytest.fixture(scope="module")
def nlp():
    """spaCy's small French model, loaded once for this module."""
    spacy = pytest.importorskip("spacy")
    return spacy.load("fr_core_news_sm")


def spacy_entities(nlp, text: str) -> list[Entity]:
    """The model's entities as ``Entity`` records."""
    return [Entity(e.text, e.label_, e.start_char, e.end_char) for e in nlp(text).ents]


@pytest.mark.parametrize("record", fixture_articles(), ids=lambda r: r["id"])
def test_fixture_articles_with_spacy(nlp, record):
    article, structure = as_article(record)
    found = find_locations(article, structure, spacy_entities(nlp, full_text(article)))
    assert [p for p in found if p in record["must"]] == record["must"]
    assert not set(found) & set(record["must_not"])


# ---------------------------------------------------------------- the annotated evaluation set

EVAL = Path(__file__).resolve().parents[1] / "data" / "extract"


def annotated_articles() -> list[tuple[Article, list[str]]]:
    """The eval articles and seeds annotated in tests/data/extract, with their gold places."""
    pairs = []
    articles = EVAL / "eval" / "articles.jsonl"
    if articles.exists():
        for line in articles.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            gold = EVAL / "eval" / f"{record['id']}.json"
            if gold.exists():
                article = Article(id=record["id"], title=record.get("title") or "", lede=record.get("lede") or "", text=record.get("text") or "")
                pairs.append((article, json.loads(gold.read_text(encoding="utf-8"))["locations"]))
    return pairs


def test_f1_on_the_annotated_evaluation_set(nlp):
    pairs = annotated_articles()
    if not pairs:
        pytest.skip("no annotated evaluation set")
    tp = fp = fn = 0
    for article, gold in pairs:
        found = {place_key(p) for p in find_locations(article, Structure(), spacy_entities(nlp, full_text(article)))}
        expected = {place_key(p) for p in gold}
        tp, fp, fn = tp + len(found & expected), fp + len(found - expected), fn + len(expected - found)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.85, (precision, recall, f1)
    assert precision >= 0.9, (precision, recall, f1)
