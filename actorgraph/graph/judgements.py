"""Analysts' merge judgements: "B is the same actor as A", kept in the graph as
``(:Judgement {kind: 'merge', source: B, target: A, reason, author, createdAt, active})`` and
undone by setting ``active`` to false. Either way the reports that name B are re-projected:
their contributions are retracted and their stored extractions written again under the
judgements now in force, so an unmerge restores every edge as it was.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from dataclasses import dataclass
from typing import Any

from actorgraph.errors import QueryError
from actorgraph.graph import retract, writer
from actorgraph.graph.resolver import Resolver
from actorgraph.graph.store import GraphStore
from actorgraph.ids import digest
from actorgraph.ingest import grading
from actorgraph.model import Extraction
from actorgraph.schema import SCHEMA

CREATE = """
MERGE (j:Judgement {id: $id})
SET j.kind = 'merge', j.source = $source, j.target = $target, j.reason = $reason,
    j.author = $author, j.createdAt = $now, j.active = true
WITH j
MATCH (t:Entity {id: $target})
MERGE (j)-[:ABOUT]->(t)
"""
DEACTIVATE = """
MATCH (j:Judgement {kind: 'merge', active: true})
WHERE (j.source = $a AND j.target = $b) OR (j.source = $b AND j.target = $a) OR j.id = $id
SET j.active = false, j.undoneAt = $now, j.undoneBy = $author
RETURN j.id AS id, j.source AS source, j.target AS target
"""
LIST = """
MATCH (j:Judgement)
RETURN j.id AS id, j.kind AS kind, j.source AS source, j.target AS target, j.reason AS reason,
       j.author AS author, j.createdAt AS createdAt, j.active AS active
ORDER BY createdAt
"""
NAMING = "MATCH (r:Report) WHERE r.extraction CONTAINS $needle RETURN r.id AS id"
STORED = "MATCH (r:Report {id: $id}) RETURN r.extraction AS extraction, r.reliability AS grade"


@dataclass(frozen=True)
class Outcome:
    judgement: str
    source: str
    target: str
    reports: int


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def merge(store: GraphStore, target: str, source: str, reason: str) -> Outcome:
    """Merge entity ``source`` into ``target`` (both ids of the same type)."""
    if source == target:
        raise QueryError("cannot merge an entity with itself")
    if SCHEMA.type_of_id(source) != SCHEMA.type_of_id(target):
        raise QueryError(f"different types never merge: {source} and {target}")
    judgement = f"judgement:{digest('merge', source, target, _now())}"
    params = {"id": judgement, "source": source, "target": target, "reason": reason,
              "author": getpass.getuser(), "now": _now()}  # fmt: skip
    store.write(CREATE, params)
    count = reproject(store, naming(store, source))
    retract.refresh_aliases(store, [target])
    return Outcome(judgement, source, target, count)


def unmerge(store: GraphStore, a: str = "", b: str = "", judgement: str = "") -> list[Outcome]:
    """Undo the merge judgement(s) between ``a`` and ``b`` (or the one with this id)."""
    params = {"a": a, "b": b, "id": judgement, "now": _now(), "author": getpass.getuser()}
    undone = store.write(DEACTIVATE, params)
    if not undone:
        raise QueryError("no active merge judgement matches")
    outcomes = []
    for row in undone:
        count = reproject(store, naming(store, row["source"]))
        retract.refresh_aliases(store, [row["target"], row["source"]])
        outcomes.append(Outcome(row["id"], row["source"], row["target"], count))
    return outcomes


def judgements(store: GraphStore) -> list[dict[str, Any]]:
    return store.read(LIST)


def naming(store: GraphStore, entity_id: str) -> list[str]:
    """Reports whose own extraction names the entity (whatever it was merged into since)."""
    return [r["id"] for r in store.read(NAMING, {"needle": f'"{entity_id}"'})]


def reproject(store: GraphStore, report_ids: list[str]) -> int:
    """Retract each report and write its stored extraction again under today's judgements."""
    resolver = Resolver(store)
    for report_id in report_ids:
        rows = store.read(STORED, {"id": report_id})
        if not rows or not rows[0]["extraction"]:
            continue
        raw = Extraction.from_dict(json.loads(rows[0]["extraction"]))
        retract.retract(store, report_id)
        resolver.prefetch([raw])
        grades = {report_id: rows[0]["grade"] or grading.UNKNOWN}
        writer.write(store, [resolver.apply(raw)], grades, originals=[raw])
    return len(report_ids)
