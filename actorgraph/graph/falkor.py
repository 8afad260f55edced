"""The embedded store: FalkorDB reached over the engine's unix socket."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import falkordb
import redis.exceptions

from actorgraph.errors import EngineError, QueryError
from actorgraph.graph import limits, names
from actorgraph.graph.engine import Engine
from actorgraph.graph.store import Row, constraint_statements
from actorgraph.graph.values import plain

READ_ONLY_REFUSAL = "is to be executed only on read-only queries"
EMPTY_GRAPH = "empty key"


class FalkorStore:
    """A :class:`~actorgraph.graph.store.GraphStore` on the embedded FalkorDB engine.

    ``database`` is the FalkorDB graph key. Opening registers this process as a user of the
    engine (starting it if needed); :meth:`close` unregisters it. Reads stop after
    ``query_timeout`` seconds (0: never; default from ``ACTORGRAPH_QUERY_TIMEOUT``).
    """

    engine = "falkordb"

    def __init__(
        self,
        home: Path,
        database: str = "actorgraph",
        fsync: str = "always",
        query_timeout: float | None = None,
    ) -> None:
        self.home = Path(home)
        self.database = database
        self.query_timeout = limits.query_timeout() if query_timeout is None else query_timeout
        self.server = Engine(self.home, fsync=fsync)
        self._connect()

    def _connect(self) -> None:
        sock = self.server.acquire()
        self.db = falkordb.FalkorDB(unix_socket_path=str(sock))
        self.graph = self.db.select_graph(self.database)

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self._run(cypher, params, read_only=True)

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self._run(cypher, params, read_only=False)

    def _run(self, cypher: str, params: Mapping[str, Any] | None, read_only: bool) -> list[Row]:
        for attempt in (1, 2):
            try:
                return self._query(cypher, dict(params or {}), read_only)
            except redis.exceptions.ConnectionError as exc:
                full = self.server.disk_full()  # a restart would only fail the same way
                if full:
                    raise full from exc
                if attempt == 2:
                    raise EngineError(f"lost the embedded engine: {exc}") from exc
                self.server.release()
                self._connect()  # restarts a crashed engine; writes are idempotent MERGEs
        raise AssertionError("unreachable")

    def read_rows(
        self, cypher: str, params: Mapping[str, Any] | None, limit: int
    ) -> tuple[list[Row], bool]:
        """At most ``limit`` rows of a read (0: all), and whether rows were cut; the engine
        stops after ``limit + 1`` rows when the query can be wrapped in ``CALL { }``."""
        if limit <= 0:
            return self.read(cypher, params), False
        try:
            rows = self.read(limits.wrap(cypher), {**(params or {}), limits.ROWS_PARAM: limit + 1})
        except QueryError as exc:
            if limits.timeout_message(self.query_timeout) in str(exc) or "refused" in str(exc):
                raise
            rows = self.read(cypher, params)  # not wrappable (a bare CALL, EXPLAIN, ...)
        else:
            order = limits.column_order(cypher, list(rows[0])) if rows else []
            rows = [{column: row[column] for column in order} for row in rows]
        return rows[:limit], len(rows) > limit

    def _query(
        self, cypher: str, params: dict[str, Any], read_only: bool, graph: Any = None
    ) -> list[Row]:
        graph = graph or self.graph
        run = graph.ro_query if read_only else graph.query
        timeout = int(self.query_timeout * 1000) if read_only else 0  # writes: never
        try:
            result = run(cypher, params, timeout=timeout or None)
        except redis.exceptions.ResponseError as exc:
            if read_only and EMPTY_GRAPH in str(exc) and graph is self.graph:
                return self._read_missing(cypher, params)
            raise self._error(exc) from exc
        columns = [column[1] for column in result.header]
        return [dict(zip(columns, plain(row), strict=True)) for row in result.result_set]

    def _read_missing(self, cypher: str, params: dict[str, Any]) -> list[Row]:
        """A read of a graph that does not exist answers as on an empty graph, without
        creating the graph it names (a scratch graph is made and deleted at once)."""
        scratch = self.db.select_graph(f"actorgraph-scratch-{uuid.uuid4().hex}")
        scratch.query("RETURN 1")
        try:
            return self._query(cypher, params, read_only=True, graph=scratch)
        finally:
            scratch.delete()

    def _error(self, exc: redis.exceptions.ResponseError) -> QueryError:
        if READ_ONLY_REFUSAL in str(exc):
            return QueryError("refused: the query writes to the graph (read-only)")
        if limits.TIMED_OUT in str(exc):
            return QueryError(limits.timeout_message(self.query_timeout))
        return QueryError(str(exc).splitlines()[0])

    def ensure_schema(self) -> None:
        rows = self.read("CALL db.indexes() YIELD label, properties RETURN label, properties")
        existing = {(r["label"], p) for r in rows for p in r["properties"]}
        for statement in constraint_statements(self.engine):
            match = re.search(r":(\w+)\) ON \(n\.(\w+)\)", statement)
            if match and (match.group(1), match.group(2)) in existing:
                continue
            try:
                self._run(statement, None, read_only=False)
            except QueryError as exc:  # another process created it since we looked
                if "already indexed" not in str(exc):
                    raise
        names.refresh(self)  # entities written before name keys existed

    def drop(self) -> None:
        """Delete the whole graph (``db reset``)."""
        try:
            self.graph.delete()
        except redis.exceptions.ResponseError as exc:
            if EMPTY_GRAPH not in str(exc):
                raise

    def close(self) -> None:
        try:
            self.db.connection.close()
        finally:
            self.server.release()

    def __enter__(self) -> FalkorStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
