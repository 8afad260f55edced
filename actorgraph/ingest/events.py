"""Events from sentence templates: meetings (talks, receptions, joint appearances), visits
and joint exercises, each with participants and roles, the most specific place, a date
with its precision, and the evidence sentence. Planned, denied or hypothetical meetings
("will meet", "refused to meet") are not events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actorgraph.ids import digest
from actorgraph.ingest import dates
from actorgraph.ingest.patterns import EXERCISE, MEETING_RULES, MODAL, VISIT_RULES, Rule
from actorgraph.ingest.relations import evidence
from actorgraph.ingest.template import Template
from actorgraph.model import Entity, Event, Participant, Relation
from actorgraph.schema import SCHEMA

ACTOR_TYPES = {"Person", "Organization"}
PLACE_RANK = {"facility": 0, "base": 0, "city": 1, "town": 1, "district": 2, "province": 3}


@dataclass
class Context:
    """What event finding needs besides the sentence."""

    entities: dict[str, Entity]
    report_id: str
    report_date: str | None
    dateline: str | None = None
    last_place: str | None = None


def find_events(templates: list[Template], ctx: Context) -> tuple[list[Event], list[Relation]]:
    """Events, plus the ``VISITED`` relations of visits (visitor -> place)."""
    events: dict[str, Event] = {}
    visits: dict[tuple[str, str], Relation] = {}
    ctx.last_place = ctx.last_place or ctx.dateline
    for template in templates:
        place = best_place(template, ctx) or ctx.last_place
        for event in _meetings(template, ctx, place) + _exercises(template, ctx, place):
            events.setdefault(event.id, event)
        for event, relations in _visits(template, ctx):
            events.setdefault(event.id, event)
            for relation in relations:
                visits.setdefault((relation.subject, relation.object), relation)
            ctx.last_place = event.place or ctx.last_place
    return list(events.values()), list(visits.values())


def _actors(ids: list[str], ctx: Context) -> list[str]:
    return [i for i in ids if i in ctx.entities and ctx.entities[i].type in ACTOR_TYPES]


def _meetings(template: Template, ctx: Context, place: str | None) -> list[Event]:
    found = []
    for rule in MEETING_RULES:
        for match in rule.pattern.finditer(template.text):
            if MODAL.search(template.text[: match.start("v")]):
                continue
            hosts = _actors(template.ids(match.group("s")), ctx)
            guests = [g for g in _actors(template.ids(match.group("o")), ctx) if g not in hosts]
            if hosts and guests:
                found.append(_event(rule, template, ctx, hosts, guests, place))
    return found


def _exercises(template: Template, ctx: Context, place: str | None) -> list[Event]:
    match = EXERCISE.search(template.text)
    if not match or MODAL.search(template.text[: match.start()]):
        return []
    actors = [a for a in _actors(template.all_ids(), ctx)]
    if len(actors) < 2:
        return []
    rule = Rule("joint-exercise", "Exercise", EXERCISE, 0.6)
    return [_event(rule, template, ctx, actors[:1], actors[1:], place)]


def _visits(template: Template, ctx: Context) -> list[tuple[Event, list[Relation]]]:
    found = []
    for rule in VISIT_RULES:
        for match in rule.pattern.finditer(template.text):
            if MODAL.search(template.text[: match.start("v")]):
                continue
            visitors = _actors(template.ids(match.group("s")), ctx)
            places = [i for i in template.ids(match.group("o")) if _is_place(i, ctx)]
            if not visitors or not places:
                continue
            event = _event(rule, template, ctx, visitors, [], places[0], role="visitor")
            relations = [
                _visited(template, ctx, rule, visitor, place)
                for visitor in visitors
                for place in places
            ]
            found.append((event, relations))
    return found


def _visited(template: Template, ctx: Context, rule: Rule, visitor: str, place: str) -> Relation:
    ev = evidence(template, ctx.report_id, rule.name, rule.confidence)
    return Relation(visitor, "VISITED", place, ev)


def _is_place(entity_id: str, ctx: Context) -> bool:
    entity = ctx.entities.get(entity_id)
    return entity is not None and entity.type == "Place"


def best_place(template: Template, ctx: Context) -> str | None:
    """The most specific place named after 'in'/'at' in the sentence."""
    places = []
    for match in re.finditer(r"\b(?:in|at|to)\s+(?:the\s+)?(?:\w+\s+){0,2}?(⟦\d+⟧)", template.text):
        entity_id = template.ids(match.group(1))[0]
        if _is_place(entity_id, ctx):
            places.append(entity_id)
    if not places:
        return None
    return min(places, key=lambda p: _specificity(ctx.entities[p]))


def _specificity(entity: Entity) -> int:
    from actorgraph.ingest.dictionary import load

    entry = load().entries.get(entity.id)
    kind = entry.kind if entry else None
    return PLACE_RANK.get(kind or "", 1 if entity.source == "cue" else 4)


def _event(
    rule: Rule,
    template: Template,
    ctx: Context,
    hosts: list[str],
    guests: list[str],
    place: str | None,
    role: str = "host",
) -> Event:
    date, precision = _date(template, ctx)
    participants = [Participant(h, role) for h in hosts] + [Participant(g, "guest") for g in guests]
    if rule.predicate == "Meeting" or rule.predicate == "Exercise":
        participants = [Participant(p.id, "participant") for p in participants]
    ids = sorted(p.id for p in participants)
    key = digest(rule.predicate, *ids, place)
    return Event(
        id=f"event:{digest(key, date)}",
        kind=rule.predicate,
        code=SCHEMA.event_code(rule.predicate),
        participants=participants,
        evidence=evidence(template, ctx.report_id, rule.name, rule.confidence),
        place=place,
        date=date,
        datePrecision=precision,
        key=key,
    )


def _date(template: Template, ctx: Context) -> tuple[str | None, str | None]:
    year = int(ctx.report_date[:4]) if ctx.report_date else None
    found = dates.find_dates(template.sentence, year)
    if found:
        return found[0]
    relative = dates.relative_date(template.sentence, ctx.report_date)
    return relative if relative else (None, None)
