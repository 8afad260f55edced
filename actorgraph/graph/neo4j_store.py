"""The Neo4j store, through the official ``neo4j`` driver (bolt:// and neo4j:// URIs).

The database is named on every call; reads run in read transactions (the server refuses a
write there) and user Cypher is also checked with ``EXPLAIN`` before it runs read-only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable

from actorgraph.errors import EngineError, QueryError
from actorgraph.graph import names
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
    ) -> None:
        self.database = database
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

    def _run(self, cypher: str, params: Mapping[str, Any] | None, mode: str) -> list[Row]:
        def work(tx: neo4j.ManagedTransaction) -> list[Row]:
            result = tx.run(cypher, dict(params or {}))
            return [{k: plain(v) for k, v in record.items()} for record in result]

        try:
            with self.driver.session(database=self.database, default_access_mode=mode) as s:
                run = s.execute_read if mode == neo4j.READ_ACCESS else s.execute_write
                return run(work)
        except Neo4jError as exc:
            if "AccessMode" in (exc.code or ""):
                raise QueryError("refused: the query writes to the graph (read-only)") from exc
            raise QueryError(f"{exc.code}: {exc.message}") from exc

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
