"""Retracting a report takes its participant and place links off the events that survive it
(another report still tells the meeting), on the real embedded engine."""

from __future__ import annotations

from actorgraph.graph import retract, writer
from actorgraph.graph.falkor import FalkorStore

from . import hubgraph

LINKS = """
MATCH (e:Event)-[:REPORTED_IN]->(r:Report)
WITH e, collect(r.id) AS reports
MATCH (e)<-[p:PARTICIPATED_IN]-(b:Entity)
RETURN e.id AS event, b.id AS entity, p.reports AS linked, reports
"""


def test_a_retracted_report_leaves_no_link_it_alone_stated(falkor: FalkorStore) -> None:
    done, grades = hubgraph.extractions()
    writer.write(falkor, done, grades)
    gone = {e.report.id for e in done[:40]}
    for report in sorted(gone):
        retract.retract(falkor, report)
    rows = falkor.read(LINKS)
    assert rows
    stale = [r for r in rows if set(r["linked"]) & gone or not set(r["linked"]) & set(r["reports"])]
    assert stale == []
