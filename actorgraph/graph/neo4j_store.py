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

from actorgraph.errors import EngineError, QueryError
from actorgraph.graph import limits, names
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
        return self._run(cypher, params, neo4j.READ_ACCESS)

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self._run(cypher, params, neo4j.WRITE_ACCESS)

    def _refuse_writes(self, cypher: str, params: Mapping[str, Any] | None) -> None:
        summary = self._summary("EXPLAIN " + cypher, params)
        if summary.query_type not in ("r", None):
            raise QueryError("refused: the query writes to the graph (read-only)")

    def _summary(self, cypher: str, params: Mapping[str, Any] | None) -> Any:
        try:
            with self.driver.session(database=self.database) as session:
                return session.run(cypher, dict(params or {})).consume()
        except Neo4jError as exc:
            raise QueryError(f"{exc.code}: {exc.message}") from exc

    def read_rows(
        self, cypher: str, params: Mapping[str, Any] | None, limit: int
    ) -> tuple[list[Row], bool]:
        """At most ``limit`` rows of a read (0: all), and whether rows were cut; records are
        pulled from the server's stream only up to ``limit + 1``."""
        self._refuse_writes(cypher, params)
        rows = self._run(cypher, params, neo4j.READ_ACCESS, limit + 1 if limit > 0 else None)
        cut = limit > 0 and len(rows) > limit
        return (rows[:limit] if cut else rows), cut

    def _run(
        self, cypher: str, params: Mapping[str, Any] | None, mode: str, rows: int | None = None
    ) -> list[Row]:
        def work(tx: neo4j.ManagedTransaction) -> list[Row]:
            result = tx.run(cypher, dict(params or {}))
            return [{k: plain(v) for k, v in record.items()} for record in islice(result, rows)]

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
            return QueryError("refused: the query writes to the graph (read-only)")
        if "TransactionTimedOut" in (exc.code or ""):
            return QueryError(limits.timeout_message(self.query_timeout))
        return QueryError(f"{exc.code}: {exc.message}")

    def ensure_schema(self) -> None:
        for statement in constraint_statements(self.engine):
            self.write(statement)
        names.refresh(self)  # entities written before name keys existed

    def drop(self) -> None:
        """Delete every node and relationship of the database (``db reset``)."""
        self.write("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
