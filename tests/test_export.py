"""Exports of a graph ingested from the sample reports into the real embedded engine, each
opened by its consumer: networkx for GraphML and GEXF, a parser of the neo4j-admin header
format for CSV, JSON for JSON lines, and the Cypher script played into a fresh graph."""

from __future__ import annotations

import csv
import json
import os
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import actorgraph.commands  # noqa: F401 - registers the sub-commands
from actorgraph.cli import cli
from actorgraph.graph.export import (
    ARRAY_DELIMITER,
    Selection,
    edges,
    export,
    nodes,
    push,
    query_ids,
    run_script,
    write_cypher,
)
from actorgraph.graph.falkor import FalkorStore
from actorgraph.graph.store import GraphStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.queries import run_query
from actorgraph.schema import SCHEMA

from .conftest import NEO4J_REASON, ROOT

QAANI = "person:esmail-qaani"
HEADER = re.compile(
    r"^(?::ID|:LABEL|:START_ID|:END_ID|:TYPE|\w+:ID|\w+:(?:string|long|double|boolean)(?:\[\])?)$"
)


@pytest.fixture(scope="module")
def graph(engine_home: Path) -> Iterator[FalkorStore]:
    store = FalkorStore(engine_home, database=f"export-{uuid.uuid4().hex[:12]}")
    assert ingest(store, [ROOT / "seeds" / "reports"]).reports > 0
    yield store
    store.drop()
    store.close()


def stored(store: GraphStore) -> tuple[Counter, Counter]:
    """Nodes by label set and relationships by type, as the engine counts them."""
    labels = store.read("MATCH (n) RETURN labels(n) AS labels, count(*) AS n")
    types = store.read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
    return (
        Counter({tuple(sorted(r["labels"])): r["n"] for r in labels}),
        Counter({r["type"]: r["n"] for r in types}),
    )


def qaani(store: GraphStore) -> dict:
    return store.read("MATCH (n:Entity {id: $id}) RETURN n", {"id": QAANI})[0]["n"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_load_back_in_networkx(
    graph: FalkorStore, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"graph.{fmt}"
    counts = export(graph, fmt, out)
    loaded = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    by_label, by_type = stored(graph)
    assert loaded.number_of_nodes() == counts.nodes == sum(by_label.values())
    assert loaded.number_of_edges() == counts.relationships == sum(by_type.values())
    node = loaded.nodes[QAANI]
    assert node["label"] == node["name"] == "Esmail Qaani"
    assert node["labels"] == "Person:Actor:Entity"
    assert json.loads(node["aliases"]) == qaani(graph)["aliases"]
    relations = Counter(attrs["relation"] for *_, attrs in loaded.edges(data=True))
    assert relations == by_type
    met = [a for *_, a in loaded.edges(data=True) if a["relation"] == "MET_WITH"]
    assert met and all(isinstance(json.loads(a["evidence"]), list) for a in met)
    assert all(isinstance(a["confidence"], float) for a in met)


def test_csv_has_the_neo4j_admin_header_format(graph: FalkorStore, tmp_path: Path) -> None:
    counts = export(graph, "csv", tmp_path / "import")
    with (tmp_path / "import" / "nodes.csv").open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with (tmp_path / "import" / "relationships.csv").open(encoding="utf-8", newline="") as fh:
        rels = list(csv.DictReader(fh))
    for table in (nodes, rels):
        assert all(HEADER.match(column) for column in table[0]), list(table[0])
    ids = {row["id:ID"] for row in nodes}
    assert len(ids) == len(nodes) == counts.nodes
    by_label, by_type = stored(graph)
    labels = Counter(tuple(sorted(row[":LABEL"].split(ARRAY_DELIMITER))) for row in nodes)
    assert labels == by_label
    assert Counter(row[":TYPE"] for row in rels) == by_type
    assert all(row[":START_ID"] in ids and row[":END_ID"] in ids for row in rels)
    (row,) = [row for row in nodes if row["id:ID"] == QAANI]
    assert row["aliases:string[]"].split(ARRAY_DELIMITER) == qaani(graph)["aliases"]
    assert "count:long" in rels[0] and "confidences:double[]" in rels[0]


def test_jsonl_lines_hold_nodes_then_relationships(graph: FalkorStore, tmp_path: Path) -> None:
    export(graph, "jsonl", tmp_path / "graph.jsonl")
    lines = [json.loads(line) for line in (tmp_path / "graph.jsonl").read_text().splitlines()]
    by_label, by_type = stored(graph)
    assert Counter(tuple(sorted(x["labels"])) for x in lines if x["kind"] == "node") == by_label
    assert Counter(x["type"] for x in lines if x["kind"] == "relationship") == by_type
    kinds = [x["kind"] for x in lines]
    assert kinds == sorted(kinds, key=lambda kind: kind != "node")
    (record,) = [x for x in lines if x.get("id") == QAANI]
    assert record["properties"] == {k: v for k, v in qaani(graph).items() if k != "_labels"}


def test_cypher_script_rebuilds_the_graph(
    graph: FalkorStore, store: GraphStore, tmp_path: Path
) -> None:
    """Played into a fresh graph on the embedded engine, and on Neo4j where NEO4J_URI is set."""
    script = tmp_path / "graph.cypher"
    counts = write_cypher(Selection(graph), script, batch=7)  # several batches a label set or type
    text = script.read_text()
    assert ":param {rows: [{`id`:" in text and "UNWIND $rows AS row MERGE" in text
    assert text.count(":param ") > len(SCHEMA.all_rel_types)
    assert (counts.nodes, counts.relationships) == tuple(sum(c.values()) for c in stored(graph))
    assert run_script(store, script) > 0
    assert stored(store) == stored(graph)
    assert qaani(store) == qaani(graph)
    run_script(store, script)  # again: MERGE changes nothing
    assert stored(store) == stored(graph)


def test_export_command(graph: FalkorStore, tmp_path: Path) -> None:
    home = graph.home
    env = {"ACTORGRAPH_HOME": str(home), "NEO4J_URI": None}
    args = ["--database", graph.database, "export", "gexf", "--out", str(tmp_path / "g.gexf")]
    result = CliRunner().invoke(cli, args, env=env)
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == sum(stored(graph)[0].values())
    bad = CliRunner().invoke(cli, ["export", "dot", "--out", str(tmp_path / "g.dot")], env=env)
    assert bad.exit_code != 0 and "'dot' is not one of" in bad.output
    assert "actorgraph export graphml" in CliRunner().invoke(cli, ["export", "--help"]).output


def test_only_schema_labels_and_types_are_exported(graph: FalkorStore, tmp_path: Path) -> None:
    graph.write("CREATE (:Stray {id: 'stray:1'})-[:ODD]->(:Entity:Place {id: 'place:odd'})")
    try:
        export(graph, "jsonl", tmp_path / "graph.jsonl")
        lines = [json.loads(x) for x in (tmp_path / "graph.jsonl").read_text().splitlines()]
        assert not any("Stray" in x.get("labels", []) or x.get("type") == "ODD" for x in lines)
        assert all(set(x["labels"]) <= SCHEMA.all_labels for x in lines if x["kind"] == "node")
    finally:
        graph.write("MATCH (n) WHERE n.id IN ['stray:1', 'place:odd'] DETACH DELETE n")


def test_a_query_subgraph_holds_what_the_answer_names(graph: FalkorStore, tmp_path: Path) -> None:
    ids = query_ids(graph, "who-met", {"actor": "Esmail Qaani"})
    rows = run_query(graph, "who-met", actor="Esmail Qaani")
    assert QAANI in ids and {row["met_id"] for row in rows} <= ids
    export(graph, "graphml", tmp_path / "who-met.graphml", ids)
    loaded = nx.read_graphml(tmp_path / "who-met.graphml")
    assert set(loaded.nodes) == ids & {n["id"] for n in graph.read("MATCH (n) RETURN n.id AS id")}
    expected = graph.read(
        "MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n",
        {"ids": sorted(ids)},
    )[0]["n"]
    assert 0 < loaded.number_of_edges() == expected < sum(stored(graph)[1].values())
    met = {(a, b) for a, b, x in loaded.edges(data=True) if x["relation"] == "MET_WITH"}
    assert any(QAANI in pair for pair in met)  # and the links among those he met


def test_export_command_with_a_query(graph: FalkorStore, tmp_path: Path) -> None:
    env = {"ACTORGRAPH_HOME": str(graph.home), "NEO4J_URI": None}
    out = tmp_path / "ego.jsonl"
    args = ["--database", graph.database, "export", "jsonl", "--out", str(out)]
    ego = [*args, "--query", "ego", "-p", "actor=Esmail Qaani", "-p", "depth=1"]
    result = CliRunner().invoke(cli, ego, env=env)
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert QAANI in {x.get("id") for x in lines}
    assert len(lines) < sum(map(sum, (c.values() for c in stored(graph))))
    lonely = CliRunner().invoke(cli, [*args, "-p", "actor=x"], env=env)
    assert lonely.exit_code == 1 and "error: --param needs --query NAME" in lonely.output


def test_push_copies_the_graph_idempotently(graph: FalkorStore, store: GraphStore) -> None:
    """Into a fresh embedded graph, and into Neo4j where NEO4J_URI is set."""
    sent: list[int] = []
    counts = push(graph, store, batch=9, progress=sent.append)
    by_label, by_type = stored(graph)
    assert (counts.nodes, counts.relationships) == (sum(by_label.values()), sum(by_type.values()))
    assert sum(sent) == counts.nodes + counts.relationships and max(sent) == 9
    assert stored(store) == stored(graph) and qaani(store) == qaani(graph)
    push(graph, store)
    assert stored(store) == stored(graph)


def test_push_command_needs_a_target(graph: FalkorStore) -> None:
    env = {"ACTORGRAPH_HOME": str(graph.home), "NEO4J_URI": None}
    result = CliRunner().invoke(cli, ["--database", graph.database, "push"], env=env)
    assert result.exit_code == 2 and "--neo4j-uri" in result.output


@pytest.mark.neo4j
def test_push_command_into_neo4j(graph: FalkorStore) -> None:
    if not os.environ.get("NEO4J_URI"):
        pytest.skip(NEO4J_REASON)
    from actorgraph.graph.store import StoreConfig, open_store

    target = open_store(StoreConfig.from_env())
    target.drop()  # type: ignore[attr-defined]
    env = {"ACTORGRAPH_HOME": str(graph.home)}
    result = CliRunner().invoke(cli, ["--database", graph.database, "push"], env=env)
    assert result.exit_code == 0, result.output
    assert stored(target) == stored(graph)
    target.drop()  # type: ignore[attr-defined]
    target.close()


def test_the_whole_graph_read_by_id_ranges_equals_the_selection_of_every_node(
    graph: FalkorStore,
) -> None:
    """The whole graph is read by ranges of engine ids, a selection by ``id``: with ranges
    7 ids wide (many of them, some empty) both give every node and link once."""
    every = {row["id"] for row in graph.read("MATCH (n) RETURN n.id AS id")}

    def listed(items: object) -> list[str]:
        return sorted(json.dumps(vars(item), sort_keys=True) for item in items)  # type: ignore[attr-defined]

    assert listed(nodes(graph, batch=7)) == listed(nodes(graph, every, batch=7))
    assert listed(edges(graph, batch=7)) == listed(edges(graph, every, batch=7))
    assert len(listed(nodes(graph, batch=7))) == len(every)
