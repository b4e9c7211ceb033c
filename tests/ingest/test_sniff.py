"""Recognising HTML documents from their first bytes."""

from __future__ import annotations

import pytest

from search.ingest.sniff import looks_like_html


@pytest.mark.parametrize(
    "head",
    [
        b"<!DOCTYPE html>\n<html lang='fr'>",
        b"<!doctype HTML><head>",
        b"  \n<html>\n<head>",
        b'<html lang="fr">',
        b"\xef\xbb\xbf<!DOCTYPE html>",
        b"<?xml version='1.0'?>\n<!DOCTYPE html PUBLIC>",
        b"<!-- saved from url=(0042)https://x.fr -->\n<html>",
        "<!DOCTYPE html>".encode("utf-16"),
    ],
)
def test_html_starts(head):
    assert looks_like_html(head)


@pytest.mark.parametrize(
    "head",
    [
        b"Titre de l'article\n\nLe texte parle de <html> et de balises.",
        b"<p>Un fragment</p>",
        b"<htmlish>",
        b"",
        b"# <html>",
    ],
)
def test_not_html(head):
    assert not looks_like_html(head)
