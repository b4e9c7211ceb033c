"""Rebuild a set's ``articles.jsonl`` from the OrangeSum dev corpus by its fixed selection rule.

Usage (from the repository root)::

    python tests/data/extract/select_articles.py eval  /work/shared/corpora/orangesum-dev.jsonl
    python tests/data/extract/select_articles.py tune  /work/shared/corpora/orangesum-dev.jsonl
    python tests/data/extract/select_articles.py tune2 /work/shared/corpora/orangesum-dev.jsonl
    python tests/data/extract/select_articles.py tune3 /work/shared/corpora/orangesum-dev.jsonl
    python tests/data/extract/select_articles.py tune4 /work/shared/corpora/orangesum-dev.jsonl

Every rule was decided before any extraction result on its articles was seen (see README.md):
read the corpus in file order, take the lines ``start + step·k`` (k = 0, 1, 2, ...; line 1 is
the first line) for each start in turn, skip car ads (title ending with "actualité automobile,
infos, scoop", trailing blanks ignored) and texts whose lede + text is shorter than 600
characters, and stop after ``count`` articles. ``tune2`` also skips the lines that the rules of
``eval`` and ``tune`` can reach (so the sets never share an article) and the articles with no
quotation mark (« “ ") in lede + text; ``tune3`` does the same and also avoids ``tune2``'s lines,
``tune4`` avoids the lines of all four earlier sets; ``tune5`` (lines 130 + 479·k, then
360 + 479·k), ``tune6`` (200 + 467·k, then 440 + 467·k), ``tune7`` (60 + 443·k, then
290 + 443·k), ``tune8`` (150 + 461·k, then 410 + 461·k), ``tune9`` (20 + 449·k, then
250 + 449·k), ``tune10`` (90 + 439·k, then 320 + 439·k), ``tune11`` (40 + 421·k, then 270 + 421·k), ``tune12``
(110 + 409·k, then 340 + 409·k), ``tune13`` (170 + 397·k, then 400 + 397·k), ``tune14`` (30 + 383·k,
then 260 + 383·k), ``tune15`` (140 + 373·k, then 380 + 373·k), ``tune16`` (70 + 367·k, then
310 + 367·k), ``tune17`` (160 + 359·k, then 390 + 359·k), ``tune18`` (10 + 353·k, then 240 + 353·k),
``tune19`` (120 + 349·k, then 350 + 349·k) and ``tune20`` (190 + 347·k, then 430 + 347·k) avoid
those of every earlier set. ``tune21`` (7020 + 227·k, then 7130 + 227·k), ``tune22`` (7040 + 223·k,
then 7150 + 223·k), ``tune23`` (7060 + 211·k, then 7170 + 211·k), ``tune24`` (7080 + 199·k, then
7190 + 199·k) and ``tune25`` (7100 + 197·k, then 7210 + 197·k) do too, and take no line before
7,000, beyond the dev articles whose extraction diffs are read while rules are made; so do
``tune26`` (7120 + 193·k, then 7230 + 193·k), ``tune27`` (7140 + 191·k, then 7250 + 191·k),
``tune28`` (7160 + 181·k, then 7270 + 181·k) and ``tune29`` (7180 + 179·k, then 7290 + 179·k),
and ``tune30`` (7200 + 173·k, then 7310 + 173·k), ``tune31`` (7220 + 167·k, then 7330 + 167·k),
``tune32`` (7240 + 163·k, then 7350 + 163·k) and ``tune33`` (7260 + 157·k, then 7370 + 157·k),
and ``tune34`` (7280 + 151·k, then 7390 + 151·k), ``tune35`` (7300 + 149·k, then 7410 + 149·k),
``tune36`` (7320 + 139·k, then 7430 + 139·k) and ``tune37`` (7340 + 137·k, then 7450 + 137·k),
and ``tune38`` (7360 + 131·k, then 7470 + 131·k), ``tune39`` (7380 + 127·k, then 7490 + 127·k),
``tune40`` (7400 + 113·k, then 7510 + 113·k) and ``tune41`` (7420 + 109·k, then 7530 + 109·k),
and ``tune42`` (7440 + 107·k, then 7550 + 107·k), ``tune43`` (7460 + 103·k, then 7570 + 103·k),
``tune44`` (7480 + 101·k, then 7590 + 101·k) and ``tune45`` (7500 + 97·k, then 7610 + 97·k),
and ``tune46`` (7520 + 89·k, then 7630 + 89·k), ``tune47`` (7540 + 83·k, then 7650 + 83·k),
``tune48`` (7560 + 79·k, then 7670 + 79·k) and ``tune49`` (7580 + 73·k, then 7690 + 73·k), which
also skip the lines 4 + 10·k: dev slice 3 (every tenth article from the fourth), whose extraction
diffs are read while rules are made. ``tune50`` (7600 + 71·k, then 7710 + 71·k), ``tune51``
(7620 + 67·k, then 7730 + 67·k), ``tune52`` (7640 + 61·k, then 7750 + 61·k) and ``tune53``
(7660 + 59·k, then 7770 + 59·k) also skip dev slices 5 and 7 (lines 6 + 10·k and 8 + 10·k), read
the same way since extractor version 120.
Selected lines are copied byte for byte.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
MIN_CHARS = 600
CAR_ADS = "actualité automobile, infos, scoop"
QUOTATION_MARK = re.compile('[«“"]')


class Rule(NamedTuple):
    """Which corpus lines a set takes."""

    starts: tuple[int, ...]
    step: int
    count: int
    needs_quote: bool = False
    avoid: tuple[tuple[int, int], ...] = ()  # (start, step) of other sets' lines
    first_line: int = 1  # no line before it is taken


RULES = {
    "eval": Rule(starts=(1, 244), step=487, count=44),
    "tune": Rule(starts=(100,), step=487, count=30),
    "tune2": Rule(starts=(50,), step=401, count=40, needs_quote=True, avoid=((1, 487), (244, 487), (100, 487))),
    "tune3": Rule(
        starts=(175, 391), step=433, count=40, needs_quote=True, avoid=((1, 487), (244, 487), (100, 487), (50, 401))
    ),
    "tune4": Rule(
        starts=(320, 548),
        step=457,
        count=40,
        needs_quote=True,
        avoid=((1, 487), (244, 487), (100, 487), (50, 401), (175, 433), (391, 433)),
    ),
}


def _after_all(rules: dict[str, Rule]) -> tuple[tuple[int, int], ...]:
    """The (start, step) of every line the ``rules`` so far can reach: a new set avoids them all."""
    return tuple((start, rule.step) for rule in rules.values() for start in rule.starts)


#: Later sets as (name, starts, step, first line taken), in order: each avoids every line an
#: earlier set can reach. From tune21 on, no line before 7,000: beyond the dev articles read
#: while rules are made (the first 6,000 or so lines).
LATER_SETS = (
    ("tune5", (130, 360), 479, 1),
    ("tune6", (200, 440), 467, 1),
    ("tune7", (60, 290), 443, 1),
    ("tune8", (150, 410), 461, 1),
    ("tune9", (20, 250), 449, 1),
    ("tune10", (90, 320), 439, 1),
    ("tune11", (40, 270), 421, 1),
    ("tune12", (110, 340), 409, 1),
    ("tune13", (170, 400), 397, 1),
    ("tune14", (30, 260), 383, 1),
    ("tune15", (140, 380), 373, 1),
    ("tune16", (70, 310), 367, 1),
    ("tune17", (160, 390), 359, 1),
    ("tune18", (10, 240), 353, 1),
    ("tune19", (120, 350), 349, 1),
    ("tune20", (190, 430), 347, 1),
    ("tune21", (7020, 7130), 227, 7000),
    ("tune22", (7040, 7150), 223, 7000),
    ("tune23", (7060, 7170), 211, 7000),
    ("tune24", (7080, 7190), 199, 7000),
    ("tune25", (7100, 7210), 197, 7000),
    ("tune26", (7120, 7230), 193, 7000),
    ("tune27", (7140, 7250), 191, 7000),
    ("tune28", (7160, 7270), 181, 7000),
    ("tune29", (7180, 7290), 179, 7000),
    ("tune30", (7200, 7310), 173, 7000),
    ("tune31", (7220, 7330), 167, 7000),
    ("tune32", (7240, 7350), 163, 7000),
    ("tune33", (7260, 7370), 157, 7000),
    ("tune34", (7280, 7390), 151, 7000),
    ("tune35", (7300, 7410), 149, 7000),
    ("tune36", (7320, 7430), 139, 7000),
    ("tune37", (7340, 7450), 137, 7000),
    ("tune38", (7360, 7470), 131, 7000),
    ("tune39", (7380, 7490), 127, 7000),
    ("tune40", (7400, 7510), 113, 7000),
    ("tune41", (7420, 7530), 109, 7000),
    ("tune42", (7440, 7550), 107, 7000),
    ("tune43", (7460, 7570), 103, 7000),
    ("tune44", (7480, 7590), 101, 7000),
    ("tune45", (7500, 7610), 97, 7000),
)
#: Dev slice 3, every tenth dev article from the fourth line, whose extraction diffs are read
#: while rules are made: lines 4 + 10·k.
DEV_SLICE = ((4, 10),)
#: Dev slices 5 and 7, read the same way from extractor version 120: lines 6 + 10·k and 8 + 10·k.
LATER_DEV_SLICES = ((6, 10), (8, 10))
for _name, _starts, _step, _first in LATER_SETS:
    RULES[_name] = Rule(
        starts=_starts, step=_step, count=40, needs_quote=True, avoid=_after_all(RULES), first_line=_first
    )
#: The sets read last, with the dev slices each also skips: slice 3, then slices 5 and 7 too.
HELD_OUT_SETS = (
    ("tune46", (7520, 7630), 89, DEV_SLICE),
    ("tune47", (7540, 7650), 83, DEV_SLICE),
    ("tune48", (7560, 7670), 79, DEV_SLICE),
    ("tune49", (7580, 7690), 73, DEV_SLICE),
    ("tune50", (7600, 7710), 71, DEV_SLICE + LATER_DEV_SLICES),
    ("tune51", (7620, 7730), 67, DEV_SLICE + LATER_DEV_SLICES),
    ("tune52", (7640, 7750), 61, DEV_SLICE + LATER_DEV_SLICES),
    ("tune53", (7660, 7770), 59, DEV_SLICE + LATER_DEV_SLICES),
    ("tune54", (7680, 7790), 53, DEV_SLICE + LATER_DEV_SLICES),
    ("tune55", (7700, 7810), 47, DEV_SLICE + LATER_DEV_SLICES),
    ("tune56", (7720, 7830), 43, DEV_SLICE + LATER_DEV_SLICES),
    ("tune57", (7740, 7850), 41, DEV_SLICE + LATER_DEV_SLICES),
)
for _name, _starts, _step, _slices in HELD_OUT_SETS:
    RULES[_name] = Rule(
        starts=_starts, step=_step, count=40, needs_quote=True, avoid=_after_all(RULES) + _slices, first_line=7000
    )


def _kept(record: dict, rule: Rule) -> bool:
    body = (record.get("lede") or "") + (record.get("text") or "")
    if record["title"].rstrip().endswith(CAR_ADS) or len(body) < MIN_CHARS:
        return False
    return not rule.needs_quote or QUOTATION_MARK.search(body) is not None


def _avoided(number: int, rule: Rule) -> bool:
    return number < rule.first_line or any(
        number >= start and (number - start) % step == 0 for start, step in rule.avoid
    )


def selected_lines(lines: list[str], rule: Rule) -> list[tuple[int, str]]:
    """(line number, raw line) of the selected articles, in selection order."""
    chosen: list[tuple[int, str]] = []
    for start in rule.starts:
        for number in range(start, len(lines) + 1, rule.step):
            if len(chosen) == rule.count:
                return chosen
            if not _avoided(number, rule) and _kept(json.loads(lines[number - 1]), rule):
                chosen.append((number, lines[number - 1]))
    return chosen


def main(argv: list[str]) -> int:
    name, corpus = argv[1], Path(argv[2])
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    chosen = selected_lines(lines, RULES[name])
    with open(HERE / name / "articles.jsonl", "w", encoding="utf-8", newline="") as out:
        out.writelines(raw if raw.endswith("\n") else raw + "\n" for _, raw in chosen)
    for number, raw in chosen:
        record = json.loads(raw)
        print(number, record["id"], record["date"], len(record["lede"] + record["text"]), record["title"][:70])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
