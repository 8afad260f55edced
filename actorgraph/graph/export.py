"""The whole graph (or the subgraph a named query's answer names) out of the store, in the
formats other tools read.

* ``graphml`` and ``gexf`` (Gephi, Cytoscape, networkx): lists and maps become JSON strings,
  a number property has one type throughout, every node has a ``label`` (its name or title);
  the Report node's ``extraction`` (the extractor's JSON, for re-projection, packed:
  :mod:`actorgraph.graph.stored`) and ``named`` are left out.
* ``csv``: a folder with ``nodes.csv`` and ``relationships.csv`` in the header format of
  ``neo4j-admin database import full`` (``id:ID``, ``:LABEL``, ``:START_ID``, ``:END_ID``,
  ``:TYPE``, typed columns such as ``aliases:string[]``); arrays are separated by
  :data:`ARRAY_DELIMITER`, labels too (pass ``--array-delimiter=U+001F``, see
  :func:`admin_command`).
* ``jsonl``: one JSON object a line, nodes then relationships.
* ``cypher``: a ``cypher-shell`` script, batches of ``:param`` + ``UNWIND $rows ... MERGE``;
  :func:`run_script` plays it into an embedded graph.

Labels and relationship types come from the schema's allow-list only; values only ever
travel as parameters (or, in files, as data).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass, field
from itertools import groupby, islice
from pathlib import Path
from typing import IO, Any

from actorgraph.errors import ActorgraphError
from actorgraph.graph.store import KEYED, GraphStore, constraint_statements
from actorgraph.queries import bind, get, run_query
from actorgraph.schema import SCHEMA

FORMATS = ("graphml", "gexf", "csv", "jsonl", "cypher")
BATCH = 1000
ARRAY_DELIMITER = "\x1f"  # never in a value: control characters are removed on reading
HEAVY = ("extraction", "named")  # left out of graphml and gexf


@dataclass
class Node:
    id: str
    labels: list[str]
    props: dict[str, Any]


@dataclass
class Edge:
    start: str
    type: str
    end: str
    props: dict[str, Any]


@dataclass
class Counts:
    nodes: int = 0
    relationships: int = 0
    files: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ reading the graph
@dataclass(frozen=True)
class Selection:
    """What is exported: the whole graph, or the nodes with these ids and the
    relationships between them."""

    store: GraphStore
    ids: frozenset[str] | None = None

    def nodes(self) -> Iterator[Node]:
        return nodes(self.store, self.ids)

    def edges(self) -> Iterator[Edge]:
        return edges(self.store, self.ids)


def nodes(store: GraphStore, ids: Set[str] | None = None, batch: int = BATCH) -> Iterator[Node]:
    """Every node (or those of ``ids``) once, by key label (``Entity``, ...), then by the
    engine's node id (the whole graph on FalkorDB) or by ``id``."""
    seen: set[str] = set()
    ranges = _id_ranges(store, batch) if ids is None and store.engine == "falkordb" else None
    for key in KEYED:
        label = SCHEMA.label(key)
        found = (
            _nodes_of(store, label, _listed(ids), batch)
            if ranges is None
            else _nodes_in(store, label, ranges)
        )
        for node in found:
            if node.id not in seen:
                seen.add(node.id)
                yield node


def _id_ranges(store: GraphStore, batch: int) -> list[tuple[int, int]]:
    """``[low, high)`` ranges of the engine's node ids, ``batch`` wide: FalkorDB seeks a
    range of ids directly, where ``ORDER BY n.id LIMIT`` sorted every node left for each
    batch (300 ms a batch for 100,000 events, against 0.5 ms)."""
    top = store.read("MATCH (n) RETURN max(id(n)) AS top")[0]["top"]
    return [] if top is None else [(low, low + batch) for low in range(0, top + 1, batch)]


def _nodes_in(store: GraphStore, label: str, ranges: list[tuple[int, int]]) -> Iterator[Node]:
    query = f"MATCH (n:{label}) WHERE id(n) >= $low AND id(n) < $high RETURN n"
    for low, high in ranges:
        yield from (_node(row["n"]) for row in store.read(query, {"low": low, "high": high}))


def _listed(ids: Set[str] | None) -> list[str] | None:
    return None if ids is None else sorted(ids)


def _nodes_of(store: GraphStore, label: str, ids: list[str] | None, batch: int) -> Iterator[Node]:
    only = "" if ids is None else " AND n.id IN $ids"
    query = f"MATCH (n:{label}) WHERE n.id > $after{only} RETURN n ORDER BY n.id LIMIT $batch"
    after = ""
    while True:
        rows = store.read(query, {"after": after, "ids": ids, "batch": batch})
        for row in rows:
            yield _node(row["n"])
        if len(rows) < batch:
            return
        after = rows[-1]["n"]["id"]


def _node(value: dict[str, Any]) -> Node:
    props = {k: v for k, v in value.items() if k != "_labels" and v is not None}
    labels = [label for label in value["_labels"] if label in SCHEMA.all_labels]
    return Node(str(props["id"]), sorted(labels, key=_label_order), props)


def _label_order(label: str) -> tuple[int, str]:
    """Most specific first: ``Person, Actor, Entity``; ``Event`` before its kind."""
    rank = {"Entity": 3, "Actor": 2}.get(label, 1 if label in SCHEMA.event_kinds else 0)
    return rank, label


def edges(store: GraphStore, ids: Set[str] | None = None, batch: int = BATCH) -> Iterator[Edge]:
    """Every relationship of a schema type (or those between ``ids``) once, by start node:
    a batch of start nodes through the id index, then their outgoing relationships."""
    types = [SCHEMA.rel_type(name) for name in SCHEMA.all_rel_types]
    ranges = _id_ranges(store, batch) if ids is None and store.engine == "falkordb" else None
    for key in KEYED:
        label = SCHEMA.label(key)
        if ranges is None:
            yield from _edges_from(store, label, types, _listed(ids), batch)
        else:
            yield from _edges_in(store, label, types, ranges)


def _edges_in(
    store: GraphStore, label: str, types: list[str], ranges: list[tuple[int, int]]
) -> Iterator[Edge]:
    query = (
        f"MATCH (a:{label}) WHERE id(a) >= $low AND id(a) < $high "
        "MATCH (a)-[r]->(b) WHERE type(r) IN $types "
        "RETURN a.id AS start, type(r) AS type, b.id AS end, r"
    )
    for low, high in ranges:
        rows = store.read(query, {"low": low, "high": high, "types": types})
        yield from (_edge(row) for row in rows)


def _edges_from(
    store: GraphStore, label: str, types: list[str], ids: list[str] | None, batch: int
) -> Iterator[Edge]:
    starts, ends = ("", "") if ids is None else (" AND a.id IN $ids", " AND b.id IN $ids")
    query = (
        f"MATCH (a:{label}) WHERE a.id > $after{starts} WITH a ORDER BY a.id LIMIT $batch "
        f"OPTIONAL MATCH (a)-[r]->(b) WHERE type(r) IN $types{ends} "
        "RETURN a.id AS start, type(r) AS type, b.id AS end, r"
    )
    after = ""
    while True:
        rows = store.read(query, {"after": after, "ids": ids, "types": types, "batch": batch})
        yield from (_edge(row) for row in rows if row["r"] is not None)
        last = max((row["start"] for row in rows), default=None)
        if last is None or len({row["start"] for row in rows}) < batch:
            return
        after = last


def _edge(row: dict[str, Any]) -> Edge:
    props = {k: v for k, v in row["r"].items() if k != "_type" and v is not None}
    return Edge(row["start"], row["type"], row["end"], props)


def query_ids(store: GraphStore, name: str, params: dict[str, Any]) -> set[str]:
    """The ids of every node a named query's answer names (in any column, lists too), with
    the entities its parameters name: the subgraph a query's export holds."""
    rows = run_query(store, name, **params)
    bound = bind(get(name), store, params)
    return set(_ids_in([*rows, bound]))


NODE_ID = re.compile(
    "^(?:" + "|".join(re.escape(spec["prefix"]) for spec in SCHEMA.node_types.values()) + "):\\S"
)


def _ids_in(value: Any) -> Iterator[str]:
    if isinstance(value, str) and NODE_ID.match(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _ids_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _ids_in(item)


# ------------------------------------------------------------------ entry point
def export(store: GraphStore, fmt: str, out: Path, ids: Set[str] | None = None) -> Counts:
    """Write the whole graph (or the subgraph of ``ids``) to ``out`` (a file; a folder for
    ``csv``)."""
    writers: dict[str, Callable[[Selection, Path], Counts]] = {
        "graphml": write_graphml,
        "gexf": write_gexf,
        "csv": write_csv,
        "jsonl": write_jsonl,
        "cypher": write_cypher,
    }
    if fmt not in writers:
        raise ActorgraphError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    out.parent.mkdir(parents=True, exist_ok=True)
    return writers[fmt](Selection(store, None if ids is None else frozenset(ids)), out)


# ------------------------------------------------------------------ graphml / gexf
def write_graphml(graph: Selection, out: Path) -> Counts:
    import networkx as nx

    network = to_networkx(graph)
    nx.write_graphml(network, out)
    return Counts(network.number_of_nodes(), network.number_of_edges(), [str(out)])


def write_gexf(graph: Selection, out: Path) -> Counts:
    import networkx as nx

    network = to_networkx(graph)
    nx.write_gexf(network, out)
    return Counts(network.number_of_nodes(), network.number_of_edges(), [str(out)])


def to_networkx(selection: Selection) -> Any:
    """A MultiDiGraph whose attributes every GraphML/GEXF writer accepts."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for node in selection.nodes():
        props = {k: v for k, v in node.props.items() if k not in HEAVY}
        label = props.get("name") or props.get("title") or node.id
        graph.add_node(node.id, labels=":".join(node.labels), label=label, **flat(props))
    for edge in selection.edges():
        attrs = {"relation": edge.type, "label": edge.type, **flat(edge.props)}
        graph.add_edge(edge.start, edge.end, **attrs)
    _one_type_per_attribute(graph.nodes.values())
    _one_type_per_attribute(attrs for *_, attrs in graph.edges(data=True))
    return graph


def flat(props: dict[str, Any]) -> dict[str, Any]:
    """Lists and maps as JSON strings: GraphML and GEXF have neither.

    >>> flat({"aliases": ["Qaani", "Ghaani"], "count": 2})
    {'aliases': '["Qaani", "Ghaani"]', 'count': 2}
    """
    return {
        k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
        for k, v in props.items()
    }


def _one_type_per_attribute(elements: Iterable[dict[str, Any]]) -> None:
    """A number attribute stored as int on some elements and float on others becomes float
    everywhere (the writers would declare the attribute twice)."""
    elements = list(elements)
    floats = {k for attrs in elements for k, v in attrs.items() if isinstance(v, float)}
    for attrs in elements:
        for key in floats & attrs.keys():
            if isinstance(attrs[key], int) and not isinstance(attrs[key], bool):
                attrs[key] = float(attrs[key])


# ------------------------------------------------------------------ neo4j-admin CSV
def write_csv(graph: Selection, out: Path) -> Counts:
    """``out/nodes.csv`` and ``out/relationships.csv`` for ``neo4j-admin database import``."""
    out.mkdir(parents=True, exist_ok=True)
    node_list, edge_list = list(graph.nodes()), list(graph.edges())
    node_file, rel_file = out / "nodes.csv", out / "relationships.csv"
    columns = typed_columns(n.props for n in node_list)
    rows = (([n.id, ARRAY_DELIMITER.join(n.labels)], n.props) for n in node_list)
    _write_table(node_file, ["id:ID", ":LABEL"], columns, rows)
    columns = typed_columns(e.props for e in edge_list)
    head = [":START_ID", ":END_ID", ":TYPE"]
    _write_table(rel_file, head, columns, (([e.start, e.end, e.type], e.props) for e in edge_list))
    return Counts(len(node_list), len(edge_list), [str(node_file), str(rel_file)])


def admin_command(folder: Path) -> str:
    """The ``neo4j-admin`` command that loads a :func:`write_csv` folder."""
    return (
        "neo4j-admin database import full --array-delimiter=U+001F "
        f"--nodes={folder / 'nodes.csv'} --relationships={folder / 'relationships.csv'} neo4j"
    )


def typed_columns(props: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Property name -> neo4j-admin column type (``string``, ``long``, ``double``,
    ``boolean``, or an array of one), ``id`` excepted.

    >>> typed_columns([{"aliases": ["a"], "count": 1, "pages": []}, {"count": 2.5, "pages": [0]}])
    {'aliases': 'string[]', 'count': 'double', 'pages': 'long[]'}
    """
    seen: dict[str, set[str]] = {}
    for item in props:
        for key, value in item.items():
            if key != "id":
                seen.setdefault(key, set()).update(_types(value))
    return {key: _column_type(kinds) for key, kinds in sorted(seen.items())}


def _types(value: Any) -> set[str]:
    if isinstance(value, list):
        return {f"{t}[]" for v in value for t in _types(v)} or {"[]"}  # empty: any array
    if isinstance(value, bool):
        return {"boolean"}
    if isinstance(value, int):
        return {"long"}
    return {"double"} if isinstance(value, float) else {"string"}


def _column_type(kinds: set[str]) -> str:
    array = "[]" if any(k.endswith("[]") for k in kinds) else ""
    base = {k.removesuffix("[]") for k in kinds} - {""} or {"string"}
    if base <= {"long"}:
        return "long" + array
    if base <= {"long", "double"}:
        return "double" + array
    return ("boolean" if base == {"boolean"} else "string") + array


def _write_table(
    path: Path,
    head: list[str],
    columns: dict[str, str],
    rows: Iterable[tuple[list[str], dict[str, Any]]],
) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        table = csv.writer(fh)
        table.writerow(head + [f"{name}:{kind}" for name, kind in columns.items()])
        for fixed, props in rows:
            table.writerow(fixed + [_cell(props.get(name)) for name in columns])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_cell(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# ------------------------------------------------------------------ JSON lines
def write_jsonl(graph: Selection, out: Path) -> Counts:
    """``{"kind": "node", "id", "labels", "properties"}`` lines, then ``{"kind":
    "relationship", "type", "start", "end", "properties"}`` lines."""
    counts = Counts(files=[str(out)])
    with out.open("w", encoding="utf-8") as fh:
        for node in graph.nodes():
            record = {"kind": "node", "id": node.id, "labels": node.labels}
            _line(fh, {**record, "properties": node.props})
            counts.nodes += 1
        for edge in graph.edges():
            record = {"kind": "relationship", "type": edge.type, "start": edge.start}
            _line(fh, {**record, "end": edge.end, "properties": edge.props})
            counts.relationships += 1
    return counts


def _line(fh: IO[str], record: dict[str, Any]) -> None:
    fh.write(json.dumps(record, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------ Cypher script
NODE_START = "UNWIND $rows AS row MERGE (n"
NODE_MERGE = NODE_START + "{labels} {{id: row.id}}) SET n += row.props;"
EDGE_MERGE = (
    "UNWIND $rows AS row MATCH (a:{start} {{id: row.start}}) MATCH (b:{end} {{id: row.end}}) "
    "MERGE (a)-[r:{type}]->(b) SET r += row.props;"
)
SCRIPT_HEAD = "// actorgraph export; run with: cypher-shell -f {name}\n"


Batch = tuple[str, list[dict[str, Any]]]  # a MERGE statement and its rows


def write_cypher(graph: Selection, out: Path, batch: int = BATCH) -> Counts:
    """Constraints, then node batches grouped by labels, then edge batches by type."""
    counts = Counts(files=[str(out)])
    with out.open("w", encoding="utf-8") as fh:
        fh.write(SCRIPT_HEAD.format(name=out.name))
        fh.writelines(f"{statement};\n" for statement in constraint_statements("neo4j"))
        for statement, rows in merge_batches(graph, batch):
            fh.write(f":param {{rows: {cypher_literal(rows)}}}\n{statement}\n")
            counts.nodes += len(rows) if statement.startswith(NODE_START) else 0
            counts.relationships += 0 if statement.startswith(NODE_START) else len(rows)
    return counts


def merge_batches(graph: Selection, batch: int = BATCH) -> Iterator[Batch]:
    """The graph as idempotent MERGE batches: nodes by label set, then relationships by
    type and end labels (for a script, or sent to another store by ``push``)."""
    for labels, group in groupby(sorted(graph.nodes(), key=_labels_key), key=_labels_key):
        clause = "".join(f":{SCHEMA.label(label)}" for label in labels)
        rows = ({"id": n.id, "props": n.props} for n in group)
        yield from _chunks(NODE_MERGE.format(labels=clause), rows, batch)
    for (start, rel, end), group in groupby(sorted(graph.edges(), key=_edge_key), key=_edge_key):
        text = EDGE_MERGE.format(start=start, end=end, type=SCHEMA.rel_type(rel))
        rows = ({"start": e.start, "end": e.end, "props": e.props} for e in group)
        yield from _chunks(text, rows, batch)


def _chunks(statement: str, rows: Iterator[dict[str, Any]], size: int) -> Iterator[Batch]:
    while chunk := list(islice(rows, size)):
        yield statement, chunk


def _labels_key(node: Node) -> tuple[str, ...]:
    return tuple(node.labels)


def _edge_key(edge: Edge) -> tuple[str, str, str]:
    return key_label(edge.start), edge.type, key_label(edge.end)


def key_label(node_id: str) -> str:
    """The unique-id label of a node: ``person:x`` -> ``Entity``, ``event:y`` -> ``Event``."""
    labels = SCHEMA.labels(SCHEMA.type_of_id(node_id))
    return next(label for label in labels if label in KEYED)


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a plain value (maps with back-quoted keys).

    >>> cypher_literal([{"id": "a", "n": 1.5, "ok": True, "x": None}])
    '[{`id`: "a", `n`: 1.5, `ok`: true, `x`: null}]'
    """
    if isinstance(value, dict):
        items = (f"`{str(k).replace('`', '``')}`: {cypher_literal(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


PARAM_LINE = re.compile(r"^:param \{rows: (.*)\}$")
LITERAL_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|`((?:[^`]|``)*)`', re.S)


def parse_literal(text: str) -> Any:
    """The value of a :func:`cypher_literal` (its back-quoted keys read as JSON strings).

    >>> parse_literal('[{`id`: "a`b", `n``x`: [1.5, null, true]}]')
    [{'id': 'a`b', 'n`x': [1.5, None, True]}]
    """

    def as_json(match: re.Match[str]) -> str:
        name = match.group(1)
        return match.group(0) if name is None else json.dumps(name.replace("``", "`"))

    return json.loads(LITERAL_TOKEN.sub(as_json, text))


def run_script(store: GraphStore, path: Path) -> int:
    """Play a :func:`write_cypher` script into ``store`` (either engine) as cypher-shell
    would: each batch's ``:param`` value goes to the next statement as the parameter
    ``rows``. The script's constraints become the store's own
    (:meth:`GraphStore.ensure_schema`). Returns the statements run."""
    store.ensure_schema()
    ran, rows = 0, None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = PARAM_LINE.match(line)
        if match:
            rows = parse_literal(match.group(1))
        elif line.startswith("UNWIND $rows"):
            if rows is None:
                raise ActorgraphError(f"{path}:{number}: a batch without its :param line")
            store.write(line.removesuffix(";"), {"rows": rows})
            ran, rows = ran + 1, None
    return ran


# ------------------------------------------------------------------ push
def push(
    source: GraphStore,
    target: GraphStore,
    batch: int = BATCH,
    progress: Callable[[int], None] | None = None,
) -> Counts:
    """Copy ``source`` into ``target`` (Neo4j, or another embedded graph): the MERGE batches
    of :func:`merge_batches`, each one query with its rows as a parameter. Idempotent: a
    second push changes nothing, a push after more ingests brings the target up to date."""
    target.ensure_schema()
    counts = Counts()
    for statement, rows in merge_batches(Selection(source), batch):
        target.write(statement.removesuffix(";"), {"rows": rows})
        if statement.startswith(NODE_START):
            counts.nodes += len(rows)
        else:
            counts.relationships += len(rows)
        if progress is not None:
            progress(len(rows))
    return counts
