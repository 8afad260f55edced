"""Every shortest path between two entities by bidirectional breadth-first search, one
Cypher query per layer (``expand``: the links of a set of entities), for an engine whose
Cypher cannot search undirected shortest paths over a chosen set of types (FalkorDB).

Each layer expands the frontier with fewer links (``count``: the links of entities, counted
up to a cap; :class:`Sizes`; without it, the frontier with fewer entities), so the search
touches the links within about half the distance of either end instead of every path up to the
longest length considered, and a hub at one end is expanded only when the other side has more
links.
Before a layer whose links are not fetched yet, the links between the two frontiers are read
pair by pair (``meet``: :class:`Meet`; with the layer's first fetch when it has one): when there
are any, the shortest paths run through them and neither frontier is expanded (two ends with
thousands of links each, or a hub and the few neighbours of an actor two hops away).
Two links between the same two entities make two paths, as Neo4j's ``allShortestPaths``
does; paths sort by node names, node ids, then link types.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise, product
from typing import Any, Protocol

from actorgraph.graph.store import Row

Expand = Callable[[list[str]], list[Row]]
Count = Callable[[list[str], int], int]
FIRST_CAP = 256  # links counted at first; the cap grows 4x while both frontiers reach it
LAST_CAP = 1024  # both sides have more: counting further costs as much as expanding either
FEW = 32  # links that cost about one round trip to the engine to fetch
PAIRS = 256  # most pairs of entities checked for a link between the frontiers


class Meet(Protocol):
    """The links between two frontiers (``near``'s entities, each against ``far``'s)."""

    def cue(self, near: list[str], far: list[str]) -> None:
        """Read them with the next fetch of links, if any."""

    def checked(self, near: list[str], far: list[str]) -> bool:
        """Whether they were read."""

    def cached(self, ids: list[str]) -> bool:
        """Whether the links of ``ids`` are fetched already."""

    def between(self, near: list[str], far: list[str]) -> list[Row]:
        """The links (read now unless read already)."""


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


def shortest_paths(
    expand: Expand, start: str, end: str, max_hops: int, count: Count | None = None,
    meet: Meet | None = None,
) -> list[Path]:  # fmt: skip
    """Every shortest path from ``start`` to ``end`` of at most ``max_hops`` links."""
    if start == end:
        return []
    met = search(expand, start, end, max_hops, count, meet)
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


class Sizes:
    """The links of frontiers, counted up to a cap (``count``; a single entity's remembered:
    the exact number when below the cap, else that it has at least the cap), or estimated
    from the links per entity expanded so far (counting two frontiers of hundreds of entities
    would cost about as much as expanding one)."""

    def __init__(self, count: Count) -> None:
        self.count = count
        self.exact: dict[str | None, int] = {}
        self.least: dict[str | None, int] = {}
        self.expanded = self.fetched = 0
        self.halt: Callable[[], bool] = lambda: False  # True: no more counting this layer

    def upto(self, frontier: set[str], cap: int) -> int:
        """min(links of the frontier, cap); remembered for a single entity."""
        key = next(iter(frontier)) if len(frontier) == 1 else None
        if cap <= 0 or self.halt():
            return 0
        if key in self.exact:
            return min(self.exact[key], cap)
        if key in self.least and self.least[key] >= cap:
            return cap
        found = self.count(sorted(frontier), cap)
        if key is not None and found < cap:
            self.exact[key] = found
        elif key is not None:
            self.least[key] = cap
        return found

    def known(self, frontier: set[str]) -> int:
        """The links of a single entity as far as counted (0 when not counted)."""
        key = next(iter(frontier)) if len(frontier) == 1 else None
        return self.exact.get(key, self.least.get(key, 0))

    def estimate(self, frontier: set[str]) -> int:
        return len(frontier) * -(-self.fetched // max(self.expanded, 1))

    def smaller(self, frontiers: list[set[str]]) -> int:
        """The side whose frontier has fewer links (side 0 on a tie): two larger frontiers
        by estimate; a single entity against a larger frontier by counting the entity up to
        the estimate, and when it has more, both from 4x that (the larger frontier first); two
        single entities by counting both."""
        if len(frontiers[0]) > 1 and len(frontiers[1]) > 1:
            return 0 if self.estimate(frontiers[0]) <= self.estimate(frontiers[1]) else 1
        if len(frontiers[0]) == 1 and len(frontiers[1]) == 1:
            return self._gallop(frontiers, 0, FIRST_CAP)
        one = 0 if len(frontiers[0]) == 1 else 1
        guess = self.estimate(frontiers[1 - one])
        if self.upto(frontiers[one], guess + 1) <= guess:
            return one
        return self._gallop(frontiers, 1 - one, 4 * (guess + 1))

    def _gallop(self, frontiers: list[set[str]], first: int, cap: int) -> int:
        """Counts both sides' links (``first``'s first) up to a cap that grows 4x until one
        is below it, then the other's up to that number; past :data:`LAST_CAP`, the side
        with fewer entities."""
        second = 1 - first
        while cap <= max(LAST_CAP, FIRST_CAP):
            links = self.upto(frontiers[first], cap)
            if links <= FEW:  # expanding costs no more than counting the other side
                return first
            if links < cap:  # exact: the other side goes first only with fewer
                return second if self.upto(frontiers[second], links) < links else first
            if self.upto(frontiers[second], cap) < cap:
                return second
            cap *= 4
        return 0 if len(frontiers[0]) <= len(frontiers[1]) else 1

    def saw(self, entities: int, links: int) -> None:
        self.expanded, self.fetched = self.expanded + entities, self.fetched + links


def search(
    expand: Expand, start: str, end: str, max_hops: int, count: Count | None = None,
    meet: Meet | None = None,
) -> Met | None:  # fmt: skip
    """The links met by the search (all those of every shortest path), or None when the
    ends are more than ``max_hops`` apart."""
    met = Met()
    seen: tuple[set[str], set[str]] = ({start}, {end})
    frontiers = [{start}, {end}]
    sizes = Sizes(count) if count else None
    for _ in range(max_hops):
        pair = _cue(meet, sizes, frontiers)
        side = sizes.smaller(frontiers) if sizes else int(len(frontiers[0]) > len(frontiers[1]))
        if meet and pair and _crossed(meet, pair, sorted(frontiers[side]), met):
            return met
        reached = _expanded(expand, sorted(frontiers[side]), met, sizes)
        frontiers[side] = reached - seen[side]
        seen[side].update(reached)
        if seen[0] & seen[1]:
            return met
        if not frontiers[side]:
            return None
    return None


def _expanded(expand: Expand, ids: list[str], met: Met, sizes: Sizes | None) -> set[str]:
    """The entities the links of ``ids`` reach (the links added to ``met``)."""
    reached = set()
    rows = expand(ids)
    for row in rows:
        if row["from_id"] != row["to_id"]:
            met.add(row)
            reached.add(row["to_id"])
    if sizes:
        sizes.saw(len(ids), len(rows))
    return reached


def _cue(
    meet: Meet | None, sizes: Sizes | None, frontiers: list[set[str]]
) -> tuple[list[str], list[str]] | None:
    """The frontiers to check this layer, cued for the layer's first fetch (counting stops
    once they are known to be linked)."""
    if meet is None:
        return None
    pair = _pair(frontiers, sizes)
    meet.cue(*(pair or ([], [])))
    if sizes:
        sizes.halt = partial(_linked, meet, pair)
    return pair


def _pair(frontiers: list[set[str]], sizes: Sizes | None) -> tuple[list[str], list[str]] | None:
    """The frontiers to check for links between them (``near`` first: the one with more
    entities, whose links each pair costs; a hub is most often alone), or None when they make
    more than :data:`PAIRS` pairs."""
    if len(frontiers[0]) * len(frontiers[1]) > PAIRS:
        return None
    known = [sizes.known(f) if sizes else 0 for f in frontiers]
    near = min((0, 1), key=lambda s: (-len(frontiers[s]), known[s], -s))
    return sorted(frontiers[near]), sorted(frontiers[1 - near])


def _linked(meet: Meet, pair: tuple[list[str], list[str]] | None) -> bool:
    """Whether the frontiers were read, and are linked."""
    return bool(pair and meet.checked(*pair) and meet.between(*pair))


def _crossed(meet: Meet, pair: tuple[list[str], list[str]], expanded: list[str], met: Met) -> bool:
    """Whether the frontiers are linked (their links then added to ``met``): read when a fetch
    of the layer read them already, or when expanding would fetch links."""
    if not meet.checked(*pair) and meet.cached(expanded):
        return False  # the expansion is free, and meets the other side if they are linked
    links = meet.between(*pair)
    for row in links:
        met.add(row)
    return bool(links)
