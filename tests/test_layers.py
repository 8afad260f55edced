"""The folders show the flow read -> extract -> resolve -> store, and import each other one way.

Read from the source (``ast``, nothing is imported): a package-level cycle between the stage
packages (``read``, ``extract``, ``resolve``, ``graph``, and ``ingest`` that runs them), counting
imports inside functions too, fails; so does an import cycle between any two modules at import
time. Extraction may use the dictionary of ``resolve`` and the layout of ``read``; ``resolve``
uses the store; the store imports no stage, and the shared leaves (``text``, ``dates``, ``ids``,
``model``) none at all.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "actorgraph"
STAGES = ("read", "extract", "resolve", "graph", "ingest")  # ingest: the run of them all
Graph = dict[str, set[str]]


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Dotted module name -> file, for every module and package of the source tree."""
    found = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _known(name: str, names: dict[str, Path]) -> str:
    while name and name not in names:
        name = name.rpartition(".")[0]
    return name


def imported(path: Path, names: dict[str, Path], top_only: bool) -> set[str]:
    """The project modules ``path`` imports (at import time only, or anywhere in it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in tree.body if top_only else ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {_known(a.name, names) for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in names else _known(node.module, names))
    return found - {""}


def package(module: str) -> str:
    """``actorgraph.extract.tokens`` -> ``extract``; a top-level module is its own package."""
    return module.split(".")[1] if "." in module else module


def package_graph(names: dict[str, Path]) -> Graph:
    graph: Graph = {}
    for module, path in names.items():
        for target in imported(path, names, top_only=False):
            if package(target) != package(module):
                graph.setdefault(package(module), set()).add(package(target))
    return graph


def module_graph(names: dict[str, Path]) -> Graph:
    """Import-time edges, with the packages a dotted import runs first (their ``__init__``)."""
    graph: Graph = {}
    for module, path in names.items():
        targets = imported(path, names, top_only=True)
        parents = {t.rsplit(".", k)[0] for t in targets for k in range(1, t.count("."))}
        graph[module] = {t for t in targets | parents if not (module + ".").startswith(t + ".")}
    return graph


def cycle(graph: Graph, nodes: set[str]) -> list[str]:
    """One cycle among ``nodes`` (as a path that ends where it starts), or []."""
    done: set[str] = set()
    for start in sorted(nodes):
        path = _walk(graph, nodes, start, [], done)
        if path:
            return path
    return []


def _walk(graph: Graph, nodes: set[str], node: str, path: list[str], done: set[str]) -> list[str]:
    if node in path:
        return path[path.index(node) :] + [node]
    if node in done:
        return []
    for target in sorted(graph.get(node, set()) & nodes):
        found = _walk(graph, nodes, target, path + [node], done)
        if found:
            return found
    done.add(node)
    return []


def where(graph_of: dict[str, Path], a: str, b: str) -> Iterator[str]:
    """The modules of package ``a`` that import package ``b`` (for the failure message)."""
    for module, path in graph_of.items():
        if package(module) == a and any(package(t) == b for t in imported(path, graph_of, False)):
            yield module


def test_stage_packages_import_one_way() -> None:
    names = modules()
    found = cycle(package_graph(names), set(STAGES))
    links = [f"{a} -> {b} ({', '.join(where(names, a, b))})" for a, b in pairwise(found)]
    assert not found, "package cycle: " + "; ".join(links)


def test_no_import_cycle_between_modules() -> None:
    graph = module_graph(modules())
    assert cycle(graph, set(graph)) == []


def test_the_store_and_the_shared_leaves_import_no_stage() -> None:
    graph = package_graph(modules())
    for low in ("graph", "text", "dates", "ids", "model"):
        assert not graph.get(low, set()) & {"read", "extract", "resolve", "ingest"}, low


def test_a_back_import_is_a_cycle(tmp_path: Path) -> None:
    """resolve importing extract (which imports resolve's dictionary) is found."""
    back = tmp_path / "actorgraph" / "resolve"
    back.mkdir(parents=True)
    (back / "back.py").write_text("from actorgraph.extract.tokens import tokenize\n")
    names = modules() | modules(tmp_path / "actorgraph")
    assert cycle(package_graph(names), set(STAGES)) in (
        ["extract", "resolve", "extract"],
        ["resolve", "extract", "resolve"],
    )
