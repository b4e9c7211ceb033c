"""Tidy the text extracted from a saved news page.

Pure string functions, kept apart from the extraction itself so they can be
tested without HTML:

* a publication stamp on the first line ("AFP, publié le dimanche 14 juin 2020
  à 12h10") is page furniture, not article text: it is taken out;
* the page description becomes the lede when it is a paragraph of its own at
  the top of the text (it is then moved out of the text), or when the text does
  not contain it; when the text already holds it (most often the description
  is just the truncated start of the text), it is dropped.
"""

from __future__ import annotations

import re

# "..., publié le 7 août", "Mis à jour le 12/03/2020 à 10h00"...
_STAMP = re.compile(r"\b(?:publié|publiée|mis à jour|mise à jour|modifié|actualisé)\s+le\b", re.IGNORECASE)
_STAMP_MAX = 160
_SPACES = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")
# How many paragraphs from the top may hold the lede.
_LEDE_WINDOW = 3


def squash(text: str) -> str:
    """Collapse every run of white space (no-break spaces included) to one space."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def split_stamp(paragraphs: list[str]) -> tuple[str, list[str]]:
    """Split off a leading publication stamp: ``(stamp, other paragraphs)``.

    Only a short first paragraph that says "publié le", "mis à jour le"... counts,
    and only if something follows it.
    """
    if len(paragraphs) > 1:
        first = paragraphs[0].strip()
        if len(first) <= _STAMP_MAX and _STAMP.search(first):
            return first, paragraphs[1:]
    return "", paragraphs


def stamp_credit(stamp: str) -> str:
    """The credit a stamp names before the date: ``"AFP"`` for "AFP, publié le ..."."""
    match = _STAMP.search(stamp)
    if match is None:
        return ""
    return stamp[: match.start()].strip(" ,-–—|")


def split_lede(description: str, paragraphs: list[str]) -> tuple[str, list[str]]:
    """Decide the lede from the page description: ``(lede, remaining paragraphs)``.

    * description equal to one of the first paragraphs: that paragraph is the
      lede and leaves the text;
    * description already in the text (most often its truncated start): no lede;
    * description found nowhere in the text: it is the lede, the text is unchanged.
    """
    wanted = squash(description)
    if not wanted:
        return "", paragraphs
    for index, paragraph in enumerate(paragraphs[:_LEDE_WINDOW]):
        if squash(paragraph) == wanted:
            return paragraph.strip(), paragraphs[:index] + paragraphs[index + 1 :]
    if _ELLIPSIS.sub("", wanted) in squash(" ".join(paragraphs)):
        return "", paragraphs
    return description.strip(), paragraphs
