"""A JSON-lines export (``actorgraph export jsonl``) into an empty embedded graph, with
FalkorDB's ``GRAPH.BULK`` command: nodes and relationships arrive as packed binary rows and
are created without a query plan, a MERGE or an index lookup per row.

The file is read once, line by line: every node first (as the export writes them), then
the relationships. Everything goes into a graph of its own (``<database>.loading``) that
takes the graph's name only when the last line is in, with its indexes built: a bad line
(named as ``FILE:LINE: reason``) or a stop half-way leaves the graph as it was. A graph
that already holds nodes is refused: the load makes a graph, it does not merge into one
(``ingest`` or ``push`` do).

The binary rows (FalkorDB's bulk-insert format): a token starts with a header (the labels
joined by ``:`` or the relationship type, NUL-terminated; a 4-byte count of property keys;
the keys, NUL-terminated), then one row per node (its values) or relationship (the 8-byte
ids of its two nodes, then its values). A value is a type byte and its payload. Nodes take
ids 0, 1, 2 ... in the order they are sent, which is how a relationship names them.
"""

from __future__ import annotations

import contextlib
import json
import math
import queue
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.errors import ActorgraphError
from actorgraph.graph.falkor import FalkorStore
from actorgraph.graph.store import constraint_statements
from actorgraph.schema import SCHEMA

TOKEN_BYTES = 32 * 2**20  # one GRAPH.BULK call (redis takes up to 512 MB an argument)
NULL, BOOL, DOUBLE, STRING, LONG, ARRAY = range(6)
_LONG, _DOUBLE, _ARRAY = struct.Struct("=Bq"), struct.Struct("=Bd"), struct.Struct("=Bq")
_PAIR, _COUNT = struct.Struct("=QQ"), struct.Struct("=I")
_TRUE, _FALSE = bytes([BOOL, 1]), bytes([BOOL, 0])
LONG_RANGE = range(-(2**63), 2**63)


class LoadError(ActorgraphError):
    """A line of the file that cannot be loaded: ``FILE:LINE: reason``."""


@dataclass
class Loaded:
    nodes: int = 0
    relationships: int = 0


@dataclass
class Token:
    """The rows of one header (the same labels or type, the same property keys)."""

    header: bytes
    rows: list[bytes] = field(default_factory=list)
    size: int = 0

    def add(self, row: bytes) -> None:
        self.rows.append(row)
        self.size += len(row)

    def data(self) -> bytes:
        return self.header + b"".join(self.rows)


def header(name: str, keys: tuple[str, ...]) -> bytes:
    """A token's header: labels (``A:B``) or type, the number of keys, the keys."""
    names = b"".join(_cstring(key) for key in keys)
    return _cstring(name) + _COUNT.pack(len(keys)) + names


def _cstring(text: str) -> bytes:
    data = text.encode("utf-8")
    if b"\0" in data:
        raise ValueError("a NUL character")
    return data + b"\0"


def pack(value: Any) -> bytes:
    """One value in the bulk format (a NUL inside a string is refused before: see
    :meth:`BulkLoad.line`).

    >>> pack(["a", 1, None]).hex(" ")
    '05 03 00 00 00 00 00 00 00 03 61 00 04 01 00 00 00 00 00 00 00 00'
    """
    packer = PACKERS.get(type(value))
    if packer is None:
        raise ValueError(f"a {type(value).__name__} value (a property holds text, numbers, lists)")
    return packer(value)


def _string(value: str) -> bytes:
    return b"\3" + value.encode("utf-8") + b"\0"


def _long(value: int) -> bytes:
    if value not in LONG_RANGE:
        raise ValueError(f"integer {value} out of the 64-bit range")
    return _LONG.pack(LONG, value)


def _double(value: float) -> bytes:
    if not math.isfinite(value):
        raise ValueError(f"number {value} is not finite")
    return _DOUBLE.pack(DOUBLE, value)


def _array(values: list[Any]) -> bytes:
    head = _ARRAY.pack(ARRAY, len(values))
    if all(type(v) is str for v in values):  # most lists: evidence, reports, sources
        return head + b"".join([b"\3" + v.encode("utf-8") + b"\0" for v in values])
    return head + b"".join([pack(v) for v in values])


PACKERS: dict[type, Callable[[Any], bytes]] = {
    str: _string,
    bool: lambda value: _TRUE if value else _FALSE,
    int: _long,
    float: _double,
    list: _array,
    type(None): lambda value: b"\0",
}


# ------------------------------------------------------------------ reading a line
RecordParts = tuple[str, str, dict[str, Any]]  # an id (or a type), labels, properties


def node_parts(record: dict[str, Any]) -> RecordParts:
    """The id, the labels (``Person:Actor:Entity``) and the properties of a node line."""
    node_id, labels, props = record.get("id"), record.get("labels"), _props(record)
    if not isinstance(node_id, str) or not node_id:
        raise ValueError("a node without an id")
    if not isinstance(labels, list) or not labels:
        raise ValueError(f"node {node_id}: no labels")
    unknown = [label for label in labels if label not in SCHEMA.all_labels]
    if unknown:
        raise ValueError(f"node {node_id}: label {unknown[0]!r} is not in the schema")
    if props.setdefault("id", node_id) != node_id:
        raise ValueError(f"node {node_id}: its properties name another id")
    return node_id, ":".join(labels), props


REL_TYPES = frozenset(SCHEMA.rel_type(name) for name in SCHEMA.all_rel_types)


def edge_parts(record: dict[str, Any]) -> tuple[str, str, str, dict[str, Any]]:
    """The type, start id, end id and properties of a relationship line."""
    rel, start, end = record.get("type"), record.get("start"), record.get("end")
    if rel not in REL_TYPES:
        raise ValueError(f"relationship type {rel!r} is not in the schema")
    if not isinstance(start, str) or not isinstance(end, str):
        raise ValueError("a relationship without its start and end ids")
    return rel, start, end, _props(record)


def _props(record: dict[str, Any]) -> dict[str, Any]:
    props = record.get("properties", {})
    if not isinstance(props, dict):
        raise ValueError("properties that are not an object")
    return {key: value for key, value in props.items() if value is not None}


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\0" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    return isinstance(value, list) and any(_has_nul(v) for v in value)


def parse(text: str) -> dict[str, Any]:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg}, column {exc.colno})") from None
    if not isinstance(record, dict) or record.get("kind") not in ("node", "relationship"):
        raise ValueError('not a "node" or "relationship" record')
    return record


# ------------------------------------------------------------------ sending
class Sender:
    """The ``GRAPH.BULK`` calls, in order, on a thread of their own: the engine creates one
    token's rows while the next is read and packed (a call waits on its socket without the
    GIL). At most ``ahead`` tokens wait; a failed call fails the next :meth:`send`."""

    def __init__(self, connection: Any, ahead: int = 2) -> None:
        self.connection = connection
        self.calls: queue.Queue[list[Any] | None] = queue.Queue(maxsize=ahead)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="graph-bulk", daemon=True)
        self.thread.start()

    def send(self, args: list[Any]) -> None:
        self._check()
        self.calls.put(args)

    def close(self) -> None:
        """Wait for every call sent; raise the error of one that failed."""
        if self.thread.is_alive():
            self.calls.put(None)
            self.thread.join()
        self._check()

    def _check(self) -> None:
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        while (args := self.calls.get()) is not None:
            if self.error is None:  # after a failure, the rest is dropped
                try:
                    self.connection.execute_command(*args)
                except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
                    self.error = exc


class BulkLoad:
    """One load: the tokens waiting to be sent, the engine ids of the nodes sent."""

    def __init__(self, connection: Any, key: str) -> None:
        self.sender, self.key = Sender(connection), key
        self.ids: dict[str, int] = {}  # node id -> engine id (-1: not sent yet)
        self.nodes: dict[tuple[str, tuple[str, ...]], tuple[Token, list[str]]] = {}
        self.edges: dict[tuple[str, tuple[str, ...]], Token] = {}
        self.loaded = Loaded()
        self.begun = self.linking = False

    def line(self, text: str) -> None:
        record = parse(text)
        if "\\u0000" in text and _has_nul(record):  # the bulk format ends strings with NUL
            raise ValueError("a NUL character in a value")
        if record["kind"] == "node":
            self.node(*node_parts(record))
        else:
            self.edge(*edge_parts(record))

    def node(self, node_id: str, labels: str, props: dict[str, Any]) -> None:
        if self.linking:
            raise ValueError(f"node {node_id} after the relationships (nodes come first)")
        if node_id in self.ids:
            raise ValueError(f"node {node_id} a second time")
        keys = tuple(props)
        token, members = self.nodes.get((labels, keys)) or self._node_token(labels, keys)
        token.add(b"".join([pack(value) for value in props.values()]))
        members.append(node_id)
        self.ids[node_id] = -1
        if token.size >= TOKEN_BYTES:
            self._send_nodes(labels, keys)

    def _node_token(self, labels: str, keys: tuple[str, ...]) -> tuple[Token, list[str]]:
        self.nodes[(labels, keys)] = entry = (Token(header(labels, keys)), [])
        return entry

    def edge(self, rel: str, start: str, end: str, props: dict[str, Any]) -> None:
        if not self.linking:
            self.linking = True
            for group in list(self.nodes):
                self._send_nodes(*group)
        ends = (self.ids.get(start), self.ids.get(end))
        if None in ends:
            missing = start if ends[0] is None else end
            raise ValueError(f"{rel} names node {missing}, not in the file before it")
        keys = tuple(props)
        token = self.edges.get((rel, keys))
        if token is None:
            token = self.edges[(rel, keys)] = Token(header(rel, keys))
        token.add(_PAIR.pack(*ends) + b"".join([pack(value) for value in props.values()]))
        if token.size >= TOKEN_BYTES:
            self._send_edges(rel, keys)

    def finish(self) -> Loaded:
        for group in list(self.nodes):
            self._send_nodes(*group)
        for group in list(self.edges):
            self._send_edges(*group)
        self.sender.close()
        return self.loaded

    def _send_nodes(self, labels: str, keys: tuple[str, ...]) -> None:
        token, members = self.nodes.pop((labels, keys))
        first = self.loaded.nodes  # the engine numbers nodes in the order they arrive
        for offset, node_id in enumerate(members):
            self.ids[node_id] = first + offset
        self._send(token, len(token.rows), 0)

    def _send_edges(self, rel: str, keys: tuple[str, ...]) -> None:
        token = self.edges.pop((rel, keys))
        self._send(token, 0, len(token.rows))

    def _send(self, token: Token, nodes: int, edges: int) -> None:
        begin = [] if self.begun else ["BEGIN"]
        tokens = [1, 0] if nodes else [0, 1]
        self.sender.send(["GRAPH.BULK", self.key, *begin, nodes, edges, *tokens, token.data()])
        self.begun = True
        self.loaded.nodes += nodes
        self.loaded.relationships += edges


# ------------------------------------------------------------------ entry point
def load(store: FalkorStore, path: Path) -> Loaded:
    """Load the JSON-lines file ``path`` into the store's graph, which must hold no node;
    all of it or, on a bad line or any failure, nothing."""
    from actorgraph.graph.writer import exclusive

    connection, key = store.db.connection, f"{store.database}.loading"
    with exclusive(store):  # no ingest writes meanwhile; no other load of this graph runs
        refuse_filled(store)
        connection.delete(key)  # what a load stopped half-way left
        bulk = BulkLoad(connection, key)
        try:
            with compaction_held(connection):
                loaded = _read(bulk, path)
                if bulk.begun:
                    _swap(store, key)
        except BaseException:
            with contextlib.suppress(Exception):
                bulk.sender.close()  # no call under way may write after the delete
            connection.delete(key)
            raise
    store.ensure_schema()
    return loaded


REWRITE = "auto-aof-rewrite-percentage"


@contextlib.contextmanager
def compaction_held(connection: Any) -> Iterator[None]:
    """No automatic rewrite of the append-only file while the load writes to it (the load
    doubles the file again and again: each rewrite forked and wrote every graph anew); the
    engine's setting comes back after, and one rewrite starts (a load stopped by kill -9
    leaves them off until the engine restarts; the watchdog still compacts when idle)."""
    before = connection.config_get(REWRITE).get(REWRITE)
    connection.config_set(REWRITE, 0)
    try:
        yield
    finally:
        connection.config_set(REWRITE, before)
    with contextlib.suppress(Exception):  # one already under way does as well
        connection.bgrewriteaof()


def _read(bulk: BulkLoad, path: Path) -> Loaded:
    with path.open(encoding="utf-8") as lines:
        for number, text in enumerate(_lines(lines, path), start=1):
            if not text.strip():
                continue
            try:
                bulk.line(text)
            except ValueError as exc:
                raise LoadError(f"{path}:{number}: {exc}") from None
    return bulk.finish()


def _lines(lines: Any, path: Path) -> Iterator[str]:
    try:
        yield from lines
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def refuse_filled(store: FalkorStore) -> None:
    if store.read("MATCH (n) RETURN n.id AS id LIMIT 1"):
        raise ActorgraphError(
            f"graph {store.database!r} already holds nodes: load makes a new graph (load into"
            " another --database or data folder, `db reset` first, or add reports with ingest)"
        )


def _swap(store: FalkorStore, key: str) -> None:
    """Index the loaded graph, then give it the graph's name (in place of an empty one)."""
    for statement in constraint_statements("falkordb"):
        store.db.connection.execute_command("GRAPH.QUERY", key, statement)
    refuse_filled(store)
    store.drop()
    store.db.connection.rename(key, store.database)
