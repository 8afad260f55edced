"""The embedded store: FalkorDB reached over the engine's unix socket."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actorgraph.errors import EngineError, QueryError, ReadOnlyRefusal
from actorgraph.graph import limits, names, participants
from actorgraph.graph.engine import Engine
from actorgraph.graph.store import Row, constraint_statements
from actorgraph.graph.values import plain

if TYPE_CHECKING:
    import redis.exceptions

READ_ONLY_REFUSAL = "is to be executed only on read-only queries"
EMPTY_GRAPH = "empty key"
WRITE_OPERATIONS = {"Create", "Merge", "MergeCreate", "Delete", "Update", "Foreach"}
NOT_COUNTED = ("Cached execution", "internal execution time")
ENGINE_ERROR = re.compile(
    r"errMsg:\s*(?P<msg>.*?)\s*line:\s*(?P<line>\d+),\s*column:\s*(?P<col>\d+)"
    r"(?:,\s*offset:\s*\d+)?(?:\s*errCtx:\s*(?P<ctx>.*?))?(?:\s*errCtxOffset:\s*\d+)?\s*$",
    re.S,
)


def clean_error(message: str) -> str:
    """FalkorDB's error in one readable line: ``errMsg:``/``errCtx:`` become the message and
    where it is (line, column).

    >>> clean_error("errMsg: Invalid input 'R': expected ')' line: 1, column: 17, offset: 16 "
    ...             "errCtx: MATCH (n:Person RETURN n errCtxOffset: 16")
    "Invalid input 'R': expected ')' (line 1, column 17)"
    """
    match = ENGINE_ERROR.search(message)
    if not match:
        return " ".join(message.split())
    return f"{' '.join(match['msg'].split())} (line {match['line']}, column {match['col']})"


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
        self._count_participants()

    def _connect(self) -> None:
        """Start the engine if it is down, import the client while it loads its graph (the
        client's imports took 0.1-0.2 s of a fresh process), then wait for it."""
        self.server.begin()
        import falkordb

        sock = self.server.acquire()
        self.db = falkordb.FalkorDB(unix_socket_path=str(sock), socket_timeout=limits.engine_wait())
        self.graph = self.db.select_graph(self.database)

    def _count_participants(self) -> None:
        """A graph written before events kept participant counts gets them when opened."""
        if self.db.connection.exists(self.database) and participants.missing(self):
            participants.refresh(self)

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self._run(cypher, params, read_only=True)[0]

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self._run(cypher, params, read_only=False)[0]

    def execute(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> tuple[list[Row], dict[str, int]]:
        """Rows and the counters of what the query changed (``{"nodes created": 2}``)."""
        return self._run(cypher, params, read_only=not write)

    def plan(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, profile: bool = False,
        write: bool = False,
    ) -> list[str]:  # fmt: skip
        """The engine's plan as indented lines; ``profile`` runs the query and adds rows and
        times (a query that writes is refused unless ``write``)."""
        lines = self._plan(self.graph.explain, cypher, params)
        if lines is None:  # a schema command (CREATE INDEX ...) has no plan
            if profile and not write:
                raise ReadOnlyRefusal()
            return ["(no plan: a schema command)"]
        if not profile:
            return lines
        if not write and {line.split("|")[0].strip() for line in lines} & WRITE_OPERATIONS:
            raise ReadOnlyRefusal()
        return self._plan(self.graph.profile, cypher, params) or []

    def _plan(self, method: Any, cypher: str, params: Mapping[str, Any] | None) -> list[str] | None:
        import redis.exceptions

        try:
            return list(method(cypher, dict(params or {})).plan)
        except redis.exceptions.ResponseError as exc:
            if EMPTY_GRAPH not in str(exc):
                raise QueryError(clean_error(str(exc))) from exc
            self.graph.query("RETURN 1")  # the graph does not exist yet: create it empty
            return self._plan(method, cypher, params)
        except Exception:  # noqa: BLE001 - the client refuses a reply that is not a plan
            return None

    def _run(
        self, cypher: str, params: Mapping[str, Any] | None, read_only: bool
    ) -> tuple[list[Row], dict[str, int]]:
        import redis.exceptions

        for attempt in (1, 2):
            try:
                return self._query(cypher, dict(params or {}), read_only)
            except redis.exceptions.TimeoutError as exc:  # ACTORGRAPH_ENGINE_WAIT passed
                raise EngineError(
                    f"the embedded engine in {self.server.dir} did not answer in"
                    f" {limits.engine_wait():g} s (ACTORGRAPH_ENGINE_WAIT)"
                ) from exc
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
    ) -> tuple[list[Row], dict[str, int]]:
        import redis.exceptions

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
        rows = [dict(zip(columns, plain(row), strict=True)) for row in result.result_set]
        return rows, _counters(result._raw_stats)  # noqa: SLF001 - the client parses 0 as 0.0

    def _read_missing(
        self, cypher: str, params: dict[str, Any]
    ) -> tuple[list[Row], dict[str, int]]:
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
            return ReadOnlyRefusal()
        if limits.TIMED_OUT in str(exc):
            return QueryError(limits.timeout_message(self.query_timeout))
        return QueryError(clean_error(str(exc)))

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
        participants.refresh(self)  # events written before participant counts existed

    def drop(self) -> None:
        """Delete the whole graph (``db reset``)."""
        import redis.exceptions

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


def _counters(stats: list[Any]) -> dict[str, int]:
    """``["Nodes created: 2", ...]`` to ``{"nodes created": 2}``; zeros and timings left out."""
    counters = {}
    for stat in stats:
        text = stat.decode() if isinstance(stat, bytes) else str(stat)
        name, _, value = text.partition(":")
        if any(skip in name for skip in NOT_COUNTED) or not value.strip().isdigit():
            continue
        if int(value):
            counters[name.strip().lower()] = int(value)
    return counters
