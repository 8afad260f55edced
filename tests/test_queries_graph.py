"""The fixture graph of the query tests: hand-written reports (fixtures/queries/graph.json)
turned into :class:`Extraction` values and written with the real writer on the real engine.

Every report is a list of sentences, each stating the events and relations written for it;
the report text is the sentences joined, so every evidence offset points at its sentence.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from actorgraph.graph import writer
from actorgraph.graph.falkor import FalkorStore
from actorgraph.graph.store import GraphStore, StoreConfig, open_store
from actorgraph.model import Entity, Event, Evidence, Extraction, Participant, Relation
from actorgraph.read.inputs import report_from_text
from actorgraph.schema import SCHEMA

from .conftest import NEO4J_REASON

SPEC = Path(__file__).parent / "fixtures" / "queries" / "graph.json"
CONFIDENCE = 0.9


def spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def extractions() -> tuple[list[Extraction], dict[str, str]]:
    """The fixture's extractions, and the reliability grade of each report by id."""
    data = spec()
    done, grades = [], {}
    for number, item in enumerate(data["reports"], start=1):
        extraction = _extraction(item, data["entities"], number)
        done.append(extraction)
        if item["grade"]:
            grades[extraction.report.id] = item["grade"]
    return done, grades


def _extraction(item: dict[str, Any], known: dict[str, Any], number: int) -> Extraction:
    text = " ".join(s["text"] for s in item["sentences"])
    meta = {k: item[k] for k in ("title", "date", "publisher", "url")}
    report = report_from_text(text, path=f"fixtures/queries/report-{number}.txt", **meta)
    events, relations, spans = [], [], {}
    position = 0
    for sentence in item["sentences"]:
        start = text.index(sentence["text"], position)
        position = start + len(sentence["text"])
        confidence = item.get("confidence", CONFIDENCE)
        evidence = Evidence(report.id, sentence["text"], start, position, "fixture", confidence)
        for event in sentence.get("events", []):
            events.append(_event(event, evidence))
        for subject, predicate, obj in sentence.get("relations", []):
            relations.append(Relation(subject, predicate, obj, evidence))
        for entity_id in _ids(sentence):
            spans.setdefault(entity_id, []).append((start, position))
    entities = [_entity(entity_id, known[entity_id], found) for entity_id, found in spans.items()]
    return Extraction(report, entities, events, relations, extractor="fixture")


def _event(event: dict[str, Any], evidence: Evidence) -> Event:
    participants = [
        Participant(p[0], p[1] if len(p) > 1 else "participant") for p in event["participants"]
    ]
    return Event(
        id=event["id"],
        kind=event["kind"],
        code=SCHEMA.event_code(event["kind"]),
        participants=participants,
        evidence=evidence,
        place=event["place"],
        date=event["date"],
        datePrecision=None,
        key=event["id"],
    )


def _ids(sentence: dict[str, Any]) -> list[str]:
    ids = [s for r in sentence.get("relations", []) for s in (r[0], r[2])]
    for event in sentence.get("events", []):
        ids += [p[0] for p in event["participants"]] + ([event["place"]] if event["place"] else [])
    return list(dict.fromkeys(ids))


def _entity(entity_id: str, known: dict[str, Any], mentions: list[tuple[int, int]]) -> Entity:
    return Entity(
        id=entity_id,
        type=SCHEMA.type_of_id(entity_id),
        name=known["name"],
        aliases=list(known["aliases"]),
        mentions=mentions,
        source="fixture",
        lat=known.get("lat"),
        lon=known.get("lon"),
        countryCode=known.get("countryCode"),
    )


def write_fixture(store: GraphStore) -> None:
    """Write the fixture graph (idempotent, like every write)."""
    store.ensure_schema()
    done, grades = extractions()
    writer.write(store, done, grades)


def report_ids() -> dict[str, str]:
    """Report id by title."""
    done, _ = extractions()
    return {x.report.title or "": x.report.id for x in done}


def open_graph(engine: str, engine_home: Path) -> Iterator[GraphStore]:
    """The fixture graph on the embedded engine, or on Neo4j where ``NEO4J_URI`` is set
    (skipped otherwise); for a module-scoped fixture of tests that only read."""
    if engine == "neo4j":
        if not os.environ.get("NEO4J_URI"):
            pytest.skip(NEO4J_REASON)
        store: GraphStore = open_store(StoreConfig.from_env())
    else:
        store = FalkorStore(engine_home, database=f"queries-{uuid.uuid4().hex[:12]}")
    store.drop()  # type: ignore[attr-defined]
    write_fixture(store)
    yield store
    store.drop()  # type: ignore[attr-defined]
    store.close()


def counts(store: GraphStore) -> tuple[int, int]:
    nodes = store.read("MATCH (n) RETURN count(n) AS n")[0]["n"]
    edges = store.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    return nodes, edges


def test_every_evidence_offset_points_at_its_sentence() -> None:
    done, grades = extractions()
    texts = {x.report.id: x.report.text for x in done}
    evidence = [e.evidence for x in done for e in x.events] + [
        r.evidence for x in done for r in x.relations
    ]
    assert evidence
    for item in evidence:
        assert texts[item.report][item.start : item.end] == item.sentence
    assert sorted(grades.values()) == ["A", "B", "C", "D"]


def test_the_fixture_graph_is_written_once(falkor: FalkorStore) -> None:
    write_fixture(falkor)
    first = counts(falkor)
    write_fixture(falkor)
    assert counts(falkor) == first
    titles = {r["t"] for r in falkor.read("MATCH (r:Report) RETURN r.title AS t")}
    assert titles == set(report_ids())
