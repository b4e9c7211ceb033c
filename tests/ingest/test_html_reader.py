"""Saved article pages (real OrangeSum pages) read with trafilatura."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from search.article import Article, Skipped
from search.ingest.html_reader import parse_html

from .conftest import PAGES


def _read(path: Path) -> Article | Skipped:
    path = path.resolve()
    items = list(parse_html(path, path.read_bytes()))
    assert len(items) == 1
    return items[0]


def test_afp_page():
    article = _read(PAGES["afp"])
    assert isinstance(article, Article)
    assert article.id == "orangesum-10172"
    assert article.title == "Virus: L'université de Cambridge donnera tous ses cours en ligne l'an prochain"
    assert (article.date, article.date_precision) == (dt.date(2020, 5, 20), "day")
    assert article.source == "Orange Actualités"
    assert article.byline == "AFP"
    assert article.url == (
        "https://actu.orange.fr/monde/virus-l-universite-de-cambridge-donnera-tous-ses-cours-en-ligne-"
        "l-an-prochain-CNT000001qiVp4.html"
    )
    # The standfirst paragraph is the page description: it becomes the lede, out of the text.
    assert article.lede.startswith("L'université de Cambridge va donner tous ses cours en ligne")
    assert article.lede.endswith("a annoncé un porte-parole.")
    assert article.text.startswith("\"L'université s'adapte constamment aux recommandations qui évoluent\"")
    assert article.text.endswith("le plus durement touché par la pandémie, après les Etats-Unis.")
    assert "\n\nEn raison de la pandémie, tous les enseignements" in article.text
    assert "publié le" not in article.text
    assert article.lede not in article.text


def test_auto_page_without_author():
    article = _read(PAGES["auto"])
    assert article.id == "orangesum-3767"
    assert article.title == "Porsche et Boeing misent sur la mobilité urbaine aérienne"
    assert (article.date, article.source, article.byline) == (dt.date(2019, 10, 11), "Orange Auto", "")
    assert article.lede.startswith("Porsche et Boeing ont signé un protocole d'entente")
    assert article.text.startswith("« Porsche cherche à renforcer son statut de constructeur")
    assert article.text.endswith("nouvelle collaboration avec Boeing.")
    assert "publié le 11 octobre" not in article.text


def test_description_that_is_the_text_gives_no_lede():
    article = _read(PAGES["6medias"])
    assert article.title == "Impôt sur le revenu : bientôt une nouvelle tranche ?"
    assert (article.date, article.byline) == (dt.date(2019, 1, 13), "6Medias")
    assert article.lede == ""
    assert article.text.startswith("Cette proposition risque de faire grincer des dents.")
    assert article.text.count("Cette proposition risque") == 1


def test_origin_hash_size_and_stability():
    path = PAGES["afp"].resolve()
    first, second = _read(path), _read(path)
    raw = path.read_bytes()
    assert first.origin == str(path)
    assert first.line is None
    assert first.content_hash == hashlib.sha256(raw).hexdigest() == second.content_hash
    assert first.size == len(raw)
    assert first == second


def test_changed_page_changes_hash(tmp_path):
    copy = tmp_path / "orangesum-10172.html"
    copy.write_bytes(PAGES["afp"].read_bytes().replace(b"porte-parole", b"porte-parole ", 1))
    assert _read(copy).content_hash != _read(PAGES["afp"]).content_hash


def test_page_without_article(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<!DOCTYPE html><html><head><title>Accueil</title></head><body><nav></nav></body></html>")
    skipped = _read(page)
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "page HTML sans article reconnaissable"
    assert skipped.size == page.stat().st_size


def test_empty_and_binary_pages(tmp_path):
    (tmp_path / "vide.html").write_bytes(b" \n")
    (tmp_path / "image.html").write_bytes(b"GIF89a\x00\x01")
    assert _read(tmp_path / "vide.html").reason == "fichier vide"
    assert _read(tmp_path / "image.html").reason == "fichier binaire (octet nul)"


def test_cp1252_page(tmp_path):
    page = tmp_path / "ancien.htm"
    body = (
        "<p>Le maire de Noël-sur-Mer a présenté son budget, d'un coût élevé, aux élus réunis.</p>"
        "<p>L'opposition a dénoncé des dépenses « déraisonnables » pour la fête d'été du village.</p>"
        "<p>Le vote aura lieu à la rentrée, après une réunion publique à la salle des fêtes.</p>"
    )
    html = f"<html><head><title>Un été à Noël</title></head><body><article>{body}</article></body></html>"
    page.write_bytes(html.encode("cp1252"))
    article = _read(page)
    assert article.id == "ancien"
    assert article.title == "Un été à Noël"
    assert "présenté son budget, d'un coût élevé" in article.text


def test_html_named_txt_is_read_through_read_source(tmp_path):
    from search.ingest import find_sources, read_source

    shutil.copy(PAGES["auto"], tmp_path / "3767.txt")
    (source,) = find_sources([tmp_path])[0]
    (article,) = read_source(source)
    assert article.id == "3767"
    assert article.title == "Porsche et Boeing misent sur la mobilité urbaine aérienne"


@pytest.mark.parametrize(
    "body",
    [
        (
            '<nav><ul><li><a href="/monde">Monde</a></li><li><a href="/a1">Les négociations reprennent à Genève</a></li>'
            "<li><a href=\"/a2\">Alep : l'évacuation continue</a></li></ul></nav><footer>© 2024 Le Journal</footer>"
        ),
        (
            "<main><h1>Erreur 404</h1><p>La page demandée n'existe pas ou a été déplacée.</p>"
            '<p><a href="/">Retour à l\'accueil</a></p></main>'
        ),
        (
            "<form><label>Courriel <input name=e></label><label>Mot de passe <input type=password></label>"
            "<button>Se connecter</button></form>"
        ),
    ],
    ids=["home-page", "error-404", "login"],
)
def test_pages_with_no_article_text_are_skipped(tmp_path, body):
    page = tmp_path / "page.html"
    page.write_text(f'<!DOCTYPE html><html lang="fr"><head><title>Le Journal</title></head><body>{body}</body></html>')
    skipped = _read(page)
    assert isinstance(skipped, Skipped) and skipped.reason == "page HTML sans article reconnaissable"
