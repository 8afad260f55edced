"""A generated graph with a hub: one actor in most meetings, partners sharing names, meetings
sharing dates, meetings reported twice, meetings without a partner or a place, places inside
countries, reports of every grade. Written with the real writer; deterministic by seed.
"""

from __future__ import annotations

import dataclasses
import random

from actorgraph.model import Entity, Event, Evidence, Extraction, Participant, Report
from actorgraph.read.inputs import report_from_text
from actorgraph.schema import SCHEMA

HUB = "person:hub-actor"
LONER = "person:lone-visitor"  # in meetings of its own only
COUNTRIES = {f"place:country-{c}": (f"Country {c.upper()}", c.upper() * 2) for c in "abc"}
CITIES = {
    f"place:city-{i}": (f"City {'PQRSTU'[i]}", f"place:country-{'abc'[i % 3]}") for i in range(6)
}
# Country C holds cities but no meeting: only the gazetteer chain (WITHIN) writes it.
PLACES = [None, *CITIES, "place:country-a", "place:country-b"]
DATES = ["2023-01-05", "2023-01-05", "2023-02", "2023-03-10", "2023-03-11", "2024", "2024-02-29"]
MEETINGS = [k for k in SCHEMA.event_kinds if SCHEMA.event_is_meeting(k)]


def partner_names(count: int) -> dict[str, str]:
    """Partner ids and names; two pairs share a name (rows tie on ``met``)."""
    names = {f"person:partner-{i:02d}": f"Partner {i:02d}" for i in range(count)}
    names["person:partner-01"] = names["person:partner-02"] = "Partner Twin"
    names["person:partner-03"] = "Partnér Ümlaut"
    return names


def extractions(reports: int = 90, seed: int = 11) -> tuple[list[Extraction], dict[str, str]]:
    rnd = random.Random(seed)
    partners = partner_names(24)
    made: dict[str, Event] = {}
    done, grades = [], {}
    for number in range(reports):
        report = _report(rnd, number)
        events = [_event(rnd, report, partners, made, len(made)) for _ in range(rnd.randint(1, 3))]
        done.append(_extraction(report, events, partners))
        grades[report.id] = rnd.choice("ABCDEF")
    return done, grades


def _report(rnd: random.Random, number: int) -> Report:
    text = f"Report {number}: officials met in the region to discuss the situation at length."
    date = f"2023-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    return report_from_text(text, path=f"hub/{number}.txt", title=f"Report {number % 40:02d}",
                            date=date, publisher=f"Publisher {number % 5}")  # fmt: skip


def _event(rnd: random.Random, report: Report, partners: dict[str, str], made: dict[str, Event],
           serial: int) -> Event:  # fmt: skip
    evidence = Evidence(report.id, report.text, 0, len(report.text), "fixture", rnd.random())
    if made and rnd.random() < 0.15:  # the same meeting in another report
        earlier = made[rnd.choice(sorted(made))]
        return dataclasses.replace(earlier, evidence=evidence)
    who = rnd.sample(sorted(partners), rnd.choice([1, 1, 2, 3]))
    roll = rnd.random()
    if roll < 0.75:
        who = [HUB, *who]
    elif roll < 0.85:
        who = [HUB] if rnd.random() < 0.5 else [LONER]  # nobody to have met
    place = rnd.choice(PLACES)
    event = Event(id=f"event:hub-{serial}", kind=rnd.choice(MEETINGS), code="", evidence=evidence,
                  participants=[Participant(p) for p in who], place=place,
                  date=rnd.choice([None, *DATES]), key=f"hub-{serial}")  # fmt: skip
    made[event.id] = event
    return event


def _extraction(report: Report, events: list[Event], partners: dict[str, str]) -> Extraction:
    ids = {p.id for e in events for p in e.participants} | {e.place for e in events if e.place}
    entities = [_entity(i, partners) for i in sorted(ids)]
    within = [_within(c) for c in sorted(ids) if c in CITIES]
    return Extraction(report, entities, events, [], extractor="fixture", within=within)


def _entity(entity_id: str, partners: dict[str, str]) -> Entity:
    names = {HUB: "Hub Actor", LONER: "Lone Visitor", **partners}
    names.update({k: v[0] for k, v in {**COUNTRIES, **CITIES}.items()})
    aliases = ["The Hub", "Hub"] if entity_id == HUB else []
    return Entity(entity_id, SCHEMA.type_of_id(entity_id), names[entity_id], aliases,
                  mentions=[(0, 6)], source="fixture")  # fmt: skip


def _within(city: str) -> dict:
    name, country = CITIES[city]
    return {"place": city, "parent": country, "placeProps": _place(name),
            "props": _place(COUNTRIES[country][0])}  # fmt: skip


def _place(name: str) -> dict:
    return {"name": name, "type": "Place", "aliases": [], "source": "gazetteer", "lat": None,
            "lon": None, "countryCode": None, "kind": None}  # fmt: skip
