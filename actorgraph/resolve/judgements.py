"""Analysts' merge judgements: "B is the same actor as A", kept in the graph as
``(:Judgement {kind: 'merge', source: B, target: A, reason, author, createdAt, active})`` and
undone by setting ``active`` to false. Either way the reports that name B are re-projected:
their contributions are retracted and their stored extractions written again under the
judgements now in force. An unmerge also re-projects the reports that share an edge or an
event with them (a merged report's dates and events folded into a shared edge cannot be
subtracted), and all are retracted before any is written again, so merge then unmerge gives
back the graph exactly (every property but the time of writing).

A merge or unmerge holds the write lock of ingest for all its writes, and is resumable:
the judgement change and a ``(:Pending)`` marker per report to re-project (holding the
report's extraction) are written in one query; a marker goes only once its report is written
again. Killed at any point (even between a report's retraction and its rewrite), the work
is completed by the next merge, unmerge or ingest (:func:`complete_pending`).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from dataclasses import dataclass
from typing import Any

from actorgraph.errors import QueryError
from actorgraph.graph import retract, stored, writer
from actorgraph.graph.store import GraphStore
from actorgraph.ids import digest
from actorgraph.model import Extraction
from actorgraph.resolve import grading
from actorgraph.resolve.resolver import Resolver
from actorgraph.schema import SCHEMA

CREATE = """
MERGE (j:Judgement {id: $id})
SET j.kind = 'merge', j.source = $source, j.target = $target, j.reason = $reason,
    j.author = $author, j.createdAt = $now, j.active = true
WITH j
MATCH (t:Entity {id: $target})
MERGE (j)-[:ABOUT]->(t)
"""
MATCHING = """
MATCH (j:Judgement {kind: 'merge', active: true})
WHERE (j.source = $a AND j.target = $b) OR (j.source = $b AND j.target = $a) OR j.id = $id
RETURN j.id AS id, j.source AS source, j.target AS target ORDER BY j.createdAt
"""
DEACTIVATE = """
MATCH (j:Judgement) WHERE j.id IN $ids
SET j.active = false, j.undoneAt = $now, j.undoneBy = $author
"""
# One marker per report to re-project, written in the same query as the judgement change,
# holding the report's extraction: a merge killed after retracting a report and before
# writing it again is completed from its marker (complete_pending).
MARK = """
WITH count(*) AS _
UNWIND $reports AS rid
MATCH (r:Report {id: rid}) WHERE r.extraction IS NOT NULL
MERGE (p:Pending {id: 'pending:' + rid})
SET p.report = rid, p.extraction = r.extraction, p.grade = r.reliability,
    p.entities = $entities, p.done = false
"""
PENDING = """
MATCH (p:Pending)
RETURN p.id AS id, p.report AS report, p.extraction AS extraction, p.grade AS grade,
       p.entities AS entities, p.done AS done
ORDER BY p.id
"""
DONE = "MATCH (p:Pending {id: $id}) SET p.done = true"
FORGET = "MATCH (p:Pending) WHERE p.id IN $ids DELETE p"
LIST = """
MATCH (j:Judgement)
RETURN j.id AS id, j.kind AS kind, j.source AS source, j.target AS target, j.reason AS reason,
       j.author AS author, j.createdAt AS createdAt, j.active AS active
ORDER BY createdAt
"""
# ``named`` lists the entity ids of a report's extraction (graph.stored); a report written
# before it existed keeps its extraction as plain JSON, which names an id in quotes
NAMING = """
MATCH (r:Report)
WHERE r.named CONTAINS $key OR (r.named IS NULL AND r.extraction CONTAINS $quoted)
RETURN r.id AS id
"""
# The reports that share an edge or an event with these reports: their sums (events, first
# and last seen, ...) hold contributions that a retraction cannot take out again.
SHARING = """
UNWIND $ids AS rid
MATCH (:Report {id: rid})-[:MENTIONS]->(:Entity)-[x]-(:Entity)
WHERE x.reports IS NOT NULL AND rid IN x.reports
UNWIND x.reports AS other
RETURN DISTINCT other AS id
UNION
UNWIND $ids AS rid
MATCH (:Report {id: rid})<-[:REPORTED_IN]-(:Event)-[:REPORTED_IN]->(o:Report)
RETURN DISTINCT o.id AS id
"""


@dataclass(frozen=True)
class Outcome:
    judgement: str
    source: str
    target: str
    reports: int


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def merge(store: GraphStore, target: str, source: str, reason: str) -> Outcome:
    """Merge entity ``source`` into ``target`` (both ids of the same type), under the write
    lock; the reports naming ``source`` are re-projected, resumably."""
    if source == target:
        raise QueryError("cannot merge an entity with itself (merged before? see judgements)")
    if SCHEMA.type_of_id(source) != SCHEMA.type_of_id(target):
        raise QueryError(f"different types never merge: {source} and {target}")
    with writer.exclusive(store):
        complete_pending(store)
        judgement = f"judgement:{digest('merge', source, target, _now())}"
        reports = naming(store, source)
        params = {"id": judgement, "source": source, "target": target, "reason": reason,
                  "author": getpass.getuser(), "now": _now(), "reports": reports,
                  "entities": [target]}  # fmt: skip
        store.write(CREATE + MARK, params)
        complete_pending(store)
    return Outcome(judgement, source, target, len(reports))


def unmerge(store: GraphStore, a: str = "", b: str = "", judgement: str = "") -> list[Outcome]:
    """Undo the merge judgement(s) between ``a`` and ``b`` (or the one with this id), under
    the write lock; the reports naming the merged entity, and those sharing an edge or an
    event with them, are re-projected, resumably."""
    with writer.exclusive(store):
        complete_pending(store)
        found = store.read(MATCHING, {"a": a, "b": b, "id": judgement})
        if not found:
            raise QueryError("no active merge judgement matches")
        named = {row["id"]: naming(store, row["source"]) for row in found}
        reports = sharing(store, sorted({r for ids in named.values() for r in ids}))
        entities = sorted({row[k] for row in found for k in ("target", "source")})
        params = {"ids": list(named), "now": _now(), "author": getpass.getuser(),
                  "reports": reports, "entities": entities}  # fmt: skip
        store.write(DEACTIVATE + MARK, params)
        complete_pending(store)
    return [Outcome(r["id"], r["source"], r["target"], len(named[r["id"]])) for r in found]


def judgements(store: GraphStore) -> list[dict[str, Any]]:
    return store.read(LIST)


def naming(store: GraphStore, entity_id: str) -> list[str]:
    """Reports whose own extraction names the entity (whatever it was merged into since)."""
    params = {"key": stored.named_key(entity_id), "quoted": f'"{entity_id}"'}
    return [r["id"] for r in store.read(NAMING, params)]


def sharing(store: GraphStore, report_ids: list[str]) -> list[str]:
    """These reports and those that share an edge or an event with them: an unmerge writes
    them all again, so that what the merged reports had added to shared edges goes too."""
    if not report_ids:
        return []
    rows = store.read(SHARING, {"ids": report_ids})
    return sorted(set(report_ids) | {r["id"] for r in rows})


def complete_pending(store: GraphStore) -> int:
    """Finish the re-projection a merge or unmerge started (one killed half-way is completed
    by the next merge, unmerge or ingest): the marked reports are all retracted, then
    written again from their markers under today's judgements; aliases are refreshed and
    the markers go.
    Returns the number of reports that were pending."""
    if not store.read("MATCH (p:Pending) RETURN count(p) AS n")[0]["n"]:
        return 0
    with writer.exclusive(store):
        rows = store.read(PENDING)
        todo = [row for row in rows if not row["done"]]
        for row in todo:  # all out first: an edge they alone support is rebuilt from nothing
            retract.retract(store, row["report"])
        resolver = Resolver(store)
        for row in todo:
            _rewrite(store, resolver, row)
        retract.refresh_aliases(store, sorted({e for row in rows for e in row["entities"]}))
        store.write(FORGET, {"ids": [row["id"] for row in rows]})
    return len(rows)


def _rewrite(store: GraphStore, resolver: Resolver, marker: dict[str, Any]) -> None:
    """Write the report's extraction (kept on the marker) again."""
    raw = Extraction.from_dict(json.loads(stored.unpack(marker["extraction"]) or "{}"))
    resolver.prefetch([raw])
    grades = {marker["report"]: marker["grade"] or grading.UNKNOWN}
    writer.write(store, [resolver.apply(raw)], grades, originals=[raw])
    store.write(DONE, {"id": marker["id"]})
