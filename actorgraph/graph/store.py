"""The store contract both engines keep, and how a store is chosen.

A store runs Cypher with parameters and returns rows as plain dicts of plain values
(nodes and relationships become dicts with ``_labels`` / ``_type``). Writes of one report
are one call to :meth:`GraphStore.write`: a single query (atomic on FalkorDB) in a single
transaction (atomic on Neo4j).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

Row = dict[str, Any]
# between the fields of a link a query packs into one string (a hub's thousands of links
# parse faster as strings than as lists); control characters are removed from text on reading
FIELD_SEP = "\x1f"
DEFAULT_HOME = Path(".actorgraph")


@runtime_checkable
class GraphStore(Protocol):
    """What the writer, the query library and the maps need from an engine."""

    engine: str  # "falkordb" or "neo4j"
    database: str
    query_timeout: float  # seconds a read may run (0: no limit); writes are never cut

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run a read-only query; a query that writes is refused."""
        ...

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run one query in its own transaction."""
        ...

    def read_rows(
        self, cypher: str, params: Mapping[str, Any] | None, limit: int
    ) -> tuple[list[Row], bool]:
        """At most ``limit`` rows of a read (0: all) and whether some were cut."""
        ...

    def ensure_schema(self) -> None:
        """Create uniqueness constraints and indexes (idempotent)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> GraphStore: ...

    def __exit__(self, *exc: object) -> None: ...


@dataclass(frozen=True)
class StoreConfig:
    """Where the graph lives: the embedded engine in ``home`` or a Neo4j server."""

    home: Path = DEFAULT_HOME
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    database: str | None = None
    query_timeout: float | None = None  # seconds a read may run (0: none); None: from env

    @classmethod
    def from_env(cls, **overrides: Any) -> StoreConfig:
        """Read ``ACTORGRAPH_HOME`` and ``NEO4J_*`` (empty is unset); explicit overrides (not
        None) win."""
        env = {
            "home": Path(os.environ.get("ACTORGRAPH_HOME") or DEFAULT_HOME),
            "neo4j_uri": os.environ.get("NEO4J_URI") or None,
            "neo4j_user": os.environ.get("NEO4J_USERNAME", "neo4j"),
            "neo4j_password": os.environ.get("NEO4J_PASSWORD"),
            "database": os.environ.get("NEO4J_DATABASE") or None,
        }
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)


def open_store(config: StoreConfig | None = None) -> GraphStore:
    """Open the store the configuration names (Neo4j when a URI is set, else embedded)."""
    config = config or StoreConfig.from_env()
    if config.neo4j_uri:
        from actorgraph.graph.neo4j_store import Neo4jStore

        auth = (config.neo4j_user, config.neo4j_password or "")
        database = config.database or "neo4j"
        return Neo4jStore(config.neo4j_uri, auth, database, query_timeout=config.query_timeout)
    from actorgraph.graph.falkor import FalkorStore

    database = config.database or "actorgraph"
    return FalkorStore(config.home, database, query_timeout=config.query_timeout)


KEYED = ["Entity", "Event", "Report", "Judgement"]  # unique `id`
# Lookups by a narrower label or another property need their own index: a query that
# matches (:Actor {id: $actor}) cannot use the Entity index.
# ``nameKeys`` (a list) is what a name typed on the command line is looked up by; FalkorDB
# indexes each element, Neo4j the list as a whole (it still scans for ``$key IN n.nameKeys``).
INDEXED = [("Actor", "id"), ("Person", "id"), ("Organization", "id"), ("Place", "id"),
           ("Entity", "name"), ("Entity", "nameKeys"), ("Event", "key"),
           ("Event", "date")]  # fmt: skip


def constraint_statements(engine: str) -> Sequence[str]:
    """Uniqueness on ``id`` for every keyed label, and the lookup indexes, in the engine's
    own syntax (idempotent)."""
    if engine == "neo4j":
        unique = [
            f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.id IS UNIQUE"
            for label in KEYED
        ]
        return unique + [
            f"CREATE INDEX {label.lower()}_{prop.lower()} IF NOT EXISTS "
            f"FOR (n:{label}) ON (n.{prop})"
            for label, prop in INDEXED
        ]
    pairs = [(label, "id") for label in KEYED] + INDEXED
    return [f"CREATE INDEX FOR (n:{label}) ON (n.{prop})" for label, prop in pairs]
