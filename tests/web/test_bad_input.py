"""Bad input in the URL, through the real app on a real index: never a 500.

Each case is asked of the search page and of the JSON API. Either the search
runs (200) with its best reading and, when something was changed, a French
notice; or it is refused (400) with a French message, in the error page or
as a JSON error object.
"""

from __future__ import annotations

import html
import re

import pytest

from search.query.parser import NOTHING_TO_SEARCH
from search.web import create_app

BASES = ("/", "/api/search")
_NOTICE = re.compile(r'<p class="notice" role="status">(.*?)</p>')
_ERROR = re.compile(r'<div class="error" role="alert">.*?<p>(.*?)</p>', re.DOTALL)
_TOTAL = re.compile(r"<strong>(\d+)</strong> article")

LONG_QUERY = "Gen%C3%A8ve+" * 1430  # 10,010 characters once decoded
TOO_LONG = "Requête trop longue : seuls ses 50 premiers mots (1\u202f000 caractères au plus) sont cherchés."
BAD_ENCODING = "Adresse mal encodée : la valeur de « q » n'est pas du texte UTF-8. Retapez la recherche dans le formulaire."
PAGE_RANGE = "Le paramètre « page » doit être compris entre 1 et 1000 (reçu {})."


@pytest.fixture()
def client(news_store):
    return create_app({"TESTING": True, "INDEX_DIR": str(news_store.root)}).test_client()


def _read(client, base: str, query_string: str) -> tuple[int, dict]:
    """Status and what the answer says: total, notices, query and page, or the error message."""
    response = client.get(f"{base}?{query_string}")
    assert response.status_code != 500
    if base == "/api/search":
        doc = response.get_json()
        if response.status_code == 400:
            assert doc == {"error": doc["error"], "status": 400}
        return response.status_code, doc
    page = response.get_data(as_text=True)
    assert "\x00" not in page and "Traceback" not in page
    errors = [html.unescape(m) for m in _ERROR.findall(page)]
    if errors:
        return response.status_code, {"error": errors[0]}
    total = int(_TOTAL.search(page).group(1))
    return response.status_code, {"total": total, "notices": [html.unescape(n) for n in _NOTICE.findall(page)]}


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    ("query_string", "total", "notices"),
    [
        ("q=%22Alep", 2, ["Guillemet non fermé : il a été ignoré."]),
        ("q=(Alep+OU+Idlib", 2, ["Parenthèses non équilibrées : elles ont été complétées."]),
        ("q=Alep)", 2, ["Parenthèses non équilibrées : elles ont été complétées."]),
        ("q=OU", 5, ["Opérateur « OU » sans mot avant ou après : il a été ignoré.", NOTHING_TO_SEARCH]),
        ("q=SAUF", 5, ["Opérateur « SAUF » sans mot avant ou après : il a été ignoré.", NOTHING_TO_SEARCH]),
        ("q=Alep+SAUF", 2, ["Opérateur « SAUF » sans mot avant ou après : il a été ignoré."]),
        ("q=-", 5, [NOTHING_TO_SEARCH]),
        ("q=*", 5, []),
        ("q=" + LONG_QUERY, 2, [TOO_LONG]),
        ("q=Alep%00Idlib%01%7f", 0, []),  # both words, as "Alep Idlib": no article has both
        ("q=Alep%00%1f", 2, []),
        ("q=%25zz", 0, []),  # a typed "%zz"
        ("q=%zz", 0, []),  # broken percent-encoding: read as typed
        ("q=Gen%C3%A8ve%", 2, []),
        ("q=auteurs:Dupont", 0, ["Champ inconnu « auteurs » : « auteurs: » est cherché comme un mot."]),
        ("foo=bar", 5, []),
        ("speaker=Personne+Inconnue", 0, []),
        ("source=Nulle+part&location=Atlantide", 0, []),
        ("exclude_speaker=Personne+Inconnue", 5, []),
        ("q=Alep&q=Moscou", 2, []),  # the first value of a repeated parameter
        ("page=1&page=2", 5, []),
        ("sort=date&sort=x", 5, []),
    ],
)
def test_the_best_reading_with_a_french_notice(client, base, query_string, total, notices):
    status, answer = _read(client, base, query_string)
    assert status == 200
    assert answer["total"] == total
    assert answer["notices"] == notices


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    ("query_string", "message"),
    [
        ("q=%ff%fe", BAD_ENCODING),
        ("q=%ed%a0%80", BAD_ENCODING),  # an encoded surrogate is not UTF-8 either
        ("page=0", PAGE_RANGE.format(0)),
        ("page=-1", PAGE_RANGE.format(-1)),
        ("page=1000000000", PAGE_RANGE.format(1000000000)),
        ("page=abc", "Le paramètre « page » doit être un nombre entier (reçu « abc »)."),
        ("exclude_foo=x", "Facette inconnue « foo » dans « exclude_foo » : choisissez source, date, speaker ou location."),
        ("more=foo", "Facette inconnue « foo » : choisissez source, date, speaker ou location."),
        ("sort=x&sort=date", "Tri inconnu « x » : choisissez pertinence, date (récent) ou ancien."),
        ("date=2016-13", "Date impossible « 2016-13 » pour « date »."),
        ("date_from=2017&date_to=2016", "Période vide : « date_from » (2017-01-01) est après « date_to » (2016-12-31)."),
    ],
)
def test_a_french_400(client, base, query_string, message):
    assert _read(client, base, query_string) == (400, {"error": message} if base == "/" else {"error": message, "status": 400})


@pytest.mark.parametrize("base", BASES)
def test_a_lone_joker_lists_every_article(client, base):
    status, answer = _read(client, base, "q=%3F*")
    ignored = "Le motif « ?* » a été ignoré : il faut au moins 2 lettres avant * ou ?."
    assert status == 200 and answer["total"] == 5
    assert answer["notices"] == [ignored, "Aucun mot cherchable ne reste dans la requête : tous les articles sont listés."]


def test_the_first_of_repeated_values_is_the_one_shown(client):
    doc = client.get("/api/search?q=Alep&q=Moscou&page=1&page=2&sort=date&sort=x").get_json()
    assert (doc["query"], doc["page"], doc["sort"]) == ("Alep", 1, "newest")


def test_control_characters_are_not_echoed(client):
    assert client.get("/api/search?q=Alep%00Idlib%C2%85").get_json()["query"] == "Alep Idlib "
    page = client.get("/?q=Alep%00Idlib").get_data(as_text=True)
    assert 'value="Alep Idlib"' in page


def test_an_unknown_value_stays_selected_so_it_can_be_removed(client):
    doc = client.get("/api/search?speaker=Personne+Inconnue").get_json()
    assert {"value": "Personne Inconnue", "count": 0, "selected": True} in doc["facets"]["speaker"]
    page = client.get("/?speaker=Personne+Inconnue").get_data(as_text=True)
    assert "Aucun article ne correspond" in page and "Chercher sans les filtres" in page
