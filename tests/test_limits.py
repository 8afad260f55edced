"""Bounds on queries (issue 11, item 5): a runaway read is stopped by the engine and a write
right after it completes; user Cypher prints a bounded number of rows and says so."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from actorgraph.errors import QueryError
from actorgraph.graph.falkor import FalkorStore
from actorgraph.graph.store import GraphStore
from tests.conftest import actorgraph

# 1,500^4 rows to look at (a property in the predicate: no count-store shortcut)
RUNAWAY = "MATCH (a:N), (b:N), (c:N), (d:N) WHERE a.i + b.i + c.i + d.i < 0 RETURN count(*)"


@pytest.fixture
def numbers(engine_home: Path) -> FalkorStore:
    """A graph of 1,500 numbered nodes on the session's engine, reads stopped after 1 s."""
    store = FalkorStore(engine_home, database=f"limits-{uuid.uuid4().hex[:8]}", query_timeout=1)
    store.write("UNWIND range(1, 1500) AS i CREATE (:N {i: i, z: -i})")
    yield store
    store.drop()
    store.close()


def test_a_runaway_read_is_stopped_and_a_write_after_it_completes(store: GraphStore) -> None:
    """On both engines (Neo4j where NEO4J_URI is set)."""
    store.write("UNWIND range(1, 1500) AS i CREATE (:N {i: i})")
    store.query_timeout = 1  # type: ignore[attr-defined]
    with pytest.raises(QueryError, match="longer than 1 s"):
        store.read(RUNAWAY)
    store.write("CREATE (:Done {ok: true})")
    assert store.read("MATCH (d:Done) RETURN d.ok AS ok") == [{"ok": True}]


def test_the_cli_stops_a_runaway_read_then_writes(numbers: FalkorStore) -> None:
    graph = ("--database", numbers.database)
    slow = actorgraph(numbers.home, "--timeout", "1", *graph, "cypher", RUNAWAY)
    assert slow.returncode == 1
    errors = [line for line in slow.stderr.splitlines() if line.startswith("error:")]
    assert errors and errors[0].startswith("error: the query ran longer than 1 s")
    done = actorgraph(numbers.home, *graph, "cypher", "--write", "CREATE (:Done) RETURN 1 AS x")
    assert done.returncode == 0, done.stderr
    assert numbers.read("MATCH (d:Done) RETURN count(d) AS n") == [{"n": 1}]


def test_user_cypher_prints_a_bounded_number_of_rows(numbers: FalkorStore) -> None:
    query = "MATCH (n:N) RETURN n.z AS zz, n.i AS aa ORDER BY aa"
    graph = ("--database", numbers.database)
    cut = actorgraph(numbers.home, *graph, "cypher", query, "--format", "json")
    rows = json.loads(cut.stdout)
    assert len(rows) == 1000 and list(rows[0]) == ["zz", "aa"]  # the query's column order
    assert "rows cut at 1000" in cut.stderr
    whole = actorgraph(numbers.home, *graph, "cypher", query, "--limit", "0", "--format", "csv")
    assert len(whole.stdout.splitlines()) == 1 + 1500 and "cut" not in whole.stderr
    few = actorgraph(numbers.home, *graph, "cypher", query, "--limit", "1500", "--format", "csv")
    assert few.stdout == whole.stdout and "cut" not in few.stderr


def test_rows_are_cut_in_the_engine_and_unwrappable_reads_still_run(numbers: FalkorStore) -> None:
    rows, cut = numbers.read_rows("MATCH (n:N) RETURN n.i AS i, n.i * 2 ORDER BY i DESC", {}, 3)
    assert cut and rows == [{"i": 1500, "n.i * 2": 3000}, {"i": 1499, "n.i * 2": 2998},
                            {"i": 1498, "n.i * 2": 2996}]  # fmt: skip
    labels, cut = numbers.read_rows("CALL db.labels()", {}, 5)  # no RETURN: not wrappable
    assert labels == [{"label": "N"}] and not cut
    with pytest.raises(QueryError, match="read-only"):
        numbers.read_rows("CREATE (:X) RETURN 1", {}, 5)


def test_a_read_of_a_missing_graph_does_not_create_it(numbers: FalkorStore) -> None:
    missing = f"never-{uuid.uuid4().hex[:8]}"
    done = actorgraph(numbers.home, "--database", missing, "cypher", "MATCH (n) RETURN count(n)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].strip() == "0"
    status = actorgraph(numbers.home, "--database", missing, "db", "status")
    assert status.returncode == 0, status.stderr
    graphs = numbers.db.connection.execute_command("GRAPH.LIST")
    assert not any(g in (missing, missing.encode()) for g in graphs)
    assert not [g for g in graphs if "scratch" in str(g)]


def test_the_graph_replays_after_a_stopped_read(tmp_path: Path) -> None:
    """A read stopped by its timeout leaves an append-only file the engine replays (a write
    stopped so could leave one that crashes the engine: writes are never timed out)."""
    with FalkorStore(tmp_path / "home", query_timeout=1) as store:
        store.write("UNWIND range(1, 1500) AS i CREATE (:N {i: i})")
        with pytest.raises(QueryError, match="longer than 1 s"):
            store.read(RUNAWAY)
        store.write("CREATE (:Done:Fresh {ok: true})")  # a new label after the stopped read
    assert store.server.stop()
    with FalkorStore(tmp_path / "home") as again:
        assert again.read("MATCH (d:Fresh) RETURN count(d) AS n") == [{"n": 1}]


def test_read_rows_cuts_on_both_engines(store: GraphStore) -> None:
    """On Neo4j (where NEO4J_URI is set) the records are pulled only up to the limit."""
    store.write("UNWIND range(1, 50) AS i CREATE (:N {i: i})")
    rows, cut = store.read_rows("MATCH (n:N) RETURN n.i AS i ORDER BY i", {}, 10)
    assert cut and [row["i"] for row in rows] == list(range(1, 11))
    rows, cut = store.read_rows("MATCH (n:N) RETURN n.i AS i ORDER BY i", {}, 0)
    assert not cut and len(rows) == 50
