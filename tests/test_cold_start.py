"""A started engine answers as soon as its snapshot is loaded: it rebuilds the graph's
indexes in the background (reads meanwhile scan, writes wait for them)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from actorgraph.graph import writer
from actorgraph.graph.engine import Engine
from actorgraph.graph.falkor import FalkorStore

from .test_engine import rewritten, wait_until

PEOPLE = 20_000
CREATE = "UNWIND range(1, $n) AS i CREATE (:Person:Actor:Entity {id: 'person:' + toString(i)})"
INDEXES = "CALL db.indexes() YIELD label, properties, status RETURN label, properties, status"


def restarted(home: Path) -> FalkorStore:
    """A graph of PEOPLE entities in a snapshot, its engine stopped and started again."""
    with FalkorStore(home) as store:
        store.ensure_schema()
        store.write(CREATE, {"n": PEOPLE})
        store.db.connection.execute_command("BGREWRITEAOF")
        assert wait_until(lambda: rewritten(store))
    assert Engine(home).stop()
    return FalkorStore(home)


def test_a_started_engine_builds_its_indexes_in_the_background(tmp_path: Path) -> None:
    with restarted(tmp_path) as store:
        found = store.read("MATCH (n:Actor {id: $id}) RETURN n.id AS id", {"id": "person:77"})
        assert found == [{"id": "person:77"}]  # answered, whether the index is built yet or not
        writer.ensure_indexes(store)  # what every write does first: waits for the indexes
        statuses = store.read(INDEXES)
        assert {row["status"] for row in statuses} == {"OPERATIONAL"}
        assert {"label": "Entity", "properties": ["id", "name", "nameKeys"],
                "status": "OPERATIONAL"} in statuses  # fmt: skip
    log = (tmp_path / "engine" / "redis.log").read_text(errors="replace")
    assert "Indexes are constructed in the background" in log
    Engine(tmp_path).stop()


def test_a_write_right_after_a_start_finds_the_nodes_through_the_index(tmp_path: Path) -> None:
    with restarted(tmp_path) as store:
        writer.ensure_indexes(store)
        store.write("MERGE (n:Entity {id: 'person:5'}) SET n.name = 'Five'")
        rows = store.read("MATCH (n:Entity) WHERE n.name = 'Five' RETURN count(n) AS n")
        assert rows == [{"n": 1}]
        plan = "\n".join(store.plan("MATCH (n:Entity {id: 'person:5'}) RETURN n"))
        assert "Index Scan" in plan
        assert store.read("MATCH (n:Entity) RETURN count(n) AS n") == [{"n": PEOPLE}]
    Engine(tmp_path).stop()


def test_nodes_replayed_from_the_tail_are_in_the_rebuilt_indexes(tmp_path: Path) -> None:
    """Written after the snapshot (the tail of the append-only file, replayed while the
    indexes are rebuilt in the background), a node is found through its index after."""
    with FalkorStore(tmp_path) as store:
        store.ensure_schema()
        store.write(CREATE, {"n": PEOPLE})
        store.db.connection.execute_command("BGREWRITEAOF")
        assert wait_until(lambda: rewritten(store))
        store.write(
            "UNWIND range(1, 100) AS i CREATE (:Person:Actor:Entity {id: 'tail:' + toString(i)})"
        )
        os.kill(store.server.status().pid or 0, signal.SIGKILL)
    with FalkorStore(tmp_path) as store:
        writer.ensure_indexes(store)
        query = "MATCH (n:Entity {id: $id}) RETURN n.id AS id"
        assert "Index Scan" in "\n".join(store.plan(query, {"id": "tail:50"}))
        assert store.read(query, {"id": "tail:50"}) == [{"id": "tail:50"}]
        assert store.read("MATCH (n:Entity) RETURN count(n) AS n") == [{"n": PEOPLE + 100}]
    log = (tmp_path / "engine" / "redis.log").read_text(errors="replace")
    assert "DB loaded from incr file" in log
    Engine(tmp_path).stop()
