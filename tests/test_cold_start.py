"""A started engine answers as soon as its snapshot is loaded: it rebuilds the graph's
indexes in the background (reads meanwhile scan, writes wait for them)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from actorgraph.graph import process, writer
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


CLIENT = (
    "import sys, actorgraph.graph.falkor; print(sorted({'redis', 'falkordb'} & set(sys.modules)))"
)
ANSWER = (
    "import sys; from actorgraph.graph.falkor import FalkorStore\n"
    "with FalkorStore(sys.argv[1]) as s:\n"
    "    print(s.read('MATCH (n:Entity) RETURN count(n) AS n')[0]['n'], s.server.status().pid)\n"
)


def stopped(home: Path) -> None:
    """A graph of PEOPLE entities in a snapshot, its engine stopped."""
    restarted(home).close()
    assert Engine(home).stop()


def test_the_store_module_leaves_the_client_to_be_imported_while_the_engine_loads() -> None:
    """The client's modules (redis, falkordb: 0.1-0.2 s of a fresh process) are imported
    by a store that opens, after it has started the engine, not by importing the module."""
    done = subprocess.run([sys.executable, "-c", CLIENT], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_begin_starts_the_engine_and_another_process_waits_for_that_start(tmp_path: Path) -> None:
    stopped(tmp_path)
    engine = Engine(tmp_path)
    engine.begin()  # started, not waited for: the start decision is held meanwhile
    lock = tmp_path / "engine" / "engine.lock"
    assert not process.try_lock_exclusive(lock)
    other = subprocess.Popen([sys.executable, "-c", ANSWER, str(tmp_path)],
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        engine.acquire()  # the other process may take the start lock at once: not asserted
        pid = engine.status().pid
        assert other.communicate(timeout=120)[0].split() == [str(PEOPLE), str(pid)]  # one engine
    finally:
        other.kill()
        other.wait()
        engine.release()
    assert Engine(tmp_path).stop()


def test_a_user_that_begins_and_gives_up_lets_the_next_one_start(tmp_path: Path) -> None:
    stopped(tmp_path)
    engine = Engine(tmp_path)
    engine.begin()
    engine.release()  # say, its imports failed: the start lock goes with it
    done = subprocess.run([sys.executable, "-c", ANSWER, str(tmp_path)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0] == str(PEOPLE)
    assert Engine(tmp_path).stop()
