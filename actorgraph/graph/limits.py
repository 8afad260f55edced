"""Bounds on reads: how long a query may run, and how many rows user Cypher returns.

Reads run with a timeout (``ACTORGRAPH_QUERY_TIMEOUT`` seconds, default 60, ``0`` for none;
``actorgraph --timeout``): FalkorDB stops the query in the engine (its per-query ``TIMEOUT``),
Neo4j ends the transaction (the driver's transaction timeout). Writes are never timed out: on
FalkorDB 4.16 a write stopped by its timeout after it made a new label leaves an append-only
file that crashes the engine when it is replayed (seen here), and a report's write must not
be cut half way anyway.

User Cypher (``actorgraph cypher``) returns at most ``DEFAULT_ROWS`` rows unless told
otherwise; on FalkorDB the query is wrapped as ``CALL { ... } RETURN * LIMIT $n`` so the
engine itself stops after the rows wanted (the columns are put back in the order of the
query's last RETURN), and run as written when it cannot be wrapped.

>>> column_order("MATCH (n) RETURN n.z AS zz, n.i AS aa, n.i*2", ["aa", "n.i*2", "zz"])
['zz', 'aa', 'n.i*2']
>>> column_order("MATCH (a) RETURN a, a.name", ["a", "a.name"])
['a', 'a.name']
>>> wrap("MATCH (n) RETURN n;  ")
'CALL {\\nMATCH (n) RETURN n\\n}\\nRETURN * LIMIT $actorgraph_rows'
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

DEFAULT_TIMEOUT = 60.0
DEFAULT_ROWS = 1000
ROWS_PARAM = "actorgraph_rows"
TIMED_OUT = "Query timed out"


def query_timeout() -> float:
    """Seconds a read may run, from ``ACTORGRAPH_QUERY_TIMEOUT`` (empty is unset; 0: none)."""
    value = os.environ.get("ACTORGRAPH_QUERY_TIMEOUT") or ""
    try:
        seconds = float(value) if value.strip() else DEFAULT_TIMEOUT
    except ValueError:
        from actorgraph.errors import QueryError

        raise QueryError(f"ACTORGRAPH_QUERY_TIMEOUT: not a number of seconds: {value!r}") from None
    return max(seconds, 0.0)


def engine_wait() -> float | None:
    """Seconds any call may wait for the embedded engine's answer, from
    ``ACTORGRAPH_ENGINE_WAIT`` (unset, empty or 0: no bound): an engine that stops answering
    (a hung server) then fails the call instead of holding it for ever."""
    value = (os.environ.get("ACTORGRAPH_ENGINE_WAIT") or "").strip()
    try:
        seconds = float(value) if value else 0.0
    except ValueError:
        from actorgraph.errors import EngineError

        raise EngineError(f"ACTORGRAPH_ENGINE_WAIT: not a number of seconds: {value!r}") from None
    return seconds if seconds > 0 else None


def timeout_message(seconds: float) -> str:
    return (
        f"the query ran longer than {seconds:g} s and was stopped (raise it with"
        " --timeout or ACTORGRAPH_QUERY_TIMEOUT; 0 for no limit)"
    )


def wrap(cypher: str) -> str:
    """``cypher`` as a subquery whose rows stop at ``$actorgraph_rows``."""
    body = cypher.strip().rstrip(";").rstrip()
    return f"CALL {{\n{body}\n}}\nRETURN * LIMIT ${ROWS_PARAM}"


def column_order(cypher: str, columns: Sequence[str]) -> list[str]:
    """The columns ``RETURN *`` gave (sorted by name) in the order the query's last RETURN
    names them; a column not found keeps its place after the found ones."""
    start = cypher.upper().rfind("RETURN")
    tail = cypher[start:] if start >= 0 else cypher
    found = {}
    for column in columns:
        match = re.search(rf"(?<![\w.`]){re.escape(column)}(?![\w.`(])", tail)
        found[column] = match.start() if match else len(tail)
    return sorted(columns, key=lambda column: found[column])
