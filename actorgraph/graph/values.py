"""Turn driver values (nodes, relationships, paths) into plain Python values.

>>> plain({"a": [1, "x", None]})
{'a': [1, 'x', None]}
"""

from __future__ import annotations

from typing import Any

import falkordb
import neo4j
import neo4j.graph
import neo4j.time


def plain(value: Any) -> Any:
    """Nodes -> ``{"_labels": [...], **props}``, relationships -> ``{"_type": ..., **props}``,
    paths -> ``{"nodes": [...], "relationships": [...]}``; containers recursively."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    for kind, converter in _CONVERTERS:
        if isinstance(value, kind):
            return converter(value)
    return value


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


_CONVERTERS: list[tuple[type, Any]] = [
    (falkordb.Node, _falkor_node),
    (falkordb.Edge, _falkor_edge),
    (falkordb.Path, _falkor_path),
    (neo4j.graph.Node, _neo4j_node),
    (neo4j.graph.Relationship, _neo4j_rel),
    (neo4j.graph.Path, _neo4j_path),
    (neo4j.time.Date, _temporal),
    (neo4j.time.DateTime, _temporal),
]
