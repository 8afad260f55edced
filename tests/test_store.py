"""The store contract, on every configured engine."""

from __future__ import annotations

import pytest

from actorgraph.errors import QueryError
from actorgraph.graph.store import GraphStore

HOSTILE = [
    'He said "hi"',
    "O'Brien's `backtick` and {braces} and $dollar",
    "}) DETACH DELETE n //",
    "MATCH (n) DETACH DELETE n",
    "back\\slash \\' \\\" end",
    "line\nbreak\ttab",
    "ünïcødé – قاآني – 卡尼",
    "x" * 5000,
]


def test_write_then_read_plain_values(store: GraphStore) -> None:
    store.write(
        "CREATE (:Person:Actor:Entity {id: $id, name: $name, aliases: $aliases})",
        {"id": "person:a", "name": "A", "aliases": ["x", "y"]},
    )
    rows = store.read(
        "MATCH (n:Person {id: $id}) RETURN n, n.aliases AS aliases", {"id": "person:a"}
    )
    assert rows[0]["aliases"] == ["x", "y"]
    assert rows[0]["n"]["name"] == "A"
    assert set(rows[0]["n"]["_labels"]) == {"Person", "Actor", "Entity"}


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_values_are_stored_and_matched_verbatim(store: GraphStore, value: str) -> None:
    store.write(
        "CREATE (:Organization:Actor:Entity {id: $id, name: $name})",
        {"id": "organization:h", "name": value},
    )
    rows = store.read("MATCH (n:Entity {name: $name}) RETURN n.name AS name", {"name": value})
    assert rows == [{"name": value}]
    assert store.read("MATCH (n) RETURN count(n) AS n")[0]["n"] == 1


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE (:X)",
        "MATCH (n) DETACH DELETE n",
        "MERGE (n:Person {id: 'p'})",
        "MATCH (n) SET n.x = 1",
        "MATCH (n) REMOVE n.name",
    ],
)
def test_read_refuses_writes(store: GraphStore, statement: str) -> None:
    store.write("CREATE (:Person:Actor:Entity {id: 'person:keep', name: 'Keep'})")
    with pytest.raises(QueryError, match="read-only"):
        store.read(statement)
    assert store.read("MATCH (n) RETURN n.name AS name") == [{"name": "Keep"}]


def test_bad_cypher_is_a_query_error(store: GraphStore) -> None:
    with pytest.raises(QueryError):
        store.read("MATCH (n RETURN n")


def test_ensure_schema_is_idempotent(store: GraphStore) -> None:
    store.ensure_schema()
    store.ensure_schema()
    store.write("MERGE (:Report {id: 'report:1'})")
    assert store.read("MATCH (r:Report) RETURN count(r) AS n")[0]["n"] == 1


def test_failed_write_leaves_nothing_behind(store: GraphStore) -> None:
    with pytest.raises(QueryError):
        store.write(
            "UNWIND [1, 2, 3] AS i CREATE (:Person:Actor:Entity {id: toString(i)}) "
            "WITH i WHERE i = 3 MERGE (:Place:Entity {id: null})"
        )
    assert store.read("MATCH (n) RETURN count(n) AS n")[0]["n"] == 0
