"""Bulk load against the writer: the same graph built by the batched writer (synthetic
reports, as bench_queries.py builds it), exported to JSON lines, then loaded into a fresh
graph of the same engine with ``actorgraph load`` (GRAPH.BULK).

    python benchmarks/bench_bulk.py [--sizes 100000 1000000]

The loaded graph is checked against the written one (nodes and relationships by label and
type); the export is timed too (it is what another machine's load starts from).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from tempfile import TemporaryDirectory

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actorgraph.graph.bulk import load  # noqa: E402
from actorgraph.graph.export import export  # noqa: E402
from actorgraph.graph.falkor import FalkorStore  # noqa: E402
from benchmarks.bench_queries import EDGES_PER_REPORT, Growth  # noqa: E402
from benchmarks.common import Table, engine_home, timed  # noqa: E402
from benchmarks.world import load_world  # noqa: E402

SIZES = (100_000, 1_000_000)


def shape(store: FalkorStore) -> tuple[Counter, Counter]:
    """Nodes by label set, relationships by type."""
    nodes = store.read("MATCH (n) RETURN labels(n) AS l, count(*) AS n")
    rels = store.read("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n")
    return Counter({tuple(sorted(r["l"])): r["n"] for r in nodes}), Counter(
        {r["t"]: r["n"] for r in rels}
    )


def measure(store: FalkorStore, home: Path, folder: Path) -> dict[str, float]:
    """Export ``store`` to JSON lines and load the file into a fresh graph; the times."""
    path = folder / "graph.jsonl"
    export_s, _ = timed(lambda: export(store, "jsonl", path))
    target = FalkorStore(home, database="bulk-loaded")
    try:
        load_s, loaded = timed(lambda: load(target, path))
        if shape(target) != shape(store):
            raise RuntimeError("the loaded graph differs from the written one")
    finally:
        target.drop()
        target.close()
    return {"export_s": export_s, "load_s": load_s, "mb": path.stat().st_size / 2**20,
            "nodes": loaded.nodes}  # fmt: skip


def run(sizes: tuple[int, ...] = SIZES) -> list[Table]:
    world = load_world()
    world.grow(len(world.actors) + max(sizes) // EDGES_PER_REPORT // 4)
    table = Table(
        "Bulk load (actorgraph load, GRAPH.BULK) against the writer, same graph",
        ["relationships", "nodes", "writer s", "writer rels/s", "export s", "export rels/s",
         "load s", "load rels/s", "load vs writer", "file MB"],
    )  # fmt: skip
    with engine_home("ag-bulk-") as home:
        store = FalkorStore(home, database="scale")
        store.ensure_schema()
        growth = Growth(store, world)
        for size in sizes:
            edges = growth.grow_to(size)
            with TemporaryDirectory(prefix="ag-bulk-data-") as tmp:
                got = measure(store, home, Path(tmp))
            table.add(edges, got["nodes"], growth.build_s, edges / growth.build_s,
                      got["export_s"], edges / got["export_s"], got["load_s"],
                      edges / got["load_s"], f"{growth.build_s / got['load_s']:.1f}x",
                      got["mb"])  # fmt: skip
            table.figures[f"bulk_load_s@{size}"] = got["load_s"]
            table.figures[f"export_s@{size}"] = got["export_s"]
            print(f"  ... bulk load measured at {edges:,} relationships", file=sys.stderr)
        store.close()
    table.notes.append(
        "writer s: every batch of synthetic reports through writer.write (batched UNWIND "
        "MERGE, fsync always); load s: the export file into an empty graph, indexes included"
    )
    return [table]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args(argv)
    for table in run(tuple(args.sizes)):
        table.print()


if __name__ == "__main__":
    main()
