"""Resolution against what the graph already holds, applied to an extraction just before it
is written: analysts' merge judgements (entity id -> canonical id) and event identity (two
reports of the same meeting -- same kind, participants and place, overlapping dates -- are
one event).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from actorgraph import dates
from actorgraph.graph.store import GraphStore
from actorgraph.ids import digest
from actorgraph.model import Event, Extraction, Participant


class Resolver:
    """Canonical ids from judgements, and known events by key, for one ingest run."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.canonical = load_merges(store)
        self.events: dict[str, list[tuple[str, str | None]]] = {}

    def refresh(self) -> None:
        """Take up judgements made since (a merge run between two batches of an ingest);
        when they changed, known events are looked up again (the merge re-keyed some)."""
        canonical = load_merges(self.store)
        if canonical != self.canonical:
            self.canonical = canonical
            self.events.clear()

    def apply(self, extraction: Extraction) -> Extraction:
        x = rename(extraction, self.canonical) if self.canonical else extraction
        return dataclasses.replace(x, events=[self._known(e) for e in x.events])

    def prefetch(self, extractions: Iterable[Extraction]) -> None:
        """Load the existing events that share a key with the batch (one query)."""
        keys = sorted({e.key for x in extractions for e in x.events} - set(self.events))
        if not keys:
            return
        rows = self.store.read(
            "UNWIND $keys AS k MATCH (e:Event {key: k}) RETURN e.key AS key, e.id AS id, "
            "e.date AS date",
            {"keys": keys},
        )
        for key in keys:
            self.events[key] = [(r["id"], r["date"]) for r in rows if r["key"] == key]

    def _known(self, event: Event) -> Event:
        seen = self.events.setdefault(event.key, [])
        for event_id, date in seen:
            if dates.overlaps(date, event.date):
                return dataclasses.replace(event, id=event_id)
        seen.append((event.id, event.date))
        return event


def load_merges(store: GraphStore) -> dict[str, str]:
    """Active merge judgements as ``{merged id: canonical id}`` (chains followed)."""
    rows = store.read(
        "MATCH (j:Judgement {kind: 'merge', active: true}) "
        "RETURN j.source AS source, j.target AS target ORDER BY j.createdAt"
    )
    mapping = {r["source"]: r["target"] for r in rows}
    return {s: _follow(mapping, s) for s in mapping}


def _follow(mapping: dict[str, str], entity_id: str) -> str:
    seen = {entity_id}
    while entity_id in mapping and mapping[entity_id] not in seen:
        entity_id = mapping[entity_id]
        seen.add(entity_id)
    return entity_id


def rename(x: Extraction, canonical: dict[str, str]) -> Extraction:
    """The extraction with merged ids replaced by their canonical ids."""

    def c(entity_id: str | None) -> str | None:
        return canonical.get(entity_id, entity_id) if entity_id else entity_id

    entities = {}
    for entity in x.entities:
        target = c(entity.id) or entity.id
        kept = entities.get(target)
        if kept is None:
            entities[target] = dataclasses.replace(
                entity, id=target, aliases=list(entity.aliases), mentions=list(entity.mentions)
            )  # own lists: merging into them must not change the extraction as extracted
        else:
            kept.aliases += [a for a in entity.surfaces() if a not in kept.surfaces()]
            kept.mentions += entity.mentions
    relations = [
        dataclasses.replace(r, subject=c(r.subject), object=c(r.object))
        for r in x.relations
        if c(r.subject) != c(r.object)
    ]
    events = [_rename_event(e, c) for e in x.events]
    return dataclasses.replace(
        x,
        entities=list(entities.values()),
        relations=relations,
        events=[e for e in events if len({p.id for p in e.participants}) > 1 or e.kind == "Visit"],
    )


def _rename_event(event: Event, c: object) -> Event:
    participants = list(
        {c(p.id): Participant(c(p.id), p.role) for p in event.participants}.values()
    )  # type: ignore[operator]
    ids = sorted(p.id for p in participants)
    key = digest(event.kind, *ids, c(event.place))  # type: ignore[operator]
    return dataclasses.replace(
        event,
        participants=participants,
        place=c(event.place),
        key=key,  # type: ignore[operator]
        id=f"event:{digest(key, event.date)}",
    )
