"""Ingest into the real embedded engine: summaries, idempotence, failures, isolation."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from actorgraph.extract.report import extract
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import IngestSummary, _write, ingest
from actorgraph.model import Entity
from actorgraph.read.inputs import report_from_text
from actorgraph.resolve import grading
from actorgraph.resolve.resolver import Resolver
from actorgraph.schema import SCHEMA

from .conftest import FIXTURES


def counts(store: FalkorStore) -> tuple[int, int]:
    nodes = store.read("MATCH (n) RETURN count(n) AS n")[0]["n"]
    edges = store.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    return nodes, edges


def test_ingest_summary_and_failures(falkor: FalkorStore) -> None:
    summary = ingest(falkor, [FIXTURES])
    assert summary.reports == 5  # meeting, page, cp1252, two good feed lines
    failed = {
        Path(p.split(":")[0]).name + (":" + p.rsplit(":", 1)[1] if ".jsonl:" in p else "")
        for p, _ in summary.failures
    }
    assert failed == {"image.txt", "empty.txt", "feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4"}
    assert summary.entities > 10 and summary.relations > 0
    stored = falkor.read("MATCH (r:Report) RETURN count(r) AS n")[0]["n"]
    assert stored == 5


def test_ingesting_twice_changes_nothing(falkor: FalkorStore, tmp_path: Path) -> None:
    ingest(falkor, [FIXTURES])
    before = counts(falkor)
    again = ingest(falkor, [FIXTURES])
    assert (again.reports, again.skipped) == (0, 5)
    assert counts(falkor) == before
    copy = tmp_path / "copy-of-meeting.txt"  # the same text under another name
    shutil.copy(FIXTURES / "meeting.txt", copy)
    assert ingest(falkor, [copy]).skipped == 1
    assert counts(falkor) == before


def test_batch_write_isolates_a_failing_report(falkor: FalkorStore) -> None:
    good = extract(
        report_from_text("Hassan Nasrallah met Ali Larijani in Beirut on Monday.", path="good.txt")
    )
    bad = extract(
        report_from_text("Some other text about nobody in particular at all.", path="bad.txt")
    )
    bad = dataclasses.replace(bad, entities=[Entity(id=None, type="Person", name="x")])  # type: ignore[arg-type]
    falkor.ensure_schema()
    summary = IngestSummary()
    _write(falkor, Resolver(falkor), [bad, good], grading.load(), summary)
    assert summary.reports == 1
    assert [Path(p).name for p, _ in summary.failures] == ["bad.txt"]
    ids = {r["id"] for r in falkor.read("MATCH (r:Report) RETURN r.id AS id")}
    assert ids == {good.report.id}


def test_every_edge_is_sourced(falkor: FalkorStore) -> None:
    ingest(falkor, [FIXTURES])
    rows = falkor.read(
        "MATCH (a)-[r]->(b) WHERE NOT type(r) IN $structural "
        "RETURN type(r) AS t, r.reports AS reports, r.evidence AS evidence, "
        "r.evidenceSpans AS spans, r.extractors AS extractors, r.confidence AS confidence",
        {"structural": list(SCHEMA.structural)},
    )
    assert rows
    for row in rows:
        assert row["reports"] and row["evidence"] and row["extractors"], row
        assert len(row["evidence"]) == len(row["spans"]) == len(row["extractors"])
        assert 0 < row["confidence"] <= 1
    texts = {r["id"]: r for r in falkor.read("MATCH (r:Report) RETURN r.id AS id, r.path AS path")}
    assert texts


def test_places_inside_places_come_from_the_gazetteer(falkor: FalkorStore, tmp_path: Path) -> None:
    report = tmp_path / "homs.txt"
    report.write_text("Esmail Qaani met Hassan Nasrallah in Homs on 3 March 2024.")
    ingest(falkor, [report])
    rows = falkor.read("MATCH (:Place {id: 'place:homs'})-[:WITHIN]->(p:Place) RETURN p.id AS id")
    assert rows == [{"id": "place:syria"}]
    from actorgraph.queries import run_query

    found = run_query(falkor, "meetings-at", place="Syria")
    assert [r["place"] for r in found] == ["Homs"]
    again = ingest(falkor, [report])
    assert again.skipped == 1
    assert falkor.read("MATCH ()-[w:WITHIN]->() RETURN count(w) AS n") == [{"n": 1}]
