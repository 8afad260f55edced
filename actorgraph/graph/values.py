"""Turn driver values (nodes, relationships, paths) into plain Python values.

No driver is imported here: a value of a driver's type can only exist once that driver is
loaded, so the converters of the drivers already in ``sys.modules`` are all that can apply
(the FalkorDB path never loads the Neo4j driver). Each type is looked up once.

>>> plain({"a": [1, "x", None]})
{'a': [1, 'x', None]}
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

Converter = Callable[[Any], Any]
SCALARS = frozenset({str, int, float, bool, type(None)})
_BY_TYPE: dict[type, Converter | None] = {}


def plain(value: Any) -> Any:
    """Nodes -> ``{"_labels": [...], **props}``, relationships -> ``{"_type": ..., **props}``,
    paths -> ``{"nodes": [...], "relationships": [...]}``; containers recursively."""
    cls = type(value)
    if cls in SCALARS:
        return value
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if cls not in _BY_TYPE:
        _BY_TYPE[cls] = next((c for kind, c in _driver_types() if issubclass(cls, kind)), None)
    converter = _BY_TYPE[cls]
    return converter(value) if converter else value


def _driver_types() -> list[tuple[type, Converter]]:
    """The converters of the drivers already loaded."""
    found: list[tuple[type, Converter]] = []
    if "falkordb" in sys.modules:
        import falkordb

        found += [
            (falkordb.Node, _falkor_node),
            (falkordb.Edge, _falkor_edge),
            (falkordb.Path, _falkor_path),
        ]
    if "neo4j" in sys.modules:
        import neo4j.graph
        import neo4j.time

        found += [
            (neo4j.graph.Node, _neo4j_node),
            (neo4j.graph.Relationship, _neo4j_rel),
            (neo4j.graph.Path, _neo4j_path),
            (neo4j.time.Date, _temporal),
            (neo4j.time.DateTime, _temporal),
        ]
    return found


def _falkor_node(node: Any) -> dict[str, Any]:
    return {"_labels": list(node.labels or []), **plain(node.properties)}


def _falkor_edge(edge: Any) -> dict[str, Any]:
    return {"_type": edge.relation, **plain(edge.properties)}


def _falkor_path(path: Any) -> dict[str, Any]:
    return {
        "nodes": [_falkor_node(n) for n in path.nodes()],
        "relationships": [_falkor_edge(e) for e in path.edges()],
    }


def _neo4j_node(node: Any) -> dict[str, Any]:
    return {"_labels": sorted(node.labels), **plain(dict(node))}


def _neo4j_rel(rel: Any) -> dict[str, Any]:
    return {"_type": rel.type, **plain(dict(rel))}


def _neo4j_path(path: Any) -> dict[str, Any]:
    return {
        "nodes": [_neo4j_node(n) for n in path.nodes],
        "relationships": [_neo4j_rel(r) for r in path.relationships],
    }


def _temporal(value: Any) -> str:
    return value.iso_format()
