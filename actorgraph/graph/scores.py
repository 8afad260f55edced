"""Influence scores kept per network in the data folder: computing betweenness over a large
network takes seconds, and the same network gives the same scores, so they are computed once.

The key is a digest of the network exactly as the computation reads it (nodes and weighted
links, in their order, which the sampled betweenness depends on), so a write that changes the
network changes the key and a stale file is never read; the newest ``KEEP`` files are kept.

>>> import networkx as nx, tempfile
>>> g = nx.DiGraph([("a", "b")])
>>> with tempfile.TemporaryDirectory() as folder:
...     calls = []
...     first = cached(Path(folder), digest(g), lambda: calls.append(1) or {"a": {"x": 0.5}})
...     again = cached(Path(folder), digest(g), lambda: calls.append(1) or {})
>>> first == again == {"a": {"x": 0.5}}, len(calls)
(True, 1)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

Scores = dict[str, dict[str, float]]
KEEP = 8
VERSION = "2"  # bump when the computation changes


def digest(simple: nx.DiGraph, salt: str = "") -> str:
    """A digest of the nodes and weighted links of ``simple``, in their order."""
    h = hashlib.sha256(f"{VERSION}\0{salt}\0".encode())
    for node in simple.nodes:
        h.update(f"{node}\0".encode())
    h.update(b"\1")
    for a, b, weight in simple.edges(data="weight"):
        h.update(f"{a}\0{b}\0{weight}\0".encode())
    return h.hexdigest()


def cached(folder: Path | None, key: str, compute: Callable[[], Scores]) -> Scores:
    """The scores stored under ``key`` in ``folder``, else computed and stored there."""
    if folder is None:
        return compute()
    path = folder / f"influence-{key[:32]}.json"
    with contextlib.suppress(OSError, ValueError):
        return json.loads(path.read_text(encoding="utf-8"))
    scores = compute()
    with contextlib.suppress(OSError):
        _store(folder, path, scores)
    return scores


def _store(folder: Path, path: Path, scores: Scores) -> None:
    """Write atomically (readers never see half a file), then drop the oldest files."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(scores, out)
    os.replace(temp, path)
    files = sorted(folder.glob("influence-*.json"), key=lambda p: p.stat().st_mtime)
    for old in files[:-KEEP]:
        old.unlink(missing_ok=True)


def folder_of(store: object) -> Path | None:
    """Where a store keeps its cached scores: ``cache/`` in the embedded engine's data folder
    (per graph); none for a server (Neo4j), whose scores are computed each time."""
    home, database = getattr(store, "home", None), getattr(store, "database", None)
    return Path(home) / "cache" / str(database) if home is not None else None
