"""Write extractions to a store: rows for the batched query of :mod:`actorgraph.graph.cypher`.

One call writes a batch of reports as one query (atomic on FalkorDB, one transaction on
Neo4j). Meetings add a derived ``MET_WITH`` edge per participant pair. Every edge row
carries its provenance: report, evidence sentences with offsets, extractor, confidence,
the report's date, its publisher (for independence) and reliability grade.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from typing import Any

from actorgraph.graph.cypher import param_names, write_query
from actorgraph.graph.store import GraphStore
from actorgraph.model import Event, Evidence, Extraction, Relation
from actorgraph.schema import SCHEMA

Rows = dict[str, list[dict[str, Any]]]


def write(store: GraphStore, extractions: Sequence[Extraction], grades: dict[str, str]) -> int:
    """Write a batch of extractions in one query; return the number of reports written.

    ``grades`` maps a report id to its publisher's reliability (A-F)."""
    if not extractions:
        return 0
    rows: Rows = {name: [] for name in param_names()}
    for extraction in extractions:
        add_rows(rows, extraction, grades.get(extraction.report.id, "F"))
    store.write(write_query(), rows)
    return len(extractions)


def add_rows(rows: Rows, x: Extraction, reliability: str) -> None:
    report = x.report
    context = {
        "report": report.id,
        "date": report.date,
        "reliability": reliability,
        "source": report.publisher or report.id,
    }
    rows["reports"].append(_report_row(x, reliability))
    for entity in x.entities:
        rows[f"entities_{entity.type}"].append(
            {
                "id": entity.id,
                "name": entity.name,
                "type": entity.type,
                "aliases": entity.aliases,
                "source": entity.source,
                "lat": entity.lat,
                "lon": entity.lon,
                "countryCode": entity.countryCode,
                "kind": None,
            }
        )
        rows["mentions"].append(
            {
                "report": report.id,
                "entity": entity.id,
                "count": len(entity.mentions),
                "surfaces": entity.surfaces(),
            }
        )
    met: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in x.events:
        _event_rows(rows, event, context)
        if SCHEMA.event_is_meeting(event.kind):
            for pair in combinations(sorted({p.id for p in event.participants}), 2):
                met[pair].append(event)
    for (subject, predicate, obj), group in _group_relations(x.relations).items():
        rows[f"rels_{predicate}"].append(_edge_row(subject, obj, group, [], context))
    for (a, b), events in met.items():
        edge = _edge_row(a, b, [e.evidence for e in events], [e.id for e in events], context)
        edge["date"] = min((e.date for e in events if e.date), default=context["date"])
        rows["rels_MET_WITH"].append(edge)


def _report_row(x: Extraction, reliability: str) -> dict[str, Any]:
    report = x.report
    return {
        **report.meta(),
        "reliability": reliability,
        "extractor": x.extractor,
        "ingestedAt": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "extraction": json.dumps(x.to_dict(with_text=False), separators=(",", ":")),
    }


def _event_rows(rows: Rows, event: Event, context: dict[str, Any]) -> None:
    row = {
        "id": event.id,
        "kind": event.kind,
        "code": event.code,
        "key": event.key,
        "datePrecision": event.datePrecision,
        "place": event.place,
        **_provenance([event.evidence], context),
    }
    row["date"] = event.date or context["date"]
    rows[f"events_{event.kind}"].append(row)
    for participant in event.participants:
        rows["participants"].append(
            {
                "event": event.id,
                "actor": participant.id,
                "role": participant.role,
                "report": context["report"],
            }
        )
    if event.place:
        rows["places"].append(
            {"event": event.id, "place": event.place, "report": context["report"]}
        )


def _group_relations(relations: list[Relation]) -> dict[tuple[str, str, str], list[Evidence]]:
    groups: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for relation in relations:
        groups[(relation.subject, relation.predicate, relation.object)].append(relation.evidence)
    return groups


def _edge_row(
    subject: str, obj: str, evidence: list[Evidence], events: list[str], context: dict[str, Any]
) -> dict[str, Any]:
    return {"subject": subject, "object": obj, "events": events, **_provenance(evidence, context)}


def _provenance(evidence: list[Evidence], context: dict[str, Any]) -> dict[str, Any]:
    return {
        **context,
        "evidence": [e.sentence for e in evidence],
        "evidenceReports": [e.report for e in evidence],
        "evidenceSpans": [f"{e.start}:{e.end}" for e in evidence],
        "extractors": [e.extractor for e in evidence],
        "confidences": [e.confidence for e in evidence],
    }
