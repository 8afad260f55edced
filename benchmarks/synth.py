"""Extractions made directly from synthetic stories (no text extraction), for building
large graphs quickly: what the extractor would return if it read the story perfectly.

Ids, event keys and evidence are made the way the extractor makes them, so the graph has
the same shape, property sizes and provenance as an ingested one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from actorgraph.ids import digest
from actorgraph.model import Entity, Event, Evidence, Extraction, Participant, Relation, Report
from actorgraph.read.inputs import report_id
from actorgraph.schema import SCHEMA
from benchmarks.stories import Fact, Story, compose
from benchmarks.world import World

ROLES = {"HostVisit": ("host", "guest"), "Visit": ("visitor", "")}
START = dt.date(2020, 1, 1)


def extractions(world: World, count: int, seed: int = 3, offset: int = 0) -> Iterator[Extraction]:
    """``count`` extractions of stories ``offset .. offset+count`` of the seed's sequence."""
    rnd = random.Random(f"{seed}:{offset}")
    for index in range(offset, offset + count):
        yield to_extraction(world, compose(world, rnd, index, START), index)


def to_extraction(world: World, story: Story, index: int) -> Extraction:
    rid, sha = report_id(story.body)
    report = Report(
        id=rid,
        text=story.body,
        title=story.title,
        date=story.date,
        url=story.url,
        publisher=story.publisher.name,
        path=f"synthetic/{index:07d}.txt",
        sha256=sha,
    )
    events, relations = [], []
    for fact, start, end in story.facts:
        ev = Evidence(rid, story.body[start:end], start, end, "synthetic", 0.7)
        if fact.kind in SCHEMA.event_kinds:
            events.append(_event(fact, ev))
            if fact.kind == "Visit":
                relations.append(Relation(fact.subject[0], "VISITED", fact.object[0], ev))
        else:
            relations.append(_relation(fact, ev))
    return Extraction(report, _entities(world, story), events, relations, [], "synthetic/1")


def _entities(world: World, story: Story) -> list[Entity]:
    found: dict[str, Entity] = {}
    for start, end, entity_id in story.spans:
        entity = found.get(entity_id) or _entity(world, entity_id)
        found[entity_id] = entity
        entity.mentions.append((start, end))
        surface = story.body[start:end]
        if surface != entity.name and surface not in entity.aliases:
            entity.aliases.append(surface)
    return list(found.values())


def _entity(world: World, entity_id: str) -> Entity:
    actor = world.by_id.get(entity_id)
    if actor is not None:
        return Entity(actor.id, actor.type, actor.name, source="dictionary")
    place = world.place_by_id[entity_id]
    return Entity(
        place.id,
        "Place",
        place.name,
        source="dictionary",
        lat=place.lat,
        lon=place.lon,
        countryCode=place.code,
    )


def _event(fact: Fact, ev: Evidence) -> Event:
    host, guest = ROLES.get(fact.kind, ("participant", "participant"))
    participants = [Participant(a, host) for a in fact.subject]
    if fact.kind != "Visit":
        participants += [Participant(b, guest) for b in fact.object]
    key = digest(fact.kind, *sorted(p.id for p in participants), fact.place)
    return Event(
        id=f"event:{digest(key, fact.date)}",
        kind=fact.kind,
        code=SCHEMA.event_code(fact.kind),
        participants=participants,
        evidence=ev,
        place=fact.place,
        date=fact.date,
        datePrecision="day",
        key=key,
    )


def _relation(fact: Fact, ev: Evidence) -> Relation:
    subject, obj = fact.subject[0], fact.object[0]
    if SCHEMA.relations[fact.kind].symmetric and obj < subject:
        subject, obj = obj, subject
    return Relation(subject, fact.kind, obj, ev)
