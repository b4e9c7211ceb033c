"""The extraction quality gate of `make eval`, run by the test suite too.

Extraction on the seed golden files and on the held-out evaluation set must
stay at or above the floors recorded in tests/data/extract/floors.json, and
never give a wrong source or date.
"""

from __future__ import annotations

import io

from search.extract.evaluate import load_floors, run


def test_scores_stay_above_the_recorded_floors():
    out = io.StringIO()
    status = run(out=out)
    assert status == 0, out.getvalue()


def test_floors_are_real_not_placeholders():
    floors = load_floors()
    assert floors["eval"]["speakers_direct"]["f1"] > 0.5
    assert floors["eval"]["locations"]["f1"] >= 0.85
