"""Every event keeps its participant count (actorgraph.graph.participants): the number of
distinct entities linked to it by PARTICIPATED_IN, after writes in batches, retractions, and a
merge judgement and its undoing, on the real embedded engine."""

from __future__ import annotations

from actorgraph.graph import retract, writer
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.resolve import judgements

from . import hubgraph
from .conftest import FIXTURES
from .test_judgements import KEEP, OTHER

COUNTS = """
MATCH (e:Event)
OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(b:Entity)
RETURN e.id AS id, e.participants AS kept, count(DISTINCT b) AS linked
"""


def counts(store: FalkorStore) -> dict[str, int]:
    """Each event's kept count, after checking it against its links."""
    rows = store.read(COUNTS)
    assert rows and [r for r in rows if r["kept"] != r["linked"]] == []
    return {r["id"]: r["kept"] for r in rows}


def test_counts_follow_batches_and_retractions(falkor: FalkorStore) -> None:
    done, grades = hubgraph.extractions()
    for start in range(0, len(done), 7):  # meetings reported again in later batches
        writer.write(falkor, done[start : start + 7], grades)
    assert {1, 2, 3, 4} <= set(counts(falkor).values())
    for extraction in done[:40]:
        retract.retract(falkor, extraction.report.id)
    assert counts(falkor)


def test_counts_follow_a_merge_and_its_undoing(falkor: FalkorStore) -> None:
    ingest(falkor, [FIXTURES])
    shared = (
        "MATCH (:Entity {id: $a})-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(:Entity {id: $b})"
    )
    assert falkor.read(shared + " RETURN count(e) AS n", {"a": KEEP, "b": OTHER})[0]["n"]
    before = counts(falkor)
    judgements.merge(falkor, KEEP, OTHER, "test: same actor")
    assert counts(falkor) != before
    judgements.unmerge(falkor, KEEP, OTHER)
    assert counts(falkor) == before
