"""The Neo4j store, through the official ``neo4j`` driver (bolt:// and neo4j:// URIs).

The database is named on every call; reads run in read transactions (the server refuses a
write there) and user Cypher is also checked with ``EXPLAIN`` before it runs read-only.
Read transactions end after ``query_timeout`` seconds (the driver's transaction timeout);
rows of user Cypher are read from the stream only up to the limit asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable

from actorgraph.errors import EngineError, QueryError, ReadOnlyRefusal
from actorgraph.graph import limits, names, participants
from actorgraph.graph.store import Row, constraint_statements
from actorgraph.graph.values import plain


class Neo4jStore:
    """A :class:`~actorgraph.graph.store.GraphStore` on Neo4j 5."""

    engine = "neo4j"

    def __init__(
        self,
        uri: str,
        auth: tuple[str, str],
        database: str = "neo4j",
        driver: neo4j.Driver | None = None,
        query_timeout: float | None = None,
    ) -> None:
        self.database = database
        self.query_timeout = limits.query_timeout() if query_timeout is None else query_timeout
        self.driver = driver or neo4j.GraphDatabase.driver(uri, auth=auth)
        try:
            self.driver.verify_connectivity()
        except (ServiceUnavailable, Neo4jError, OSError, ValueError) as exc:
            raise EngineError(f"cannot reach Neo4j at {uri}: {exc}") from exc

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        self._refuse_writes(cypher, params)
        return self._run(cypher, params, neo4j.READ_ACCESS)[0]

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self._run(cypher, params, neo4j.WRITE_ACCESS)[0]

    def execute(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> tuple[list[Row], dict[str, int]]:
        """Rows and the counters of what the query changed (``{"nodes created": 2}``)."""
        if not write:
            self._refuse_writes(cypher, params)
        return self._run(cypher, params, neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS)

    def plan(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, profile: bool = False,
        write: bool = False,
    ) -> list[str]:  # fmt: skip
        """The plan as indented lines; ``profile`` runs the query (read-only unless
        ``write``) and adds rows and db hits."""
        if profile and not write:
            self._refuse_writes(cypher, params)
        summary = self._summary(("PROFILE " if profile else "EXPLAIN ") + cypher, params)
        return _plan_lines(summary.profile if profile else summary.plan)

    def _refuse_writes(self, cypher: str, params: Mapping[str, Any] | None) -> None:
        summary = self._summary("EXPLAIN " + cypher, params)
        if summary.query_type not in ("r", None):
            raise ReadOnlyRefusal()

    def _summary(self, cypher: str, params: Mapping[str, Any] | None) -> Any:
        try:
            with self.driver.session(database=self.database) as session:
                return session.run(cypher, dict(params or {})).consume()
        except Neo4jError as exc:
            raise QueryError(_one_line(exc)) from exc

    def read_rows(
        self, cypher: str, params: Mapping[str, Any] | None, limit: int
    ) -> tuple[list[Row], bool]:
        """At most ``limit`` rows of a read (0: all), and whether rows were cut; records are
        pulled from the server's stream only up to ``limit + 1``."""
        self._refuse_writes(cypher, params)
        wanted = limit + 1 if limit > 0 else None
        rows = self._run(cypher, params, neo4j.READ_ACCESS, wanted)[0]
        cut = limit > 0 and len(rows) > limit
        return (rows[:limit] if cut else rows), cut

    def _run(
        self, cypher: str, params: Mapping[str, Any] | None, mode: str, rows: int | None = None
    ) -> tuple[list[Row], dict[str, int]]:
        def work(tx: neo4j.ManagedTransaction) -> tuple[list[Row], dict[str, int]]:
            result = tx.run(cypher, dict(params or {}))
            found = [{k: plain(v) for k, v in record.items()} for record in islice(result, rows)]
            return found, _counters(result.consume().counters)

        reading = mode == neo4j.READ_ACCESS
        if reading and self.query_timeout > 0:
            work = neo4j.unit_of_work(timeout=self.query_timeout)(work)
        try:
            with self.driver.session(database=self.database, default_access_mode=mode) as s:
                return (s.execute_read if reading else s.execute_write)(work)
        except Neo4jError as exc:
            raise self._error(exc) from exc

    def _error(self, exc: Neo4jError) -> QueryError:
        if "AccessMode" in (exc.code or ""):
            return ReadOnlyRefusal()
        if "TransactionTimedOut" in (exc.code or ""):
            return QueryError(limits.timeout_message(self.query_timeout))
        return QueryError(_one_line(exc))

    def ensure_schema(self) -> None:
        for statement in constraint_statements(self.engine):
            self.write(statement)
        names.refresh(self)  # entities written before name keys existed
        participants.refresh(self)  # events written before participant counts existed

    def drop(self) -> None:
        """Delete every node and relationship of the database (``db reset``)."""
        self.write("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
            "properties_set", "labels_added", "labels_removed", "indexes_added",
            "indexes_removed", "constraints_added", "constraints_removed")  # fmt: skip


def _counters(counters: Any) -> dict[str, int]:
    """The driver's non-zero counters as ``{"nodes created": 2}``."""
    found = {name.replace("_", " "): getattr(counters, name, 0) for name in COUNTERS}
    return {name: int(value) for name, value in found.items() if value}


def _plan_lines(plan: Any, depth: int = 0) -> list[str]:
    """A plan (or profile) dict as indented lines: operator, then rows and db hits."""
    if not plan:
        return []
    plan = plan if isinstance(plan, dict) else plan.__dict__
    name = str(plan.get("operatorType", plan.get("operator_type", "?"))).split("@")[0]
    facts = [f"{k} {plan[k]}" for k in ("rows", "dbHits", "db_hits") if plan.get(k) is not None]
    line = "    " * depth + name + (f" | {', '.join(facts)}" if facts else "")
    children = plan.get("children") or []
    return [line] + [ln for child in children for ln in _plan_lines(child, depth + 1)]


def _one_line(exc: Neo4jError) -> str:
    """The server's error as one line: its code and the first line of its message (the
    rest is the statement with a caret)."""
    lines = (exc.message or "").strip().splitlines()
    return f"{exc.code}: {lines[0] if lines else 'no message'}"
