"""Force layout in Python for maps too large for in-browser physics.

Not networkx's: its dense Fruchterman-Reingold holds n x n arrays (400 MB per array at
5,000 nodes). This module implements a multilevel force layout (Walshaw 2003 style;
repulsion ``1/d`` as in Fruchterman-Reingold, attraction linear in ``d`` as in ForceAtlas2,
which keeps the long edges of small-world graphs from crushing the layout into a ball):

1. split the graph into connected components and lay each out on its own;
2. coarsen a component by matching neighbours (nodes left unmatched join a neighbour's
   group, so stars collapse in one step) until at most ``TOP_MAX`` groups remain;
3. lay the coarsest graph out with exact, mass-weighted repulsion (global structure);
4. walk back to the full graph, placing each node near its group and refining with a few
   iterations of grid-approximated repulsion (only neighbours within ``2k``);
5. pack the components in rows, largest first.

Cost is about linear in nodes + edges per refinement iteration. Deterministic for a given
graph and seed (numpy sums the cut-off repulsion). Positions are in units of the ideal
edge length ``k = 1``.

>>> pos = spring_positions(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> sorted(pos) == ["a", "b", "c"] and all(len(p) == 2 for p in pos.values())
True
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

TOP_MAX = 60  # coarsest level size solved with exact O(n^2) repulsion
TOP_ITERATIONS = 120
REFINE_ITERATIONS = 8
REFINE_TEMPERATURE = 0.6

Adjacency = list[set[int]]
Coords = tuple[list[float], list[float]]


def spring_positions(
    nodes: Sequence[Hashable], edges: Iterable[tuple[Hashable, Hashable]], *, seed: int = 7
) -> dict[Hashable, tuple[float, float]]:
    """Return ``{node: (x, y)}``; edge direction, multiplicity and self-loops are ignored."""
    rnd = random.Random(seed)
    index = {node: i for i, node in enumerate(nodes)}
    adj: Adjacency = [set() for _ in nodes]
    for a, b in edges:
        i, j = index[a], index[b]
        if i != j:
            adj[i].add(j)
            adj[j].add(i)
    placed = [(comp, _layout_component(_subgraph(adj, comp), rnd)) for comp in _components(adj)]
    xs, ys = _pack(placed, len(nodes))
    return {node: (xs[i], ys[i]) for node, i in index.items()}


def _components(adj: Adjacency) -> list[list[int]]:
    """Connected components, largest first (ties by first node)."""
    seen = [False] * len(adj)
    comps = []
    for start in range(len(adj)):
        if seen[start]:
            continue
        seen[start] = True
        comp, stack = [], [start]
        while stack:
            i = stack.pop()
            comp.append(i)
            for j in adj[i]:
                if not seen[j]:
                    seen[j] = True
                    stack.append(j)
        comps.append(sorted(comp))
    return sorted(comps, key=lambda c: (-len(c), c[0]))


def _subgraph(adj: Adjacency, comp: list[int]) -> Adjacency:
    local = {g: i for i, g in enumerate(comp)}
    return [{local[j] for j in adj[g]} for g in comp]


def _layout_component(adj: Adjacency, rnd: random.Random) -> Coords:
    if len(adj) == 1:
        return [0.0], [0.0]
    levels, parents, masses = _hierarchy(adj)
    side = math.sqrt(len(levels[-1]))
    xs = [rnd.uniform(0, side) for _ in levels[-1]]
    ys = [rnd.uniform(0, side) for _ in levels[-1]]
    top_mass = _normalised(masses[-1])
    _forces(levels[-1], (xs, ys), top_mass, TOP_ITERATIONS, side / 4, rnd, exact=True)
    for level in range(len(levels) - 2, -1, -1):
        xs, ys = _prolong(parents[level], (xs, ys), rnd)
        mass = _normalised(masses[level])
        _forces(levels[level], (xs, ys), mass, REFINE_ITERATIONS, REFINE_TEMPERATURE, rnd)
    return xs, ys


def _normalised(mass: list[int]) -> list[float]:
    """Masses relative to the level's mean: each level is laid out with k = 1."""
    mean = sum(mass) / len(mass)
    return [m / mean for m in mass]


def _hierarchy(adj: Adjacency) -> tuple[list[Adjacency], list[list[int]], list[list[int]]]:
    """Levels from fine to coarse, the parent map of each level and each level's masses."""
    levels, parents, masses = [adj], [], [[1] * len(adj)]
    while len(levels[-1]) > TOP_MAX:
        parent, coarse = _coarsen(levels[-1])
        if len(coarse) == len(levels[-1]):
            break
        mass = [0] * len(coarse)
        for i, p in enumerate(parent):
            mass[p] += masses[-1][i]
        levels.append(coarse)
        parents.append(parent)
        masses.append(mass)
    return levels, parents, masses


def _coarsen(adj: Adjacency) -> tuple[list[int], Adjacency]:
    """Match each node with its lowest-degree free neighbour; leftovers join a neighbour.

    ``adj`` must be connected with at least two nodes.
    """
    parent = [-1] * len(adj)
    groups = 0
    for i in sorted(range(len(adj)), key=lambda v: len(adj[v])):
        if parent[i] >= 0:
            continue
        free = [j for j in adj[i] if parent[j] < 0 and j != i]
        if free:
            parent[min(free, key=lambda j: (len(adj[j]), j))] = groups
            parent[i] = groups
            groups += 1
    for i in range(len(adj)):  # every neighbour of a leftover is matched already
        if parent[i] < 0:
            parent[i] = min(parent[j] for j in adj[i])
    coarse: Adjacency = [set() for _ in range(groups)]
    for i, neighbours in enumerate(adj):
        for j in neighbours:
            if parent[i] != parent[j]:
                coarse[parent[i]].add(parent[j])
    return parent, coarse


def _prolong(parent: list[int], coarse: Coords, rnd: random.Random) -> Coords:
    """Place every node near its group, scaling the coarse layout to the finer level's area."""
    cx, cy = coarse
    grow = math.sqrt(len(parent) / len(cx))
    size = [0] * len(cx)
    for p in parent:
        size[p] += 1
    xs, ys = [], []
    for p in parent:
        r = 0.5 * math.sqrt(size[p])
        xs.append(cx[p] * grow + rnd.uniform(-r, r))
        ys.append(cy[p] * grow + rnd.uniform(-r, r))
    return xs, ys


def _forces(
    adj: Adjacency,
    coords: Coords,
    mass: list[float],
    iterations: int,
    temperature: float,
    rnd: random.Random,
    *,
    exact: bool = False,
) -> None:
    """Force steps in place, with a cooling maximum displacement."""
    xs, ys = coords
    pairs = [(i, j) for i, neighbours in enumerate(adj) for j in neighbours if i < j]
    for _ in range(iterations):
        dx, dy = _repulse_exact(xs, ys, mass, rnd) if exact else _repulse_grid(xs, ys, rnd)
        for i, j in pairs:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]  # linear attraction
            dx[i] -= ddx / mass[i]
            dy[i] -= ddy / mass[i]
            dx[j] += ddx / mass[j]
            dy[j] += ddy / mass[j]
        _move(xs, ys, dx, dy, temperature)
        temperature *= 0.92


def _move(xs: list[float], ys: list[float], dx: list[float], dy: list[float], cap: float):
    for i in range(len(xs)):
        d = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
        s = cap / d if d > cap else 1.0
        xs[i] += dx[i] * s
        ys[i] += dy[i] * s


def _push(ddx: float, ddy: float, rnd: random.Random) -> tuple[float, float, float]:
    """Separate two coincident points in a random direction."""
    ddx, ddy = rnd.uniform(-0.01, 0.01), rnd.uniform(-0.01, 0.01)
    return ddx, ddy, ddx * ddx + ddy * ddy + 1e-12


def _repulse_exact(xs: list[float], ys: list[float], mass: list[float], rnd: random.Random):
    n = len(xs)
    dx, dy = [0.0] * n, [0.0] * n
    for i in range(n):
        xi, yi, fx, fy = xs[i], ys[i], 0.0, 0.0
        for j in range(n):
            if j != i:
                ddx, ddy = xi - xs[j], yi - ys[j]
                d2 = ddx * ddx + ddy * ddy
                if d2 < 1e-12:
                    ddx, ddy, d2 = _push(ddx, ddy, rnd)
                f = mass[j] / d2
                fx += ddx * f
                fy += ddy * f
        dx[i], dy[i] = fx, fy
    return dx, dy


def _repulse_grid(xs: list[float], ys: list[float], rnd: random.Random):
    """Repulsion from nodes closer than 2k only, found through a grid of 2k cells: each pair
    once (within a cell, and with four of the eight neighbour cells), the forces summed by
    numpy (a pure-Python loop over the pairs was most of a large layout)."""
    import numpy as np

    n = len(xs)
    x, y = np.array(xs), np.array(ys)
    i, j = _near_pairs(np.floor(x / 2).astype(np.int64), np.floor(y / 2).astype(np.int64))
    ddx, ddy = x[i] - x[j], y[i] - y[j]
    d2 = ddx * ddx + ddy * ddy
    near = d2 < 4.0
    i, j, ddx, ddy, d2 = i[near], j[near], ddx[near], ddy[near], d2[near]
    for k in np.flatnonzero(d2 < 1e-12).tolist():  # coincident: a random direction
        ddx[k], ddy[k], d2[k] = _push(0.0, 0.0, rnd)
    fx, fy = ddx / d2, ddy / d2
    dx = np.bincount(i, fx, n) - np.bincount(j, fx, n)
    dy = np.bincount(i, fy, n) - np.bincount(j, fy, n)
    return dx.tolist(), dy.tolist()


_AHEAD = ((1, -1), (1, 0), (1, 1), (0, 1))


def _near_pairs(cx: Any, cy: Any) -> tuple[Any, Any]:
    """Index pairs ``(i, j)`` of points in the same cell (``i < j``) or with ``j`` in one of
    the four cells ahead of ``i``'s: every pair of neighbouring cells once."""
    import numpy as np

    height = int(cy.max() - cy.min()) + 3  # a column of cells, with a spare row each side
    keys = (cx - cx.min()) * height + (cy - cy.min() + 1)
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    i, j = _cell_pairs(keys, order, ordered, 0)
    found = [(i[i < j], j[i < j])]
    found += [_cell_pairs(keys, order, ordered, ox * height + oy) for ox, oy in _AHEAD]
    return np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])


def _cell_pairs(keys: Any, order: Any, ordered: Any, offset: int) -> tuple[Any, Any]:
    """Every ``(i, j)`` with ``j`` in the cell ``offset`` keys away from ``i``'s."""
    import numpy as np

    lo = np.searchsorted(ordered, keys + offset, "left")
    counts = np.searchsorted(ordered, keys + offset, "right") - lo
    starts = np.repeat(lo - np.cumsum(counts) + counts, counts)
    i = np.repeat(np.arange(len(keys)), counts)
    return i, order[starts + np.arange(len(i))]


def _pack(placed: list[tuple[list[int], Coords]], n: int) -> Coords:
    """Shelf-pack component layouts (largest first) into rows of about equal width."""
    xs, ys = [0.0] * n, [0.0] * n
    boxes = [_bbox(c) for _, c in placed]
    width_limit = max(math.sqrt(sum((w + 2) * (h + 2) for w, h, *_ in boxes)) * 1.3, 1.0)
    x = y = row_height = 0.0
    for (comp, (cx, cy)), (w, h, minx, miny) in zip(placed, boxes, strict=True):
        if x > 0 and x + w > width_limit:
            x, y, row_height = 0.0, y + row_height + 2, 0.0
        for local, g in enumerate(comp):
            xs[g] = cx[local] - minx + x
            ys[g] = cy[local] - miny + y
        x += w + 2
        row_height = max(row_height, h)
    return xs, ys


def _bbox(coords: Coords) -> tuple[float, float, float, float]:
    xs, ys = coords
    return max(xs) - min(xs), max(ys) - min(ys), min(xs), min(ys)
