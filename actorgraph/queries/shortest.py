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
from dataclasses import dataclass, field
from itertools import pairwise, product
from typing import Any

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
    met = search(expand, start, end, max_hops)
    if met is None:
        return []
    paths = []
    for ids in met.shortest(start, end):
        names = tuple(met.names[i] for i in ids)
        hops = [met.between(a, b) for a, b in pairwise(ids)]
        paths += [Path(tuple(ids), names, links) for links in product(*hops)]
    return sorted(paths, key=Path.order)


@dataclass
class Met:
    """The links met by the search: entity names, neighbours, and the links of each pair
    by key (source, type, target); plain dicts, as a hub's thousands of links would cost a
    networkx graph more than the search itself."""

    names: dict[str, Any] = field(default_factory=dict)
    neighbours: dict[str, set[str]] = field(default_factory=dict)
    links: dict[frozenset[str], dict[tuple[str, str, str], Row]] = field(default_factory=dict)

    def add(self, row: Row) -> None:
        a, b = row["from_id"], row["to_id"]
        self.names[a], self.names[b] = row["from_name"], row["to_name"]
        self.neighbours.setdefault(a, set()).add(b)
        self.neighbours.setdefault(b, set()).add(a)
        key = (row["source_id"], row["type"], row["target_id"])
        self.links.setdefault(frozenset((a, b)), {})[key] = row

    def between(self, a: str, b: str) -> list[Row]:
        """The links of a pair, by key."""
        return [row for _, row in sorted(self.links[frozenset((a, b))].items())]

    def shortest(self, start: str, end: str) -> list[list[str]]:
        """Every shortest path (entity ids) from ``start`` to ``end`` over the links met."""
        before, level, layer = {start: []}, {start: 0}, [start]
        while layer and end not in level:
            following = []
            for node in layer:
                for other in self.neighbours.get(node, ()):
                    if other not in level:
                        level[other], before[other] = level[node] + 1, [node]
                        following.append(other)
                    elif level[other] == level[node] + 1:
                        before[other].append(node)
            layer = following
        return _unwound(before, start, end) if end in level else []


def _unwound(before: dict[str, list[str]], start: str, end: str) -> list[list[str]]:
    """Every path from ``start`` to ``end`` along the predecessor lists ``before``."""
    done, stack = [], [[end]]
    while stack:
        path = stack.pop()
        if path[-1] == start:
            done.append(path[::-1])
            continue
        stack += [[*path, node] for node in before[path[-1]]]
    return done


def search(expand: Expand, start: str, end: str, max_hops: int) -> Met | None:
    """The links met by the search (all those of every shortest path), or None when the
    ends are more than ``max_hops`` apart."""
    met = Met()
    seen: tuple[set[str], set[str]] = ({start}, {end})
    frontiers = [{start}, {end}]
    for _ in range(max_hops):
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        reached = set()
        for row in expand(sorted(frontiers[side])):
            if row["from_id"] != row["to_id"]:
                met.add(row)
                reached.add(row["to_id"])
        frontiers[side] = reached - seen[side]
        seen[side].update(reached)
        if seen[0] & seen[1]:
            return met
        if not frontiers[side]:
            return None
    return None
