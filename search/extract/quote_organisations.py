"""One name per organisation within an article.

``Observatoire syrien des droits de l'homme (OSDH)`` and later ``l'OSDH`` are one
speaker, shown without the parenthesis; ``le Conseil`` after ``le Conseil
scientifique`` is the Conseil scientifique, when only one longer name starts so.
"""

from __future__ import annotations

import re

from search.extract.name_data import fold

_ACRONYM = re.compile(r"\s*\((?P<acronym>[^()]{2,15})\)\s*$")


def _bare(name: str) -> tuple[str, str]:
    """A name without its trailing parenthesis, and the acronym in it ("" if none)."""
    match = _ACRONYM.search(name)
    if not match:
        return name.strip(), ""
    return name[: match.start()].strip(), match.group("acronym").strip()


def organisation_names(names: list[str], known: list[str] = ()) -> dict[str, str]:
    """Map each organisation name (as a speaker phrase gives it) to the article's name for it.

    ``known`` are other organisation names of the article (entities) that a short
    name may stand for.
    """
    bare = {name: _bare(name) for name in [*names, *known]}
    by_acronym = {fold(acronym): full for full, acronym in bare.values() if acronym}
    fulls = sorted({full for full, _ in bare.values()}, key=len, reverse=True)
    result = {}
    for name in names:
        full, _ = bare[name]
        if fold(full) in by_acronym:
            result[name] = by_acronym[fold(full)]
            continue
        prefix = fold(full) + " "
        longer = [other for other in fulls if fold(other).startswith(prefix)]
        result[name] = longer[0] if len(longer) == 1 else full
    return result
