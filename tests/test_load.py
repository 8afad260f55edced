"""``actorgraph load``: a JSON-lines export bulk-loaded into a fresh graph of the real
embedded engine equals the graph the writer built (export again: the same records; named
queries: the same rows); a bad file or a graph that holds nodes leaves everything as it was."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.errors import ActorgraphError
from actorgraph.graph.bulk import REWRITE, LoadError, load
from actorgraph.graph.export import export
from actorgraph.graph.falkor import FalkorStore
from actorgraph.ingest.pipeline import ingest
from actorgraph.queries import run_query

from .conftest import ROOT, actorgraph


@pytest.fixture(scope="module")
def written(engine_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The sample reports through the writer, exported to JSON lines."""
    store = FalkorStore(engine_home, database=f"load-src-{uuid.uuid4().hex[:12]}")
    assert ingest(store, [ROOT / "seeds" / "reports"]).reports > 0
    path = tmp_path_factory.mktemp("load") / "graph.jsonl"
    export(store, "jsonl", path)
    store.drop()
    store.close()
    yield path


def compaction(store: FalkorStore) -> str:
    """The engine's automatic rewrite setting (the load holds it off while it writes)."""
    return store.db.connection.config_get(REWRITE)[REWRITE]


def graphs(store: FalkorStore) -> set[str]:
    return {g.decode() if isinstance(g, bytes) else g
            for g in store.db.connection.execute_command("GRAPH.LIST")}  # fmt: skip


def test_load_gives_back_the_records_and_answers_of_the_written_graph(
    written: Path, falkor: FalkorStore, engine_home: Path, tmp_path: Path
) -> None:
    records = written.read_text(encoding="utf-8").splitlines()
    falkor.ensure_schema()  # an empty graph with its indexes is replaced by the loaded one
    setting = compaction(falkor)
    loaded = load(falkor, written)
    assert compaction(falkor) == setting
    assert (loaded.nodes, loaded.relationships) == (
        sum('"kind": "node"' in r for r in records),
        sum('"kind": "relationship"' in r for r in records),
    )
    again = tmp_path / "again.jsonl"
    export(falkor, "jsonl", again)
    assert sorted(again.read_text(encoding="utf-8").splitlines()) == sorted(records)
    source = FalkorStore(engine_home, database=f"load-ref-{uuid.uuid4().hex[:12]}")
    try:
        ingest(source, [ROOT / "seeds" / "reports"])
        for name, params in [("who-met", {"actor": "Esmail Qaani"}),
                             ("ego", {"actor": "Esmail Qaani", "depth": 2})]:  # fmt: skip
            ours = run_query(falkor, name, **params)
            assert ours and ours == run_query(source, name, **params)
    finally:
        source.drop()
        source.close()
    indexed = falkor.read("CALL db.indexes() YIELD label, properties RETURN label, properties")
    assert {"id"} <= {p for row in indexed if row["label"] == "Entity" for p in row["properties"]}
    assert f"{falkor.database}.loading" not in graphs(falkor)


def bad_copy(written: Path, tmp_path: Path, at: int, line: str) -> Path:
    lines = written.read_text(encoding="utf-8").splitlines()
    lines.insert(at - 1, line)
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("where", "line", "reason"),
    [
        (-1, '{"kind": "node", "id": "person:x"', "not JSON"),
        (-1, '{"kind": "relationship", "type": "MET_WITH", "start": "person:nobody", '
             '"end": "person:esmail-qaani", "properties": {}}', "names node person:nobody"),
        (-1, '{"kind": "node", "id": "person:late", "labels": ["Person"], "properties": {}}',
         "after the relationships"),
        (3, '{"kind": "node", "id": "person:x", "labels": ["Spy"], "properties": {}}',
         "label 'Spy' is not in the schema"),
        (3, '{"kind": "node", "id": "person:x", "labels": ["Person"], '
            '"properties": {"where": {"lat": 1}}}', "a dict value"),
        (3, '{"kind": "node", "id": "person:x", "labels": ["Person"], '
            '"properties": {"name": "a\\u0000b"}}', "a NUL character"),
    ],
)  # fmt: skip
def test_a_bad_line_is_named_and_nothing_is_written(
    written: Path, falkor: FalkorStore, tmp_path: Path, where: int, line: str, reason: str
) -> None:
    at = len(written.read_text(encoding="utf-8").splitlines()) if where < 0 else where
    path = bad_copy(written, tmp_path, at, line)
    setting = compaction(falkor)
    with pytest.raises(LoadError) as caught:
        load(falkor, path)
    assert compaction(falkor) == setting
    assert str(caught.value).startswith(f"{path}:{at}: ")
    assert reason in str(caught.value)
    assert falkor.read("MATCH (n) RETURN count(n) AS n")[0]["n"] == 0
    assert f"{falkor.database}.loading" not in graphs(falkor)


def test_a_graph_with_nodes_is_refused_and_kept(written: Path, falkor: FalkorStore) -> None:
    falkor.write("CREATE (:Entity:Actor:Person {id: 'person:kept', name: 'Kept'})")
    with pytest.raises(ActorgraphError, match="already holds nodes"):
        load(falkor, written)
    assert falkor.read("MATCH (n) RETURN n.id AS id") == [{"id": "person:kept"}]


def test_load_command_prints_counts_keeps_them_and_refuses_a_second_load(
    written: Path, tmp_path: Path
) -> None:
    home = tmp_path / "data"
    done = actorgraph(home, "load", str(written))
    assert done.returncode == 0, done.stderr
    assert "relationships" in done.stdout
    edges = sum('"kind": "relationship"' in r for r in written.read_text().splitlines())
    assert actorgraph(home, "db", "stop").returncode == 0  # the load is in the engine's files
    count = actorgraph(home, "cypher", "MATCH ()-[r]->() RETURN count(r) AS n", "--format", "json")
    assert json.loads(count.stdout) == [{"n": edges}], count.stderr
    again = actorgraph(home, "load", str(written))
    assert again.returncode != 0
    assert "already holds nodes" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    actorgraph(home, "db", "stop")
