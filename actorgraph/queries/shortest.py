"""Every shortest path between two entities by bidirectional breadth-first search, one
Cypher query per layer (``expand``: the links of a set of entities), for an engine whose
Cypher cannot search undirected shortest paths over a chosen set of types (FalkorDB).

Each layer expands the smaller frontier, so the search touches the links within about half
the distance of either end instead of every path up to the longest length considered.
Two links between the same two entities make two paths, as Neo4j's ``allShortestPaths``
does; paths sort by node names, node ids, then link types.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise, product
from typing import Any

import networkx as nx

from actorgraph.graph.store import Row

Expand = Callable[[list[str]], list[Row]]


@dataclass(frozen=True)
class Path:
    """The entities along a path (ids, names) and the fetched row of each link."""

    ids: tuple[str, ...]
    names: tuple[str, ...]
    links: tuple[Row, ...]

    @property
    def types(self) -> list[str]:
        return [link["type"] for link in self.links]

    def order(self) -> tuple[list[str], list[str], list[str]]:
        return list(self.names), list(self.ids), self.types


def shortest_paths(expand: Expand, start: str, end: str, max_hops: int) -> list[Path]:
    """Every shortest path from ``start`` to ``end`` of at most ``max_hops`` links."""
    if start == end:
        return []
    graph = search(expand, start, end, max_hops)
    if graph is None:
        return []
    paths = []
    for ids in nx.all_shortest_paths(nx.Graph(graph), start, end):
        names = tuple(graph.nodes[i]["name"] for i in ids)
        hops = [_links(graph, a, b) for a, b in pairwise(ids)]
        paths += [Path(tuple(ids), names, links) for links in product(*hops)]
    return sorted(paths, key=Path.order)


def search(expand: Expand, start: str, end: str, max_hops: int) -> nx.MultiGraph | None:
    """The links met by the search (all those of every shortest path), or None when the
    ends are more than ``max_hops`` apart."""
    graph = nx.MultiGraph()
    seen: tuple[set[str], set[str]] = ({start}, {end})
    frontiers = [{start}, {end}]
    for _ in range(max_hops):
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        reached = set()
        for row in expand(sorted(frontiers[side])):
            if row["from_id"] != row["to_id"]:
                _add(graph, row)
                reached.add(row["to_id"])
        frontiers[side] = reached - seen[side]
        seen[side].update(reached)
        if seen[0] & seen[1]:
            return graph
        if not frontiers[side]:
            return None
    return None


def _add(graph: nx.MultiGraph, row: Row) -> None:
    graph.add_node(row["from_id"], name=row["from_name"])
    graph.add_node(row["to_id"], name=row["to_name"])
    key = (row["source_id"], row["type"], row["target_id"])
    graph.add_edge(row["from_id"], row["to_id"], key=key, link=row)


def _links(graph: nx.MultiGraph, a: str, b: str) -> list[Any]:
    return [data["link"] for _, data in sorted(graph.get_edge_data(a, b).items())]
