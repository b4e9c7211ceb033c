"""The style sheet's colours meet WCAG 2.2 AA contrast (4.5:1 for text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = (Path(__file__).resolve().parents[2] / "static" / "style.css").read_text(encoding="utf-8")
VARIABLES = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", CSS))


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    ("foreground", "background"),
    [("ink", "#ffffff"), ("muted", "#ffffff"), ("accent", "#ffffff"), ("ink", "mark"), ("#ffffff", "accent"), ("muted", "#f4f4f6")],
)
def test_text_colours_meet_aa(foreground, background):
    fg = VARIABLES.get(foreground, foreground)
    bg = VARIABLES.get(background, background)
    assert contrast(fg, bg) >= 4.5, (foreground, background)


def test_contrast_formula():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
