"""Merge judgements on the real embedded engine: a merge moves every edge, later reports
follow it, an unmerge restores the graph exactly, and types never merge."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from actorgraph.cli import cli
from actorgraph.errors import QueryError
from actorgraph.graph import stored
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.resolve import judgements

from .conftest import FIXTURES

KEEP, OTHER = "person:hassan-nasrallah", "person:hossein-amir-abdollahian"


def dump(store: FalkorStore) -> tuple[Any, ...]:
    """The graph as sorted plain values (list order inside provenance is not compared)."""
    nodes = store.read(
        "MATCH (n) WHERE NOT n:Judgement RETURN n.id AS id, labels(n) AS labels, "
        "n.name AS name, n.aliases AS aliases"
    )
    edges = store.read(
        "MATCH (a)-[r]->(b) WHERE type(r) <> 'ABOUT' RETURN a.id AS a, type(r) AS t, b.id AS b, "
        "r.reports AS reports, r.evidence AS evidence, r.count AS count"
    )
    node_set = sorted(
        (r["id"], tuple(sorted(r["labels"])), r["name"], tuple(sorted(r["aliases"] or [])))
        for r in nodes
    )
    edge_set = sorted(
        (e["a"], e["t"], e["b"], tuple(sorted(e["reports"] or [])),
         tuple(sorted(e["evidence"] or [])), e["count"])
        for e in edges
    )  # fmt: skip
    return tuple(node_set), tuple(edge_set)


def edges_of(store: FalkorStore, entity: str) -> set[tuple[str, str, str]]:
    rows = store.read(
        "MATCH (a:Entity)-[r]-(b:Entity) WHERE a.id = $id RETURN a.id AS a, type(r) AS t, "
        "b.id AS b",
        {"id": entity},
    )
    return {(r["a"], r["t"], r["b"]) for r in rows}


def test_merge_moves_every_edge_and_unmerge_restores_the_graph(falkor: FalkorStore) -> None:
    ingest(falkor, [FIXTURES])
    before = dump(falkor)
    other_edges = edges_of(falkor, OTHER)
    assert other_edges, "the fixture must give the merged actor some edges"
    outcome = judgements.merge(falkor, KEEP, OTHER, "test: same actor")
    assert outcome.reports >= 1
    assert not falkor.read("MATCH (n:Entity {id: $id}) RETURN n", {"id": OTHER})
    moved = {(KEEP, t, b) for _, t, b in other_edges if b != KEEP}
    assert moved <= edges_of(falkor, KEEP)
    judgements.unmerge(falkor, KEEP, OTHER)
    assert dump(falkor) == before
    rows = judgements.judgements(falkor)
    assert [(r["source"], r["target"], r["active"]) for r in rows] == [(OTHER, KEEP, False)]


def test_reports_ingested_after_a_merge_follow_it(falkor: FalkorStore, tmp_path) -> None:  # noqa: ANN001
    ingest(falkor, [FIXTURES / "meeting.txt"])
    judgements.merge(falkor, KEEP, OTHER, "test")
    later = tmp_path / "later.txt"
    later.write_text("Hossein Amir-Abdollahian visited Baghdad on 3 March 2024 for talks.")
    ingest(falkor, [later])
    assert (KEEP, "VISITED", "place:baghdad") in edges_of(falkor, KEEP)
    assert not falkor.read("MATCH (n:Entity {id: $id}) RETURN n", {"id": OTHER})


def test_different_types_never_merge(falkor: FalkorStore) -> None:
    ingest(falkor, [FIXTURES / "meeting.txt"])
    with pytest.raises(QueryError, match="different types"):
        judgements.merge(falkor, KEEP, "place:beirut", "wrong")
    with pytest.raises(QueryError, match="itself"):
        judgements.merge(falkor, KEEP, KEEP, "wrong")


def test_merge_and_unmerge_from_the_command_line(tmp_path) -> None:  # noqa: ANN001
    home = ["--data-dir", str(tmp_path)]
    runner = CliRunner()
    assert runner.invoke(cli, [*home, "ingest", str(FIXTURES / "meeting.txt")]).exit_code == 0
    args = [*home, "merge", "Nasrallah", "Amir-Abdollahian", "--reason", "x"]
    refused = runner.invoke(cli, args)  # two people of the dictionary: only with --force
    assert refused.exit_code == 1 and "--force" in refused.output
    merged = runner.invoke(cli, [*args, "--force"])
    assert merged.exit_code == 0, merged.output
    listed = runner.invoke(cli, [*home, "judgements", "--format", "json"])
    assert OTHER in listed.output and '"active": true' in listed.output
    undone = runner.invoke(cli, [*home, "unmerge", KEEP, OTHER])
    assert undone.exit_code == 0, undone.output
    missing = runner.invoke(cli, [*home, "unmerge", KEEP, OTHER])
    assert missing.exit_code == 1 and "no active merge judgement" in missing.output


def test_a_report_keeps_its_extraction_packed_with_the_ids_it_names(falkor: FalkorStore) -> None:
    ingest(falkor, [FIXTURES / "meeting.txt"])
    rows = falkor.read("MATCH (r:Report) RETURN r.extraction AS x, r.named AS named")
    assert rows
    for row in rows:
        assert row["x"].startswith(stored.PACKED)
        ids = {e["id"] for e in json.loads(stored.unpack(row["x"]) or "")["entities"]}
        assert ids and all(stored.named_key(i) in row["named"] for i in ids)


def as_written_before(store: FalkorStore) -> None:
    """Every report's extraction plain JSON, without ``named``: a graph written before the
    extraction was packed."""
    rows = store.read("MATCH (r:Report) RETURN r.id AS id, r.extraction AS x")
    plain = [{"id": r["id"], "x": stored.unpack(r["x"])} for r in rows]
    store.write(
        "UNWIND $rows AS row MATCH (r:Report {id: row.id}) "
        "SET r.extraction = row.x, r.named = NULL",
        {"rows": plain},
    )


def test_a_graph_written_before_packing_merges_and_unmerges_the_same(
    falkor: FalkorStore,
) -> None:
    ingest(falkor, [FIXTURES])
    naming = judgements.naming(falkor, OTHER)
    before = dump(falkor)
    as_written_before(falkor)
    assert judgements.naming(falkor, OTHER) == naming and naming
    outcome = judgements.merge(falkor, KEEP, OTHER, "test: same actor")
    assert outcome.reports == len(naming)
    assert not falkor.read("MATCH (n:Entity {id: $id}) RETURN n", {"id": OTHER})
    judgements.unmerge(falkor, KEEP, OTHER)
    assert dump(falkor) == before
